"""Two readings of one day that a word written with it puts in doubt (session 23):
a weekday its date does not fall on ("Monday, March 10" in 2026, a Tuesday), and a
day whose year one report left out ("on 2 October", read from publication, against
"Oct. 2, 2025"). Split from compare.py (size)."""

from __future__ import annotations

import re

from ...model import Comparison, Verdict
from ..lexicon import WEEKDAY_NAMES
from .mention import TimeMention
from .pastday import SAID_WEEKDAY

_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")


def _result(verdict: Verdict, a: TimeMention, b: TimeMention, reason: str) -> Comparison:
    la, lb = a.display(), b.display()
    return Comparison(verdict, f"{la} vs {lb}: {reason} — {verdict.value}", la, lb)


def weekday_written_wrong(a: TimeMention, b: TimeMention, got: Comparison) -> Comparison | None:
    """'Monday, March 10' (a Tuesday in 2026) against 'Tuesday' or 'March 10': the
    days agree, but one report writes a weekday its date does not fall on — one of
    the two is wrong, which an editor corrects (the same slip in both: as compared)."""
    wrong = [m for m in (a, b) if SAID_WEEKDAY in dict(m.fields)]
    if len(wrong) != 1 or got.verdict not in (Verdict.CONSISTENT, Verdict.IDENTICAL):
        return None
    m = wrong[0]
    said = WEEKDAY_NAMES[dict(m.fields)[SAID_WEEKDAY] + 1]
    day = m.interval[0]
    return _result(
        Verdict.CONFLICT,
        a,
        b,
        f"the days agree, but '{m.text}' names a {said}: {day:%-d %B %Y} is a {day:%A} "
        "— the weekday or the date is wrong",
    )


def year_not_stated(a: TimeMention, b: TimeMention, got: Comparison) -> Comparison | None:
    """'on 2 October' (no year: read from publication as 2026) against 'on Oct. 2,
    2025': the same day of the year, a year apart only by the year one report left
    out — a question, not a conflict (development cluster breach)."""
    if got.verdict != Verdict.CONFLICT or a.granularity != "day" or b.granularity != "day":
        return None
    if a.interval is None or b.interval is None:
        return None
    da, db = a.interval[0], b.interval[0]
    if (da.month, da.day) != (db.month, db.day) or da.year == db.year:
        return None
    guessed = [m for m in (a, b) if m.tense is not None and not _YEAR_WRITTEN.search(m.text)]
    if not guessed:
        return None
    m = guessed[0]
    return _result(
        Verdict.UNRESOLVED,
        a,
        b,
        f"the same day of the year; '{m.text}' states no year (read as "
        f"{m.interval[0].year} from its report's date) — check which year is meant",
    )
