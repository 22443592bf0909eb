"""Issue 15 (find44): two claim groups of different sources whose members are
each other's best match join (``findings.nearbest``).

Reader G15 (21_ecb, ten articles) called "Officers used a Taser to subdue him"
(two sources) and "Police had to Taser him to get him out of the car" (three
others) one claim; the aligner had met one of the long sentences with another
sentence of its source (the traffic stop's words), and the wording floor
dropped the rest, so the two groups stayed apart. Read on one scale, every
member is every other source's best sentence for it. The cases below are
written for this test (other happenings, words and figures), with the score a
plain word overlap so each case says why it joins or not.
"""

from __future__ import annotations

import re

from workbench.findings.nearbest import LEAST, MARGIN, join_near_best
from workbench.model import Claim, ClaimGroup, Member

_WORD = re.compile(r"[a-z0-9]+")
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "and",
        "was",
        "were",
        "had",
        "has",
        "he",
        "she",
        "they",
        "it",
        "his",
        "her",
    ]
)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _SMALL}


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's content words the other has too."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(min(len(wa), len(wb)), 1)


def never(x: str, y: str) -> bool:
    return False


def _articles(spec: dict[str, list[str]]) -> list[Claim]:
    out = []
    for art, sentences in spec.items():
        for n, text in enumerate(sentences):
            out.append(Claim(f"{art}:{n}", art, n, 0, len(text), text))
    return out


def _group(gid: str, *ids: str) -> ClaimGroup:
    return ClaimGroup(gid, tuple(Member(c.split(":")[0], (c,), 0.5) for c in ids))


def _sets(groups) -> list[set[str]]:
    return [{c for m in g.members for c in m.claims} for g in groups]


# a stun gun used on an arrested driver, five outlets, two wordings
STUN = {
    "a": [
        "A driver fled after hitting a cyclist downtown on Tuesday.",
        "Deputies used a stun gun to subdue the driver outside the bar.",
    ],
    "b": [
        "The cyclist was taken to hospital with a broken leg.",
        "Deputies used a stun gun to subdue the driver, a sheriff said.",
    ],
    "c": [
        "Deputies stopped the driver two miles away.",
        "Deputies had to use a stun gun to get the driver out of the truck.",
    ],
    "d": [
        "The driver had to be subdued with a stun gun to get him out of the truck.",
        "A cyclist was hurt downtown.",
    ],
}


def test_groups_whose_members_are_each_others_best_join() -> None:
    claims = _articles(STUN)
    groups = (_group("g1", "a:1", "b:1"), _group("g2", "c:1", "d:0"))
    out = join_near_best(groups, claims, overlap, never)
    assert _sets(out) == [{"a:1", "b:1", "c:1", "d:0"}]
    assert [g.id for g in out] == ["g1"]


def test_a_member_another_sentence_fits_better_keeps_them_apart() -> None:
    # the second group's "c" sentence tells the stop: it reads like the first
    # group's members (over ``LEAST``), but in source c their best is the
    # stun-gun sentence the second group left out
    spec = {
        **STUN,
        "c": [
            "Deputies stopped the driver near the bar.",
            "Deputies used a stun gun to subdue the driver, then took him away.",
        ],
    }
    claims = _articles(spec)
    groups = (_group("g1", "a:1", "b:1"), _group("g2", "c:0", "d:0"))
    text = {c.id: c.text for c in claims}
    assert overlap(text["a:1"], text["c:0"]) >= LEAST
    assert overlap(text["a:1"], text["c:1"]) > overlap(text["a:1"], text["c:0"]) + MARGIN
    out = join_near_best(groups, claims, overlap, never)
    assert len(out) == 2


def test_groups_sharing_a_source_are_left_to_the_other_joins() -> None:
    claims = _articles(STUN)
    groups = (_group("g1", "a:1", "c:1"), _group("g2", "c:0", "d:0"))
    assert len(join_near_best(groups, claims, overlap, never)) == 2


def test_claims_apart_never_join() -> None:
    claims = _articles(STUN)
    groups = (_group("g1", "a:1", "b:1"), _group("g2", "c:1", "d:0"))

    def apart(x: str, y: str) -> bool:
        return {x, y} == {"b:1", "d:0"}

    assert len(join_near_best(groups, claims, overlap, apart)) == 2


