"""Formulaic daily reports, or one happening told from two days (issue 11, session 27).

"Today" against "today" resolving to different days marks two look-alike reports
of different days (a market report: "shares fell today"): the article pair is
set aside (rules' ``formulaic_daily_reports``). Issue 11 point 5 asks that
outlets publishing a day apart be compared with each one's relative days
resolved from its own date, not skipped: when both days date one named stage of
the story ("today the company announced" / "Today's admission from the
company"; "died today" / "succumbed today") in reports published within the
weeks of one event, they are two days given to one happening, one of them
wrong or a publication date wrong (``counted_from_different_days``), never a
sign of daily reports.
"""

from __future__ import annotations

from .. import thresholds
from ..facts.told_day import OWN_REPORT
from ..model import Claim
from .family_helpers import same_words_different_days
from .pairing import Paired, measure_in

# stages that are no happening of the story: a rumour's day, an outlet's own report
_NO_HAPPENING = frozenset(("", "rumoured", OWN_REPORT))


def one_happening_told(ca: Claim, cb: Claim, p: Paired, days: int) -> bool:
    """Whether the two days of ``p`` date one named stage of the story in
    reports published within the weeks of one event."""
    if days > thresholds.current().judge.same_event_days:
        return False
    ea, eb = measure_in(ca, p.x).event, measure_in(cb, p.y).event
    return ea == eb and ea not in _NO_HAPPENING


def formulaic_pair(ca: Claim, cb: Claim, p: Paired, days: int) -> bool:
    """'today' vs 'today' resolving to different days, unless both date one
    happening of the story (:func:`one_happening_told`)."""
    return same_words_different_days(p.x, p.y, p.cmp) and not one_happening_told(ca, cb, p, days)
