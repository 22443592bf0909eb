"""Claim groups need shared wording, not only shared values (issue 15, session 10).

Two sentences that share a victim's age and a date but say different things
("found guilty of slaying Zurana Horton, 34" / "footage shown at the trial of
two men charged with killing Zurana Horton, 34") were aligned above the group
limit; reader G7 called such groups impure. An alignment whose sentences
share too few words no longer builds a group; its discrepancies are still in
exactly one finding each.
"""

from __future__ import annotations

from datetime import date

from workbench import align, findings
from workbench.findings.evidence import QUOTE_LINK, WORDING
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict

# ECB+ 33_ecbplus (reader G7 called the first two one group holding two claims)
VERDICT = (
    "Andrew Lopez, 20, was found guilty of slaying Zurana Horton, 34, and wounding Unique"
    " Armstead, 32, and Cheanne McKnight, 11, in October 2011 as he targeted rival gang members."
)
FOOTAGE = (
    "The dramatic footage was shown at the trial of two local toughs charged with killing"
    " Zurana Horton, 34, on Oct. 21, 2011."
)
RETOLD = "Andrew Lopez, 20 was found guilty in murder of Zurana Horton, 34."


def _analysis(left: str, right: str, score: float) -> Analysis:
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2013, 3, 7), "", "text", f"sha-{x}") for x in "ab"
    )
    claims = (Claim("a:0", "a", 0, 0, len(left), left), Claim("b:0", "b", 0, 0, len(right), right))
    at = left.index("34"), right.index("34")
    sides = tuple(
        Side(c.article, c.id, n, n + 2, "34", "34") for c, n in zip(claims, at, strict=True)
    )
    d = Discrepancy("d1", "number", Verdict.CONSISTENT, "34 in both", sides)
    return Analysis(arts, claims, (), (Alignment("a:0", "b:0", score),), (d,))


def test_the_two_examples_sit_either_side_of_the_wording_floor():
    assert align.similarity(VERDICT, FOOTAGE) < WORDING <= align.similarity(VERDICT, RETOLD)


def test_sentences_sharing_a_detail_but_few_words_make_no_group():
    built = findings.build(_analysis(VERDICT, FOOTAGE, 0.7), align.similarity, group_score=0.65)
    assert built.groups == ()
    assert [f.discrepancies for f in built.findings] == [("d1",)]


def test_sentences_worded_alike_still_group():
    built = findings.build(_analysis(VERDICT, RETOLD, 0.7), align.similarity, group_score=0.65)
    assert [[m.article for m in g.members] for g in built.groups] == [["a", "b"]]


def test_an_alignment_as_strong_as_a_quotation_link_groups_whatever_the_wording():
    # FOOTAGE's "charged with killing" against VERDICT's "found guilty" are two
    # stages of a case, which never share a group (session 15, findings.apart),
    # and so is "the trial" (session 21); the footage told without a stage
    # still shows the wording floor's exemption
    footage = FOOTAGE.replace(
        "at the trial of two local toughs charged with killing",
        "in a Brooklyn courtroom, in the case of two local toughs accused over the killing of",
    )
    assert align.similarity(VERDICT, footage) < WORDING
    built = findings.build(
        _analysis(VERDICT, footage, QUOTE_LINK + 0.05), align.similarity, group_score=0.65
    )
    assert len(built.groups) == 1
    staged = findings.build(
        _analysis(VERDICT, FOOTAGE, QUOTE_LINK + 0.05), align.similarity, group_score=0.65
    )
    assert staged.groups == ()
