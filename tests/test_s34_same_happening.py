"""Dates and times compared only when they may date one happening (issue 11, session 34).
Made-up reports in several domains (crime, disasters, politics, business, sport).

judge/same_happening.py, the CANDIDATE row ``not_shown_one_happening``: two
times of aligned claims are not compared when something shows they date
different things and nothing shows one happening. Here the class is the time
that stamps a figure, the moment a tally held or was told ("As of 8 a.m. on
Wednesday, 215 had been rescued" / "By 7pm on Wednesday, 221 …"): two such
stamps of different figures are two tallies, and comparing their times ("8
a.m." / "by 7pm": consistent) says nothing an editor needs; the tallies
are the quantity rows' to compare. Two times with nothing shown either way are
still compared (measured: leaving them out cost more right flags than wrong).
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.judge import rules, same_happening
from workbench.judge.same_happening import (
    _STAMP_BEFORE,
    NOT_SHOWN_ONE_HAPPENING,
    happenings_named,
)

RULE = NOT_SHOWN_ONE_HAPPENING.name


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    found = courier_gazette(tmp_path, a, b, without)
    return {(d.sides[0].text, d.sides[1].text, str(d.verdict)) for d in found}


def test_the_row_is_a_candidate_row_with_no_flag_before_shown_sames():
    assert NOT_SHOWN_ONE_HAPPENING in rules.RULES
    assert NOT_SHOWN_ONE_HAPPENING.stage == rules.CANDIDATE
    assert NOT_SHOWN_ONE_HAPPENING.outcome == rules.Outcome.SKIP
    names = [r.name for r in rules.RULES if r.stage == rules.CANDIDATE]
    assert names.index(RULE) == names.index("not_shown_one_thing") - 1


# Two stamps of different tallies: the times were compared without the row.
# (sentence a, sentence b, the two times)
TALLIES = [
    (  # disaster
        "As of 8 a.m. on Wednesday, 215 people had been rescued from the ferry, the coast "
        "guard said.",
        "By 7pm on Wednesday, 221 of the 243 people aboard the ferry had been rescued, the "
        "coast guard said.",
        ("8 a.m.", "7pm"),
    ),
    (  # politics
        "As of noon on Tuesday, 1,200 applications for the grant had been processed, the "
        "ministry said.",
        "By 9pm on Tuesday, 3,400 applications for the grant had been processed, the "
        "ministry said.",
        ("noon", "9pm"),
    ),
    (  # business
        "As of 9am on Friday, shareholders holding 38% of the stock had accepted the offer, "
        "the company said.",
        "By 5pm on Friday, shareholders holding 52% of the stock had accepted the offer, the "
        "company said.",
        ("9am", "5pm"),
    ),
    (  # sport
        "As of 10am on Thursday, fans had bought 12,000 tickets for the final, the club said.",
        "By 4pm on Thursday, fans had bought 15,500 tickets for the final, the club said.",
        ("10am", "4pm"),
    ),
    (  # crime: one counted happening (arrests) is still two tallies
        "As of 6 a.m. on Sunday, police had arrested nine people after the riot, a spokesman said.",
        "By 10pm on Sunday, police had arrested 14 people after the riot, a spokesman said.",
        ("6 a.m.", "10pm"),
    ),
]


@pytest.mark.parametrize("a, b, times", TALLIES)
def test_the_times_of_two_tallies_are_not_compared(tmp_path, a, b, times):
    def times_flagged(flags):
        return {(x, y) for x, y, _ in flags if (x, y) == times}

    without = _flags(tmp_path / "without", a, b, (RULE,))
    assert times_flagged(without), without  # the case is a real one: compared before
    with_row = _flags(tmp_path / "with", a, b)
    assert not times_flagged(with_row), with_row


def test_a_stamp_reads_as_of_by_and_a_clock_between():
    def before(text: str) -> bool:
        return bool(_STAMP_BEFORE.search(text))

    assert before("As of ")
    assert before("As of 8 a.m. on ")
    assert before("by 7pm ")
    assert before("By late ")
    assert before("up to ")
    assert not before("The train left at ")
    assert not before("was hit by a lorry on ")  # 'by' of an agent, not a stamp
    assert not before("struck on ")


def test_the_happenings_a_sentence_names_are_read_by_class():
    assert "fire" in happenings_named("The blaze tore through the valley on Tuesday.")
    assert "fire" in happenings_named("Crews found the wildfire on Monday.")
    assert "quake" in happenings_named("The tremor was felt at 4:17am.")
    assert "vote" in happenings_named("The referendum is due on 3 May.")
    assert "killed" in happenings_named("The death toll rose to 58 on Monday.")
    assert not happenings_named("Shares rose 4% in early trading on Monday.") & {"fire", "quake"}


# A time written alike, or one clock time to the minute, is one value: a stamp
# does not keep it out ("as of 8 a.m." / "by 8 a.m." of one tally).
def test_one_value_stamped_alike_is_still_compared(tmp_path):
    a = (
        "As of 8 a.m. on Wednesday, 215 people had been rescued from the ferry, the coast "
        "guard said."
    )
    b = "By 9 a.m. on Wednesday, 215 people had been rescued from the ferry, the coast guard said."
    flags = _flags(tmp_path, a, b)
    assert ("8 a.m.", "9 a.m.", "consistent") in flags, flags


# Nothing shown either way: compared (the judged data chose it); switched the
# other way, the pair is no candidate.
NOTHING_SHOWN = [
    (  # disaster
        "Rescuers reached the flooded village at 6am on Tuesday, the regional governor said.",
        "Rescuers reached the flooded village at 9am on Tuesday, the regional governor said.",
        ("6am", "9am"),
    ),
]


@pytest.mark.parametrize("a, b, times", NOTHING_SHOWN)
def test_times_with_nothing_shown_either_way_are_compared(tmp_path, monkeypatch, a, b, times):
    flags = {(x, y) for x, y, _ in _flags(tmp_path / "on", a, b)}
    assert times in flags, flags
    monkeypatch.setattr(same_happening, "UNSHOWN_COMPARED", False)
    flags = {(x, y) for x, y, _ in _flags(tmp_path / "off", a, b)}
    # one stage read on both sides ('reached') is evidence: still compared
    assert times in flags, flags


def test_a_pair_with_no_evidence_goes_only_when_the_choice_is_switched(tmp_path, monkeypatch):
    """Sport: two times of a crowd outside a stadium, no stage read, words only half
    alike — nothing shown either way. Compared (a question for the editor) by the
    measured choice; switched, the pair is no candidate."""
    a = "Queues formed outside the stadium from 9am on Saturday as fans waited for the gates."
    b = "Fans waited outside the stadium from 11am on Saturday for the gates to open."
    assert ("9am", "11am") in {(x, y) for x, y, _ in _flags(tmp_path / "on", a, b)}
    monkeypatch.setattr(same_happening, "UNSHOWN_COMPARED", False)
    assert ("9am", "11am") not in {(x, y) for x, y, _ in _flags(tmp_path / "off", a, b)}
