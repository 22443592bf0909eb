"""A quote's version is named by the quoted words, never its attribution
(trial 31: a version label read "said Rory Read, president …").

A quotation its attribution interrupts ('“A,” said X. “B”') was labelled by its
whole span, the attribution in the middle; two sources crediting the same words
in other words ('president and CEO, AMD' / 'AMD's chief executive') were two
versions of one quotation."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import analyze
from workbench.model import Article

INTERRUPTED = [
    (
        "AMD bought SeaMicro on Wednesday.\n“By acquiring SeaMicro, we are accelerating our "
        "transformation into {w} innovator,” said Rory Read, president and CEO, AMD.\n"
        "“SeaMicro is a pioneer in low-power server technology.\n"
        "Its fabric gives us a compelling position.”\n",
        ("an agile", "a nimble"),
        "said Rory Read",
    ),
    (
        'The mayor spoke on Monday.\n"We will rebuild the bridge by {w}," the mayor said on '
        'Monday, "and nobody will stop us."\n',
        ("spring", "summer"),
        "the mayor said",
    ),
    (
        "The coach spoke after the game.\n“Our defence was {w} tonight,” Smith told reporters.\n"
        "“We have to be better on Sunday.”\n",
        ("poor", "awful"),
        "Smith told reporters",
    ),
]


def _article(n: int, text: str) -> Article:
    return Article(
        f"a{n}", f"a{n}.txt", f"A{n}", f"Outlet {n}", date(2012, 3, 1), "", text, f"s{n}"
    )


def _quote_versions(texts: list[str]) -> list[tuple[str, list[str]]]:
    analysis = analyze([_article(n, t) for n, t in enumerate(texts, 1)])
    (finding,) = [f for f in analysis.findings if f.kind == "quote"]
    return [(v.value, sorted(s.article for s in v.sides)) for v in finding.versions]


@pytest.mark.parametrize(("text", "words", "attribution"), INTERRUPTED)
def test_an_interrupted_quotation_is_named_by_its_words(monkeypatch, text, words, attribution):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    versions = _quote_versions([text.format(w=w) for w in words])
    assert len(versions) == 2
    for (value, _), word in zip(sorted(versions), sorted(words), strict=True):
        assert attribution not in value and "said" not in value
        assert word in value
        # where the attribution stood inside the sentence; one that ends it ends
        # the version: the sentences quoted after it are not (trial 50)
        assert (" … " in value) == (attribution == "the mayor said")


def test_a_quotation_carried_over_paragraphs_runs_on(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    text = "The minister spoke.\n“The budget is {w} and it will pass.\nWe have the votes.”\n"
    versions = _quote_versions([text.format(w=w) for w in ("balanced", "sound")])
    assert {v for v, _ in versions} == {
        "The budget is balanced and it will pass. We have the votes.",
        "The budget is sound and it will pass. We have the votes.",
    }


def test_one_quotation_credited_in_other_words_is_one_version(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    text = INTERRUPTED[0][0].replace("president and CEO, AMD", "{t}")
    versions = _quote_versions(
        [
            text.format(w="an agile", t="president and CEO, AMD"),
            text.format(w="an agile", t="AMD's president and chief executive"),
            text.format(w="a nimble", t="the chief executive"),
        ]
    )
    assert sorted(sources for _, sources in versions) == [["a1", "a2"], ["a3"]]


# The seeds' first finding: a quotation the next paragraph continues after its
# attribution ('“A,” he said. / “B …”'), the other source quoting B alone with a cut.
CONTINUED = (
    "The coach spoke after the game.\n“We lost our shape in the second half,” {who} said.\n"
    "“We are looking at this every single day: {rest}.”\n"
)
ALONE = "The coach spoke after the game.\n“We are looking at this every single day,” {who} said.\n"


@pytest.mark.parametrize(
    ("who", "rest"),
    [
        ("Smith", "what went wrong, who was tired, what we change"),
        ("coach Maria Lopez", "the fitness, the tactics and the selection"),
    ],
)
def test_a_later_part_compared_is_named_from_that_part(monkeypatch, who, rest):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    versions = _quote_versions([CONTINUED.format(who=who, rest=rest), ALONE.format(who=who)])
    labels = sorted(v for v, _ in versions)
    continued = next(v for v in labels if rest.split()[1] in v)
    assert continued.startswith("… We are looking at this")  # the compared words first
    assert "second half" not in continued  # the part before the attribution is not shown
    assert any(v.startswith("We are looking at this every single day") for v in labels)


def test_a_first_part_compared_is_named_by_that_part(monkeypatch):
    """Session 22 named it by the whole quotation; trial 50 read the sentences
    after the attribution as padding: the version is the sentence compared."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    texts = [CONTINUED.format(who="Smith", rest="the fitness and the tactics")] * 2
    texts[1] = texts[1].replace("our shape", "all shape")
    values = {v for v, _ in _quote_versions(texts)}
    assert len(values) == 2
    for v in values:
        assert v.startswith("We lost") and "We are looking" not in v


def test_a_sentence_its_attribution_interrupts_is_named_whole(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    text = (
        '"We ask everyone to save water," said Mr. Lang of Acme Water, '
        '"because every {w} counts."\n'
    )
    values = {v for v, _ in _quote_versions([text.format(w=w) for w in ("drop", "litre")])}
    assert values == {
        "We ask everyone to save water, … because every drop counts.",
        "We ask everyone to save water, … because every litre counts.",
    }
