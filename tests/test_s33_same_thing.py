"""Compared only when shown to be one thing (issue 11, session 33).
Made-up reports in several domains.

Two figures of the quantity family in aligned claims are compared, with any
verdict, only on positive evidence that both measure one thing
(judge/shown_same.py, the CANDIDATE row ``not_shown_one_thing``): one counted
thing, one happening, two words around both in common, distances from a
place, one owner, one value stated twice or converted alike, two ages, or
each the only figure of its dimension in its sentence. Without it the pair is
no candidate: no flag, and each figure stays free for its real partner.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.measure import Measure
from workbench.judge import rules
from workbench.judge.shown_same import (
    _HAPPENINGS,
    COUNTED,
    HAPPENING,
    NOT_SHOWN_ONE_THING,
    _from_a_place,
    evidence,
    happenings,
    only_of_its_dimension,
)
from workbench.model import Claim, Fact

RULE = NOT_SHOWN_ONE_THING.name


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _pairs(tmp_path, a: str, b: str, without: tuple[str, ...] = ()) -> dict:
    found = courier_gazette(tmp_path, a, b, without)
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in found}


def test_the_row_is_a_candidate_row_with_no_flag():
    assert NOT_SHOWN_ONE_THING in rules.RULES
    assert NOT_SHOWN_ONE_THING.stage == rules.CANDIDATE
    assert NOT_SHOWN_ONE_THING.outcome == rules.Outcome.SKIP
    # asked after every row that keeps figures apart for a reason of its own; only a
    # row that makes a kept pair a question may follow (session 43: garbled_figure, a
    # figure with a replacement character that survived every row is asked about)
    candidates = [r for r in rules.RULES if r.stage == rules.CANDIDATE]
    at = [r.name for r in candidates].index(RULE)
    assert [r.name for r in candidates[at + 1 :]] == ["garbled_figure"]
    assert all(r.outcome == rules.Outcome.UNRESOLVED for r in candidates[at + 1 :])


# A sum against a sum of another thing (a fine against what the payer is
# worth), in sentences holding several sums and one word around them in
# common: compared without the row, not with it.
NOT_SHOWN = [
    (  # sport
        "The league fined the club €450,000 on Monday, while the national federation "
        "fined the club £120,000.",
        "For a club worth about £90 million, the fines from the league and the national "
        "federation on Monday look small.",
        "€450,000",
        "about £90 million",
    ),
    (  # health
        "The health ministry paid the supplier €3.2 million on Friday, while the county "
        "council paid the supplier £800,000.",
        "For a supplier with sales of about £65 million, the payments from the health "
        "ministry and the county council on Friday are small.",
        "€3.2 million",
        "about £65 million",
    ),
    (  # crime
        "The court ordered the gang to repay €1.4 million on Thursday, while the tax office "
        "seized £250,000 from the gang.",
        "For a gang said to have laundered about £30 million, the sums the court and the "
        "tax office took on Thursday are small.",
        "€1.4 million",
        "about £30 million",
    ),
    (  # economics
        "The regulator fined the retailer €9.8 million on Tuesday, while the British "
        "watchdog fined the retailer £14.2 million.",
        "For a retailer worth about £2.4 billion, the fines from the regulator and the "
        "British watchdog on Tuesday look small.",
        "€9.8 million",
        "about £2.4 billion",
    ),
]


@pytest.mark.parametrize(("a", "b", "left", "right"), NOT_SHOWN)
def test_figures_not_shown_to_be_one_thing_are_not_compared(tmp_path, a, b, left, right):
    pair = frozenset((left, right))
    # the row is what decides (with session 34's row that keeps a question of
    # figures not shown one thing from being asked: judge/questions.py)
    assert pair in _pairs(tmp_path, a, b, without=(RULE, "question_not_shown_one_thing"))
    assert pair not in _pairs(tmp_path, a, b)


# Evidence of one thing keeps the comparison (any verdict).
SHOWN = [
    (  # disaster: one counted thing, beside figures of other things
        "Rescuers pulled 14 residents and 2 dogs from the flooded block on Elm Street on Sunday.",
        "Rescuers pulled 3 cats and 9 residents from the flooded block on Elm Street on Sunday.",
        "14",
        "9",
        "conflict",
    ),
    (  # crime: one counted thing, the sentences' other figures counting other things
        "Police arrested 17 men and seized 4 rifles in raids across Dorrow on Tuesday, "
        "officials said.",
        "Police seized 6 pistols and arrested 21 men in raids across Dorrow on Tuesday, "
        "officials said.",
        "17",
        "21",
        "conflict",
    ),
    (  # transport: crew against crew and lifeboats against lifeboats, never across
        "The ship carried 40 crew and 12 lifeboats when it sank off Skerry Point.",
        "The ship had 9 lifeboats and 38 crew when it sank off Skerry Point.",
        "40",
        "38",
        "conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "left", "right", "verdict"), SHOWN)
def test_figures_shown_to_be_one_thing_are_compared(tmp_path, a, b, left, right, verdict):
    assert _pairs(tmp_path, a, b).get(frozenset((left, right))) == verdict


def test_the_only_counts_of_two_sentences_are_compared(tmp_path):
    # health: one count in each sentence, the second with its noun left out
    a = "The outbreak at the Marsh Lane care home has killed 11 residents, officials said."
    b = "Officials said on Monday that the outbreak at the Marsh Lane care home had now claimed 13."
    assert _pairs(tmp_path, a, b).get(frozenset(("11", "13"))) == "conflict"


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        (
            "The death toll from Sunday's quake has risen to 58, the government said.",
            "58",
            "killed",
        ),
        ("Rescuers said 31 were hurt when the roof gave way.", "31", "injured"),
        ("Nineteen remain unaccounted for after the landslide, 12 of them children.", "12", ""),
        ("Officers took 7 into custody after the match.", "7", "arrested"),
        ("The factory will build 400 cars a week.", "400", ""),
    ],
)
def test_a_happening_is_read_from_the_words_beside_a_figure(sentence, value, want):
    start = sentence.index(value)
    claim = Claim("c", "a", 0, 0, len(sentence), sentence)
    fact = Fact("f", "c", "a", "number", start, start + len(value), value, {})
    got = happenings(claim, fact, Measure())
    assert got == (frozenset((want,)) if want else frozenset())


def test_a_measured_happening_comes_before_the_words():
    sentence = "The blast killed two and injured 14."
    claim = Claim("c", "a", 0, 0, len(sentence), sentence)
    start = sentence.index("14")
    fact = Fact("f", "c", "a", "number", start, start + 2, "14", {})
    assert happenings(claim, fact, Measure(event="injured")) == frozenset(("injured",))


def test_the_happening_classes_share_no_word():
    words = [w for ws in _HAPPENINGS.values() for w in ws.split()]
    assert len(words) == len(set(words))


def _facts(tmp_path, sentence: str) -> tuple[Claim, list[Fact]]:
    from conftest import write

    from workbench.analysis import analyze_paths

    front = "---\ntitle: T\noutlet: Courier\npublished: 2024-03-04\n---\n"
    analysis = analyze_paths([write(tmp_path, "one.md", front + sentence + "\n")])
    (claim,) = [c for c in analysis.claims if c.text == sentence]
    return claim, [f for f in analysis.facts if f.claim == claim.id]


def _of(facts: list[Fact], text: str) -> Fact:
    (f,) = [f for f in facts if f.text == text]
    return f


@pytest.mark.parametrize(
    ("sentence", "value", "only"),
    [
        # a conversion beside a figure is that figure, not another one
        ("The bridge is a 230 m (755 ft) span over the Sarjan river.", "230 m", True),
        ("The storm brought gusts of 148 km/h (92 mph) to the coast.", "148 km/h", True),
        # two lengths of two things: neither is the only one
        ("The 31-storey tower is 95 metres tall and stands 15km from Central.", "15km", False),
        # a sum and a sum of another thing
        ("A £14.2 million fine hit the group, worth £2.4 billion.", "£14.2 million", False),
        # a count beside a length: each the only figure of its dimension
        ("Rescuers pulled 9 people from the river 3 km downstream.", "9", True),
    ],
)  # fmt: skip
def test_the_only_figure_of_its_dimension(tmp_path, sentence, value, only):
    claim, facts = _facts(tmp_path, sentence)
    assert only_of_its_dimension(claim, _of(facts, value), facts) is only


def test_figures_the_other_claim_states_alike_are_set_aside(tmp_path):
    # politics: '34 per cent' / '34%' told alike, '31 per cent' / '28%' are what is left
    claim, facts = _facts(
        tmp_path, "Labour leads on 34 per cent, ahead of the Tories on 31 per cent."
    )
    (tmp_path / "b").mkdir()
    _other, told = _facts(tmp_path / "b", "Labour is on 34%, with the Tories on 28%.")
    x = _of(facts, "31 per cent")
    assert not only_of_its_dimension(claim, x, facts)
    assert only_of_its_dimension(claim, x, facts, [f for f in told if f.text != "28%"])


@pytest.mark.parametrize(
    ("sentence", "value", "told"),
    [
        ("The quake struck 15 miles northwest of downtown Quito.", "15 miles", True),
        ("The epicentre lay 30km (19 miles) off the coast.", "30km", True),
        ("The ship sank about 4 nautical miles from Gavrio.", "about 4 nautical miles", True),
        ("The quake struck at a depth of 10km.", "10km", False),
        ("The tower is 95 metres tall.", "95 metres", False),
    ],
)
def test_a_distance_from_a_place_is_read(tmp_path, sentence, value, told):
    claim, facts = _facts(tmp_path, sentence)
    assert _from_a_place(claim, _of(facts, value)) is told


SHOWN_MORE = [
    (  # politics: the shares left once those told alike are set aside
        "Labour leads on 34 per cent, ahead of the Conservatives on 31 per cent.",
        "Labour is on 34%, with the Conservatives on 28%.",
        "31 per cent",
        "28%",
        "conflict",
    ),
    (  # disaster: two distances from one place, beside a depth
        "The quake struck 30km from Quito at a depth of 10km on Sunday, the institute said.",
        "The quake struck 45km away from Quito on Sunday at a depth of 10km, the institute said.",
        "30km",
        "45km",
        "conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "left", "right", "verdict"), SHOWN_MORE)
def test_more_evidence_keeps_the_comparison(tmp_path, a, b, left, right, verdict):
    assert _pairs(tmp_path, a, b).get(frozenset((left, right))) == verdict


def _case(tmp_path, a: str, va: str, b: str, vb: str, measures):
    from workbench.judge.cases import CandidateCase
    from workbench.model import Comparison, Verdict

    ca, fa = _facts(tmp_path, a)
    (tmp_path / "b").mkdir()
    cb, fb = _facts(tmp_path / "b", b)
    x, y = _of(fa, va), _of(fb, vb)
    cmp = Comparison(Verdict.UNRESOLVED, "", {}, {})
    return CandidateCase(x, y, cmp, claims=(ca, cb), measures=measures, facts=(fa, fb))


def test_a_word_for_people_alone_says_nothing_of_which_people(tmp_path):
    # a toll against a crowd without shelter: "people" both, one happening told
    a = "The quake killed at least 47 people and 3 dogs."
    b = "Aid agencies said thousands of people and 12 dogs need shelter."
    found = evidence(_case(tmp_path, a, "at least 47", b, "thousands", (Measure(), Measure())))
    assert COUNTED not in found and HAPPENING not in found


def test_people_of_one_happening_are_one_thing(tmp_path):
    # sport and crime alike: both sides tell what the people underwent
    a = "Police arrested 14 fans and 3 stewards after the match."
    b = "After the match 19 fans and 2 stewards were arrested."
    arrested = Measure(event="arrested")
    found = evidence(_case(tmp_path, a, "14", b, "19", (arrested, arrested)))
    assert COUNTED in found and HAPPENING in found
