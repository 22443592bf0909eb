"""A claim each source states twice, in its opening and again further on, is
one group: the body's group joins the opening's as restatements when every
source of it is a source of the other and each source's two sentences read
alike (``openings.BODY``), unless they quote two different statements."""

from __future__ import annotations

import pytest

from workbench import align, findings
from workbench.findings.openings import BODY, BODY_WORDS, OPENING
from workbench.model import Alignment, Analysis, Article, Claim
from workbench.text import content_tokens

FAR = OPENING + 6  # a sentence well past the articles' openings

# (the opening's sentence of a, b and c; the body's sentence of a and b)
RESTATED = {
    "sentencing": (
        [
            "Former mayor Tom Reyes was sentenced Monday to 12 years in prison for taking bribes.",
            "Ex-mayor Tom Reyes was sentenced to 12 years in prison on Monday for bribery.",
            "Tom Reyes, the former mayor, got 12 years in prison for taking bribes.",
        ],
        [
            "A judge sentenced Reyes to 12 years in prison for accepting bribes from contractors.",
            "Judge Alma Ruiz sentenced Reyes to 12 years in prison for the bribes he took.",
        ],
    ),
    "earnings": (
        [
            "Northwind Bank reported a quarterly profit of $2.1 billion, up 8 percent.",
            "Northwind Bank said quarterly profit rose 8 percent to $2.1 billion.",
            "Quarterly profit at Northwind Bank climbed 8 percent to $2.1 billion.",
        ],
        [
            "The bank said its profit for the quarter rose 8 percent to $2.1 billion.",
            "Northwind's profit for the quarter was $2.1 billion, 8 percent more than a year ago.",
        ],
    ),
    "quake": (
        [
            "A magnitude 6.1 earthquake struck off the coast of Chile on Sunday.",
            "A 6.1-magnitude earthquake hit off Chile's coast on Sunday.",
            "An earthquake of magnitude 6.1 struck off the Chilean coast on Sunday.",
        ],
        [
            "The 6.1 magnitude quake struck off the Chilean coast early Sunday, the survey said.",
            "The quake, of magnitude 6.1, hit off the coast of Chile early on Sunday.",
        ],
    ),
}


def _analysis(opening: list[str], body: list[str], at: int = FAR) -> Analysis:
    """Three articles stating ``opening`` first (aligned pairwise), a and b
    stating ``body`` at sentence ``at`` (aligned with each other only)."""
    claims = []
    for n, art in enumerate("abc"):
        texts = [opening[n]] + [f"Filler sentence {k} of article {art}." for k in range(1, at)]
        if n < len(body):
            texts.append(body[n])
        pos = 0
        for i, t in enumerate(texts):
            claims.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    arts = tuple(Article(x, f"{x}.txt", x, x, None, "", "", f"s{x}") for x in "abc")
    al = [Alignment(f"{x}:0", f"{y}:0", 0.9) for x, y in (("a", "b"), ("b", "c"), ("a", "c"))]
    if len(body) == 2:
        al.append(Alignment(f"a:{at}", f"b:{at}", 0.9))
    return Analysis(arts, tuple(claims), (), tuple(al), ())


@pytest.mark.parametrize("story", sorted(RESTATED))
def test_a_claim_restated_further_on_joins_its_opening_group(story):
    opening, body = RESTATED[story]
    assert all(align.similarity(opening[n], body[n]) >= BODY for n in range(2))
    built = findings.build(_analysis(opening, body), align.similarity)
    (group,) = built.groups
    assert {m.article: m.claims for m in group.members} == {x: (f"{x}:0",) for x in "abc"}
    assert {m.article: m.restated for m in group.members} == {
        "a": (f"a:{FAR}",),
        "b": (f"b:{FAR}",),
        "c": (),
    }


@pytest.mark.parametrize(
    "body",
    [
        # the same story going on: what the sentence says is another claim
        [
            "Reyes plans to appeal the sentence, his lawyer said.",
            "His lawyer said Reyes would appeal the sentence.",
        ],
        [
            "Reyes was first elected mayor in 2009 and served two terms.",
            "Reyes served two terms as mayor after his election in 2009.",
        ],
    ],
)
def test_a_later_sentence_that_reads_unlike_the_opening_stays_apart(body):
    opening = RESTATED["sentencing"][0]
    assert all(align.similarity(opening[n], body[n]) < BODY for n in range(2))
    built = findings.build(_analysis(opening, body), align.similarity)
    assert len(built.groups) == 2


def test_a_speakers_other_statement_stays_apart_however_alike():
    """Two quotations of one speaker are two statements ("I can't wait to get
    started" / "I can't wait to start this new chapter"), each a claim."""
    opening = [
        '"I can\'t wait to get started," Okafor said of her new post.',
        '"I can\'t wait to get started," the new director said.',
        '"I can\'t wait to get started," Okafor told reporters.',
    ]
    body = [
        '"I can\'t wait to start this new chapter," Okafor said.',
        '"I can\'t wait to start this new chapter," the director said.',
    ]
    assert all(align.similarity(opening[n], body[n]) >= BODY for n in range(2))
    assert len(findings.build(_analysis(opening, body), align.similarity).groups) == 2
    # the same quotation told again joins
    again = [
        'She added: "I can\'t wait to get started."',
        '"I can\'t wait to get started," Okafor repeated.',
    ]
    (group,) = findings.build(_analysis(opening, again), align.similarity).groups
    assert {m.article: m.restated for m in group.members}["a"] == (f"a:{FAR}",)


def test_a_body_group_with_a_source_the_opening_group_lacks_stays_apart():
    """The body's claim told by a fourth outlet that does not state the
    opening's: its sentence has nowhere to go as a restatement."""
    opening, body = RESTATED["earnings"]
    analysis = _analysis(opening, body)
    moved = {f"b:{FAR}": ("d", f"d:{FAR}")}  # b's body sentence is d's instead
    claims = tuple(
        Claim(moved[c.id][1], moved[c.id][0], c.index, c.start, c.end, c.text)
        if c.id in moved
        else c
        for c in analysis.claims
    )
    al = tuple(
        Alignment(a.left, moved[a.right][1], a.score) if a.right in moved else a
        for a in analysis.alignments
    )
    arts = (*analysis.articles, Article("d", "d.txt", "d", "d", None, "", "", "sd"))
    built = findings.build(Analysis(arts, claims, (), al, ()), align.similarity)
    assert sorted(len(g.members) for g in built.groups) == [2, 3]
    # with d's sentence b's again, the two groups are one
    assert len(findings.build(analysis, align.similarity).groups) == 1


def test_short_sentences_reading_alike_on_two_words_stay_apart():
    """Short sentences read alike on a word or two ("Two female voices said
    'OK.'" / "a female voice is heard"): past the opening a restatement shares
    ``BODY_WORDS`` content words with its source's statement."""
    opening = ["Two female voices said OK.", "Two female voices say OK.", "Two voices said OK."]
    body = ["Jeffs and a female voice are heard.", "Jeffs and a female voice can be heard."]
    assert all(align.similarity(opening[n], body[n]) >= BODY for n in range(2))
    assert all(
        len(set(content_tokens(opening[n])) & set(content_tokens(body[n]))) < BODY_WORDS
        for n in range(2)
    )
    assert len(findings.build(_analysis(opening, body), align.similarity).groups) == 2
