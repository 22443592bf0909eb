"""The same period a year before: "third-quarter sales fell to $1.27 billion from
$1.43 billion a year ago", "sales rose 43% in February compared to the same
period last year", "the year-earlier third quarter".

In a comparison of figures, "a year ago", "a year earlier" and "last year" do
not mean the calendar year before publication: they mean the period the
sentence reports on, one year back (the quarter, the month, the half). This
pass runs over the mentions of one sentence after the rules: when a quarter,
month or half is named earlier in the sentence and a comparison word ("from",
"compared with", "versus", "than", "the same period") leads to the year-back
phrase, the phrase takes that period shifted back one year (TimeML does the
same). With no such period in the sentence the phrase keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ..lexicon import MONTH_NAMES
from .cal import day_iv, fmt_day
from .mention import TimeMention

Shifted = tuple[str, tuple[datetime, datetime], str]
_PERIOD_GRAINS = ("quarter", "month", "half")
_BACK_RE = re.compile(
    r"(?:an?|one)\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year"
    r"|the\s+year\s+before",
    re.IGNORECASE,
)
# what may stand before the year-back phrase and belongs to it
SAME_PERIOD_RE = re.compile(
    r"\b(?:the\s+)?(?:same|corresponding|comparable|equivalent|like)\s+"
    r"(?P<unit>period|quarter|month|half|time|three\s+months|six\s+months)"
    r"(?:\s+(?:of|in))?\s*$",
    re.IGNORECASE,
)
_COMPARE_RE = re.compile(
    r"\b(?:from|compared|comparison|versus|vs\.?|than|against|over)\b",
    re.IGNORECASE,
)
# "the year-ago third quarter", "the year-earlier period" written before the period
_ADJ_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?:year|prior[\s-]year)[\s-](?:ago|earlier|before)\s+$"
    r"|\b(?:the\s+)?prior[\s-]year\s+$|\b(?P<rel>last|this|next)\s+year['’]s\s+$",
    re.IGNORECASE,
)
_REL_YEAR = {"last": -1, "this": 0, "next": 1}  # "next year's first quarter"
_POSS_AFTER_RE = re.compile(r"['’]s\s+(?:(?:same|comparable)\s+)?(?P<unit>quarter|period)\b", re.I)


def shift_back(p: TimeMention, to_year: int | None = None) -> Shifted | None:
    """Timex, interval and label of ``p``'s period one year earlier (or in ``to_year``)."""
    m = re.fullmatch(r"(\d{4})(-(?:Q[1-4]|H[12]|\d\d))", p.timex)
    if not m or p.interval is None:
        return None
    y = int(m.group(1)) - 1 if to_year is None else to_year
    k = int(m.group(1)) - y
    a, b = p.interval
    try:
        iv = (a.replace(year=a.year - k), b.replace(year=b.year - k))
    except ValueError:
        return None
    tail = m.group(2)
    if tail[1] == "Q":
        label = f"Q{tail[2]} {y}"
    elif tail[1] == "H":
        label = f"H{tail[2]} {y}"
    else:
        label = f"{MONTH_NAMES[int(tail[1:])]} {y}"
    if to_year is None:
        label += " (the same period a year earlier)"
    return f"{y:04d}{tail}", iv, label


def _period_before(ms: list[TimeMention], i: int) -> TimeMention | None:
    for p in reversed(ms[:i]):
        if (
            p.type == "DATE"
            and p.granularity in _PERIOD_GRAINS
            and p.part is None
            and shift_back(p)
        ):
            return p
    return None