# a factory's output, told as a count and in other words: the best matches of
# one another, but sharing too little to be one claim
OUTPUT = {
    "p": ["The plant built 4,000 vans in March.", "Workers at the plant voted on Friday."],
    "q": ["Output at the plant reached 4,000 vans.", "The union vote was on Friday."],
    "r": ["March was the busiest month since the plant opened.", "A strike is possible."],
    "s": ["The busiest month since opening, managers said of March.", "Talks resume Monday."],
}


def test_best_matches_too_weak_stay_apart() -> None:
    claims = _articles(OUTPUT)
    groups = (_group("g1", "p:0", "q:0"), _group("g2", "r:0", "s:0"))
    assert all(
        overlap(x.text, y.text) < LEAST
        for x in claims
        if x.id in {"p:0", "q:0"}
        for y in claims
        if y.id in {"r:0", "s:0"}
    )
    assert len(join_near_best(groups, claims, overlap, never)) == 2


# a rescue at sea told by three outlets and a fourth in two groups; a third
# group of another claim stays alone, and the groups keep reading order
RESCUE = {
    "w": [
        "The coastguard lifted 12 fishermen from a sinking trawler off Cork.",
        "The trawler's owner thanked the crews.",
    ],
    "x": [
        "Twelve fishermen were lifted from a sinking trawler by the coastguard.",
        "The owner of the trawler thanked the rescue crews.",
    ],
    "y": [
        "Helicopter crews lifted the fishermen off the sinking trawler near Cork.",
        "Weather had worsened overnight.",
    ],
    "z": [
        "The weather worsened overnight, forecasters said.",
        "Helicopter crews lifted the fishermen from the sinking trawler.",
    ],
}


def test_joined_groups_keep_reading_order_and_others_stay() -> None:
    claims = _articles(RESCUE)
    groups = (
        _group("g1", "w:0", "x:0"),
        _group("g2", "w:1", "x:1"),
        _group("g3", "y:0", "z:1"),
        _group("g4", "y:1", "z:0"),
    )
    out = join_near_best(groups, claims, overlap, never)
    assert _sets(out) == [
        {"w:0", "x:0", "y:0", "z:1"},
        {"w:1", "x:1"},
        {"y:1", "z:0"},
    ]
    assert [g.id for g in out] == ["g1", "g2", "g3"]


def test_the_analysis_joins_them_and_keeps_every_discrepancy_in_one_finding() -> None:
    """Through ``findings.build``: two aligned pairs of outlets telling a
    factory fire's toll in other words become one group, and the two pair
    flags over the toll (aligned within each pair only) one finding."""
    from datetime import date

    from workbench import findings
    from workbench.model import Alignment, Analysis, Article, Discrepancy, Side, Verdict

    spec = {
        "e": ["Fire gutted the paint factory on Monday.", "Four workers died in the factory fire."],
        "f": ["Four workers died when fire swept the factory.", "The paint factory was gutted."],
        "g": ["The blaze killed five factory workers, police said.", "Smoke was seen for miles."],
        "h": ["Smoke rose over the town.", "Five factory workers were killed by the blaze."],
    }
    claims = tuple(_articles(spec))
    aligned = (
        Alignment("e:1", "f:0", 0.8),
        Alignment("g:0", "h:1", 0.8),
        Alignment("e:0", "f:1", 0.8),
    )
    sides = [("e", "e:1", "Four"), ("f", "f:0", "Four"), ("g", "g:0", "five"), ("h", "h:1", "Five")]
    discs = tuple(
        Discrepancy(
            f"d{n}",
            "number",
            Verdict.CONFLICT,
            "differ",
            tuple(
                Side(a, c, 0, len(v), v, "4" if v.lower() == "four" else "5") for a, c, v in pair
            ),
        )
        for n, pair in enumerate([(sides[0], sides[2]), (sides[1], sides[3])])
    )
    arts = tuple(Article(a, f"{a}.txt", a, a, date(2024, 1, 1), "", "x", a) for a in spec)
    analysis = Analysis(arts, claims, (), aligned, discs)

    def table(a: str, b: str) -> float:
        # the toll sentences read alike across the pairs, nothing else does
        toll = {spec["e"][1], spec["f"][0], spec["g"][0], spec["h"][1]}
        return 0.5 if a in toll and b in toll else overlap(a, b) / 4

    out = findings.build(analysis, table)
    toll = [g for g in out.groups if {"e:1", "g:0"} <= {c for m in g.members for c in m.claims}]
    assert len(toll) == 1 and {m.article for m in toll[0].members} == set("efgh")
    held = sorted(d for f in out.findings for d in f.discrepancies)
    assert held == ["d0", "d1"]
