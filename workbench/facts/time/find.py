"""Time expressions in news sentences: find, normalise, compare.

``find_times(sentence, published)`` returns :class:`TimeMention` values whose
``timex`` follows TimeML/ISO-8601 (``2021-07``, ``2021-W25``, ``P2D``,
``T15:45``, ``PAST_REF``; ``X`` digits where a missing publication date was
needed) and whose ``interval`` is the concrete span of time meant, resolved
against the article's publication date. ``compare(a, b, left, right)`` says
whether two sources' mentions agree. The recognition rules live in
:mod:`workbench.facts.time.rules` (one module per kind of expression).

Decisions worth knowing (each is a trade-off in favour of fewer false flags):

* Spans cover the value itself ("next month", "Tuesday", "48 hours"), as
  TimeML extents do; the preposition before it ("by", "since", "on") is kept
  as ``signal`` and, when it bounds the time, as ``modifier``. Hedges that
  change a length ("about", "more than") are inside duration spans.
* Weekdays: a past-tense or tenseless sentence means the most recent such
  day *on or before* the publication date (news says "on Tuesday" on a
  Tuesday for that day); a future sentence the next one on or after it;
  a present-tense copula ("the vote is on Thursday") the one in the
  publication week. "last Tuesday" / "next Tuesday" are that day of the
  previous / next ISO week, like "last week" and "next week".
* Month or day without a year: publication year, unless a temporal
  preposition puts it under a past or future verb, then the most recent /
  next occurrence ("in January" in a past sentence of a June article is
  January of that year, "in December" the previous December).
* "the past N days" is a DURATION (``P5D``) whose ``interval`` is the window
  ending on the publication day; "recently", "in recent weeks", "recent
  losses", "at one point" are ``PAST_REF`` ("the current crisis" is
  ``PRESENT_REF``) with no interval and are compared only with each other.
* "N weeks ago" and "in N weeks" are a day (as TimeML corpora value them)
  with a day's leeway either side (``modifier`` "around"); days, months and
  years keep their unit's granularity.
* "The day" of a report ("ended the day up 1%", "for the day", "late in the
  day") is the publication day with a day's leeway (a morning report tells
  of the day before); "the day of/after ..." and "at the end of the day" (an
  idiom) are not times. "The following week", "the 18th" count from
  a time the text has set up and are left alone.
* Parts of a day ("Tuesday afternoon", "last night") are DATEs whose
  interval is that part of the day: the project compares them as dates.
  With no day named ("in the morning", "late in the afternoon") they are
  TIMEs (``TMO``) compared, like clock times, as a range of the day.
* Clock times stay separate from the day next to them (so "2am on Tuesday"
  vs "2am yesterday" compares the clock and the day separately) but borrow
  that day for ``timex``/``interval`` when it is resolved; a part of the day
  picks the reading ("Sunday evening at 10:00" is 22:00). A clock time with
  no day next to it takes, in ``timex`` only, the one day its clause names
  ("flew Tuesday in Everett at 18:00 UTC"), as TimeML anchors it; with no such
  day it stays a time of day (``T16:08Z``): TimeML would anchor it to the
  publication day, but the aligner matches sentences of articles published
  on different days on the time of day.
* A race result written as a clock reading ("won in 2:05:41", "a winning
  time of 2:19:08", "clocked 3:43.13") is a DURATION, not a time of day; a
  margin ("won by 12 seconds", "finished 12 seconds clear") has the modifier
  "by" and compares only with another margin (:mod:`.timerace`).
* Comparing (:mod:`.timecompare`): intervals that overlap once bounds are applied are consistent
  ("as early as July" vs "by next month"); the same words with the same value
  are identical; a value that needs a missing publication date is unresolved,
  except that a stated month or day still compares ("July" vs "July 2021").
  A weekday without a publication date is never placed.
* Granularity adds "weekend", "half", "century" and "partofday" to the
  usual minute … decade.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .cal import in_safe_range


class _LazyParts:
    """Stands in for the ``timeparts`` module until first used.

    The window and the command line import this module at start-up; the rule
    tables in ``timeparts`` are most of the cost of importing it.
    """

    def __getattr__(self, name: str):
        global tp
        from . import rules

        tp = rules
        return getattr(rules, name)


tp = _LazyParts()

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

_MOD_WORDS = {
    "by": "by",
    "no later than": "by",
    "not later than": "by",
    "as late as": "as late as",
    "before": "before",
    "prior to": "before",
    "ahead of": "before",
    "until": "until",
    "till": "until",
    "up until": "until",
    "through": "until",
    "after": "after",
    "shortly after": "after",
    "just after": "after",
    "soon after": "after",
    "shortly before": "before",
    "just before": "before",
    "as early as": "as early as",
    "no earlier than": "as early as",
    "not earlier than": "as early as",
    "not until": "as early as",
    "not before": "as early as",
    "from": "from",
    "starting": "from",
    "beginning": "from",
    "effective": "from",
    "since": "since",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "roughly": "around",
    "circa": "around",
    "at around": "around",
    "at about": "around",
    "at approximately": "around",
    "at roughly": "around",
    "some time around": "around",
    "sometime around": "around",
    "within": "within",
}
_MOD_LABEL = {
    "by": "no later than",
    "as late as": "no later than",
    "before": "before",
    "after": "after",
    "as early as": "from",
    "from": "from",
    "since": "since",
    "until": "until",
    "around": "around",
    "within": "within",
}
# ------------------------------------------------------------------ value


@dataclass(frozen=True)
class TimeMention:
    """One time expression of a sentence, normalised.

    ``interval`` is [start, end) of what the expression denotes before any
    bound ("by", "before") is applied; ``modifier`` says how the statement
    uses it. ``fields`` keeps the calendar fields the text states (month,
    day, weekday) when the publication date was needed but unknown, so that
    "July" can still be compared with "July 2021". ``amount`` is the
    DURATION length in seconds the text allows, (low, high or None).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    timex: str
    interval: tuple[datetime, datetime] | None
    granularity: str
    modifier: str | None = None
    needs_published: bool = False
    published: date | None = None
    part: str | None = None  # early, mid, late, start of, end of, rest of, first half …
    signal: str = ""  # the word(s) before the span as written: "by", "on", "as early as"
    value: str = ""  # normalised anchor as an editor reads it: "July 2021"
    tense: str | None = None  # past, present, future, as judged for resolution
    deictic: bool = False  # resolved by counting from the publication date
    fields: tuple[tuple[str, int], ...] = ()
    clock: tuple[tuple[int, int], ...] = ()  # candidate minute-of-day ranges (TIME)
    tz: int | None = None  # UTC offset in minutes when stated
    amount: tuple[float, float | None] | None = None

    def to_json(self) -> dict:
        iv = self.interval
        out: dict = {
            "text": self.text,
            "type": self.type,
            "timex": self.timex,
            "granularity": self.granularity,
            "modifier": self.modifier,
            "part": self.part,
            "signal": self.signal or None,
            "interval": [iv[0].isoformat(), iv[1].isoformat()] if iv else None,
            "value": self.value,
            "needs_published": self.needs_published,
            "published": self.published.isoformat() if self.published else None,
        }
        if self.amount is not None:
            out["seconds"] = [self.amount[0], self.amount[1]]
        if self.tz is not None:
            out["utc_offset_minutes"] = self.tz
        return out

    @property
    def surface(self) -> str:
        """The expression with its signal word, as quoted in explanations."""
        return f"{self.signal} {self.text}" if self.signal else self.text

    def normalized(self) -> str:
        """The value with its bound: 'no later than July 2021', 'around 02:00'."""
        label = _MOD_LABEL.get(self.modifier or "")
        if self.type == "DURATION" or not label:
            return self.value
        return f"{label} {self.value}"

    def display(self) -> str:
        """E.g. 'next month = July 2021 (published 2021-06-23)', 'July (year not stated)'."""
        head = self.surface
        if self.needs_published and (not self.fields or "weekday" in dict(self.fields)):
            return f"{head} (publication date unknown)"
        val = self.normalized()
        same = tp.norm(head) == tp.norm(val) or tp.norm(val).startswith(tp.norm(head) + " (")
        out = val if same else f"{head} = {val}"
        if self.deictic and self.published and not self.needs_published:
            out += f" (published {self.published.isoformat()})"
        return out


