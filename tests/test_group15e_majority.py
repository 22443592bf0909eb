"""Two sets of outlets telling one claim join when the aligner paired most of
their members (issue 15, session 12).

The aligner gives a sentence one partner per article, so two groups of
different sources stating one claim in drifted wording often miss one cross
pair; they stayed apart when the join asked for every pair. Now two groups of
disjoint sources join when more than half of their cross pairs of members were
aligned (at any score, quoted-name links aside) and every member has a partner
in the other group; the whole is weighed again before each further join, so
A≈B and B≈C never bring A and C together on their own.
"""

from __future__ import annotations

from datetime import date

from workbench import align, findings
from workbench.findings.evidence import QUOTE_LINK, WORDING
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Fact, Side, Verdict


def _claims(spec: dict[str, list[str]]) -> list[Claim]:
    out = []
    for art, texts in spec.items():
        pos = 0
        for i, t in enumerate(texts):
            out.append(Claim(f"{art}:{i}", art, i, pos, pos + len(t), t))
            pos += len(t) + 1
    return out


def _never(a: str, b: str) -> float:
    return 0.0


def _sources(groups) -> list[list[str]]:
    return sorted(sorted(m.article for m in g.members) for g in groups)


def _pairs(*strong: tuple[str, str]) -> list[Alignment]:
    return [Alignment(x, y, 0.9) for x, y in strong]


STRONG = _pairs(("A:0", "B:0"), ("C:0", "D:0"))
CLAIMS = _claims({s: ["x"] for s in "ABCD"})


def _cross(*pairs: tuple[str, str], score: float = 0.45) -> list[Alignment]:
    return [Alignment(x, y, score) for x, y in pairs]


def test_three_of_four_cross_pairs_aligned_join_two_groups():
    cross = _cross(("A:0", "C:0"), ("B:0", "C:0"), ("B:0", "D:0"))
    (joined,) = findings.claim_groups(CLAIMS, STRONG, _never, majority=STRONG + cross)
    assert [m.article for m in joined.members] == ["A", "B", "C", "D"]
    # the joining alignments score the members
    assert all(m.score > 0 for m in joined.members)


def test_half_the_cross_pairs_is_not_a_majority():
    cross = _cross(("A:0", "C:0"), ("B:0", "D:0"))
    groups = findings.claim_groups(CLAIMS, STRONG, _never, majority=STRONG + cross)
    assert _sources(groups) == [["A", "B"], ["C", "D"]]


def test_the_join_that_asks_for_every_pair_does_not_take_a_majority():
    cross = _cross(("A:0", "C:0"), ("B:0", "C:0"), ("B:0", "D:0"))
    groups = findings.claim_groups(CLAIMS, STRONG, _never, join=STRONG + cross)
    assert _sources(groups) == [["A", "B"], ["C", "D"]]


def test_a_member_with_no_partner_in_the_other_group_keeps_them_apart():
    # three outlets and two: four of six cross pairs aligned, but E's sentence
    # (a side mention of the topic, say) was paired with nobody of C and D
    claims = _claims({s: ["x"] for s in "ABCDE"})
    strong = _pairs(("A:0", "B:0"), ("A:0", "E:0"), ("B:0", "E:0"), ("C:0", "D:0"))
    cross = _cross(("A:0", "C:0"), ("A:0", "D:0"), ("B:0", "C:0"), ("B:0", "D:0"))
    groups = findings.claim_groups(claims, strong, _never, majority=strong + cross)
    assert _sources(groups) == [["A", "B", "E"], ["C", "D"]]
    # once E has a partner there, four of six is a majority
    more = cross + _cross(("E:0", "D:0"))
    (joined,) = findings.claim_groups(claims, strong, _never, majority=strong + more)
    assert len(joined.members) == 5


def test_groups_sharing_a_source_never_join_by_majority():
    # A states the claim twice (A:0 with B, A:1 with C): a restatement, not a join
    claims = _claims({"A": ["x", "y"], "B": ["x"], "C": ["y"], "D": ["y"]})
    strong = _pairs(("A:0", "B:0"), ("A:1", "C:0"), ("C:0", "D:0"), ("A:1", "D:0"))
    cross = _cross(("B:0", "C:0"), ("B:0", "D:0"), ("A:0", "C:0"), ("A:0", "D:0"))
    groups = findings.claim_groups(claims, strong, _never, majority=strong + cross)
    assert _sources(groups) == [["A", "B"], ["A", "C", "D"]]


def test_a_lone_sentence_is_never_joined_by_majority():
    claims = _claims({s: ["x"] for s in "ABC"})
    strong = _pairs(("A:0", "B:0"))
    cross = _cross(("A:0", "C:0"), ("B:0", "C:0"))
    groups = findings.claim_groups(claims, strong, _never, majority=strong + cross)
    assert _sources(groups) == [["A", "B"]]


