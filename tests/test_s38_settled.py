"""Trial 44 (P4, P7): consistent findings with nothing to decide — one
version, or dates that fall on one day or name one period — crowded the list
to review ('Thursday evening' / 'last night', 'Monday' / 'today'). They go
with the agreements (``findings.settled``); a day inside a month too since
trial 48 (test_s42_nested_dates), but not one outside a bound."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_agreements import _finding

from workbench.findings.settled import is_settled
from workbench.model import Verdict

FRI = date(2024, 3, 15)  # a Friday
SETTLED = [
    # one day, worded as a weekday and counted from the publication date
    ([("A fire broke out on Thursday evening.", "Thursday evening"),
      ("A fire broke out last night.", "last night")], [FRI, FRI]),
    # a full date and a weekday of two papers of different days
    ([("The bridge reopened on 3 March.", "3 March"),
      ("The bridge reopened on Sunday.", "Sunday")], [date(2024, 3, 5), date(2024, 3, 4)]),
    # a clock and the night it is in
    ([("The shooting happened shortly after 8:30 p.m. on Thursday.", "8:30 p.m."),
      ("The shooting happened Thursday night.", "Thursday night")], [FRI, FRI]),
    # one month of one year
    ([("The mill closed in May.", "May"), ("The mill closed last May.", "last May")],
     [date(2024, 6, 20), date(2024, 7, 2)]),
    # yesterday and a weekday, with a third source dating it in full
    ([("Voting ended yesterday.", "yesterday"), ("Voting ended on Wednesday.", "Wednesday"),
      ("Voting ended on March 13, 2024.", "March 13, 2024")], [date(2024, 3, 14), FRI, FRI]),
    # a deadline 'by' a day and on it (user trial 48: 'May 9' / 'by May 9th')
    ([("The report is due by Thursday.", "Thursday"),
      ("The report is due on Thursday.", "Thursday")], [date(2024, 3, 12), date(2024, 3, 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentences", "dates"), SETTLED)
def test_dates_of_one_day_or_period_are_settled(sentences, dates):
    found, fact_at, _how, _days = _finding(sentences, published=dates, versions=2)
    assert len(found.versions) == 2
    assert is_settled(found, fact_at)


STAYS = [
    # a day inside a month: no one day
    ([("The plant shut in September.", "September"),
      ("The plant shut Thursday night.", "Thursday night")], [FRI, FRI]),
    # a month inside 'earlier this year'
    ([("Earlier this year, a dam failed.", "Earlier this year"),
      ("In February, a dam failed.", "February")], [FRI, FRI]),
    # 'before Thursday' is not Thursday ('by Thursday' holds it: trial 48, settled)
    ([("The report is due before Thursday.", "Thursday"),
      ("The report is due on Thursday.", "Thursday")], [date(2024, 3, 12), date(2024, 3, 12)]),
    # a month with no year: not resolved
    ([("The mill closed in May.", "May"), ("The mill closed last May.", "last May")],
     [None, None]),
]  # fmt: skip


@pytest.mark.parametrize(("sentences", "dates"), STAYS)
def test_a_day_inside_a_period_or_a_bound_stays_to_review(sentences, dates):
    found, fact_at, _how, _days = _finding(sentences, published=dates, versions=2)
    assert not is_settled(found, fact_at)


def test_one_version_is_settled_but_not_a_conflict_or_one_source():
    pair = [("The trial starts Monday.", "Monday"), ("A judge today found him guilty.", "today")]
    mon = date(2012, 9, 10)
    found, fact_at, _how, _days = _finding(pair, published=[mon, mon])
    assert len(found.versions) == 1 and is_settled(found, fact_at)
    assert not is_settled(replace(found, verdict=Verdict.CONFLICT), fact_at)
    assert not is_settled(replace(found, agreement=True), fact_at)  # already agreed
    alone = replace(found.versions[0], sides=found.versions[0].sides[:1])
    assert not is_settled(replace(found, versions=(alone,)), fact_at)
