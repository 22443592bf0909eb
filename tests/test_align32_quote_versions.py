"""One quotation is one version of a quote finding whatever runs the sources
cut it into and however they punctuate it (align32, an editor's trial: one
quote, the same words in three sources, showed as three versions). Versions
are decided by the quote's words after normalisation; a quote that is
really shorter or altered stays its own version, and the explanation says
how it differs."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.facts.quote.find import find_quotes
from workbench.findings.quoted import quote_words_key
from workbench.model import Fact

OUTLETS = ("Courier", "Gazette", "Herald", "Post")


def _analyse(tmp_path, *bodies: str):
    articles = []
    for n, body in enumerate(bodies):
        p = tmp_path / f"{'abcd'[n]}.txt"
        front = f"---\ntitle: t{n}\noutlet: {OUTLETS[n]}\npublished: 2025-06-10\n---\n"
        p.write_text(front + body + "\n", encoding="utf-8")
        articles.append(load_article(p))
    return analyze(articles)


def _quote_versions(analysis) -> list[list[str]]:
    """Each quote finding's versions as the sorted articles stating them."""
    return [
        [sorted({s.article for s in v.sides}) for v in f.versions]
        for f in analysis.findings
        if f.kind == "quote"
    ]


def _key(sentence: str) -> str:
    (q,) = find_quotes(sentence)
    return quote_words_key(Fact("f", "x:0", "x", "quote", q.start, q.end, q.text, q.to_json()))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # cut into other runs by the attribution
        (
            '"We\'re ready," the director said, "to start on Monday."',
            '"We\'re ready to start on Monday," the director said.',
        ),
        # quote marks and apostrophes of another style
        (
            "“We’re ready to start on Monday,” she said.",
            '"We\'re ready to start on Monday," she said.',
        ),
        # dashes written three ways
        (
            '"The plan — frankly — was a mistake," he said.',
            '"The plan -- frankly -- was a mistake," he said.',
        ),
        # ellipsis spacing
        (
            '"We waited... and waited for the bus," she said.',
            '"We waited . . . and waited for the bus," she said.',
        ),
        # case and a closing full stop
        (
            'The banner read: "WE WILL REBUILD THIS TOWN."',
            'The banner read: "We will rebuild this town"',
        ),
    ],
)
def test_same_words_are_one_key(a, b):
    assert _key(a) == _key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"We are ready to start on Monday," she said.', '"We are ready to start," she said.'),
        ('"The plan was a mistake," he said.', '"The plan was not a mistake," he said.'),
        ('"We waited and waited," she said.', '"We waited," she said.'),
    ],
)
def test_other_words_are_other_keys(a, b):
    assert _key(a) != _key(b)


def test_one_quotation_cut_three_ways_is_one_version(tmp_path):
    analysis = _analyse(
        tmp_path,
        "Harbour repairs ended after three weeks. \"We're ready,\" the operator's "
        'director Anna Berg said, "to welcome passengers back."',
        'The harbour works finished on time. "We\'re ready to welcome passengers back," '
        "director Anna Berg said.",
        "Tourist boats will return soon. Director Anna Berg said: “We’re ready to welcome "
        "tourists back.”",
        "Shops near the pier expect a busy spring. “We’re ready to welcome passengers back” "
        "– director Anna Berg said.",
    )
    assert _quote_versions(analysis) == [[["a", "b", "d"], ["c"]]]
    (found,) = [f for f in analysis.findings if f.kind == "quote"]
    # named by the quotation that runs whole, not 'We're ready, … to welcome'
    assert "…" not in found.versions[0].value