# ------------------------------------------------------------------ finding

_DIGIT_RE = re.compile(r"\d")
_TRAILER_RE = re.compile(r"(?:(?<!\d)['’]s?|[\s,])+$")


# Matches of one rule read per sentence. News sentences name a few times (at
# most 5 in the project's corpora); thousands of "10:30 10:30 …" are noise,
# and each match costs a look at its context.
MAX_MATCHES_PER_RULE = 64


def _non_overlapping(
    cands: list[tuple[int, int, int, tp.Builder]],
) -> list[tuple[int, int, int, tp.Builder]]:
    """Greedily keep candidates (in the given order of preference) that overlap
    none kept before; sorted by start. Kept spans are looked up by bisection, so
    a sentence with thousands of candidates is not compared pairwise."""
    starts: list[int] = []
    ends: list[int] = []
    taken = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_right(starts, s)
        if i and ends[i - 1] > s:
            continue  # the kept span starting at or before s reaches past it
        if i < len(starts) and starts[i] < e:
            continue  # the next kept span starts inside this one
        starts.insert(i, s)
        ends.insert(i, e)
        taken.insert(i, c)
    return taken


def find_times(text: str, published: date | None) -> list[TimeMention]:
    """Time expressions of one sentence, non-overlapping and sorted by start."""
    words = set(tp.WORD_RE.findall(text.lower()))
    if _DIGIT_RE.search(text):
        words.add("#")
    if not words & tp.ALL_KEYS:
        return []
    cands = []
    for rx, prio, handler, keys in tp.rules():
        if not keys & words:
            continue
        for k, m in enumerate(rx.finditer(text)):
            if k >= MAX_MATCHES_PER_RULE:
                break
            if m.end() == m.start():
                continue
            try:
                got = handler(m, text)
            except (ValueError, OverflowError):
                got = None  # a calendar value out of datetime's range ("year 0")
            if got is None:
                continue
            if isinstance(got, tuple):
                builder, (s, e) = got
            else:
                builder, s, e = got, m.start(), m.end()
            e = s + len(_TRAILER_RE.sub("", text[s:e]))  # "Tuesday's" -> "Tuesday"
            cands.append((s, e, prio, builder))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = _non_overlapping(cands)

    cues: list | None = None

    def tense_for(s: int, e: int, strong: bool = False) -> Callable[[], str | None]:
        def get() -> str | None:
            nonlocal cues
            if cues is None:
                cues = tp.tense_cues(text)
            return tp.tense_at(text, cues, s, e, strong=strong)

        return get

    out: list[TimeMention] = []
    prev_end = 0
    for s, e, _prio, builder in taken:
        sm = tp.SIGNAL_RE.search(text, max(prev_end, s - 30), s)
        signal = re.sub(r"\s+", " ", sm.group("sig")) if sm else ""
        prev = tp.prev_word(text, sm.start() if sm else s)
        if sm:
            prev = signal.split()[-1].lower()
        env = tp.Env(
            text, s, e, published, signal.lower(), prev, tense_for(s, e), tense_for(s, e, True)
        )
        try:
            v = builder(env)
        except (ValueError, OverflowError, StopIteration):
            v = None  # an impossible calendar value: not a time expression we can use
        if v is None:
            continue
        if v.interval is not None and not in_safe_range(v.interval):
            v = replace(v, interval=None)  # "2020 years ago": kept, unresolved
        mod = _MOD_WORDS.get(signal.lower())
        if v.mod:
            mod = v.mod
        elif v.type == "DURATION" and mod not in ("within",):
            mod = None
        out.append(
            TimeMention(
                start=s,
                end=e,
                text=text[s:e],
                type=v.type,
                timex=v.timex,
                interval=v.interval,
                granularity=v.gran,
                needs_published=v.needs_pub,
                modifier=mod or (v.part if v.type != "DURATION" else None),
                published=published,
                part=v.part,
                signal=signal,
                value=v.value,
                tense=env.seen_tense,
                deictic=v.deictic,
                fields=v.fields,
                clock=v.clock,
                tz=v.tz,
                amount=v.amount,
            )
        )
        prev_end = e
    return _attach_days(text, tp.mark_margins(text, _merge_durations(text, out)))


