"""What earlier sentences of one document set up for the sentences after them.

:func:`~.find.find_times` reads one sentence. Results copy names its reporting
period once ("Du Pont's third-quarter net rose 18%") and then says "the
quarter", "the latest period", "the 1988 period", "a year earlier" or "the
year-ago results" in later sentences, meaning that period (or that period a
year back). :class:`TimeContext` carries the period from sentence to
sentence: ``find_times(sentence, published, context)`` uses it and
``context.after(sentence, mentions)`` is the context for the next sentence;
:func:`find_times_in_document` threads it through a document's sentences.

Only sentences about results (earnings, sales, net, a share …) set the period
or take it, and a sentence that names a period of its own ("for the nine
months", "in the second quarter") keeps its own reading. Without a period set
up, every phrase keeps its sentence-level reading (the last quarter completed
before publication; "a year earlier" the year before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .ended import ends_on_its_day
from .focusday import day_part, named_day, news_day
from .mention import TimeMention
from .storyweek import Placed, placed_after
from .storyyear import THREAD_SENTENCES, last_calendar
from .yearago import SAME_PERIOD_RE, as_year_back, shift_back

# Narrower than fiscal's test: a currency sign alone does not make a results sentence.
_RESULTS_RE = re.compile(
    r"\b(?:earn(?:ed|ings?)|profits?|net|loss(?:es)?|lost|revenues?|sales|income|results"
    r"|dividends?|per\s+share|a\s+share|margins?|orders|charges?)\b",
    re.IGNORECASE,
)
_PERIOD_GRAINS = ("quarter", "half")
# "the quarter", "the latest period", "the 1988 period", "the year-ago quarter"
_REPORTED_RE = re.compile(
    r"(?:the\s+)?(?:(?:latest|most\s+recent|just[\s-]ended|recently\s+ended)\s+"
    r"|(?P<y>\d{4})\s+|(?P<ago>(?:comparable\s+)?year[\s-](?:ago|earlier)\s+))?"
    r"(?:fiscal\s+)?(?:quarter|period)",
    re.IGNORECASE,
)
# "last year" is left alone: in results copy it is as often the year as the period
_BACK_RE = re.compile(r"(?:an?|one)\s+year\s+(?:ago|earlier|before)", re.IGNORECASE)
_YEAR_BACK_WORDS_RE = re.compile(
    r"\b(?:ago|earlier|before|prior|previous|last\s+year)\b|\b\d{4}\s+(?:fiscal\s+)?period",
    re.IGNORECASE,
)
# "the year-ago results", "year-earlier net income": no rule reads these alone
_BACK_ADJ_RE = re.compile(r"\byear-(?:ago|earlier)\b(?!\s+(?:quarter|period)\b)", re.IGNORECASE)
# a period of the sentence's own that a year-back phrase counts from
_OWN_SPAN_RE = re.compile(r"\b(?:months|year|quarters|weeks)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimeContext:
    """The reporting period (a quarter or half) an earlier results sentence of
    the same document named, or none; and the first single day near publication
    the document named (its lede's day: a day named later in passing does not
    replace it), the day "the day" of a report means (:mod:`.focusday`)."""

    period: TimeMention | None = None
    day: TimeMention | None = None
    clock_day: TimeMention | None = None  # the same, or a part of a day ("yesterday afternoon")
    # the dates of the last sentence that named any: what "the following month" and
    # "that quarter" count from when their own sentence names none (:mod:`.anaphora`)
    dates: tuple[TimeMention, ...] = ()
    # the last date that wrote a month or a year, and the sentences read since: the
    # year a yearless date of the story's thread takes (:mod:`.storyyear`)
    told: TimeMention | None = None
    told_ago: int = 0
    # the weekdays the document placed on a day ("last Wednesday night", "Wednesday,
    # 19 March") and the single days it named otherwise: :mod:`.storyweek`
    placed: Placed = ()
    named: frozenset = frozenset()

    @property
    def week(self) -> tuple[Placed, frozenset]:
        """The weekdays the document placed and the days it named (:mod:`.storyweek`)."""
        return self.placed, self.named

    @property
    def narrative_day(self) -> TimeMention | None:
        """The day "the day after" and "the following Monday" count from when their
        own sentence names none: the last single day of the last sentence that named
        a date or a part of one ("The ship sank on Jan. 28. ... the day after"; "That
        night ... The next morning"), else the lede's day."""
        days = [m for m in self.dates if named_day(m) or day_part(m)]
        return days[-1] if days else self.day

    def after(self, text: str, mentions: list[TimeMention]) -> TimeContext:
        """The context for the sentence after ``text``: its latest reporting
        period when it is a results sentence naming one, else this one; the
        document's first day named, once there is one."""
        days = [] if self.day else [m for m in mentions if named_day(m) and news_day(m)]
        ctx = replace(self, day=days[0]) if days else self  # the lede's day, kept
        if not self.clock_day:
            clock_days = [m for m in mentions if (named_day(m) or day_part(m)) and news_day(m)]
            ctx = replace(ctx, clock_day=clock_days[0]) if clock_days else ctx
        dated = tuple(m for m in mentions if m.type == "DATE" and m.interval is not None)
        ctx = replace(ctx, dates=dated) if dated else ctx
        placed, named = placed_after(mentions, ctx.placed, ctx.named)
        ctx = replace(ctx, placed=placed, named=named)
        told = last_calendar(mentions, None)
        if told is not None:
            ctx = replace(ctx, told=told, told_ago=0)
        elif ctx.told is not None:
            ago = ctx.told_ago + 1
            ctx = replace(ctx, told=ctx.told if ago <= THREAD_SENTENCES else None, told_ago=ago)
        if not _RESULTS_RE.search(text):
            return ctx
        periods = [m for m in mentions if _is_reported(m)]
        if not periods:
            return ctx
        return replace(ctx, period=max(periods, key=lambda m: m.interval[0] if m.interval else 0))


def _is_reported(m: TimeMention) -> bool:
    """A quarter or half over by the publication date (one still running is a
    forecast's) and not itself counted a year back ("the year-ago quarter")."""
    return (
        m.type == "DATE"
        and m.granularity in _PERIOD_GRAINS
        and m.part is None
        and m.interval is not None
        and (m.published is None or m.interval[1].date() <= m.published)
        and not _YEAR_BACK_WORDS_RE.search(m.text)
        and shift_back(m) is not None
    )


def reported_periods(text: str, ms: list[TimeMention], ctx: TimeContext) -> list[TimeMention]:
    """'The quarter', 'the latest period', 'the 1988 period' of a results
    sentence: the period set up before (in the year written, or a year back
    for 'the year-ago quarter'), instead of the last one completed."""
    p = ctx.period
    if p is None or not _RESULTS_RE.search(text):
        return ms
    reported = [
        _REPORTED_RE.fullmatch(m.text)
        if m.granularity == "quarter" and not ends_on_its_day(m)
        else None
        for m in ms
    ]
    if _names_own_period([m for m, rm in zip(ms, reported, strict=True) if rm is None]):
        return ms
    out = []
    for m, rm in zip(ms, reported, strict=True):
        if rm is None or ("quarter" in m.text.lower() and p.granularity != "quarter"):
            out.append(m)  # a half set up before is not what "the quarter" means
            continue
        year = p.interval[0].year if p.interval else 0
        if rm.group("y"):
            year = int(rm.group("y"))
        elif rm.group("ago"):
            year -= 1
        got = shift_back(p, year)
        if got is None:
            out.append(m)
            continue
        timex, iv, label = got
        out.append(replace(m, timex=timex, interval=iv, value=label, granularity=p.granularity))
    return out


def year_back_from_context(text: str, ms: list[TimeMention], ctx: TimeContext) -> list[TimeMention]:
    """'A year earlier', 'a year ago', 'the year-ago results' in a results
    sentence that names no period of its own: the period set up before, a
    year back (as in one sentence, :mod:`.yearago`). 'Last year' is left
    alone: in results copy it is as often the year as the period."""
    p = ctx.period
    if p is None or not _RESULTS_RE.search(text) or _names_own_period(ms):
        return ms
    got = shift_back(p)
    if got is None:
        return ms
    out = []
    for m in ms:
        if m.granularity != "year" or not _BACK_RE.fullmatch(m.text):
            out.append(m)
            continue
        same = SAME_PERIOD_RE.search(text, max(0, m.start - 40), m.start)  # "the same period"
        out.append(as_year_back(text, m, p, got, same.start() if same else m.start))
    for bm in _BACK_ADJ_RE.finditer(text):
        if any(m.start < bm.end() and bm.start() < m.end for m in out):
            continue
        new = as_year_back(text, p, p, got, bm.start(), bm.end())
        out.append(replace(new, signal="", modifier=None))
    return sorted(out, key=lambda m: m.start)


def _names_own_period(ms: list[TimeMention]) -> bool:
    """A quarter, half or month, or a span such as 'nine months', of the sentence itself."""
    for m in ms:
        if m.type == "DATE" and m.granularity in ("quarter", "half", "month"):
            return True
        if m.type == "DURATION" and _OWN_SPAN_RE.search(m.text):
            return True
    return False
