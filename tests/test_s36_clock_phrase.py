"""A day told in one phrase with its clock time is that clock's frame (issue
11, session 36): "conceded at 23:40 on Sunday" / "conceded at 10.40pm last
night" are compared by their clocks, an hour apart, not by "last night", which
holds both (judge/clock_phrase.py; fresh reader R28e, election D10). Made-up
stories, words, clocks and days of their own."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, published: str = "2024-03-11"):
    found = courier_gazette(tmp_path, a, b, published=published)
    return {(d.sides[0].text, d.sides[1].text): (d.verdict, d.rule) for d in found}


@pytest.mark.parametrize(
    ("a", "b", "clocks"),
    [
        (
            "Brankov conceded defeat at 23:40 on Sunday at the party's headquarters.",
            "Brankov conceded at 10.40pm last night in a short address to party workers.",
            ("23:40", "10.40pm"),
        ),
        (
            "The ferry left Port Ellis harbour at 6.15am on Saturday with 212 people aboard.",
            "The ferry left Port Ellis harbour at 7.15 on Saturday morning with 212 aboard.",
            ("6.15am", "7.15"),
        ),
        (
            "The roof of the Darnley pit collapsed at about 2.20pm on Tuesday, trapping 40 miners.",
            "The roof of the Darnley pit collapsed at 1.20pm on Tuesday, trapping 40 men.",
            ("2.20pm", "1.20pm"),
        ),
    ],
)
def test_the_clock_of_a_phrase_is_compared_not_its_frame(tmp_path, a, b, clocks):
    flags = _flags(tmp_path, a, b)
    assert flags.get(clocks, (None,))[0] == Verdict.CONFLICT, flags
    # the frame never stands for its clock against the other report's clock
    for (left, right), (verdict, _rule) in flags.items():
        if verdict == Verdict.CONSISTENT:
            assert left not in clocks and right not in clocks, flags


def test_clocks_told_alike_in_their_phrases_stay_silent(tmp_path):
    flags = _flags(
        tmp_path,
        "Brankov conceded defeat at 23:40 on Sunday at the party's headquarters.",
        "Brankov conceded at 11.40pm last night in a short address to party workers.",
    )
    assert all(v != Verdict.CONFLICT for v, _ in flags.values()), flags


def test_without_the_row_the_frame_meets_the_clock(tmp_path):
    """The row is what keeps the frame from the other clock (it can fail)."""
    from workbench.judge.cases import CandidateCase
    from workbench.judge.clock_phrase import clock_of_its_phrase, frame_of_a_clock
    from workbench.model import Claim

    claim = Claim("a:0", "a", 0, 0, 40, "He conceded at 10.40pm last night.")
    from datetime import date

    from workbench.facts.time import find_times
    from workbench.model import Fact

    ms = find_times(claim.text, date(2024, 3, 11))
    facts = [
        Fact(f"a:0:f{i}", "a:0", "a", m.kind, m.start, m.end, m.text, m.to_json(), m)
        for i, m in enumerate(ms)
    ]
    clock, night = facts
    assert clock_of_its_phrase(night, facts, claim.text, 0) is clock
    assert clock_of_its_phrase(clock, facts, claim.text, 0) is None
    other = Claim("b:0", "b", 0, 0, 30, "He conceded at 23:40 on Sunday.")
    (oc, _day) = [
        Fact(f"b:0:f{i}", "b:0", "b", m.kind, m.start, m.end, m.text, m.to_json(), m)
        for i, m in enumerate(find_times(other.text, date(2024, 3, 11)))
    ]
    from workbench.model import Comparison

    cmp = Comparison(Verdict.CONSISTENT, "", "", "")
    case = CandidateCase(night, oc, cmp, claims=(claim, other), facts=(facts, [oc, _day]))
    assert frame_of_a_clock(case)
    case = CandidateCase(clock, oc, cmp, claims=(claim, other), facts=(facts, [oc, _day]))
    assert not frame_of_a_clock(case)


def _claim_facts(name: str, text: str):
    from datetime import date

    from workbench.facts.time import find_times
    from workbench.model import Claim, Fact

    claim = Claim(f"{name}:0", name, 0, 0, len(text), text)
    facts = [
        Fact(f"{name}:0:f{i}", claim.id, name, m.kind, m.start, m.end, m.text, m.to_json(), m)
        for i, m in enumerate(find_times(text, date(2024, 3, 11)))
    ]
    clock = next(f for f in facts if f.mention.type == "TIME")
    return claim, clock, facts


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        (
            "Brankov conceded defeat at 23:40 on Sunday at the party's headquarters.",
            "The result ends eight years in power for Brankov, who conceded at 10.40pm last night.",
            True,
        ),
        (
            "A tremor caused a fall of ground at about 2.20pm on Tuesday on the 1,850m level.",
            "When the ground gave way on the 1,850-metre level shortly after 1.20pm on Tuesday, "
            "33 people were cut off.",
            True,
        ),
        (  # a warning and a mayday: one day, two moments
            "The weather service had issued a gale warning at 6pm on Tuesday, hours before the "
            "ferry got into trouble.",
            "Within half an hour of the mayday, just before 10pm on Tuesday, fishermen were "
            "heading out.",
            False,
        ),
        (  # one verb, but days apart
            "Brankov conceded defeat at 23:40 on Sunday at the party's headquarters.",
            "Brankov conceded at 10.40pm on Saturday in a short address.",
            False,
        ),
    ],
)
def test_clocks_framed_alike_are_one_moment(a, b, alike):
    from workbench.judge.clock_phrase import framed_alike

    ca, x, fa = _claim_facts("a", a)
    cb, y, fb = _claim_facts("b", b)
    assert framed_alike((ca, x, fa), (cb, y, fb)) is alike
