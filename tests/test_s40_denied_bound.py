"""A denied 'before' or 'until' is a lower bound on the day after it (issue
11, session 40; user trial 46 on ECB+ 30_ecb: "will not be fully restored
before 31 December" against "could take until 31 December" was a conflict
with "no overlap"). Made-up sentences of several kinds; the denial must govern
the bound's own clause."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.time import find_times

PUB = date(2025, 3, 12)  # a Wednesday


def _modifiers(text: str) -> dict[str, str | None]:
    return {m.text: m.modifier for m in find_times(text, PUB)}


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # utilities: the denial on the verb a few words back
        ("Power will not be fully restored before 31 March, the operator said.", "31 March"),
        # transport: a contraction
        ("The bridge won't reopen until Monday, engineers said.", "Monday"),
        # business: an expectation denied
        ("The deal is not expected to close before June, the bank said.", "June"),
        # courts: "cannot"
        ("The trial cannot begin until 14 April because of the backlog.", "14 April"),
        # "never" and "prior to"
        ("The results were never published prior to 2019.", "2019"),
        # "till"
        ("The museum isn't reopening till next week.", "next week"),
    ],
)
def test_a_denied_bound_is_as_early_as(text, time):
    assert _modifiers(text)[time] == "as early as"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # told in the past, the denial dates the happening itself: that day, no bound
        ("The first ambulance did not arrive until Friday, residents said.", "Friday"),
        ("The intrusion was not discovered until 2 October, weeks later.", "2 October"),
        ("The bodies weren't found before 14 February, police said.", "14 February"),
        ("Staff hadn't been told until Monday that the branch would close.", "Monday"),
        ("The minister could not be reached until 3 March.", "3 March"),
    ],
)
def test_a_denied_bound_in_the_past_is_the_day_itself(text, time):
    assert _modifiers(text)[time] is None


@pytest.mark.parametrize(
    ("text", "time", "modifier"),
    [
        # the denial governs another clause: the bound stands as written
        ("It is not clear whether the bridge will reopen before Monday.", "Monday", "before"),
        ("He did not say, but the line may reopen before Friday.", "Friday", "before"),
        ("Nobody was hurt and the road stays shut until Sunday.", "Sunday", "until"),
        ("Officials did not rule out that power returns before 31 March.", "31 March", "before"),
        # no denial at all
        ("Power will be restored before 31 March, the operator said.", "31 March", "before"),
        ("The road will stay closed until Sunday.", "Sunday", "until"),
        # the denial further back than its clause reaches
        (
            "They did not expect the long inspection of every single cable to end before May.",
            "May",
            "before",
        ),
    ],
)
def test_a_bound_in_another_clause_stays(text, time, modifier):
    assert _modifiers(text)[time] == modifier


def _pair(tmp_path, left: str, right: str):
    a = write(tmp_path, "a.txt", f"title: Cable cut\npublished: 2008-12-20\n\n{left}\n")
    b = write(tmp_path, "b.txt", f"title: Cable cut\npublished: 2008-12-20\n\n{right}\n")
    return analyze_paths([a, b]).discrepancies


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "France Telecom expects communications will not be fully restored before "
            "31 December, the company said on Friday.",
            "The French firm said it could take until 31 December to fully restore "
            "communications, the company said on Friday.",
        ),
        (
            "The operator said the undersea line would not be repaired before 5 January, "
            "engineers warned on Friday.",
            "Engineers warned on Friday that repairing the undersea line could take until "
            "5 January, the operator said.",
        ),
    ],
)
def test_not_before_a_day_agrees_with_until_that_day(tmp_path, left, right):
    conflicts = [d for d in _pair(tmp_path, left, right) if d.verdict.value == "conflict"]
    assert conflicts == []