def year_back_periods(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Year-back phrases of a comparison valued as the sentence's period a year before."""
    out = list(ms)
    drop: set[int] = set()
    for i, m in enumerate(ms):
        if m.type == "DATE" and m.granularity in _PERIOD_GRAINS:
            p = _period_before(ms, i) if _YEAR_ADJ_RE.search(m.text) else None
            got = shift_back(p) if p else None
            if p and got:  # "the year-ago period" after "third-quarter net"
                out[i] = as_year_back(text, m, p, got, m.start)
                continue
            adj = _ADJ_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
            rel = adj.group("rel") if adj and m.published else None
            to_year = m.published.year + _REL_YEAR[rel.lower()] if rel else None
            got = shift_back(m, to_year) if adj else None
            if adj and got:
                out[i] = as_year_back(text, m, m, got, adj.start())
                drop |= {k for k in range(i) if ms[k].end > adj.start()}  # "this year"
            continue
        if not _BACK_RE.fullmatch(m.text):
            continue
        p = _period_before(ms, i)
        if p is None:
            continue
        same = SAME_PERIOD_RE.search(text, max(p.end, m.start - 40), m.start)
        poss = _POSS_AFTER_RE.match(text, m.end) if m.text.lower() == "last year" else None
        between = text[p.end : m.start]
        if not (same or poss or not between.strip() or _COMPARE_RE.search(between)):
            continue
        got = shift_back(p)
        if got is None:
            continue
        start = same.start() if same else m.start
        if not between.strip():  # "the quarter a year ago": one period
            start = p.start
            drop.add(ms.index(p))
        out[i] = as_year_back(text, m, p, got, start, poss.end() if poss else m.end)
    kept = [m for k, m in enumerate(out) if k not in drop]
    return _uncovered(text, kept)


_BACK_TEXT_RE = re.compile(
    r"\b(?:an?|one)\s+year\s+(?:earlier|before|ago)\b|(?P<adj>\byear-(?:earlier|ago)\b)",
    re.IGNORECASE,
)
_YEAR_ADJ_RE = re.compile(r"\byear[\s-](?:ago|earlier)\b", re.IGNORECASE)


def _uncovered(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'a year earlier' that no rule kept (a month or year named in the sentence
    makes it count from there) and 'year-earlier' before a noun ('a year-earlier
    loss'): the named period one year back, in a comparison."""
    out = list(ms)
    for bm in _BACK_TEXT_RE.finditer(text):
        if any(m.start < bm.end() and bm.start() < m.end for m in out):
            continue
        i = next((k for k, m in enumerate(out) if m.start >= bm.end()), len(out))
        p = _period_before(out, i)
        if p is None:
            continue
        same = SAME_PERIOD_RE.search(text, max(p.end, bm.start() - 40), bm.start())
        if not (same or bm.group("adj") or _COMPARE_RE.search(text, p.end, bm.start())):
            continue
        got = shift_back(p)
        if got is not None:
            start = same.start() if same else bm.start()
            new = replace(as_year_back(text, p, p, got, start, bm.end()), signal="", modifier=None)
            out.insert(i, new)
    return out


def as_year_back(
    text: str,
    m: TimeMention,
    p: TimeMention,
    got: Shifted,
    start: int,
    end: int | None = None,
) -> TimeMention:
    timex, iv, label = got
    end = m.end if end is None else end
    return replace(
        m,
        start=start,
        end=end,
        text=text[start:end],
        timex=timex,
        interval=iv,
        granularity=p.granularity,
        value=label,
        deictic=False,
        needs_published=m.needs_published or p.needs_published,
    )


# what may stand between a year-back period and the period it is in apposition
# with ("the year-ago quarter, the second quarter ended Oct. 31")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:that|which)\s+(?:is|was)\s+)?(?:the\s+)?", re.I)
# between a period and the day it ended on
_ENDED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+)?(?:ended|ending)\s+(?:on\s+)?")
_YEAR_BACK_TIMEX = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|\d\d))?")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def _is_year_back(m: TimeMention) -> bool:
    return bool(
        m.type == "DATE"
        and _YEAR_BACK_TIMEX.fullmatch(m.timex)
        and (_YEAR_ADJ_RE.search(m.text) or _BACK_RE.search(m.text))
    )


def _unwritten_in(m: TimeMention, year: int) -> bool:
    """``m`` resolved to ``year`` without the text writing a year."""
    return m.timex[:4] == f"{year:04d}" and not _WRITTEN_YEAR.search(m.text)


def within_year_back(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """The period and day that name a year-back period again belong to its year:
    "in the comparable year-ago quarter, the second quarter ended Oct. 31" (that
    quarter and that day a year back, and the year-ago quarter is the second),
    "the year-earlier quarter ended Sept. 30". Only what the text leaves without a
    year, and only when it resolved to the year after the year-back period."""
    out = list(ms)
    for i, y in enumerate(ms):
        if not _is_year_back(y):
            continue
        back = int(y.timex[:4])
        j, end = i + 1, y.end
        if j < len(out) and _APPOSITION.fullmatch(text, end, out[j].start):
            p = out[j]
            got = shift_back(p) if p.type == "DATE" and p.granularity in _PERIOD_GRAINS else None
            if got and _unwritten_in(p, back + 1):
                out[j] = replace(p, timex=got[0], interval=got[1], value=got[2], deictic=False)
                if p.granularity == y.granularity:
                    out[i] = replace(y, timex=got[0], interval=got[1], value=got[2])
                j, end = j + 1, p.end
            elif p.type == "DURATION":  # "the year-ago period, the three months ended Aug. 31"
                j, end = j + 1, p.end
        if j < len(out) and _ENDED.fullmatch(text, end, out[j].start):
            d = out[j]
            if d.granularity == "day" and d.interval and _unwritten_in(d, back + 1):
                day = d.interval[0].date().replace(year=back) if d.timex[5:] != "02-29" else None
                if day is not None:
                    out[j] = replace(
                        d, timex=day.isoformat(), interval=day_iv(day), value=fmt_day(day)
                    )
    return out
