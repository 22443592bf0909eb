"""A quarter or half named by its first and last months, as wire copy of results
writes it: "the April-June quarter", "the July-September period", "the
October-to-December quarter of 2009", "January-June profit".

Read month by month, "the July-September quarter" was two months of the
publication year, whatever the tense. A span of three months that is a calendar
quarter is that quarter (TimeML ``2009-Q3``), of six months that is a half, the
half (``2009-H1``). With no year written, the year is the one the tense points at,
as for "the third quarter": reported in the past, the last such quarter begun;
results to come, this year's up to two months after it ended
(:data:`~.periods.REPORTING_DAYS`). A span that is no calendar quarter or half (a
fiscal quarter "November-January") keeps the months' own readings.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_KEYS, YEAR_DIGITS
from .base import (
    MON_ALT,
    Builder,
    Env,
    Val,
    month_num,
    pick_year,
    rule,
    v_half,
    v_quarter,
    v_unknown,
    year_of_rel,
)
from .cal import half_iv, quarter_iv
from .periods import REPORTING_DAYS

_DASH = r"\s*[-–—]\s*|[-–]to[-–]|\s+(?:to|through|thru)\s+"
# the noun the span qualifies: a period (inside the extent) or results (outside it)
_PERIOD = r"quarter|period|half|term|three\s+months|six\s+months"
_RESULTS = r"results|earnings|profits?|sales|revenues?|figures|net|output|exports|imports"
_YEAR_AFTER = (
    rf"(?:\s+(?:of|in)\s+(?:(?:fiscal|financial)\s+)?(?P<y2>{YEAR_DIGITS})(?!\d)"
    r"|\s+(?:of\s+)?(?P<yrel>this|last|next|the\s+previous|the\s+current)\s+year)?"
)


@rule(
    rf"\b(?:the\s+)?(?P<m1>{MON_ALT})(?![a-z])(?:{_DASH})(?P<m2>{MON_ALT})(?![a-z])"
    rf"(?:\s+(?P<y>{YEAR_DIGITS})(?!\d))?"
    rf"(?:\s+(?P<period>{_PERIOD})\b{_YEAR_AFTER}|(?=\s+(?:{_RESULTS})\b))",
    2,
    keys=MONTH_KEYS,
)
def r_month_span(m: re.Match, text: str) -> Builder | None:
    first, last = month_num(m.group("m1")), month_num(m.group("m2"))
    months = (last - first) % 12 + 1
    if months == 3 and first % 3 == 1:
        q = (first - 1) // 3 + 1

        def make(y: int) -> Val:
            return v_quarter(y, q)

        def span(y: int):
            return quarter_iv(y, q)
    elif months == 6 and first in (1, 7):
        h = 1 if first == 1 else 2

        def make(y: int) -> Val:
            return v_half(y, h)

        def span(y: int):
            return half_iv(y, h)
    else:
        return None
    ys, yrel = m.group("y") or m.group("y2"), m.group("yrel")

    def build(env: Env) -> Val:
        if ys:
            return make(int(ys))
        if env.published is None:
            return v_unknown("XXXX", "quarter" if months == 3 else "half", m.group(0))
        if yrel:
            return make(year_of_rel(yrel, env.published))
        return make(pick_year(env.published, env.tense, span, late=REPORTING_DAYS))

    return build


# "the June quarter", "the September 1999 quarter", "the March quarter of 2000": the
# quarter named by the month it ends in, as Australian and Asian results copy writes
@rule(
    rf"\b(?:the|its|their)\s+(?P<m1>{MON_ALT})(?![a-z])(?:\s+(?P<y>{YEAR_DIGITS})(?!\d))?"
    rf"\s+quarter\b(?![\s-]+(?:of\s+the\s+)?(?:century|mile|inch|hour|point|pound|final))"
    rf"{_YEAR_AFTER}",
    2,
    keys=MONTH_KEYS,
)
def r_month_quarter(m: re.Match, text: str) -> Builder | None:
    last = month_num(m.group("m1"))
    if last % 3:
        return None  # "the May quarter": no calendar quarter ends in May
    q = last // 3
    ys, yrel = m.group("y") or m.group("y2"), m.group("yrel")

    def build(env: Env) -> Val:
        if ys:
            return v_quarter(int(ys), q)
        if env.published is None:
            return v_unknown("XXXX", "quarter", m.group(0))
        if yrel:
            return v_quarter(year_of_rel(yrel, env.published), q)
        return v_quarter(pick_year(env.published, env.tense, _span(q), late=REPORTING_DAYS), q)

    return build


def _span(q: int):
    return lambda y: quarter_iv(y, q)
