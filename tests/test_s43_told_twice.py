"""A source that tells a claim twice, in neighbouring sentences, joins the two
groups its statements landed in (session 43, issue 15: most claims readers
G15/G16 found split "share a source"; ``findings.twice``).

Invented outlets and sentences; the pass reads only alignments, positions and
``apart``, so each case gives the alignments an aligner taking one partner per
article would give.
"""

import pytest

from workbench.findings.twice import join_told_twice
from workbench.model import Claim, ClaimGroup, Member


def _claims(texts: dict[str, str]) -> list[Claim]:
    out = []
    for cid, text in texts.items():
        art, n = cid.split(":")
        out.append(Claim(cid, art, int(n), 0, len(text), text))
    return sorted(out, key=lambda c: (c.article, c.index))


def _group(gid: str, *members: tuple[str, ...], restated: dict[str, tuple[str, ...]] | None = None):
    again = restated or {}
    return ClaimGroup(
        gid,
        tuple(Member(ids[0].split(":")[0], ids, 0.5, again.get(ids[0], ())) for ids in members),
    )


def _never(x: str, y: str) -> bool:
    return False


# one claim told by outlet A in its headline and lead; B met both, C met the lead
STORIES = [
    {
        "A:0": "Ex-worker opens fire at office party, one dead",
        "A:1": "A man who lost his job last month shot a colleague dead at a staff party Friday.",
        "B:3": "Police say a former employee killed one man at the firm's Christmas party.",
        "C:2": "One person was shot dead at an office party by a recently sacked worker.",
    },
    {
        "A:0": "Ferry runs aground off Skye, 40 passengers taken off",
        "A:1": "Coastguards lifted forty passengers from the ferry after it struck rocks at dawn.",
        "B:3": "All 40 people aboard the stranded ferry were brought ashore, the coastguard said.",
        "C:2": "The ferry hit rocks near Skye early on Tuesday and its passengers were rescued.",
    },
    {
        "A:4": "The museum will close for two years from March.",
        "A:5": "Its doors shut in spring while the roof is rebuilt, reopening in 2028.",
        "B:3": "The museum is to close for a two-year roof rebuild starting in March.",
        "C:2": "Visitors have until March before the museum shuts until 2028.",
    },
]


def _pairs(first: str, second: str, extra=()) -> list[tuple[str, str, float]]:
    return [
        ("B:3", first, 0.71),
        ("B:3", second, 0.55),  # B met both of A's statements
        ("B:3", "C:2", 0.62),  # the two other outlets met each other
        ("C:2", second, 0.58),  # C's one partner in A is the second statement
        *extra,
    ]


def _ids(story: dict[str, str]) -> tuple[str, str]:
    first, second = sorted((c for c in story if c.startswith("A:")), key=lambda c: int(c[2:]))
    return first, second


@pytest.mark.parametrize("story", STORIES, ids=["shooting", "ferry", "museum"])
def test_a_claim_told_in_two_neighbouring_sentences_is_one_group(story):
    first, second = _ids(story)
    groups = [_group("g1", (first,), ("B:3",)), _group("g2", (second,), ("C:2",))]
    out = join_told_twice(groups, _claims(story), _pairs(first, second), _never)
    assert len(out) == 1
    members = {m.article: m for m in out[0].members}
    assert set(members) == {"A", "B", "C"}
    assert members["A"].claims == (first,)  # one passage per source, the other a restatement
    assert members["A"].restated == (second,)
    assert out[0].id == "g1"


def test_two_sources_each_telling_it_twice_join_the_larger_group_keeping_its_passages():
    story = {
        "A:2": "The strike closed every school in the district on Monday.",
        "A:3": "Teachers walked out, so no classes were held anywhere in the district.",
        "D:6": "Schools across the district shut on Monday as staff went on strike.",
        "D:7": "Not one school in the district opened its doors.",
        "B:1": "A teachers' strike shut all the district's schools on Monday.",
        "E:4": "Striking teachers kept every district school closed.",
        "C:9": "No lessons took place in any of the district's schools.",
    }
    groups = [
        _group("g1", ("A:2",), ("B:1",), ("D:6",), ("E:4",)),
        _group("g2", ("A:3",), ("C:9",), ("D:7",)),
    ]
    pairs = [
        ("A:2", "B:1", 0.8), ("A:2", "D:6", 0.8), ("A:2", "E:4", 0.7), ("B:1", "D:6", 0.8),
        ("B:1", "E:4", 0.7), ("D:6", "E:4", 0.7),
        ("B:1", "A:3", 0.5), ("B:1", "D:7", 0.5), ("E:4", "A:3", 0.5), ("E:4", "D:7", 0.5),
        ("C:9", "B:1", 0.6), ("C:9", "E:4", 0.6),
        ("C:9", "A:3", 0.6), ("C:9", "D:7", 0.6), ("A:3", "D:7", 0.6),
    ]  # fmt: skip
    out = join_told_twice(groups, _claims(story), pairs, _never)
    assert len(out) == 1
    members = {m.article: m for m in out[0].members}
    assert members["A"].claims == ("A:2",) and members["A"].restated == ("A:3",)
    assert members["D"].claims == ("D:6",) and members["D"].restated == ("D:7",)
    assert members["C"].claims == ("C:9",)