def test_punctuation_dashes_ellipses_and_case_make_one_version(tmp_path):
    analysis = _analyse(
        tmp_path,
        "Firefighters battled the warehouse blaze for six hours on Sunday. "
        '"It was the hardest fire I have seen in 20 years — honestly... the hardest," '
        "chief Dan Moore said.",
        "The warehouse fire on Sunday took six hours to put out. Chief Dan Moore said: "
        '"It was the hardest fire I have seen in 20 years - honestly . . . the hardest."',
        "Crews needed six hours to bring the warehouse fire under control on Sunday. "
        "“IT WAS THE HARDEST FIRE I HAVE SEEN IN 20 YEARS -- HONESTLY … THE HARDEST”, "
        "chief Dan Moore said.",
        'A warehouse burned for six hours on Sunday. "It was the worst fire I have seen '
        'in 20 years, honestly, the worst," chief Dan Moore said.',
    )
    assert _quote_versions(analysis) == [[["a", "b", "c"], ["d"]]]


def test_a_shorter_quote_stays_a_version_and_the_explanation_says_so(tmp_path):
    analysis = _analyse(
        tmp_path,
        "The council approved the budget on Tuesday evening after a long debate.\n\n"
        '"This budget protects libraries," said councillor Maria Lopez, "and it keeps '
        'every swimming pool open through the winter."',
        "After hours of debate the council voted the budget through on Tuesday evening.\n\n"
        '"This budget protects libraries and it keeps every swimming pool open through '
        'the winter," councillor Maria Lopez said.',
        "Councillors voted for the spending plan on Tuesday evening.\n\n"
        'Councillor Maria Lopez said: "This budget protects libraries and it keeps every '
        'swimming pool open."',
        "The spending plan cleared the council on Tuesday evening.\n\n"
        '"This budget protects libraries and it keeps every public pool open through the '
        'winter," said councillor Maria Lopez.',
    )
    (found,) = [f for f in analysis.findings if f.kind == "quote"]
    assert [sorted({s.article for s in v.sides}) for v in found.versions] == [
        ["a", "b"],
        ["d"],
        ["c"],
    ]
    # the verdict stands on 'public' for 'swimming'; Herald's cut is said too
    assert "'public'" in found.explanation
    assert "Herald stops the quote after" in found.explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'She signed on Friday. "I always dreamed of this shirt," Lena Vogt said. '
            '"Now I want to win the league."',
            "i always dreamed of this shirt now i want to win the league",
        ),
        (
            "“The bridge is safe,” engineer Omar Haddad told reporters on Tuesday. "
            "“We will reopen it to traffic next week.”",
            "the bridge is safe we will reopen it to traffic next week",
        ),
    ],
)
def test_a_quotation_going_on_after_its_credit_sentence_is_one_quote(text, words):
    (q,) = find_quotes(text)
    assert q.words == words


@pytest.mark.parametrize(
    "text",
    [
        # the second run has a credit of its own: another speaker
        '"I always dreamed of this shirt," Lena Vogt said. "Now we want the league," '
        "coach Tom Berg added.",
        # reporter's words between, not a credit sentence
        '"It was close," Lena Vogt said after the match, which ended 2-1. She smiled. '
        '"We held on."',
        # a pronoun nobody was named for: left apart, as before
        '"It was close," she said. "We held on."',
    ],
)
def test_quotations_apart_stay_apart(text):
    assert len(find_quotes(text)) == 2


def test_runs_split_by_a_credit_sentence_are_one_version(tmp_path):
    analysis = _analyse(
        tmp_path,
        'The striker signed a four-year contract with the club on Friday. "I always '
        'dreamed of this shirt," Lena Vogt said. "Now I want to win the league."',
        'Lena Vogt joined the club on a four-year deal on Friday. "I always dreamed of '
        'this shirt. Now I want to win the league," she said.',
        'On Friday the club signed striker Lena Vogt until 2029. "I always dreamed of '
        'this shirt," she said, "now I want to win the league".',
        'The club completed the signing of Lena Vogt on Friday. "I always dreamed of this '
        'shirt. Now I want to win the cup," Vogt said.',
    )
    assert _quote_versions(analysis) == [[["a", "b", "c"], ["d"]]]
    (found,) = [f for f in analysis.findings if f.kind == "quote"]
    assert " / " not in found.versions[0].value  # one wording names the version