_UNIT_ORDER = (
    "millennium",
    "century",
    "decade",
    "year",
    "quarter",
    "month",
    "fortnight",
    "week",
    "day",
    "hour",
    "minute",
    "second",
)
_HEDGED = ("about", "nearly", "more than", "at least", "less than", "up to")
_JOIN_RE = re.compile(r"\s*,?\s*(?:and\s+)?")


def _merge_durations(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'2 hours 30 minutes', 'two years and three months': one duration, summed."""
    out: list[TimeMention] = []
    for m in ms:
        p = out[-1] if out else None
        if (
            p is not None
            and p.type == m.type == "DURATION"
            and p.amount
            and m.amount
            and p.part is None
            and m.part is None
            and m.signal == ""
            and m.amount[1] is not None
            and not m.value.startswith(_HEDGED)
            and "X" not in p.timex + m.timex
            and m.start > p.end
            and _JOIN_RE.fullmatch(text, p.end, m.start)
            and _UNIT_ORDER.index(p.granularity) < _UNIT_ORDER.index(m.granularity)
        ):
            lo = p.amount[0] + m.amount[0]
            hi = None if p.amount[1] is None else p.amount[1] + m.amount[1]
            out[-1] = replace(
                p,
                end=m.end,
                text=text[p.start : m.end],
                timex=_join_timex(p.timex, m.timex),
                granularity=m.granularity,
                amount=(lo, hi),
                value=f"{p.value} {m.value}",
            )
            continue
        out.append(m)
    return out


def _join_timex(a: str, b: str) -> str:
    """'PT1H' + 'PT30M' -> 'PT1H30M'; 'P1D' + 'PT12H' -> 'P1DT12H'."""

    def split(x: str) -> tuple[str, str]:
        body = x[1:]
        d, _, t = body.partition("T")
        return d, t

    da, ta = split(a)
    db, tb = split(b)
    t = ta + tb
    return "P" + da + db + ("T" + t if t else "")


_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*|\s+on\s+|\s+of\s+)?$", re.IGNORECASE)
_DAY_THEN_TIME = re.compile(
    r"\s*(?:,\s*)?(?:at|at\s+around|at\s+about|around|about|from|by)?\s*$", re.IGNORECASE
)


_TIMEX_CLOCK = re.compile(r"T(\d\d):(\d\d)(:\d\d)?(.*)$")
_LABEL_CLOCKS = re.compile(r"^\d\d:\d\d(?::\d\d)?(?: or \d\d:\d\d(?::\d\d)?)*")
_POD_NAME = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Words that end a clause: a day named beyond one is another event's ("at 6pm, after
# an attempt on Monday was scrubbed").
_CLAUSE_BREAK = re.compile(
    r"[;—–()\"“”]|\b(?:but|while|whereas|after|before|when|because|although|though|if|since"
    r"|until)\b",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"\d\s*[ap]\.?\s?m\b|noon|midnight|midday", re.IGNORECASE)


def _attach_days(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Give a clock time the resolved day written next to it ('3pm on Tuesday')."""
    out = list(ms)
    for i, m in enumerate(ms):
        if (
            m.type != "TIME"
            or m.interval is not None
            or not m.clock
            or m.granularity == "partofday"
        ):
            continue
        day = None
        if i + 1 < len(ms) and _TIME_THEN_DAY.fullmatch(text[m.end : ms[i + 1].start]):
            day = ms[i + 1]
        elif i > 0 and _DAY_THEN_TIME.fullmatch(text[ms[i - 1].end : m.start]):
            day = ms[i - 1]
        if (
            day is None
            or day.interval is None
            or day.type != "DATE"
            or day.granularity not in ("day", "partofday")
        ):
            continue
        clock = m.clock
        if day.granularity == "partofday" and not _MERIDIEM.search(m.text):
            # "Sunday evening at 10:00" is 22:00: the reading inside that part of the day
            h0, h1 = tp.PARTS_OF_DAY[_POD_NAME[day.timex[-2:]]][1:]
            both = {c for a, b in clock for c in ((a, b), (a + 720, b + 720)) if a < 720}
            inside = tuple(sorted(c for c in both | set(clock) if h0 * 60 <= c[0] <= h1 * 60))
            clock = inside or clock
        if len(clock) != 1:
            continue
        d = day.interval[0].date()
        lo = day.interval[0].replace(hour=0) + timedelta(minutes=clock[0][0])
        _, _, sec, zone = _TIMEX_CLOCK.match(m.timex).groups()
        hh, mm = divmod(clock[0][0], 60)
        label = _LABEL_CLOCKS.sub(f"{hh:02d}:{mm:02d}{sec or ''}", m.value, count=1)
        out[i] = replace(
            m,
            timex=f"{d.isoformat()}T{hh:02d}:{mm:02d}{sec or ''}{zone}",
            interval=(lo, lo + timedelta(minutes=1)),
            value=f"{tp.fmt_day(d)} {label}",
            deictic=day.deictic,
            clock=clock,
        )
    days = [x for x in out if _is_day(x)]
    if len({x.interval[0].date() for x in days}) == 1:
        # the one day the sentence names, in the same clause: TimeML anchors the time to it
        for i, m in enumerate(out):
            if m.type != "TIME" or m.interval is not None or not m.timex.startswith("T"):
                continue
            near = [x for x in days if not _CLAUSE_BREAK.search(text, *sorted((x.end, m.start)))]
            if m.clock and near:
                out[i] = replace(m, timex=f"{near[0].interval[0].date().isoformat()}{m.timex}")
    return out


def _is_day(m: TimeMention) -> bool:
    return m.type == "DATE" and m.interval is not None and m.granularity in ("day", "partofday")


from .compare import compare  # noqa: E402  (compare reads TimeMention)

__all__ = ["REFS", "TimeMention", "compare", "find_times"]
