"""A headline group and a lead group of one claim, each holding a source the
other lacks, are one group (issue 15, session 27, reader G13 on 28_ecb: "Mark
Felt was 95." met only the headlines, "W. Mark Felt Sr. ... died yesterday"
only the leads, and the two groups stayed apart since neither's sources were
all the other's). When they share ``SHARED`` sources stating the claim in both
within the opening, a source only one holds comes along as a passage of its
own: its member sits in the opening, was aligned with a sentence of the other
group, and is ``apart`` from none of its claims."""

from __future__ import annotations

import pytest

from workbench import align
from workbench.findings.openings import SHARED, join_openings
from workbench.model import Claim, ClaimGroup, Member

STORIES = {
    "obituary": (
        ["Mark Felt, Deep Throat of Watergate, dead at 95", "Mark 'Deep Throat' Felt dead at 95"],
        [
            "W. Mark Felt, the FBI official known as Deep Throat, died Thursday aged 95.",
            "Mark Felt, the Watergate source known as Deep Throat, has died at the age of 95.",
        ],
        "Mark Felt was 95.",
        "W. Mark Felt Sr., better known as Deep Throat, died yesterday.",
    ),
    "fire": (
        ["Fire guts Leeds bakery, 40 staff evacuated", "Blaze destroys bakery in Leeds"],
        [
            "A fire destroyed the Harlow bakery in Leeds early on Monday, forcing 40 staff out.",
            "Forty workers fled as flames gutted the Harlow bakery in Leeds on Monday morning.",
        ],
        "Leeds bakery destroyed by fire",
        "Firefighters said the Harlow bakery in Leeds was lost to Monday's blaze.",
    ),
    "transfer": (
        ["Porto sign Silva for 20 million euros", "Silva joins Porto in 20m deal"],
        [
            "Porto have signed midfielder Andre Silva from Braga for 20 million euros.",
            "Midfielder Andre Silva has joined Porto from Braga in a deal worth 20 million euros.",
        ],
        "Silva moves to Porto",
        "Braga have sold Andre Silva to Porto for a fee of 20 million euros.",
    ),
}


def _setup(story: str, alone_at: int = 1):
    """a and b: headline (0) and lead (1); c: its headline-like sentence at
    ``alone_at`` only in the headlines' group; d: its lead (1) only in the
    leads' group."""
    heads, leads, c_text, d_text = STORIES[story]
    texts = {
        "a": [heads[0], leads[0]],
        "b": [heads[1], leads[1]],
        "c": [f"Filler {k} of c." for k in range(alone_at)] + [c_text],
        "d": ["Other news of the day.", d_text],
    }
    claims = []
    for art, sentences in texts.items():
        pos = 0
        for i, t in enumerate(sentences):
            claims.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    c = f"c:{alone_at}"
    heads_g = ClaimGroup(
        "g1", (Member("a", ("a:0",), 0.9), Member("b", ("b:0",), 0.9), Member("c", (c,), 0.8))
    )
    leads_g = ClaimGroup(
        "g2", (Member("a", ("a:1",), 0.9), Member("b", ("b:1",), 0.9), Member("d", ("d:1",), 0.8))
    )
    pairs = {("a:0", "b:0"), ("a:1", "b:1"), ("a:1", "d:1"), ("b:1", "d:1")}
    pairs |= {("a:1", c), ("a:0", "d:1")}  # each lone source met the other group once
    return claims, [heads_g, leads_g], pairs


def _aligned(pairs):
    return lambda x, y: (x, y) in pairs or (y, x) in pairs


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_source_only_one_opening_group_holds_comes_along(story):
    claims, groups, pairs = _setup(story)
    (g,) = join_openings(groups, claims, align.similarity, aligned=_aligned(pairs))
    assert {m.article: (m.claims, m.restated) for m in g.members} == {
        "a": (("a:1",), ("a:0",)),
        "b": (("b:1",), ("b:0",)),
        "c": (("c:1",), ()),
        "d": (("d:1",), ()),
    }
    assert g.id == "g1"


@pytest.mark.parametrize("story", sorted(STORIES))
def test_without_the_aligners_pairs_they_stay_two(story):
    claims, groups, _ = _setup(story)
    assert len(join_openings(groups, claims, align.similarity)) == 2


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_lone_source_never_aligned_with_the_other_group_keeps_them_apart(story):
    claims, groups, pairs = _setup(story)
    pairs.discard(("a:0", "d:1"))  # d met only the leads
    assert len(join_openings(groups, claims, align.similarity, aligned=_aligned(pairs))) == 2


def test_fewer_shared_sources_past_the_opening_or_apart_keep_them_apart():
    claims, groups, pairs = _setup("fire")
    aligned = _aligned(pairs)
    assert SHARED == 2
    # one shared source only: b's headline and lead both gone
    one = [
        ClaimGroup(g.id, tuple(m for m in g.members if m.article != "b"), g.aligned) for g in groups
    ]
    assert len(join_openings(one, claims, align.similarity, aligned=aligned)) == 2
    # c's sentence past the opening
    claims, groups, pairs = _setup("fire", alone_at=6)
    assert len(join_openings(groups, claims, align.similarity, aligned=_aligned(pairs))) == 2
    # c's sentence apart from a claim of the leads' group (another stage, say)
    claims, groups, pairs = _setup("fire")

    def apart(x: str, y: str) -> bool:
        return {x, y} == {"c:1", "a:1"}

    got = join_openings(groups, claims, align.similarity, apart=apart, aligned=_aligned(pairs))
    assert len(got) == 2
