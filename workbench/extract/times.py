"""Time expressions in news sentences: find, normalise, compare.

``find_times(sentence, published)`` returns :class:`TimeMention` values whose
``timex`` follows TimeML/ISO-8601 (``2021-07``, ``2021-W25``, ``P2D``,
``T15:45``, ``PAST_REF``; ``X`` digits where a missing publication date was
needed) and whose ``interval`` is the concrete span of time meant, resolved
against the article's publication date. ``compare(a, b, left, right)`` says
whether two sources' mentions agree. The recognition rules live in
:mod:`workbench.extract.timeparts` (one module per kind of expression).

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
* Comparing: intervals that overlap once bounds are applied are consistent
  ("as early as July" vs "by next month"); the same words with the same value
  are identical; a value that needs a missing publication date is unresolved,
  except that a stated month or day still compares ("July" vs "July 2021").
  A weekday without a publication date is never placed.
* Granularity adds "weekend", "half", "century" and "partofday" to the
  usual minute … decade.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..model import Comparison, Verdict


class _LazyParts:
    """Stands in for the ``timeparts`` module until first used.

    The window and the command line import this module at start-up; the rule
    tables in ``timeparts`` are most of the cost of importing it.
    """

    def __getattr__(self, name: str):
        global tp
        from . import timeparts

        tp = timeparts
        return getattr(timeparts, name)


tp = _LazyParts()

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_DAY = timedelta(days=1)

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
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            got = handler(m, text)
            if got is None:
                continue
            if isinstance(got, tuple):
                builder, (s, e) = got
            else:
                builder, s, e = got, m.start(), m.end()
            e = s + len(_TRAILER_RE.sub("", text[s:e]))  # "Tuesday's" -> "Tuesday"
            cands.append((s, e, prio, builder))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, tp.Builder]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c[0])

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
    return _attach_days(text, _merge_durations(text, out))


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


# ------------------------------------------------------------------ comparing


def _family(m: TimeMention) -> str:
    if m.type == "SET":
        return "set"
    if m.type == "DURATION":
        return "duration"
    if m.timex in REFS:
        return "vague"
    if m.type == "TIME":
        return "timepoint" if m.interval is not None else "clock"
    return "date"


def compare(a: TimeMention, b: TimeMention, left_name: str, right_name: str) -> Comparison | None:
    """Verdict on two mentions from two sources, or None when they are not comparable.

    Not comparable: different kinds (a date and a duration, a clock time and
    a year, a repetition and anything else, a vague 'recently' and a date),
    and a part of a day against that same day named the same way.
    """
    fa, fb = _family(a), _family(b)
    pair = {fa, fb}
    if fa == fb == "set":
        return _cmp_set(a, b)
    if fa == fb == "duration":
        return _cmp_duration(a, b)
    if fa == fb == "vague":
        return _cmp_vague(a, b, left_name, right_name)
    if pair <= {"clock", "timepoint"} and "clock" in pair:
        return _cmp_clock(a, b)
    if pair <= {"date", "timepoint"}:
        if _refines(a, b) or _refines(b, a):
            return None  # "Tuesday night" vs "Tuesday": one statement, told in more detail
        if pair == {"date", "timepoint"}:
            d = a if fa == "date" else b
            if d.granularity not in ("day", "partofday"):
                return None
        return _cmp_points(a, b, left_name, right_name)
    return None


def _result(verdict: Verdict, a: TimeMention, b: TimeMention, reason: str) -> Comparison:
    la, lb = a.display(), b.display()
    return Comparison(verdict, f"{la} vs {lb}: {reason} — {verdict.value}", la, lb)


def _same_surface(a: TimeMention, b: TimeMention) -> bool:
    return tp.norm(a.text) == tp.norm(b.text)


def _effective(m: TimeMention) -> tuple[datetime | None, datetime | None]:
    """The interval the statement allows once its bound is applied (None = open)."""
    lo, hi = m.interval
    mod = m.modifier
    if mod in ("by", "as late as"):
        return None, hi
    if mod == "before":
        return None, lo
    if mod == "after":
        return hi, None
    if mod == "as early as":
        return lo, None
    if mod == "around":  # a day, month or year either side; half an hour for a clock time
        w = timedelta(minutes=30) if m.type == "TIME" else max(hi - lo, _DAY)
        return lo - w, hi + w
    return lo, hi


def _overlap(a: tuple, b: tuple) -> tuple | None:
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    if lo is not None and hi is not None and lo >= hi:
        return None
    return lo, hi


def _describe(iv: tuple) -> str:
    lo, hi = iv
    if lo is not None and hi is not None:
        return tp.fmt_interval(lo, hi)
    if lo is None and hi is None:
        return "any date"
    if lo is None:
        last = tp.fmt_interval(hi - _DAY, hi) if _midnight(hi) else f"{hi:%Y-%m-%d %H:%M}"
        return f"dates up to {last}"
    first = tp.fmt_interval(lo, lo + _DAY) if _midnight(lo) else f"{lo:%Y-%m-%d %H:%M}"
    return f"dates from {first}"


def _midnight(x: datetime) -> bool:
    return (x.hour, x.minute, x.second, x.microsecond) == (0, 0, 0, 0)


def _gap(a: tuple, b: tuple, like: bool) -> str:
    """'no overlap (1 day apart)': starts of like periods compared, else the gap between."""
    if like and None not in a and None not in b:
        x, y = sorted((a[0], b[0]))
    elif a[1] is not None and b[0] is not None and a[1] <= b[0]:
        x, y = a[1], b[0]
    elif b[1] is not None and a[0] is not None and b[1] <= a[0]:
        x, y = b[1], a[0]
    else:
        return "no overlap"
    if x >= y:
        return "no overlap"
    months = (y.year - x.year) * 12 + y.month - x.month
    if x.day == y.day == 1 and _midnight(x) and _midnight(y) and months:
        n, unit = (months // 12, "year") if months % 12 == 0 else (months, "month")
        return f"no overlap ({n} {unit}{'' if n == 1 else 's'} apart)"
    return f"no overlap ({tp.fmt_seconds((y - x).total_seconds())} apart)"


def _cmp_points(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    same_text = _same_surface(a, b)
    if a.needs_published or b.needs_published:
        if (
            same_text
            and a.timex == b.timex
            and a.fields
            and b.fields
            and a.published == b.published
        ):
            return _result(Verdict.IDENTICAL, a, b, "same expression")
        return _cmp_unresolved(a, b, ln, rn)
    ea, eb = _effective(a), _effective(b)
    ov = _overlap(ea, eb)
    if same_text and a.timex == b.timex and a.interval == b.interval and ov is not None:
        return _result(Verdict.IDENTICAL, a, b, "same expression, same value")
    if ov is None:
        like = a.granularity == b.granularity and a.modifier == b.modifier
        return _result(Verdict.CONFLICT, a, b, _gap(ea, eb, like))
    if a.interval == b.interval and ea == eb:
        word = {"partofday": "part of the day"}.get(a.granularity, a.granularity)
        reason = f"same {word}" if a.granularity == b.granularity else "same period"
    elif _within(ea, eb) and ea[0] is not None and ea[1] is not None:
        reason = f"{_describe(ea)} falls within {b.normalized()}"
    elif _within(eb, ea) and eb[0] is not None and eb[1] is not None:
        reason = f"{_describe(eb)} falls within {a.normalized()}"
    else:
        reason = f"both allow {_describe(ov)}"
        if a.modifier in ("by", "before") and b.modifier in ("by", "before") and ea != eb:
            reason += " (the stated deadlines differ)"
    return _result(Verdict.CONSISTENT, a, b, reason)


def _refines(fine: TimeMention, day: TimeMention) -> bool:
    """'Tuesday night' vs 'Tuesday': the same day expression, one adding a part of day."""
    if fine.granularity != "partofday" or day.granularity != "day" or day.modifier:
        return False
    base = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", tp.norm(fine.text))
    return base == tp.norm(day.text) and fine.timex[:10] == day.timex[:10]


def _within(x: tuple, y: tuple) -> bool:
    lo_ok = y[0] is None or (x[0] is not None and x[0] >= y[0])
    hi_ok = y[1] is None or (x[1] is not None and x[1] <= y[1])
    return lo_ok and hi_ok


_WIDENING = {"by", "as late as", "before", "after", "as early as", "around"}


def _cmp_unresolved(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    """One side needs a publication date it lacks. Month/day names still compare."""
    fa, fb = dict(a.fields), dict(b.fields)
    bounded = a.modifier in _WIDENING or b.modifier in _WIDENING
    same: bool | None = None
    what = ""
    if a.needs_published and b.needs_published:
        shared = [k for k in ("month", "day") if k in fa and k in fb]
        if shared and "weekday" not in fa and "weekday" not in fb:
            same = all(fa[k] == fb[k] for k in shared)
            what = " and ".join(shared)
    else:
        u, r = (a, b) if a.needs_published else (b, a)
        fu = dict(u.fields)
        if fu and "weekday" not in fu and r.interval is not None:
            lo, hi = r.interval
            last = hi - timedelta(microseconds=1)
            gran = "day" if "day" in fu else "month"
            fine = (
                (lo.date() == last.date())
                if gran == "day"
                else (lo.year, lo.month) == (last.year, last.month)
            )
            if fine:
                same = lo.month == fu["month"] and (gran == "month" or lo.day == fu["day"])
                what = "month" if gran == "month" else "day and month"
    if same:  # the stated fields agree; only the unstated year is open
        return _result(Verdict.CONSISTENT, a, b, f"same {what}")
    if same is False and not bounded:
        return _result(Verdict.CONFLICT, a, b, f"different {what}")
    parts = []
    for m, name in ((a, ln), (b, rn)):
        if m.needs_published:
            parts.append(
                f"'{m.surface}' in {name} needs that article's publication date to resolve"
            )
        else:
            parts.append(f"'{m.surface}' in {name} = {m.normalized()}")
    expl = "; ".join(parts) + " — unresolved"
    return Comparison(Verdict.UNRESOLVED, expl, a.display(), b.display())


def _clock_ranges(m: TimeMention) -> list[tuple[float, float]]:
    shift = -m.tz if m.tz is not None else 0
    out = []
    for lo, hi in m.clock:
        lo, hi = lo + shift, hi + shift
        mod = m.modifier
        if mod == "around":
            lo, hi = lo - 30, hi + 30
        elif mod in ("by", "as late as"):
            lo = -1e9
        elif mod == "before":
            lo, hi = -1e9, lo
        elif mod == "after":
            lo, hi = hi, 1e9
        elif mod == "as early as":
            hi = 1e9
        out.append((lo, hi))
    return out


def _cmp_clock(a: TimeMention, b: TimeMention) -> Comparison:
    """Clock times without a (shared) day: compare the time of day."""
    use_tz = a.tz is not None and b.tz is not None
    ra = _clock_ranges(a) if use_tz else _clock_ranges(replace(a, tz=None))
    rb = _clock_ranges(b) if use_tz else _clock_ranges(replace(b, tz=None))
    if _same_surface(a, b) and a.clock == b.clock and a.tz == b.tz:
        return _result(Verdict.IDENTICAL, a, b, "same time")
    if any(x[0] < y[1] and y[0] < x[1] for x in ra for y in rb):
        same = ra == rb and len(ra) == 1
        why = "same time of day" if same else "the times can coincide"
        if same and a.tz != b.tz:
            why = "same moment once the time zones are applied"
        return _result(Verdict.CONSISTENT, a, b, why)
    gaps = [abs(x[0] - y[0]) for x in ra for y in rb]
    g = min(gaps) if gaps else 0
    return _result(
        Verdict.CONFLICT,
        a,
        b,
        f"different times of day ({tp.fmt_seconds(g * 60)} apart)"
        if g
        else "different times of day",
    )


def _cmp_duration(a: TimeMention, b: TimeMention) -> Comparison:
    """Lengths compared as ranges of seconds ('within 48 hours' allows 0–48 h)."""
    if _same_surface(a, b) and a.timex == b.timex and a.amount == b.amount:
        return _result(Verdict.IDENTICAL, a, b, "same length")
    inf = float("inf")
    (alo, ahi), (blo, bhi) = a.amount, b.amount
    ahi, bhi = inf if ahi is None else ahi, inf if bhi is None else bhi
    lo, hi = max(alo, blo), min(ahi, bhi)
    if lo > hi:
        short, long_ = (ahi, blo) if ahi < blo else (bhi, alo)
        return _result(
            Verdict.CONFLICT,
            a,
            b,
            f"{tp.fmt_seconds(short)} is shorter than {tp.fmt_seconds(long_)}",
        )
    if abs(alo - blo) < 1 and (ahi == bhi or abs(ahi - bhi) < 1):
        reason = "same length" + (f" ({tp.fmt_seconds(ahi)})" if ahi < inf else "")
    elif hi - lo < 1:
        reason = f"both allow {tp.fmt_seconds(hi)}"
    elif hi == inf:
        reason = f"both allow more than {tp.fmt_seconds(lo)}" if lo else "neither is bounded"
    else:
        reason = f"both allow {tp.fmt_seconds(lo) + ' to ' if lo else 'up to '}{tp.fmt_seconds(hi)}"
    return _result(Verdict.CONSISTENT, a, b, reason)


def _cmp_set(a: TimeMention, b: TimeMention) -> Comparison:
    if _same_surface(a, b) and a.timex == b.timex:
        return _result(Verdict.IDENTICAL, a, b, "same repetition")
    if a.timex == b.timex and a.fields == b.fields:
        return _result(Verdict.CONSISTENT, a, b, "same repetition")
    return _result(Verdict.CONFLICT, a, b, "different repetition")


def _cmp_vague(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    if _same_surface(a, b) and a.timex == b.timex:
        return _result(Verdict.IDENTICAL, a, b, "same expression")
    if a.timex == b.timex or "PRESENT_REF" in (a.timex, b.timex):
        return _result(Verdict.CONSISTENT, a, b, "neither pins a date")
    if a.published is not None and a.published == b.published:
        return _result(Verdict.CONFLICT, a, b, "one points before publication, the other after")
    return Comparison(
        Verdict.UNRESOLVED,
        f"'{a.surface}' in {ln} points to the past and '{b.surface}' in {rn} to the future "
        "(or vice versa), but the articles' publication dates differ or are unknown "
        "— unresolved",
        a.display(),
        b.display(),
    )
