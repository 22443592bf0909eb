"""A headline group and a lead group sharing one source (issue 15, session 30,
find46; reader G13's 30_ecb). One outlet's headline met the other headlines,
its lead the other leads; a second outlet's lead met neither headline. When
every source only one group holds agrees with the other group on its anchors
(two names or figures in common, one of them a value: a figure, a day, a
month), the two groups are one claim's and join: the shared source's two
statements as passage and restatement, the others as passages of their own.
Stories made up; each varies the words, values and structure."""

from __future__ import annotations

import pytest

from workbench import align
from workbench.findings.openings import _agree, anchors_of, join_openings
from workbench.model import Claim, ClaimGroup, Member

# (a's headline, b's headline, a's lead, c's lead): a holds both groups
STORIES = {
    "cables": (
        "Undersea cables damage disrupts Internet services in Egypt",
        "Egypt Internet cut as cables snap Friday",
        "Parts of Asia and Europe lost Internet service Friday when three undersea cables "
        "between Italy and Egypt were damaged.",
        "Internet traffic between Europe and Asia was hampered Friday after three data lines "
        "were cut near Egypt, France Telecom said.",
    ),
    "quake": (
        "Magnitude 6.1 quake shakes Wellington",
        "Strong earthquake rattles Wellington on Tuesday",
        "A magnitude 6.1 earthquake struck near Wellington on Tuesday, cutting power to "
        "20,000 homes, GeoNet said.",
        "Wellington residents ran into the streets on Tuesday as a 6.1 tremor hit the region.",
    ),
    "strike": (
        "Dockers at Felixstowe walk out over pay",
        "1,900 Felixstowe dockers strike",
        "About 1,900 dockers at Felixstowe began an eight-day strike on Sunday after pay "
        "talks with Hutchison Ports broke down.",
        "Work at Felixstowe stopped on Sunday as 1,900 Unite members walked out.",
    ),
}


def _setup(story: str):
    head_a, head_b, lead_a, lead_c = STORIES[story]
    texts = {"a": [head_a, lead_a], "b": [head_b, "Filler of b."], "c": ["Other news.", lead_c]}
    claims = []
    for art, sentences in texts.items():
        pos = 0
        for i, t in enumerate(sentences):
            claims.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    heads = ClaimGroup("g1", (Member("a", ("a:0",), 0.9), Member("b", ("b:0",), 0.9)))
    leads = ClaimGroup("g2", (Member("a", ("a:1",), 0.9), Member("c", ("c:1",), 0.8)))
    pairs = {("a:0", "b:0"), ("a:1", "c:1")}  # headlines met headlines, leads leads
    return claims, [heads, leads], lambda x, y: (x, y) in pairs or (y, x) in pairs


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_headline_group_and_a_lead_group_sharing_one_source_join(story):
    claims, groups, aligned = _setup(story)
    (g,) = join_openings(groups, claims, align.similarity, aligned=aligned)
    got = {m.article: (set(m.claims), set(m.restated)) for m in g.members}
    assert set(got) == {"a", "b", "c"}
    assert got["a"][0] | got["a"][1] == {"a:0", "a:1"}
    assert got["b"] == ({"b:0"}, set()) and got["c"] == ({"c:1"}, set())


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_headline_naming_no_value_stays_apart(story):
    """A headline whose anchors hold no figure, day or month ("Damaged undersea
    cables disrupting service") cannot be told to agree: it stays with the
    headlines."""
    claims, groups, aligned = _setup(story)
    bare = "Damaged Cables Disrupting Service Across The Region"
    claims = [
        Claim(c.id, c.article, c.index, c.start, c.start + len(bare), bare) if c.id == "b:0" else c
        for c in claims
    ]
    assert len(join_openings(groups, claims, align.similarity, aligned=aligned)) == 2


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_source_that_agrees_on_no_value_keeps_them_apart(story):
    """c's lead shares names with the headlines but no figure, day or month:
    a story's recurring names are no agreement on the claim."""
    claims, groups, aligned = _setup(story)
    names_only = {
        "cables": "Internet users in Egypt and Italy complained about the service.",
        "quake": "Wellington's mayor praised GeoNet and the New Zealand emergency teams.",
        "strike": "Unite said Felixstowe and Hutchison Ports had let dockers down.",
    }[story]
    claims = [
        Claim(c.id, c.article, c.index, c.start, c.start + len(names_only), names_only)
        if c.id == "c:1"
        else c
        for c in claims
    ]
    assert len(join_openings(groups, claims, align.similarity, aligned=aligned)) == 2


def test_without_the_aligners_pairs_or_past_the_opening_they_stay_two():
    claims, groups, aligned = _setup("quake")
    assert len(join_openings(groups, claims, align.similarity)) == 2
    far = [
        Claim(c.id, c.article, 7 if c.id == "c:1" else c.index, c.start, c.end, c.text)
        for c in claims
    ]
    assert len(join_openings(groups, far, align.similarity, aligned=aligned)) == 2


def test_a_source_apart_from_the_other_group_keeps_them_apart():
    claims, groups, aligned = _setup("strike")

    def apart(x: str, y: str) -> bool:
        return {x, y} == {"b:0", "c:1"}

    assert len(join_openings(groups, claims, align.similarity, apart=apart, aligned=aligned)) == 2


def test_groups_sharing_no_source_stay_two():
    claims, groups, aligned = _setup("cables")
    heads, leads = groups
    leads = ClaimGroup("g2", tuple(m for m in leads.members if m.article != "a"))
    heads = ClaimGroup("g1", tuple(m for m in heads.members if m.article != "a"))
    assert len(join_openings([heads, leads], claims, align.similarity, aligned=aligned)) == 2


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Quake hits Wellington on Tuesday", "Wellington shaken on Tuesday night", True),
        ("Felt dead at 95", "W. Mark Felt died aged 95", True),
        ("Storm Brenna kills 4 in Cork", "Four die as Brenna hits Cork", False),  # one figure
        ("BlackBerry Bold design cues", "BlackBerry Curve 8900, the thinnest BlackBerry", False),
        ("In May, Nokia cut 300 jobs", "Nokia said in May it would cut jobs", True),
    ],
)
def test_anchors_agree_on_two_one_of_them_a_value(a, b, agree):
    assert _agree(anchors_of([a]), anchors_of([b])) is agree
