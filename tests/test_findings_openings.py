"""A headline's group and its lead's group are one claim: the smaller joins the
larger as restatements when all its sources are the larger's, both sit in the
articles' openings and each source's two sentences read alike."""

from __future__ import annotations

import pytest

from workbench import align, findings
from workbench.findings.openings import ALIKE, BODY, OPENING, join_openings
from workbench.model import Alignment, Analysis, Article, Claim

STORIES = {
    "saints": (
        ["Saints place Bush on injured reserve", "Saints put Bush on injured reserve list"],
        [
            "The New Orleans Saints have placed running back Reggie Bush on injured reserve.",
            "The Saints placed Bush on the injured reserve list Wednesday after a knee sprain.",
            "Reggie Bush was placed on injured reserve by the Saints on Wednesday.",
        ],
    ),
    "felt": (
        ["Mark Felt, Watergate's Deep Throat, dies at 95", "Mark Felt, Deep Throat, dies"],
        [
            "W. Mark Felt, the FBI official who was Deep Throat in Watergate, died at 95.",
            "Mark Felt, who revealed himself as Deep Throat, has died aged 95.",
            "Former FBI official Mark Felt, known as Deep Throat, died on Thursday at 95.",
        ],
    ),
}


def _claims(heads: list[str], leads: list[str], lead_at: int = 1) -> list[Claim]:
    """Articles a and b open with a headline and state the lead at ``lead_at``;
    c has the lead only."""
    out = []
    for n, art in enumerate("abc"):
        texts = [heads[n]] if n < 2 else ["Other news of the day."]
        texts += [f"Filler sentence {k} of {art}." for k in range(1, lead_at)]
        texts.append(leads[n])
        pos = 0
        for i, t in enumerate(texts):
            out.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    return out


def _analysis(claims: list[Claim], lead_at: int) -> Analysis:
    arts = tuple(Article(x, f"{x}.txt", x, x, None, "", "", f"s{x}") for x in "abc")
    lead = {x: f"{x}:{lead_at}" for x in "abc"}
    al = [Alignment("a:0", "b:0", 0.9)]  # headline with headline
    al += [Alignment(lead[x], lead[y], 0.9) for x, y in (("a", "b"), ("b", "c"), ("a", "c"))]
    return Analysis(arts, tuple(claims), (), tuple(al), ())


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_headline_group_joins_its_leads_group_as_restatements(story):
    heads, leads = STORIES[story]
    built = findings.build(_analysis(_claims(heads, leads), 1), align.similarity)
    (group,) = built.groups
    assert group.id == "g1"
    restated = {m.article: m.restated for m in group.members}
    assert restated == {"a": ("a:0",), "b": ("b:0",), "c": ()}
    assert {m.article: m.claims for m in group.members} == {x: (f"{x}:1",) for x in "abc"}
    # without the rule the headlines are a group of their own
    apart = findings.build(_analysis(_claims(heads, leads), 1), align.similarity, openings=False)
    assert len(apart.groups) == 2


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_lead_beyond_the_opening_joins_only_reading_alike_at_body(story):
    """Past the opening a restatement must read as alike as ``BODY``: these
    headlines do (``test_findings_said_again``); the ones below only reach
    ``ALIKE`` and join only in the opening."""
    heads, leads = STORIES[story]
    far = OPENING + 2
    built = findings.build(_analysis(_claims(heads, leads, far), far), align.similarity)
    assert len(built.groups) == 1
    heads = [
        "Ex-mayor Reyes gets 12-year prison term for bribery",
        "Reyes jailed for 12 years over bribes",
    ]
    leads = [
        "The judge gave Reyes 12 years in prison for the bribes he took from builders.",
        "Builders paid him, and on Monday a court sent former mayor Tom Reyes away for 12 years.",
        "Tom Reyes will spend 12 years in prison for taking bribes.",
    ]
    assert all(ALIKE <= align.similarity(heads[n], leads[n]) < BODY for n in range(2))
    assert len(findings.build(_analysis(_claims(heads, leads), 1), align.similarity).groups) == 1
    built = findings.build(_analysis(_claims(heads, leads, far), far), align.similarity)
    assert len(built.groups) == 2


def test_a_headline_about_something_else_stays_apart():
    heads = ["Storm closes schools across the valley", "Valley schools shut by the storm"]
    leads = STORIES["saints"][1]
    built = findings.build(_analysis(_claims(heads, leads), 1), align.similarity)
    assert len(built.groups) == 2


def test_a_group_with_a_source_the_other_lacks_stays_apart():
    heads, leads = STORIES["saints"]
    claims = _claims(heads, leads)
    groups = findings.claim_groups(claims, list(_analysis(claims, 1).alignments), align.similarity)
    headline, lead = sorted(groups, key=lambda g: len(g.members))
    # the lead's group without b: b's headline has nowhere to go
    lead = lead.__class__(lead.id, tuple(m for m in lead.members if m.article != "b"), ())
    assert len(join_openings([headline, lead], claims, align.similarity)) == 2
    assert len(join_openings([headline, *groups[1:]], claims, align.similarity)) == 1
