"""The frame the time-expression rules share.

:class:`Val` is what a rule resolves and :class:`Env` what its builder may
look at (the sentence, the span, the publication date, the signal word and
the verb tense); :func:`rule` makes a rule (:mod:`.rules` lists them in
order). Also here: the patterns several rules use (month, weekday, day,
year, "early"/"end of"), the signal words before a span, the value
constructors (a day, an ISO week, a quarter ...) and the narrowing of a
period to the part a phrase names; the choice of year for a month or day
written without one is in :mod:`.year_choice` (``pick_year``, offered here too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..lexicon import (
    MONTH_ABBR,
    MONTH_ALT,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_ALT,
    words,
)
from .cal import (
    day_iv,
    dt,
    fmt_day,
    fmt_interval,
    fmt_range,
    half_iv,
    iso_week,
    monday,
    month_iv,
    narrow,
    quarter_iv,
    season_iv,
    week_iv,
    weekend_iv,
    year_iv,
)
from .daypart import day_part
from .lex import SEASON_NAMES
from .year_choice import NEAREST_MARGIN_DAYS as NEAREST_MARGIN_DAYS
from .year_choice import NEXT_YEAR_REACH_DAYS as NEXT_YEAR_REACH_DAYS
from .year_choice import pick_year as pick_year

DAY = timedelta(days=1)

PART_WORDS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "start": "start of",
    "beginning": "start of",
    "end": "end of",
    "close": "end of",
    "middle": "mid",
    "rest": "rest of",
    "remainder": "rest of",
    "first half": "first half",
    "second half": "second half",
    "latter half": "second half",
    "latter part": "late",
    "last part": "late",
    "early part": "early",
    "first part": "early",
}


@dataclass
class Val:
    """What a rule resolved: becomes a TimeMention once span and signal are known."""

    type: str
    timex: str
    interval: tuple[datetime, datetime] | None
    gran: str
    value: str
    needs_pub: bool = False
    deictic: bool = False
    fields: tuple[tuple[str, int], ...] = ()
    clock: tuple[tuple[int, int], ...] = ()
    tz: int | None = None
    amount: tuple[float, float | None] | None = None
    part: str | None = None
    mod: str | None = None  # a bound implied by the rule itself ("more than two years ago")


OR_DAY = "or_day"  # a field: the other reading of 'last Thursday' (a date ordinal)


@dataclass
class Env:
    """What a rule's builder may look at."""

    text: str
    start: int
    end: int
    published: date | None
    signal: str  # lower-cased signal words, "" if none
    prev: str  # lower-cased word just before the span (or before its signal)
    tense_fn: Callable[[], str | None]
    strong_tense: Callable[[], str | None]
    seen_tense: str | None = None  # the tense a builder asked for, kept on the mention
    over: bool = False  # dates a happening told as over (:mod:`.happened`)

    @property
    def tense(self) -> str | None:
        """Tense of the governing verb; 'since' always looks back. A bound a past
        verb set ("extended the loans through January", "gave them until
        mid-November", "created the post, effective Feb. 1") lies after that
        verb's time: the past tense says nothing of it, the nearer year decides."""
        if self.signal == "since" or self._since_clock():
            self.seen_tense = "past"
        else:
            self.seen_tense = self.tense_fn()
            if self.seen_tense == "past" and self._forward_bound():
                self.seen_tense = None
        return self.seen_tense

    def _since_clock(self) -> bool:  # "shut since 2pm on Tuesday": Tuesday gone
        return bool(_SINCE_CLOCK.search(self.text, max(0, self.start - 40), self.start))

    def _forward_bound(self) -> bool:
        if self.signal == "effective":
            return True
        if not self.signal and self.prev == "to":  # "adjourned to January 15"
            return bool(_PUT_OFF_TO.search(self.text, max(0, self.start - 50), self.start))
        if self.signal not in ("until", "till", "up until", "through"):
            return False  # "lasted until October" ended then: the past tense stands
        return bool(GRANTED_RE.search(self.text, max(0, self.start - 90), self.start))


# a clock after "since" that the day beside it completes ("since 2pm on Tuesday")
_SINCE_CLOCK = re.compile(
    r"(?i)\bsince\s+(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|h(?:rs)?)?"
    r"(?:\s+[A-Z]{2,5})?,?\s+(?:on\s+|last\s+)?$"
)


# verbs that move a day to another: "was adjourned to Jan. 15", "pushed back to March"
_PUT_OFF_TO = re.compile(
    r"\b(?:postpon|delay|defer|adjourn|extend|pushed\s+back|put\s+off|brought\s+forward)"
    r"\w*(?:\s+(?!to\b)\w+){0,2}\s+to\s+$",
    re.IGNORECASE,
)
# verbs that set a bound ahead of their own time: "extended the loans through January"
GRANTED_RE = re.compile(
    r"\b(?:gave|given|giving|extend(?:ed|s|ing)?|grant(?:ed|s|ing)?|postpon(?:ed|es|ing)"
    r"|delay(?:ed|s|ing)|defer(?:red|s|ring)|adjourn(?:ed|s|ing)|suspend(?:ed|s|ing)"
    r"|allow(?:ed|s|ing)|pushed\s+back|put\s+off|recess(?:ed|es)?|deadline)\b[^.;:]*$",
    re.IGNORECASE,
)


