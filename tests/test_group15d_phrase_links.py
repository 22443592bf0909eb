"""Claim groups do not stand on a quoted name or phrase (issue 15, session 10).

The aligner links two sentences that share a quotation whatever else they
say. Reader G7 called five of its ten impure groups sentences that merely
mention the same quoted title or nickname ("X-Men", "Deep Throat", "All the
President's Men"); such a link groups its sentences only when their own
wording would have been aligned. A quoted statement still groups them.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench import findings
from workbench.analysis import analyze
from workbench.findings.evidence import QUOTE_LINK, is_phrase
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Fact, Side, Verdict


@pytest.mark.parametrize(
    "quoted",
    [
        "“X-Men”",
        "“Deep Throat,”",
        "“All the President's Men,”",
        "'The Chin'",
        "“one more thing”",
        "“bagman”",
        "“life-long Doctor Who fan”",
        "“Building Block”",
    ],
)
def test_names_titles_and_short_phrases_are_phrases(quoted):
    assert is_phrase(quoted)


@pytest.mark.parametrize(
    "quoted",
    [
        "“This place is bugged.”",
        "“He has a gun,”",
        "“It's tough.”",
        "“Follow the money.”",
        "“the information could be used only if no source was named”",
    ],
)
def test_quoted_statements_are_not_phrases(quoted):
    assert not is_phrase(quoted)


LEFT = "The actor, who starred in the three “X-Men” movies, will host the Oscars."
RIGHT = "Jackman may pull out, says the star of the “X-Men” films and Broadway shows."


def _pair(left: str, right: str, quote_left: str, quote_right: str) -> Analysis:
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2009, 1, 5), "", "text", f"sha-{x}") for x in "ab"
    )
    claims = (Claim("a:0", "a", 0, 0, len(left), left), Claim("b:0", "b", 0, 0, len(right), right))

    def quote(claim: Claim, quoted: str) -> Fact:
        start = claim.text.index(quoted)
        words = " ".join(w.strip("“”'.,").lower() for w in quoted.split())
        end = start + len(quoted)
        return Fact(
            f"{claim.id}:q",
            claim.id,
            claim.article,
            "quote",
            start,
            end,
            quoted,
            {"quote": words.replace("-", " ")},
        )

    facts = (quote(claims[0], quote_left), quote(claims[1], quote_right))
    sides = tuple(
        Side(c.article, c.id, f.start, f.end, f.text, f.value["quote"])
        for c, f in zip(claims, facts, strict=True)
    )
    d = Discrepancy("d1", "quote", Verdict.CONSISTENT, "the same words", sides)
    return Analysis(arts, claims, facts, (Alignment("a:0", "b:0", QUOTE_LINK),), (d,))


def _never(a: str, b: str) -> float:
    return 0.0


def _always(a: str, b: str) -> float:
    return 1.0


def test_a_link_on_a_quoted_title_alone_makes_no_group():
    built = findings.build(_pair(LEFT, RIGHT, "“X-Men”", "“X-Men”"), _never, group_score=0.65)
    assert built.groups == ()
    # the pair's discrepancy is still in exactly one finding
    assert [f.discrepancies for f in built.findings] == [("d1",)]


def test_a_quoted_title_in_sentences_worded_alike_still_groups():
    built = findings.build(_pair(LEFT, RIGHT, "“X-Men”", "“X-Men”"), _always, group_score=0.65)
    assert [[m.article for m in g.members] for g in built.groups] == [["a", "b"]]


def test_a_shared_quoted_statement_groups_whatever_the_wording():
    left = "A sign warned visitors: “This place is bugged.”"
    right = "Agents found the note “This place is bugged.” on the wall."
    q = "“This place is bugged.”"
    built = findings.build(_pair(left, right, q, q), _never, group_score=0.65)
    assert len(built.groups) == 1


def test_an_editors_link_is_kept_even_on_a_title():
    analysis = _pair(LEFT, RIGHT, "“X-Men”", "“X-Men”")
    manual = (Alignment("a:0", "b:0", QUOTE_LINK, manual=True),)
    built = findings.build(
        Analysis(
            analysis.articles, analysis.claims, analysis.facts, manual, analysis.discrepancies
        ),
        _never,
        group_score=0.65,
    )
    assert len(built.groups) == 1


def test_the_aligner_links_a_shared_quoted_title_at_the_score_findings_expects():
    # the coupling with workbench.align: if the quotation link's score moves,
    # this fails rather than letting title links group again unnoticed
    arts = [
        Article("a", "a.txt", "A", "A", date(2009, 1, 5), "", LEFT + " Ticket sales rose.", "s-a"),
        Article("b", "b.txt", "B", "B", date(2009, 1, 5), "", RIGHT + " Rain fell in LA.", "s-b"),
    ]
    analysis = analyze(arts)
    first = {c.article: c.id for c in analysis.claims if c.index == 0}
    linked = [a for a in analysis.alignments if {a.left, a.right} == set(first.values())]
    assert [a.score for a in linked] == [QUOTE_LINK]
    assert analysis.groups == ()