def _shooting() -> tuple[dict[str, str], list[ClaimGroup]]:
    story = dict(STORIES[0])
    return story, [_group("g1", ("A:0",), ("B:3",)), _group("g2", ("A:1",), ("C:2",))]


def test_statements_a_paragraph_apart_stay_apart():
    story = dict(STORIES[0])
    story["A:7"] = story.pop("A:1")  # told again six sentences on: two claims the outlet kept apart
    groups = [_group("g1", ("A:0",), ("B:3",)), _group("g2", ("A:7",), ("C:2",))]
    out = join_told_twice(groups, _claims(story), _pairs("A:0", "A:7"), _never)
    assert len(out) == 2


def test_outlets_that_never_met_each_other_stay_apart():
    story, groups = _shooting()
    pairs = [p for p in _pairs("A:0", "A:1") if {p[0], p[1]} != {"B:3", "C:2"}]
    assert len(join_told_twice(groups, _claims(story), pairs, _never)) == 2


def test_a_statement_its_outlet_never_had_met_by_another_source_stays_apart():
    story, groups = _shooting()
    pairs = [p for p in _pairs("A:0", "A:1") if {p[0], p[1]} != {"B:3", "A:1"}]
    # B's sentence met A's headline only: nobody met both of A's statements
    assert len(join_told_twice(groups, _claims(story), pairs, _never)) == 2


def test_a_contrary_partner_keeps_them_apart():
    story, groups = _shooting()
    story["B:8"] = "The company said it would review security at its offices."
    # C met both of A's statements; B met A's headline only, and C
    pairs = [("C:2", "A:0", 0.6), ("C:2", "A:1", 0.6), ("B:3", "C:2", 0.6), ("B:3", "A:0", 0.7)]
    assert len(join_told_twice(groups, _claims(story), pairs, _never)) == 1
    # A's lead also met another sentence of B: the aligner read it as B's other claim
    contrary = [*pairs, ("A:1", "B:8", 0.45)]
    assert len(join_told_twice(groups, _claims(story), contrary, _never)) == 2


def test_copies_telling_a_game_twice_are_left_alone():
    story = {
        "A:11": "The defence stopped the quarterback on fourth down.",
        "A:12": "He was stuffed on a sneak a yard short.",
        "B:11": "The defence stopped the quarterback on fourth down.",
        "B:12": "He was stuffed on a sneak a yard short.",
    }
    groups = [_group("g1", ("A:11",), ("B:11",)), _group("g2", ("A:12",), ("B:12",))]
    pairs = [("A:11", "B:11", 1.0), ("A:12", "B:12", 1.0), ("A:11", "B:12", 0.5)]
    assert len(join_told_twice(groups, _claims(story), pairs, _never)) == 2


def test_claims_apart_never_join():
    story, groups = _shooting()

    def apart(x: str, y: str) -> bool:
        return {x, y} == {"B:3", "A:1"}

    assert len(join_told_twice(groups, _claims(story), _pairs("A:0", "A:1"), apart)) == 2


def test_groups_sharing_no_source_are_this_pass_none_of_its_business():
    story = {"A:0": "x one", "B:0": "x two", "C:0": "y one", "D:0": "y two"}
    groups = [_group("g1", ("A:0",), ("B:0",)), _group("g2", ("C:0",), ("D:0",))]
    pairs = [("A:0", "B:0", 0.9), ("C:0", "D:0", 0.9), ("A:0", "C:0", 0.9), ("B:0", "D:0", 0.9)]
    out = join_told_twice(groups, _claims(story), pairs, _never)
    assert out == tuple(groups)


@pytest.mark.parametrize("met, joined", [(0.62, 1), (0.41, 1), (0.39, 2), (0.2, 2)])
def test_the_outlets_meet_at_the_conflict_floor_or_stay_apart(met, joined):
    # two outlets on one topic met loosely ("the central bank lent 60 billion
    # roubles" / "the Fed added 24 billion dollars to reserves") do not join
    # a third outlet's two sentences on its own claim (MEANTIME stock)
    story, groups = _shooting()
    pairs = [
        p if {p[0], p[1]} != {"B:3", "C:2"} else ("B:3", "C:2", met) for p in _pairs("A:0", "A:1")
    ]
    out = join_told_twice(groups, _claims(story), pairs, _never, least=0.4)
    assert len(out) == joined