Builder = Callable[[Env], "Val | None"]

# ------------------------------------------------------------------ patterns

MON_ALT = MONTH_ALT
MON = rf"(?P<mon>{MON_ALT})(?![a-z])"
WDN = WEEKDAY_ALT
WDA = rf"(?P<wd>{WDN}|mon|tues?|wed|thur?s?|fri|sat|sun)(?![a-z])\.?"
# "this coming Sunday, March 8", "last Friday, May 9": the relative word before a
# weekday that a date names again belongs to the date's mention
WD_REL = rf"(?:(?:(?:this\s+)?coming|this|next|last|past)\s+(?={WDN}))?"
DAYN = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
PART = (
    r"(?:(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
    r"|second\s+half|latter\s+half|latter\s+part|last\s+part|early\s+part|first\s+part"
    r"|(?:final|last|closing|dying|waning|first|opening|early)\s+(?:few\s+)?(?:days|weeks|months))"
    r"\s+of\s+(?:the\s+)?|(?P<p1>early|mid|late)(?:\s*-\s*|\s+))?"
)
# "the final months of 1997", "the first weeks of March": a part named by its smaller units
_UNIT_PART_RE = re.compile(r"(\w+)\s+(?:few\s+)?(days|weeks|months)$")

SIGNAL_RE = re.compile(
    r"\b(?P<sig>as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|not\s+later\s+than"
    r"|no\s+earlier\s+than|not\s+earlier\s+than|not\s+until|not\s+before"
    r"|some\s*time\s+(?:in|on|around|during)|shortly\s+(?:after|before)"
    r"|just\s+(?:after|before)|soon\s+after|at\s+(?:around|about|approximately|roughly)"
    r"|(?:early|late)\s+on"
    r"|up\s+until|until|till|through|throughout|from|since|by|before|after|around|about"
    r"|approximately|roughly|circa|within|on|in|at|during|over|for|prior\s+to|ahead\s+of"
    r"|starting|beginning|effective)\s+(?:(?:only|just|merely)\s+)?$",  # "within just two weeks"
    re.IGNORECASE,
)
_PREV_WORD_RE = re.compile(r"([\w'’]+)[^\w]*$")


def prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def cap(s: str) -> bool:
    return s[:1].isupper()


_LEAD_CHARS = frozenset(" \t\"'“‘(—-")


def sentence_initial(text: str, pos: int) -> bool:
    """Only spaces, quote marks and dashes before ``pos``? (Walks back over
    those alone, instead of copying the whole prefix.)"""
    while pos > 0 and text[pos - 1] in _LEAD_CHARS:
        pos -= 1
    return pos == 0


# ------------------------------------------------------------------ resolution helpers


def v_day(d: date, deictic: bool = False) -> Val:
    return Val("DATE", d.isoformat(), day_iv(d), "day", fmt_day(d), deictic=deictic)


def v_month(y: int, m: int, deictic: bool = False) -> Val:
    return Val(
        "DATE",
        f"{y:04d}-{m:02d}",
        month_iv(y, m),
        "month",
        f"{MONTH_NAMES[m]} {y}",
        deictic=deictic,
    )


def v_year(y: int, deictic: bool = False) -> Val:
    return Val("DATE", f"{y:04d}", year_iv(y), "year", str(y), deictic=deictic)


def v_week(d: date, deictic: bool = True) -> Val:
    mon = monday(d)
    wk = iso_week(d)
    return Val(
        "DATE",
        wk,
        week_iv(d),
        "week",
        f"{fmt_range(mon, mon + timedelta(days=6))} ({wk})",
        deictic=deictic,
    )


def v_weekend(d: date, deictic: bool = True) -> Val:
    iv = weekend_iv(d)
    return Val(
        "DATE",
        iso_week(d) + "-WE",
        iv,
        "weekend",
        f"weekend of {fmt_range(iv[0].date(), iv[0].date() + DAY)}",
        deictic=deictic,
    )


def v_quarter(y: int, q: int, deictic: bool = False) -> Val:
    a, b = MONTH_ABBR[3 * q - 2], MONTH_ABBR[3 * q]
    return Val(
        "DATE", f"{y:04d}-Q{q}", quarter_iv(y, q), "quarter", f"Q{q} {y} ({a}–{b})", deictic=deictic
    )


def v_half(y: int, h: int, deictic: bool = False) -> Val:
    return Val(
        "DATE",
        f"{y:04d}-H{h}",
        half_iv(y, h),
        "half",
        f"H{h} {y} ({'Jan–Jun' if h == 1 else 'Jul–Dec'})",
        deictic=deictic,
    )


