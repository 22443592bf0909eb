"""User trial 50 (ECB+ 30_ecbplus): three announcements on three days. A report
stating two days, in two of its sentences, tells two happenings; the other
report's one day is one of them, not a misdated other (judge/dated_both.py).

The sentences are made up; the pattern comes from the trial."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _verdicts(tmp_path, a: str, pa: str, b: str, pb: str) -> list[str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return [str(d.verdict) for d in found.discrepancies if d.kind in ("date", "time")]


# (A: one report of the earlier day; B: a later report, stating both days or not)
TOLD_APART = [
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored all "
        "its customers on other routes.\nLast week Friday (14 October 2011), Seacom announced "
        "that it had restored its business customers.",
        "2011-10-20",
    ),
    pytest.param(
        "The ferry operator announced today (3 March 2014) that the first ship was back in "
        "service.",
        "2014-03-03",
        "The ferry operator announced today (10 March 2014) that the whole fleet was back in "
        "service.\nThe first ship returned to service on 3 March 2014, the operator said.",
        "2014-03-10",
        # left: the day of the return is read as another stage than the announcing
        marks=pytest.mark.xfail(reason="'returned … on 3 March' dates another stage"),
    ),
    (
        "The council announced today (2 June 2015) that the bridge reopened to cars.",
        "2015-06-02",
        "The council announced today (9 June 2015) that the bridge reopened to lorries.\n"
        "Cars were allowed back on 2 June 2015.",
        "2015-06-09",
    ),
    (
        "Northern Rail announced today (5 April 2016) that half of its trains were running.",
        "2016-04-05",
        "Northern Rail announced today (12 April 2016) that every train was running again.\n"
        "Half of the trains were restored on 5 April 2016, it announced then.",
        "2016-04-12",
    ),
    (
        "The utility announced today (1 February 2013) that power was back in the north.",
        "2013-02-01",
        "The utility announced today (6 February 2013) that repairs to the line were complete.\n"
        "It had restored power to the north on 1 February 2013 and to the south on 3 "
        "February 2013.",
        "2013-02-06",
    ),
    (
        "The airline announced today (8 July 2017) that flights to Lisbon resumed.",
        "2017-07-08",
        "The airline announced today (15 July 2017) that flights to Porto resumed.\n"
        "Flights to Lisbon had resumed on 8 July 2017.",
        "2017-07-15",
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), TOLD_APART)
def test_a_report_stating_both_days_tells_two_happenings(tmp_path, a, pa, b, pb) -> None:
    assert "conflict" not in _verdicts(tmp_path, a, pa, b, pb)


NOT_TOLD_APART = [
    # the later report never states the other day
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored its "
        "business customers on other routes.\nThe outage began on 8 October 2011.",
        "2011-10-20",
    ),
    # the other day is stated, but dates another happening (an attack, not an arrest)
    (
        "Police arrested the gunman on 3 March 2012 in a flat in Leeds.",
        "2012-03-05",
        "Police arrested the gunman on 4 March 2012 in a flat in Leeds.\nThe attack took place "
        "on 3 March 2012.",
        "2012-03-06",
    ),
    # the other day stated only as a weekday, whose day a wrong date would move
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored all "
        "its customers on other routes.\nLast week Friday, Seacom announced that it had "
        "restored its business customers.",
        "2011-10-20",
    ),
    # one day off, not the other's day
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored all "
        "its customers on other routes.\nLast week Thursday (13 October 2011), Seacom "
        "announced that it had restored its business customers.",
        "2011-10-20",
    ),
    # both reports state both days: which happening each dates is the question
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.\nIt expects to restore every customer on 20 "
        "October 2011.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored all "
        "its customers on other routes.\nLast week Friday (14 October 2011), Seacom announced "
        "that it had restored its business customers.",
        "2011-10-20",
    ),
    # the other day in the same sentence only
    (
        "Cable firm Seacom announced on Twitter today (14 October 2011) that it restored its "
        "business customers on other routes.",
        "2011-10-14",
        "Cable firm Seacom announced on Twitter today (20 October 2011) that it restored all "
        "its customers on other routes, after an outage it first reported on 14 October 2011.",
        "2011-10-20",
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), NOT_TOLD_APART)
def test_a_day_the_other_report_never_tells_apart_stays_compared(tmp_path, a, pa, b, pb) -> None:
    got = _verdicts(tmp_path, a, pa, b, pb)
    assert "conflict" in got or "unresolved" in got
