"""A claim put in doubt ("might not make its release date") is another claim
than the claim stated ("has a release date of November 22"): the two never
share a claim group (findings/doubt.py through findings.apart)."""

from __future__ import annotations

import pytest

from workbench import align, findings
from workbench.findings.doubt import doubt_apart, doubted
from workbench.model import Alignment, Analysis, Article, Claim

# (stated, put in doubt): one story each, other wordings and domains
PAIRS = [
    (
        "The sequel has a release date of 22 November 2013.",
        "Fans fear the sequel might not make its November 22, 2013 release date.",
    ),
    (
        "The bridge will reopen to traffic on March 3, the council said.",
        "The bridge may not reopen to traffic on March 3 after all, the council said.",
    ),
    (
        "Rivera will start in goal for Sunday's final against Porto.",
        "Rivera is unlikely to start in goal for Sunday's final against Porto.",
    ),
    (
        "The merger is due to close in the second quarter, both banks said.",
        "Regulators' questions put the merger, due to close in the second quarter, in doubt.",
    ),
    (
        "The rocket is scheduled to launch at 9:14 a.m. on Friday.",
        "The launch at 9:14 a.m. on Friday could slip because of high winds.",
    ),
    (
        "Lionsgate set the sequel's release for November 22, 2013.",
        "Lionsgate is facing an issue with the sequel's scheduled November 22, 2013 release.",
    ),
]

NOT_DOUBT = [
    "Police could not say how many shots were fired.",  # unable to, not a doubt
    "The man told prosecutors Lopez's brother threatened to kill him.",  # a threat told
    "Patients at risk of infection were moved to another ward.",
    "Resources are tight, there's no doubt about that.",
    "The film opens Friday, though it may not reach every city.",  # doubt in a side part
    "The sequel has a release date of 22 November 2013.",
]


@pytest.mark.parametrize(("stated", "doubting"), PAIRS)
def test_a_claim_put_in_doubt_is_read_so(stated, doubting):
    assert not doubted(stated)
    assert doubted(doubting)
    assert doubt_apart(stated, doubting) and doubt_apart(doubting, stated)


@pytest.mark.parametrize("text", NOT_DOUBT)
def test_what_is_no_doubt(text):
    assert not doubted(text)


def test_two_sentences_both_doubting_may_share_a_group():
    assert not doubt_apart(
        "The sequel might not make its November 22 release date.",
        "The sequel may miss its November 22 release date, sources said.",
    )


def _analysis(texts: list[str]) -> Analysis:
    """One sentence per article, every two aligned strongly."""
    arts = tuple(Article(x, f"{x}.txt", x, x, None, "", "", f"s{x}") for x in "abc"[: len(texts)])
    claims = tuple(
        Claim(f"{a.id}:0", a.id, 0, 0, len(t), t) for a, t in zip(arts, texts, strict=True)
    )
    al = tuple(Alignment(x.id, y.id, 0.9) for n, x in enumerate(claims) for y in claims[n + 1 :])
    return Analysis(arts, claims, (), al, ())


@pytest.mark.parametrize(("stated", "doubting"), PAIRS)
def test_a_group_never_holds_a_claim_and_its_doubt(stated, doubting):
    built = findings.build(_analysis([stated, stated, doubting]), align.similarity)
    (group,) = built.groups
    assert [m.article for m in group.members] == ["a", "b"]
    # two sources stating it, told alike: one group of three
    built = findings.build(_analysis([stated, stated, stated]), align.similarity)
    assert [len(g.members) for g in built.groups] == [3]