def v_season(y: int, s: str, deictic: bool = False) -> Val:
    name = SEASON_NAMES[s]
    label = f"{name} {y}–{(y + 1) % 100:02d}" if s == "WI" else f"{name} {y}"
    return Val("DATE", f"{y:04d}-{s}", season_iv(y, s), "season", label, deictic=deictic)


def v_decade(start: int, deictic: bool = False) -> Val:
    return Val(
        "DATE", str(start // 10), year_iv(start, 10), "decade", f"the {start}s", deictic=deictic
    )


def v_unknown(timex: str, gran: str, label: str, fields: tuple = (), type_: str = "DATE") -> Val:
    return Val(type_, timex, None, gran, label, needs_pub=True, fields=fields)


def safe_day_iv(y: int, m: int, d: int) -> tuple | None:
    try:
        return day_iv(date(y, m, d))
    except ValueError:
        return None


# ------------------------------------------------------------------ rules
# Each rule is a pattern, a priority (lower wins among equally long matches)
# and a handler. The handler sees the match and returns None (not a time
# expression), a Builder, or (Builder, (start, end)) to report a narrower span.
# Builders run later, once the signal word and the verb tense are known.

# A rule runs only when the sentence holds one of its key words ("#" = a digit):
# a set lookup per rule is much cheaper than scanning with every pattern.
UNIT_KEYS = (
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days "
    "week weeks fortnight fortnights month months year years yr yrs decade decades "
    "century centuries quarter quarters millennium millennia night nights"
)

Handler = Callable[[re.Match, str], "Builder | None"]


@dataclass(frozen=True)
class Rule:
    """One recognition rule: runs when the sentence holds one of ``keys``.

    The pattern is a string: :mod:`.rules` compiles the list on first use, so
    importing stays cheap.
    """

    pattern: str
    flags: int
    prio: int
    handler: Handler
    keys: frozenset[str]


def rule(pattern: str, prio: int = 5, flags: int = re.IGNORECASE, *, keys: str):
    """Make the decorated handler a :class:`Rule`. Nothing is registered: the
    rules run from the one ordered list in :mod:`.rules`."""

    def deco(fn: Handler) -> Rule:
        return Rule(pattern, flags, prio, fn, words(keys))

    return deco


def part_of(m: re.Match) -> str | None:
    gd = m.groupdict()
    p = gd.get("p1") or gd.get("p2")
    if not p:
        return None
    p = re.sub(r"\s+", " ", p.lower())
    units = _UNIT_PART_RE.match(p)
    if units:  # months of a year are its early or late part; days and weeks its start or end
        first = units.group(1) in ("first", "opening", "early")
        if units.group(2) == "months":
            return "early" if first else "late"
        return "start of" if first else "end of"
    return PART_WORDS.get(p)


def month_num(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def year_of_rel(rel: str | None, pub: date | None) -> int | None:
    if pub is None:
        return None
    rel = (rel or "").lower().split()[-1] if rel else ""
    return {
        "this": pub.year,
        "current": pub.year,
        "the": pub.year,
        "last": pub.year - 1,
        "previous": pub.year - 1,
        "next": pub.year + 1,
        "coming": pub.year + 1,
    }.get(rel, pub.year)


# ------------------------------------------------------------------ parts


_PART_WORDS = {
    "start of": ("start of", "beginning of", "early"),
    "end of": ("end of", "close of", "late"),
    "mid": ("mid", "middle of"),
    "rest of": ("rest of", "remainder of", "balance of"),
}


def with_part(v: Val, part: str | None, env: Env) -> Val:
    """Narrow a period to 'early', 'end of', 'rest of' …; halves of a year become H1/H2."""
    if not part:
        return v
    v.part = part
    if v.interval is None:
        said = v.value.lower()
        if not any(w in said for w in _PART_WORDS.get(part, (part,))):
            # unresolved, the value is what was written: "the end of this month"
            # already says its part ("end of the end of this month" did not read)
            v.value = f"{part} {v.value}" if part != "mid" else f"mid-{v.value}"
        return v
    if part in ("first half", "second half") and v.gran == "year":
        h = v_half(int(v.timex), 1 if part == "first half" else 2, v.deictic)
        h.part = None
        return h
    if part == "rest of":
        if env.published is None:
            v.needs_pub = True
            v.interval = None
            v.value = f"rest of {v.value}"
            return v
        lo, hi = v.interval
        p = dt(env.published)
        v.interval = (max(lo, min(p, hi - DAY)), hi)
        v.value = f"rest of {v.value} ({fmt_interval(*v.interval)})"
        v.deictic = True
        return v
    v.interval = day_part(v.interval, v.gran, v.timex, part) or narrow(v.interval, part)
    if v.gran in ("decade", "century") and part in ("early", "mid", "late"):
        v.value = v.value.replace("the ", f"the {part}{'-' if part == 'mid' else ' '}", 1)
    else:
        v.value = f"mid-{v.value}" if part == "mid" else f"{part} {v.value}"
    return v


WORD_RE = re.compile(r"[a-z]+")
