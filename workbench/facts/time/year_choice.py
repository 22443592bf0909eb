"""The year of a month or day written without one (``pick_year``): the
occurrence the verb's tense points at — the most recent one begun for a past
verb, the first not yet over for a future one — else the publication year's,
or the adjacent year's when that lies clearly nearer. Split from base.py
(session 36); base.py still offers every name here to the rules that import
them from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from .cal import dt

_DAY = timedelta(days=1)  # base.DAY (base imports this module)


def pick_year(
    pub: date,
    tense: str | None,
    iv_of: Callable[[int], tuple | None],
    soon: int = 0,
    late: int = 0,
    nearest: str = "either",
    reach: int = 0,
) -> int:
    """Year of the occurrence a tense points at: most recent started (past),
    first not yet over (future), else the publication year's, or the adjacent
    year's when that lies clearly nearer (:func:`_nearest_year`; with
    ``nearest="back"``, for a past clause, only the year before). With ``soon``,
    a past verb still means this year's occurrence if it is at most that
    many days ahead ('announced an event on October 12' in an October 4
    article is not last year's). With ``late``, a future verb still means an
    occurrence that ended at most that many days ago (results for a quarter
    are reported after it ends: 'will report third-quarter results' in
    November is this year's third quarter). With ``reach``, a future verb means an
    occurrence in the next year only within that many days (:data:`NEXT_YEAR_REACH_DAYS`)."""
    y = pub.year
    p0 = dt(pub)
    near = iv_of(y)
    if tense == "past" and soon and near and p0 < near[0] <= p0 + timedelta(days=soon):
        return y
    if tense == "past":
        for yy in (y + 1, y, y - 1, y - 2):
            iv = iv_of(yy)
            if iv and iv[0] < p0 + _DAY:
                return yy
    elif tense == "future":
        for yy in (y - 1, y, y + 1, y + 2):
            iv = iv_of(yy)
            if iv and iv[1] > p0 - timedelta(days=late):
                if reach and yy > y and iv[0] > p0 + timedelta(days=reach):
                    return y  # "the trial of the Aug. 7 bombings will open" (Aug. 20)
                return yy
    else:
        return _nearest_year(p0, y, iv_of, (y - 1,) if nearest == "back" else (y - 1, y + 1))
    return y


# A day named by month and day alone, naming an event rather than tied to the verb by
# a preposition, lies in the year after publication only when near: news gives the
# year of a day further into the next year ("Aug. 7, 1999" in August 1998), so "the
# trial of those accused in the Aug. 7 bombings will open" (Aug. 20) is this year's
# Aug. 7, and "the Jan. 5 deadline will pass" (December) next year's.
NEXT_YEAR_REACH_DAYS = 183
# With no tense to decide, the adjacent year's occurrence must be this much nearer
# to publication to win: "Jan. 2" in a November article, "December" in January.
NEAREST_MARGIN_DAYS = 90


def _nearest_year(
    p0: datetime, y: int, iv_of: Callable[[int], tuple | None], others: tuple[int, ...]
) -> int:
    """The publication year, unless the occurrence in the year before or after
    lies clearly nearer the publication date (by more than three months)."""

    def dist(yy: int) -> float:
        iv = iv_of(yy)
        if not iv:
            return float("inf")
        if iv[0] <= p0 < iv[1]:
            return 0.0
        return min(abs((iv[0] - p0).days), abs((iv[1] - p0).days))

    own = dist(y)
    best = min(others, key=dist)
    return best if dist(best) + NEAREST_MARGIN_DAYS < own else y
