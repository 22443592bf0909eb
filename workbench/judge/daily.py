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

Only words counted from each report's own day mark it ("today", "yesterday",
"this morning", "last Friday"): the same bare weekday or date read as two days
("the closing price on Friday" read once as the Friday ahead) is a misreading or
a wrong day, and setting the whole article pair aside for it hid 29 of an
authored event's 77 differences (session 33).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import thresholds
from ..facts.told_day import OWN_REPORT
from ..model import Claim, Verdict
from .family_helpers import pins_own_day, same_words_different_days
from .pairing import Paired, measure_in
from .redated import copied_sentence, own_days_copied

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
    if not (pins_own_day(p.x) and pins_own_day(p.y)):
        return False  # "on Friday" vs "on Friday" a week apart: a misread or a wrong day
    return same_words_different_days(p.x, p.y, p.cmp) and not one_happening_told(ca, cb, p, days)


def copied_not_redated(ca: Claim, cb: Claim, p: Paired, days: int) -> bool:
    """A day counted from each report's own date in a sentence one report
    carries near word for word from the other, published within the weeks of
    one event (redated.py). Two such reports that share another sentence near
    word for word are a copy, never daily reports (engine._compare_aligned);
    one sentence alike is not enough: "Shares in the bank fell sharply today
    after the results were published" may be each day's formula."""
    if days > thresholds.current().judge.same_event_days:
        return False
    return own_days_copied(p.x, p.y, (ca.text, cb.text))


def carried_alike(ca: Claim, cb: Claim, results: Sequence[Paired]) -> bool:
    """A sentence one report carries near word for word from the other, its
    figures alike save its own days: what wire copy shares. Daily reports'
    formulas differ in their figures ("The bank's profit rose to £1.2bn" /
    "£1.5bn", tests/test_s33_formulaic_days.py)."""
    if not copied_sentence(ca.text, cb.text):
        return False
    return all(p.cmp.verdict != Verdict.CONFLICT for p in results if not pins_own_day(p.x))