def test_no_chaining_through_a_joined_group():
    # A-B ≈ C-D and C-D ≈ E-F (three of four pairs each), A-B and E-F unrelated:
    # the better-linked join comes first, then E-F faces all four members
    claims = _claims({s: ["x"] for s in "ABCDEF"})
    strong = _pairs(("A:0", "B:0"), ("C:0", "D:0"), ("E:0", "F:0"))
    first = _cross(("A:0", "C:0"), ("B:0", "C:0"), ("B:0", "D:0"), score=0.5)
    second = _cross(("C:0", "E:0"), ("D:0", "E:0"), ("D:0", "F:0"), score=0.4)
    groups = findings.claim_groups(claims, strong, _never, majority=strong + first + second)
    assert _sources(groups) == [["A", "B", "C", "D"], ["E", "F"]]
    # with E-F linked to A-B as well, most of the eight pairs are aligned
    third = _cross(("A:0", "E:0"), ("B:0", "F:0"))
    (whole,) = findings.claim_groups(
        claims, strong, _never, majority=strong + first + second + third
    )
    assert len(whole.members) == 6


# --- through findings.build: which alignments count ----------------------------------

# two versions of one claim, each told by two outlets in its own wording
TEXTS = {
    "a": "The harbour bridge will stay shut to lorries until the end of March, the council said.",
    "b": "The council said the harbour bridge stays closed to lorries until the end of March.",
    "c": "Heavy goods vehicles are barred from the crossing for another six weeks, officials said.",
    "d": "Officials confirmed a six-week ban on heavy goods vehicles using the crossing.",
}
# four sentences on one topic that share a quoted name and little else
NAMED = {
    "a": "Tolls on the “Harbour Link” rose again this year, the council said.",
    "b": "The council said tolls on the “Harbour Link” went up this year.",
    "c": "Cyclists have long called the “Harbour Link” the city's most dangerous road.",
    "d": "For cyclists the “Harbour Link” remains the most dangerous road in the city.",
}


def _analysis(
    texts: dict[str, str], cross_score: float, inner: float = 0.85, quoted: bool = True
) -> Analysis:
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2024, 2, 14), "", "text", f"sha-{x}")
        for x in texts
    )
    claims = tuple(Claim(f"{x}:0", x, 0, 0, len(t), t) for x, t in texts.items())
    facts = tuple(
        Fact(
            f"{c.id}:q",
            c.id,
            c.article,
            "quote",
            n,
            n + 14,
            "“Harbour Link”",
            {"quote": "harbour link"},
        )
        for c in claims
        if quoted and (n := c.text.find("“Harbour Link”")) >= 0
    )
    aligned = (
        Alignment("a:0", "b:0", inner),
        Alignment("c:0", "d:0", inner),
        Alignment("a:0", "c:0", cross_score),
        Alignment("b:0", "c:0", cross_score),
        Alignment("b:0", "d:0", cross_score),
    )
    sides = tuple(Side(x, f"{x}:0", 0, 3, texts[x][:3], texts[x][:3]) for x in "ac")
    d = Discrepancy("d1", "date", Verdict.UNRESOLVED, "one against the other", sides)
    return Analysis(arts, claims, facts, aligned, (d,))


def test_weakly_worded_alignments_count_towards_a_majority():
    # under the wording floor: no group is built on them, nor joined by every pair
    assert all(align.similarity(TEXTS[x], TEXTS[y]) < WORDING for x, y in ("ac", "bc", "bd"))
    built = findings.build(
        _analysis(TEXTS, 0.45), align.similarity, group_score=0.65, openings=False
    )
    assert _sources(built.groups) == [["a", "b", "c", "d"]]
    # every discrepancy still in exactly one finding
    assert [f.discrepancies for f in built.findings] == [("d1",)]


def test_links_standing_on_a_quoted_name_do_not_count_towards_a_majority():
    # the pairs are strong enough to group, the cross links (at the score of a
    # quotation link) too weak to build groups: only a majority could join them
    def built(quoted: bool):
        claims = _analysis(NAMED, QUOTE_LINK, inner=0.98, quoted=quoted)
        return findings.build(claims, align.similarity, group_score=0.95, openings=False)

    named = built(quoted=True)
    assert _sources(named.groups) == [["a", "b"], ["c", "d"]]
    assert [f.discrepancies for f in named.findings] == [("d1",)]
    # the same links standing on more than a quoted name: a majority
    assert _sources(built(quoted=False).groups) == [["a", "b", "c", "d"]]
