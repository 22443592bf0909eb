"""Time expressions in news sentences: find, normalise, compare.

``find_times(sentence, published)`` returns :class:`TimeMention` values whose
``timex`` follows TimeML/ISO-8601 (``2021-07``, ``2021-W25``, ``P2D``,
``T15:45``, ``PAST_REF``) and whose ``interval`` is the concrete span of
time meant, resolved against the article's publication date.
``compare(a, b, left, right)`` says whether two sources' mentions agree.

Decisions worth knowing (each is a trade-off in favour of fewer false flags):

* Spans cover the value itself ("next month", "Tuesday", "48 hours"), as
  TimeML extents do; the preposition before it ("by", "since", "on") is kept
  as ``signal`` and, when it bounds the time, as ``modifier``. Hedges that
  change a length ("about", "more than") are inside duration spans.
* Weekdays: a past-tense or tenseless sentence means the most recent such
  day *on or before* the publication date (news says "on Tuesday" on a
  Tuesday for that day); a future sentence the next one on or after it;
  a present-tense copula ("the vote is on Thursday") the one in the
  publication week. "last Tuesday" is strictly before, "next Tuesday"
  strictly after.
* Month or day without a year: publication year, unless a temporal
  preposition puts it under a past or future verb, then the most recent /
  next occurrence ("in January" in a past sentence of a June article is
  January of that year, "in December" the previous December).
* "the past N days" is a DURATION (``P5D``) whose ``interval`` is the window
  ending on the publication day; "recently", "in recent weeks" are
  ``PAST_REF`` with no interval.
* Parts of a day ("Tuesday afternoon", "last night") are DATEs whose
  interval is that part of the day: the project compares them as dates.
* Clock times stay separate from the day next to them (so "2am on Tuesday"
  vs "2am yesterday" compares the clock and the day separately) but borrow
  that day for ``timex``/``interval`` when it is resolved.
* Granularity adds "weekend", "half", "century" and "partofday" to the
  usual minute … decade.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..model import Comparison, Verdict
from . import timeparts as tp

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_DAY = timedelta(days=1)

# Units of duration: (TimeML code, in-time-part, seconds low, seconds high, count).
_UNITS: dict[str, tuple[str, bool, float, float, float]] = {
    "second": ("S", True, 1, 1, 1), "minute": ("M", True, 60, 60, 1),
    "hour": ("H", True, 3600, 3600, 1), "day": ("D", False, 86400, 86400, 1),
    "week": ("W", False, 604800, 604800, 1), "fortnight": ("W", False, 1209600, 1209600, 2),
    "month": ("M", False, 28 * 86400, 31 * 86400, 1),
    "quarter": ("Q", False, 89 * 86400, 92 * 86400, 1),
    "year": ("Y", False, 365 * 86400, 366 * 86400, 1),
    "decade": ("Y", False, 3652 * 86400, 3653 * 86400, 10),
    "century": ("Y", False, 36524 * 86400, 36525 * 86400, 100),
    "millennium": ("Y", False, 365242 * 86400, 365243 * 86400, 1000),
}
_UNIT_ALIASES = {
    "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour",
    "hrs": "hour", "yr": "year", "yrs": "year", "centuries": "century",
    "millennia": "millennium",
}
_TZ = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AEST": 600, "AEDT": 660, "JST": 540, "HKT": 480, "SGT": 480,
    "MSK": 180, "WIB": 420,
}

_MOD_WORDS = {
    "by": "by", "no later than": "by", "not later than": "by", "as late as": "as late as",
    "before": "before", "prior to": "before", "ahead of": "before", "until": "until",
    "till": "until", "up until": "until", "through": "until", "after": "after",
    "shortly after": "after", "just after": "after", "soon after": "after",
    "shortly before": "before", "just before": "before", "as early as": "as early as",
    "no earlier than": "as early as", "not earlier than": "as early as",
    "not until": "as early as", "not before": "as early as", "from": "from",
    "starting": "from", "beginning": "from", "effective": "from", "since": "since",
    "around": "around", "about": "around", "approximately": "around", "roughly": "around",
    "circa": "around", "at around": "around", "at about": "around",
    "at approximately": "around", "at roughly": "around", "some time around": "around",
    "sometime around": "around", "within": "within",
}
_MOD_LABEL = {
    "by": "no later than", "as late as": "no later than", "before": "before",
    "after": "after", "as early as": "from", "from": "from", "since": "since",
    "until": "until", "around": "around", "within": "within",
}
_PART_WORDS = {
    "early": "early", "mid": "mid", "late": "late", "start": "start of",
    "beginning": "start of", "end": "end of", "close": "end of", "middle": "mid",
    "rest": "rest of", "remainder": "rest of", "first half": "first half",
    "second half": "second half", "latter half": "second half", "latter part": "late",
    "last part": "late", "early part": "early", "first part": "early",
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
        same = _norm(head) == _norm(val) or _norm(val).startswith(_norm(head) + " (")
        out = val if same else f"{head} = {val}"
        if self.deictic and self.published and not self.needs_published:
            out += f" (published {self.published.isoformat()})"
        return out


@dataclass
class _Val:
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


@dataclass
class _Env:
    """What a rule's builder may look at."""

    text: str
    start: int
    end: int
    published: date | None
    signal: str  # lower-cased signal words, "" if none
    prev: str  # lower-cased word just before the span (or before its signal)
    tense_fn: Callable[[], str | None]
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def tense(self) -> str | None:
        if self.signal in ("since",):
            return "past"
        return self.tense_fn()


Builder = Callable[[_Env], "_Val | None"]

# ------------------------------------------------------------------ patterns

_MON_ALT = (r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|january|february|march|april"
            r"|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
            r"|jul|aug|sept?|oct|nov|dec")
_MON = rf"(?P<mon>{_MON_ALT})(?![a-z])"
_WDN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WDA = rf"(?P<wd>{_WDN}|mon|tues?|wed|thur?s?|fri|sat|sun)(?![a-z])\.?"
_DAYN = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2})(?![\d])"
_PART = (r"(?:(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
         r"|second\s+half|latter\s+half|latter\s+part|last\s+part|early\s+part|first\s+part)"
         r"\s+of\s+(?:the\s+)?|(?P<p1>early|mid|late)(?:\s*-\s*|\s+))?")
_QTY = (r"(?P<q>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*½)?|½|" + tp.NUMWORD_RE +
        r"(?:\s+and\s+a\s+half)?(?:\s+hundred)?|\d+\s+and\s+a\s+half|an?\s+couple\s+of"
        r"|an?\s+few|an?\s+dozen|couple\s+of|several|few|many|dozens\s+of|hundreds\s+of"
        r"|half\s+an?|an?\s+half|an?)")
_UNIT = (r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
         r"|years?|yrs?|decades?|centur(?:y|ies)|quarters?|millenni(?:um|a))")
_ADJ = (r"(?:(?:consecutive|straight|successive|full|whole|entire|trading|working|business"
        r"|calendar|more|additional|extra|further|long|short|solid|intervening)\s+)?")
_HEDGE = (r"(?:(?P<hedge>about|around|approximately|roughly|some|nearly|almost|just\s+under"
          r"|just\s+over|close\s+to|more\s+than|over|less\s+than|fewer\s+than|under|up\s+to"
          r"|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
          r"|in\s+excess\s+of|an\s+estimated|barely|only|just|nearly)\s+)?")
_WINDOW = (r"(?:(?P<win>the\s+(?:past|last|next|coming|previous)|past|next|last)\s+)?")

_SIGNAL_RE = re.compile(
    r"\b(?P<sig>as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|not\s+later\s+than"
    r"|no\s+earlier\s+than|not\s+earlier\s+than|not\s+until|not\s+before"
    r"|some\s*time\s+(?:in|on|around|during)|shortly\s+(?:after|before)"
    r"|just\s+(?:after|before)|soon\s+after|at\s+(?:around|about|approximately|roughly)"
    r"|up\s+until|until|till|through|throughout|from|since|by|before|after|around|about"
    r"|approximately|roughly|circa|within|on|in|at|during|over|for|prior\s+to|ahead\s+of"
    r"|starting|beginning|effective)\s+$",
    re.I,
)
_PREV_WORD_RE = re.compile(r"([\w'’]+)[^\w]*$")
_COUNT_NOUNS = set(
    "people persons men women children kids troops soldiers votes voters units cars jobs "
    "homes houses points shares percent per cent km miles metres meters feet tonnes tons "
    "dollars pounds euros cases deaths patients employees workers members seats students "
    "passengers residents acres hectares barrels words pages copies times districts "
    "refugees civilians staff flights aircraft planes vehicles rooms beds calories "
    "customers users households families victims officers firefighters".split()
)
_YEAR_PREPS = set(
    "in since by until till through from before after during of for between to circa "
    "around about throughout early mid late spring summer autumn fall winter fiscal fy "
    "year as into and or than c. ca".split()
)
_YEAR_DETS = set("the its his her their our a an this that whose my your".split())
_CHAIN_YEAR_RE = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})s?\s*(?:,|and|or|to|through|until|till"
                            r"|-|–|&)\s*$")
_CHAIN_MONTH_RE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s*(?:,|and|or|to|through|until|till|-|–)\s*$", re.I)
_MONTH_CONTEXT = set(
    "in since by until till through throughout from before after during of early mid "
    "late last next this to between end start beginning middle for until since "
    "on around about".split()
)


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def _cap(s: str) -> bool:
    return s[:1].isupper()


def _sentence_initial(text: str, pos: int) -> bool:
    return not text[:pos].strip(" \t\"'“‘(—-")


# ------------------------------------------------------------------ resolution helpers


def _v_day(d: date, deictic: bool = False) -> _Val:
    return _Val("DATE", d.isoformat(), tp.day_iv(d), "day", tp.fmt_day(d), deictic=deictic)


def _v_month(y: int, m: int, deictic: bool = False) -> _Val:
    return _Val("DATE", f"{y:04d}-{m:02d}", tp.month_iv(y, m), "month",
                f"{tp.MONTH_NAMES[m]} {y}", deictic=deictic)


def _v_year(y: int, deictic: bool = False) -> _Val:
    return _Val("DATE", f"{y:04d}", tp.year_iv(y), "year", str(y), deictic=deictic)


def _v_week(d: date, deictic: bool = True) -> _Val:
    mon = tp.monday(d)
    wk = tp.iso_week(d)
    return _Val("DATE", wk, tp.week_iv(d), "week",
                f"{tp.fmt_range(mon, mon + timedelta(days=6))} ({wk})", deictic=deictic)


def _v_weekend(d: date, deictic: bool = True) -> _Val:
    iv = tp.weekend_iv(d)
    return _Val("DATE", tp.iso_week(d) + "-WE", iv, "weekend",
                f"weekend of {tp.fmt_range(iv[0].date(), iv[0].date() + _DAY)}",
                deictic=deictic)


def _v_quarter(y: int, q: int, deictic: bool = False) -> _Val:
    a, b = tp.MONTH_ABBR[3 * q - 2], tp.MONTH_ABBR[3 * q]
    return _Val("DATE", f"{y:04d}-Q{q}", tp.quarter_iv(y, q), "quarter", f"Q{q} {y} ({a}–{b})",
                deictic=deictic)


def _v_half(y: int, h: int, deictic: bool = False) -> _Val:
    return _Val("DATE", f"{y:04d}-H{h}", tp.half_iv(y, h), "half",
                f"H{h} {y} ({'Jan–Jun' if h == 1 else 'Jul–Dec'})", deictic=deictic)


def _v_season(y: int, s: str, deictic: bool = False) -> _Val:
    name = tp.SEASON_NAMES[s]
    label = f"{name} {y}–{(y + 1) % 100:02d}" if s == "WI" else f"{name} {y}"
    return _Val("DATE", f"{y:04d}-{s}", tp.season_iv(y, s), "season", label, deictic=deictic)


def _v_decade(start: int, deictic: bool = False) -> _Val:
    return _Val("DATE", str(start // 10), tp.year_iv(start, 10), "decade", f"the {start}s",
                deictic=deictic)


def _v_unknown(timex: str, gran: str, label: str, fields: tuple = (),
               type_: str = "DATE") -> _Val:
    return _Val(type_, timex, None, gran, label, needs_pub=True, fields=fields)


def _pick_year(pub: date, tense: str | None, iv_of: Callable[[int], tuple | None]) -> int:
    """Year of the occurrence a tense points at: most recent started (past),
    first not yet over (future), else the publication year."""
    y = pub.year
    p0 = tp.dt(pub)
    if tense == "past":
        for yy in (y + 1, y, y - 1, y - 2):
            iv = iv_of(yy)
            if iv and iv[0] < p0 + _DAY:
                return yy
    elif tense == "future":
        for yy in (y - 1, y, y + 1, y + 2):
            iv = iv_of(yy)
            if iv and iv[1] > p0:
                return yy
    return y


def _safe_day_iv(y: int, m: int, d: int) -> tuple | None:
    try:
        return tp.day_iv(date(y, m, d))
    except ValueError:
        return None


def _weekday_date(pub: date, wd: int, rel: str, tense: str | None) -> date:
    iso = pub.isoweekday()
    if rel in ("last", "this past", "past", "previous"):
        return pub - timedelta(days=(iso - wd - 1) % 7 + 1)
    if rel in ("next", "this coming", "coming"):
        return pub + timedelta(days=(wd - iso - 1) % 7 + 1)
    if rel == "this" or tense == "present":
        return tp.monday(pub) + timedelta(days=wd - 1)
    if tense == "future":
        return pub + timedelta(days=(wd - iso) % 7)
    return pub - timedelta(days=(iso - wd) % 7)


def _context_ok(env: _Env, extra: set[str] = frozenset()) -> bool:
    """A temporal preposition or determiner right before the span."""
    return env.prev in _MONTH_CONTEXT or env.prev in extra or bool(env.signal)


# ------------------------------------------------------------------ rules
# Each rule: (compiled regex, priority, handler). A handler gets the match and
# returns a Builder (resolution needs the signal and tense, known later) or None.

# A rule runs only when the sentence holds one of its key words ("#" = a digit):
# a set lookup per rule is much cheaper than scanning with every pattern.
_MONTH_KEYS = ("january february march april may june july august september october "
               "november december jan feb mar apr jun jul aug sep sept oct nov dec")
_UNIT_KEYS = ("second seconds sec secs minute minutes min mins hour hours hr hrs day days "
              "week weeks fortnight fortnights month months year years yr yrs decade decades "
              "century centuries quarter quarters millennium millennia")
_KEYS = {
    "_r_mdy": _MONTH_KEYS, "_r_dmy": _MONTH_KEYS, "_r_iso": "#", "_r_slash": "#",
    "_r_month_year": _MONTH_KEYS, "_r_month": _MONTH_KEYS, "_r_year": "#", "_r_decade": "#",
    "_r_century": "century", "_r_quarter": "quarter", "_r_qn": "#",
    "_r_rel_quarter": "quarter", "_r_half": "half #", "_r_season": "spring summer autumn fall "
    "winter", "_r_rel_unit": "week month year decade century", "_r_the_unit": "year month "
    "week", "_r_earlier_later": "earlier later", "_r_dayword": "today yesterday tomorrow "
    "tonight night morning afternoon evening day", "_r_weekday": "monday tuesday wednesday "
    "thursday friday saturday sunday", "_r_weekend": "weekend", "_r_duration": _UNIT_KEYS,
    "_r_window_unit": _UNIT_KEYS, "_r_bare_plural": _UNIT_KEYS, "_r_clock12": "#",
    "_r_clock24": "#", "_r_clock_mil": "#", "_r_noon": "noon midday midnight",
    "_r_oclock": "clock", "_r_vague": "recently lately recent past other now currently "
    "present presently moment nowadays days time being soon future coming ahead term long",
    "_r_set": "every each daily nightly weekly fortnightly monthly quarterly yearly annually "
    "annual hourly biannually biannual biweekly once twice thrice times mondays tuesdays "
    "wednesdays thursdays fridays saturdays sundays weekends",
    "_r_holiday": "christmas new boxing easter good halloween valentine thanksgiving "
    "bonfire guy hogmanay",
}

_Handler = Callable[[re.Match, str], "Builder | None"]
_SPECS: list[tuple[str, int, int, _Handler, frozenset[str]]] = []
_RULES: list[tuple[re.Pattern, int, _Handler, frozenset[str]]] = []


def _rule(pattern: str, prio: int = 5, flags: int = re.I):
    """Register a rule; patterns compile on first use so importing stays cheap."""
    def deco(fn):
        _SPECS.append((pattern, flags, prio, fn, frozenset(_KEYS[fn.__name__].split())))
        return fn
    return deco


def _rules() -> list[tuple[re.Pattern, int, _Handler, frozenset[str]]]:
    if not _RULES:
        _RULES.extend((re.compile(p, f), prio, fn, keys) for p, f, prio, fn, keys in _SPECS)
    return _RULES


def _part_of(m: re.Match) -> str | None:
    gd = m.groupdict()
    p = gd.get("p1") or gd.get("p2")
    return _PART_WORDS.get(re.sub(r"\s+", " ", p.lower())) if p else None


def _month_num(tok: str) -> int:
    return tp.MONTHS[tok.lower().rstrip(".")]


def _year_of_rel(rel: str | None, pub: date | None) -> int | None:
    if pub is None:
        return None
    rel = (rel or "").lower().split()[-1] if rel else ""
    return {"this": pub.year, "current": pub.year, "the": pub.year, "last": pub.year - 1,
            "previous": pub.year - 1, "next": pub.year + 1, "coming": pub.year + 1}.get(
                rel, pub.year)


# --- absolute dates ---------------------------------------------------------

@_rule(rf"\b(?:{_WDA},?\s+)?{_MON}\s*{_DAYN}(?:(?:\s*,\s*|\s+)(?:of\s+)?{_YEAR})?", 1)
def _r_mdy(m: re.Match, text: str) -> Builder | None:
    if not _cap(m.group("mon")):
        return None
    return _abs_date(m, _month_num(m.group("mon")), int(m.group("d")))


@_rule(rf"\b(?:{_WDA},?\s+)?(?:the\s+)?{_DAYN}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?", 1)
def _r_dmy(m: re.Match, text: str) -> Builder | None:
    if not _cap(m.group("mon")) or re.search(r"[\d.,]$", text[:m.start()]):
        return None
    if m.group("mon").lower() in ("may", "march") and not m.group("y") and \
            text[m.end():m.end() + 3].strip()[:2].isalpha() and \
            re.match(r"\s+(?:be|have|not|also|well|still|need|take|make|see|give)\b",
                     text[m.end():], re.I):
        return None  # "10 May be", "3 March on" are rare but "may be" is a verb
    return _abs_date(m, _month_num(m.group("mon")), int(m.group("d")))


_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|and)\s*(?:(?P<mon2>" + _MON_ALT + r")(?![a-z])\.?\s*)?(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:])\s*)?,?\s*(?:of\s+)?"
    r"(?P<y2>1[0-9]{3}|20[0-9]{2})(?!\d)", re.I)


def _range_year(env: _Env, mon: int, day: int = 1) -> int | None:
    """Year of a range written once at its end: 'Nov 18 - Dec 19, 2015', 'May to Oct 2020'."""
    m = _RANGE_TAIL.match(env.text, env.end)
    if not m or not (m.group("mon2") or m.group("d2")):
        return None
    y = int(m.group("y2"))
    mon2 = _month_num(m.group("mon2")) if m.group("mon2") else mon
    d2 = int(m.group("d2")) if m.group("d2") else 31
    return y - 1 if (mon, day) > (mon2, d2) else y


def _abs_date(m: re.Match, mon: int, day: int) -> Builder | None:
    y = int(m.group("y")) if m.group("y") else None
    if y is not None:
        try:
            d = date(y, mon, day)
        except ValueError:
            return None
        return lambda env: _v_day(d)
    if _safe_day_iv(2000, mon, day) is None:  # 2000 is a leap year: rejects 31 June
        return None

    def build(env: _Env) -> _Val:
        ry = _range_year(env, mon, day)
        if ry is not None and _safe_day_iv(ry, mon, day):
            return _v_day(date(ry, mon, day))
        if env.published is None:
            return _v_unknown(f"XXXX-{mon:02d}-{day:02d}", "day",
                              f"{day} {tp.MONTH_NAMES[mon]} (year not stated)",
                              (("month", mon), ("day", day)))
        tense = env.tense if env.signal or env.prev in _MONTH_CONTEXT else None
        yy = _pick_year(env.published, tense, lambda k: _safe_day_iv(k, mon, day))
        if _safe_day_iv(yy, mon, day) is None:  # 29 February: nearest earlier leap year
            yy = next(k for k in range(yy, yy - 8, -1) if _safe_day_iv(k, mon, day))
        return _v_day(date(yy, mon, day))
    return build


@_rule(rf"(?<![\d/.-]){_YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
       r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])", 0)
def _r_iso(m: re.Match, text: str) -> Builder | None:
    try:
        d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("hh"):
        hh, mi = int(m.group("hh")), int(m.group("mi"))
        s = datetime(d.year, d.month, d.day, hh, mi)
        v = _Val("TIME", f"{d.isoformat()}T{hh:02d}:{mi:02d}", (s, s + timedelta(minutes=1)),
                 "minute", f"{tp.fmt_day(d)} {hh:02d}:{mi:02d}",
                 clock=((hh * 60 + mi, hh * 60 + mi + 1),))
        return lambda env: v
    return lambda env: _v_day(d)


@_rule(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])", 1)
def _r_slash(m: re.Match, text: str) -> Builder | None:
    """Numeric dates only when unambiguous: one of the first two numbers > 12."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 >= b:
        dd, mm = a, b
    elif b > 12 >= a:
        dd, mm = b, a
    elif a == b:
        dd = mm = a
    else:
        return None
    try:
        d = date(y, mm, dd)
    except ValueError:
        return None
    return lambda env: _v_day(d)


# --- months, years, decades ---------------------------------------------------

@_rule(rf"\b{_PART}{_MON},?\s+(?:of\s+)?{_YEAR}", 2)
def _r_month_year(m: re.Match, text: str) -> Builder | None:
    if not _cap(m.group("mon")):
        return None
    mon, y = _month_num(m.group("mon")), int(m.group("y"))
    part = _part_of(m)
    return lambda env: _with_part(_v_month(y, mon), part, env)


@_rule(rf"\b{_PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+)?{_MON}"
       r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?", 3)
def _r_month(m: re.Match, text: str) -> Builder | None:
    tok = m.group("mon")
    if not _cap(tok) or len(tok.rstrip(".")) <= 3 and tok.lower() not in ("may",):
        return None  # abbreviations only next to a day or year
    if tok.lower().rstrip(".") in ("jun", "jul", "sept", "sep"):
        return None
    mon = _month_num(tok)
    rel = (m.group("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    yrel = (m.group("yrel") or "").lower()
    part = _part_of(m)
    ambiguous = tok.lower() in tp.AMBIGUOUS_MONTHS
    explicit = bool(rel or yrel or part)

    def build(env: _Env) -> _Val | None:
        if ambiguous and not explicit and not _month_context(env):
            return None
        ry = None if explicit else _range_year(env, mon)
        if ry is not None:
            return _with_part(_v_month(ry, mon), part, env)
        if env.published is None:
            label = f"{tp.MONTH_NAMES[mon]} (year not stated)"
            return _with_part(_v_unknown(f"XXXX-{mon:02d}", "month", label,
                                         (("month", mon),)), part, env)
        pub = env.published
        deictic = bool(rel or yrel)
        if yrel:
            y = pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
        elif rel in ("last", "this past", "past"):
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel in ("next", "this coming", "coming"):
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel == "this":
            y = pub.year
        else:
            tense = env.tense if (env.signal or env.prev in _MONTH_CONTEXT) else None
            y = _pick_year(pub, tense, lambda k: tp.month_iv(k, mon))
        return _with_part(_v_month(y, mon, deictic), part, env)
    return build


def _month_context(env: _Env) -> bool:
    if env.signal or env.prev in _MONTH_CONTEXT:
        return True
    return bool(_CHAIN_MONTH_RE.search(env.text, max(0, env.start - 30), env.start))


@_rule(rf"(?<![\w$£€#.,/-]){_PART}(?:the\s+year\s+)?{_YEAR}(?P<poss>['’]s)?"
       r"(?![\w%°]|[.,]\d|\s*[-–/]\s*\d|:\d)", 4)
def _r_year(m: re.Match, text: str) -> Builder | None:
    y = int(m.group("y"))
    if not 1900 <= y <= 2099 and not m.group("p1") and not m.group("p2"):
        return None
    part = _part_of(m)
    explicit = bool(part or m.group("poss") or "year" in m.group(0).lower())
    after = text[m.end():m.end() + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    nxt_word = nxt.group(1).lower() if nxt else ""
    if nxt_word in _COUNT_NOUNS or re.match(r"\s*(?:per\s*cent|percent)", after, re.I):
        return None

    def build(env: _Env) -> _Val | None:
        if not explicit:
            prev = env.prev
            ok = prev in _YEAR_PREPS and prev not in ("and", "or", "to") or bool(env.signal)
            if prev in ("and", "or", "to", "through", "until") or not prev:
                ok = ok or bool(_CHAIN_YEAR_RE.search(env.text, max(0, env.start - 20),
                                                      env.start))
            if not ok and prev in _YEAR_DETS and nxt_word and after[:1] == " ":
                ok = True  # "the 2020 election", "its 2019 report"
            if not ok and _sentence_initial(env.text, env.start) and re.match(
                    r"\s*(?:,|was|were|is|will|has|had|saw|marked|brought)\b", after):
                ok = True
            if not ok:
                return None
        return _with_part(_v_year(y), part, env)
    return build


@_rule(r"\b(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?(?P<dec>(?:1[0-9]|20)[0-9]0)['’]?s\b"
       r"|(?:\bthe\s+)?(?:(?P<p1b>early|mid|late)[\s-]+)?['’](?P<d2>\d0)s\b", 2)
def _r_decade(m: re.Match, text: str) -> Builder | None:
    part = _PART_WORDS.get((m.group("p1") or m.group("p1b") or "").lower())
    if m.group("dec"):
        start = int(m.group("dec"))

        def build(env: _Env) -> _Val:
            return _with_part(_v_decade(start), part, env)
        return build
    d2 = int(m.group("d2"))

    def build2(env: _Env) -> _Val:
        limit = env.published.year if env.published else 2030
        start = 2000 + d2 if 2000 + d2 <= limit else 1900 + d2
        return _with_part(_v_decade(start), part, env)
    return build2


_CENT = {"twentieth": 20, "twenty-first": 21, "nineteenth": 19, "eighteenth": 18,
         "twenty first": 21}


@_rule(r"\b(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?(?P<c>\d{1,2}(?:st|nd|rd|th)|twentieth"
       r"|twenty[-\s]first|nineteenth|eighteenth)[\s-]+century\b", 2)
def _r_century(m: re.Match, text: str) -> Builder | None:
    c = m.group("c").lower()
    n = int(re.sub(r"\D", "", c)) if c[0].isdigit() else _CENT[c.replace(" ", "-")]
    part = _PART_WORDS.get((m.group("p1") or "").lower())
    start = (n - 1) * 100
    v = _Val("DATE", f"{n - 1:02d}", tp.year_iv(start, 100), "century",
             f"the {m.group('c')} century ({start}–{start + 99})")
    return lambda env: _with_part(v, part, env)


# --- quarters, halves, seasons -------------------------------------------------

_QYEAR = (r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)|(?P<yrel>this|last"
          r"|next|the|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year))?")


@_rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
       r"quarter(?!s)" + _QYEAR, 2)
def _r_quarter(m: re.Match, text: str) -> Builder | None:
    if re.match(r"\s+of\s+(?!this|last|next|the\s+(?:current|previous|year)|fiscal|\d)",
                text[m.end():], re.I):
        return None  # "the fourth quarter of the game"
    ordw = m.group("ord").lower()
    return _quarter_builder(m, ordw)


@_rule(r"\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?:(?P<y>1[0-9]{3}|20[0-9]{2})|['’]?(?P<y2>\d{2})))?"
       r"(?![\w])|\b(?P<y3>20[0-9]{2})\s*[-/]?\s*Q(?P<qn2>[1-4])\b", 2, 0)
def _r_qn(m: re.Match, text: str) -> Builder | None:
    q = int(m.group("qn") or m.group("qn2"))
    ys = m.group("y") or m.group("y3") or (("20" + m.group("y2")) if m.group("y2") else None)
    if ys:
        v = _v_quarter(int(ys), q)
        return lambda env: v
    return _quarter_builder(m, str(q))


def _quarter_builder(m: re.Match, ordw: str) -> Builder:
    gd = m.groupdict()
    ys, yrel = gd.get("y"), re.sub(r"\s+", " ", (gd.get("yrel") or "").lower())
    q = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3,
         "3": 3, "fourth": 4, "4th": 4, "4": 4, "final": 4, "last": 4}[ordw]
    relative_last = ordw == "last" and not ys and not yrel

    def build(env: _Env) -> _Val:
        pub = env.published
        if ys:
            return _v_quarter(int(ys), q)
        if pub is None:
            if relative_last:
                return _v_unknown("XXXX-QX", "quarter", "the last quarter")
            return _v_unknown(f"XXXX-Q{q}", "quarter", f"Q{q} (year not stated)")
        pq = (pub.month - 1) // 3 + 1
        if relative_last:
            y, qq = (pub.year, pq - 1) if pq > 1 else (pub.year - 1, 4)
            return _v_quarter(y, qq, True)
        if yrel:
            return _v_quarter(_year_of_rel(yrel, pub), q, yrel != "the")
        y = _pick_year(pub, env.tense, lambda k: tp.quarter_iv(k, q))
        return _v_quarter(y, q)
    return build


@_rule(r"\b(?:the\s+)?(?P<rel>this|last|next|current|previous|coming|same)\s+quarter(?!s)\b", 3)
def _r_rel_quarter(m: re.Match, text: str) -> Builder | None:
    rel = m.group("rel").lower()
    if rel == "same" or (rel == "previous" and not m.group(0).lower().startswith("the")):
        return None
    k = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]

    def build(env: _Env) -> _Val:
        if env.published is None:
            return _v_unknown("XXXX-QX", "quarter", m.group(0))
        pub = env.published
        n = pub.year * 4 + (pub.month - 1) // 3 + k
        return _v_quarter(n // 4, n % 4 + 1, True)
    return build


@_rule(r"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter)[\s-]+half\s+of\s+(?:(?:fiscal\s+)?"
       r"(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)|(?P<yrel>this|last|next|the|the\s+current"
       r"|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year)|\bH(?P<hn>[12])\s*(?P<y2>20\d\d)\b",
       2)
def _r_half(m: re.Match, text: str) -> Builder | None:
    if m.group("hn"):
        if m.group(0)[0] != "H":
            return None
        v = _v_half(int(m.group("y2")), int(m.group("hn")))
        return lambda env: v
    h = 1 if m.group("h").lower() in ("first", "1st") else 2
    ys, yrel = m.group("y"), re.sub(r"\s+", " ", (m.group("yrel") or "").lower())

    def build(env: _Env) -> _Val:
        if ys:
            return _v_half(int(ys), h)
        if env.published is None:
            return _v_unknown(f"XXXX-H{h}", "half", f"H{h} (year not stated)")
        return _v_half(_year_of_rel(yrel, env.published), h, yrel != "the")
    return build


@_rule(rf"\b{_PART}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|the)\s+)?"
       r"(?P<s>spring|summer|autumn|fall|winter)(?![\w-])(?:\s+(?:of\s+)?(?P<y>1[0-9]{3}|20[0-9]{2})"
       r"(?!\d))?", 3)
def _r_season(m: re.Match, text: str) -> Builder | None:
    s_tok = m.group("s")
    s = tp.SEASONS[s_tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    ys = m.group("y")
    part = _part_of(m)
    after = text[m.end():]
    if not ys and re.match(r"\s+of\s+(?!\d)", after):
        return None  # "the fall of Kabul", "the spring of discontent"
    if _cap(s_tok) and not ys and not _sentence_initial(text, m.start("s")) and \
            m.start("s") == m.start():
        return None  # "Arab Spring", "Summer Olympics"
    if _cap(s_tok) and re.match(r"\s+[A-Z]", after):
        return None
    if s_tok.lower() == "fall" and not (ys or rel in ("this", "last", "next", "this past",
                                                       "this coming") or part):
        if not (rel == "the" and re.search(r"\b(?:in|during|by|until|since|over|through)\s+$",
                                           text[:m.start()], re.I)):
            return None

    def build(env: _Env) -> _Val | None:
        if not (ys or rel or part or env.signal):
            return None
        if ys:
            return _with_part(_v_season(int(ys), s), part, env)
        pub = env.published
        name = tp.SEASON_NAMES[s]
        if pub is None:
            return _with_part(_v_unknown(f"XXXX-{s}", "season", f"{name} (year not stated)"),
                              part, env)
        cy, cs = tp.season_of(pub)
        if rel == "this":
            y = pub.year - 1 if s == "WI" and pub.month <= 2 else pub.year
        elif rel in ("last", "this past", "past"):
            y = next(k for k in (pub.year, pub.year - 1, pub.year - 2)
                     if tp.season_iv(k, s)[1] <= tp.dt(pub) + _DAY and (k, s) != (cy, cs))
        elif rel in ("next", "this coming", "coming"):
            y = next(k for k in (pub.year - 1, pub.year, pub.year + 1)
                     if tp.season_iv(k, s)[0] > tp.dt(pub))
        else:
            y = _pick_year(pub, env.tense, lambda k: tp.season_iv(k, s))
            if s == "WI" and env.tense is None and pub.month <= 2:
                y = pub.year - 1
        return _with_part(_v_season(y, s, bool(rel and rel != "the")), part, env)
    return build


# --- relative to the publication date ------------------------------------------

@_rule(rf"\b{_PART}(?P<rel>this|next|last|the\s+coming|the\s+current|current)\s+"
       r"(?P<u>week|month|year|decade|century)(?![\w-])", 2)
def _r_rel_unit(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("the ", "")
    u = m.group("u").lower()
    part = _part_of(m)
    if re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I) and not part:
        return None  # "the last year" is a window (duration rule)
    k = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}[rel]
    return _rel_unit_builder(u, k, part, m.group(0))


def _rel_unit_builder(u: str, k: int, part: str | None, surface: str) -> Builder:
    def build(env: _Env) -> _Val:
        pub = env.published
        if pub is None:
            x = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX",
                 "century": "XX"}[u]
            return _with_part(_v_unknown(x, u, surface), part, env)
        if u == "week":
            v = _v_week(pub + timedelta(days=7 * k))
        elif u == "month":
            y, mm = tp.add_months(pub.year, pub.month, k)
            v = _v_month(y, mm, True)
        elif u == "year":
            v = _v_year(pub.year + k, True)
        elif u == "decade":
            v = _v_decade((pub.year // 10 + k) * 10, True)
        else:
            c = pub.year // 100 + k
            v = _Val("DATE", f"{c:02d}", tp.year_iv(c * 100, 100), "century",
                     f"{c * 100}–{c * 100 + 99}", deictic=True)
        return _with_part(v, part, env)
    return build


@_rule(r"\b(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
       r"|second\s+half)\s+of\s+the\s+(?P<u>year|month|week)\b(?!\s+(?:of|before|after|in)\b)",
       3)
def _r_the_unit(m: re.Match, text: str) -> Builder | None:
    part = _part_of(m)
    return _rel_unit_builder(m.group("u").lower(), 0, part, m.group(0))


@_rule(r"\b(?P<el>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year)\b", 2)
def _r_earlier_later(m: re.Match, text: str) -> Builder | None:
    el, u = m.group("el").lower(), m.group("u").lower()

    def build(env: _Env) -> _Val:
        pub = env.published
        if pub is None:
            v = _rel_unit_builder(u, 0, None, m.group(0))(env)
            v.value = m.group(0)
            return v
        base = _rel_unit_builder(u, 0, None, m.group(0))(env)
        lo, hi = base.interval
        p = tp.dt(pub)
        iv = (lo, max(p, lo + _DAY)) if el == "earlier" else (min(p + _DAY, hi - _DAY), hi)
        base.interval = iv
        base.value = f"{el} in {base.value} ({tp.fmt_interval(*iv)})"
        base.part = el
        return base
    return build


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@_rule(r"\b(?:(?P<el>earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?P<poss>['’]s)?"
       r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
       r"|\b(?P<w2>last|this)\s+(?P<pod2>night|morning|afternoon|evening)\b"
       r"|\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b", 2)
def _r_dayword(m: re.Match, text: str) -> Builder | None:
    if m.group("ba"):
        k, pod = (-2 if m.group("ba").lower().startswith("before") else 2), None
    elif m.group("w2"):
        w2 = m.group("w2").lower()
        pod = m.group("pod2").lower()
        if w2 == "last" and pod != "night":
            return None  # "last morning" is not English news; avoid odd matches
        k = -1 if w2 == "last" else 0
    else:
        w = m.group("w")
        if _cap(w) and not _sentence_initial(text, m.start()):
            return None  # "USA Today", "the Today programme"
        k = _DAYWORDS[w.lower()]
        pod = (m.group("pod") or "").lower() or ("night" if w.lower() == "tonight" else None)
    surface = m.group(0)

    def build(env: _Env) -> _Val:
        if env.published is None:
            x = "XXXX-XX-XX" + (f"T{tp.PARTS_OF_DAY[pod][0]}" if pod else "")
            return _v_unknown(x, "partofday" if pod else "day", surface)
        d = env.published + timedelta(days=k)
        return _pod(_v_day(d, True), pod) if pod else _v_day(d, True)
    return build


def _pod(v: _Val, pod: str) -> _Val:
    code, h0, h1 = tp.PARTS_OF_DAY[pod]
    s = v.interval[0]
    v.interval = (s + timedelta(hours=h0), s + timedelta(hours=h1))
    v.timex = f"{v.timex}T{code}"
    v.gran = "partofday"
    v.value = f"{v.value}, {tp.POD_NAMES[code]}"
    return v


@_rule(rf"\b{_PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past|previous)\s+)?"
       rf"(?P<wd>{_WDN})(?![a-z])(?P<poss>['’]s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?",
       3)
def _r_weekday(m: re.Match, text: str) -> Builder | None:
    tok = m.group("wd")
    if not _cap(tok):
        return None
    pw = _prev_word(text, m.start())
    if pw in tp.NAMED_DAY_WORDS and text[:m.start()].rstrip()[-len(pw):][:1].isupper():
        return None  # "Black Friday", "Super Tuesday"
    wd = tp.WEEKDAYS[tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel == "previous":
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I):
            return None  # "the previous Monday" counts from another event
        rel = "last"
    pod = (m.group("pod") or "").lower() or None
    part = _part_of(m)
    surface = m.group(0)

    def build(env: _Env) -> _Val:
        if env.published is None:
            code = f"T{tp.PARTS_OF_DAY[pod][0]}" if pod else ""
            label = tp.WEEKDAY_NAMES[wd] + (f" {pod}" if pod else "")
            return _with_part(_v_unknown(f"XXXX-WXX-{wd}{code}", "partofday" if pod else "day",
                                         surface if rel else label,
                                         () if rel else (("weekday", wd),)), part, env)
        tense = env.tense
        if tense == "present" and not re.search(r"\b(?:is|are)\s+(?:on\s+)?$",
                                                env.text[max(0, env.start - 12):env.start]):
            tense = None  # only a copula right before makes "present" mean "this week"
        if tense is None and env.signal in ("until", "till", "by", "up until", "no later than"):
            tense = "future"  # a deadline without a verb tense is usually ahead
        d = _weekday_date(env.published, wd, rel, tense)
        v = _v_day(d, bool(rel))
        return _with_part(_pod(v, pod) if pod else v, part, env)
    return build


@_rule(rf"\b{_PART}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past|the)\s+)?"
       r"weekend(?P<poss>['’]s)?(?!s)\b", 3)
def _r_weekend(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    part = _part_of(m)
    if not rel and not part:
        return None
    surface = m.group(0)

    def build(env: _Env) -> _Val:
        pub = env.published
        if pub is None:
            return _with_part(_v_unknown("XXXX-WXX-WE", "weekend", surface), part, env)
        if rel == "this":
            d = pub
        elif rel in ("last", "this past", "past"):
            d = pub - timedelta(days=7) if pub.isoweekday() < 6 or rel == "last" else pub
            if rel == "last" and pub.isoweekday() < 6:
                d = pub - timedelta(days=7)
        elif rel in ("next",):
            d = pub + timedelta(days=7)
        elif rel in ("coming", "this coming"):
            d = pub
        else:  # "the weekend": tense decides which one
            tense = env.tense
            if tense == "future" or tense == "present":
                d = pub
            else:
                d = pub if pub.isoweekday() >= 6 else pub - timedelta(days=7)
        return _with_part(_v_weekend(d), part, env)
    return build


# --- durations, "ago", windows ----------------------------------------------------

@_rule(rf"\b{_WINDOW}{_HEDGE}{_QTY}(?:\s*(?:-|–|to|or|and)\s*(?P<q2>\d+(?:\.\d+)?|{tp.NUMWORD_RE}))?"
       rf"(?:\s+|\s*-\s*){_ADJ}{_UNIT}(?![\w])(?P<apos>['’]s?)?(?P<half>\s+and\s+a\s+half)?"
       r"(?P<ago>\s+ago\b|\s+from\s+now\b|\s+hence\b)?", 4)
def _r_duration(m: re.Match, text: str) -> Builder | None:
    q_text = m.group("q").lower()
    unit_tok = m.group("u").lower()
    unit = _UNIT_ALIASES.get(unit_tok, unit_tok.rstrip("s") if unit_tok not in
                             ("centuries",) else "century")
    if unit_tok in ("hours", "days", "years", "weeks", "months", "minutes", "seconds",
                    "decades", "quarters", "fortnights"):
        unit = unit_tok[:-1]
    unit = _UNIT_ALIASES.get(unit, unit)
    plural = unit_tok.endswith("s") or unit_tok in ("centuries", "millennia")
    after = text[m.end():m.end() + 20]
    if re.match(r"[\s-]*(?:old|olds)\b|\s+of\s+age\b", after, re.I):
        return None  # ages: "a 50-year-old", "two years old"
    before = text[max(0, m.start() - 8):m.start()].lower()
    if re.search(r"light[\s-]*$", before):
        return None
    if unit == "quarter" and (not plural or re.match(r"\s+of\b", after) and not re.search(
            r"consecutive|straight|successive", m.group(0), re.I)):
        return None  # "three quarters of the vote", "a quarter"
    if unit == "second" and not plural:
        return None  # "a second time" is an ordinal
    win = re.sub(r"\s+", " ", (m.group("win") or "").lower())
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").lower())
    ago = (m.group("ago") or "").strip().lower()
    if win and ago:
        return None
    if win in ("past", "next", "last") and not m.group(0).lower().startswith("the"):
        return None  # "last two years" without "the" is unusual; leave to other rules
    q_lo, q_hi, vague = _quantity(q_text, m.group("q2"), bool(m.group("half")), plural)
    if q_lo is None:
        return None
    if q_text in ("a", "an") and not ago and not win and not hedge and not m.group("half"):
        prev = text[max(0, m.start() - 25):m.start()]
        hyphen = "-" in m.group(0)
        tied = re.match(r"\s+(?:earlier|later|before|after|ago|and\s+a\s+half|or\s+(?:two|so|more"
                        r"|less|longer)|long|from\s+now)\b|-long\b", after, re.I)
        led = re.search(r"\b(?:for|in|within|over|after|about|around|nearly|almost|than|just"
                        r"|only|half|take|takes|took|taking|taken|spent|spend|spends|lasted|last"
                        r"|lasts|lasting|least)\s+$", prev, re.I)
        if not (hyphen or tied or led):
            return None  # "not a day anybody can be prepared for", "$41m a year"
    if q_text == "one" and unit == "day" and (_sentence_initial(text, m.start()) or
                                             after.startswith(",")):
        return None  # "One day, ..." is not a duration
    surface = m.group(0)

    def build(env: _Env) -> _Val | None:
        if ago:
            return _ago(env, unit, q_lo, q_hi, vague, hedge, ago, surface)
        if (env.signal == "in" and env.tense == "future" and not win and not vague and
                not hedge and unit in ("day", "week", "fortnight", "month", "year", "decade")):
            return _ago(env, unit, q_lo, q_hi, vague, hedge, "from now", surface)
        return _duration(env, unit, q_lo, q_hi, vague, hedge, win, surface)
    return build


def _quantity(q: str, q2: str | None, half: bool, plural: bool
              ) -> tuple[float | None, float | None, bool]:
    """Count of units as (low, high, vague)."""
    q = re.sub(r"\s+", " ", q)
    if q in ("several", "few", "many", "dozens of", "hundreds of", "a few", "an few",
             "a couple of", "an couple of", "couple of"):
        lo, hi = tp.VAGUE_COUNTS.get(q.replace("an ", "a "), (2.0, None))
        return lo, hi, True
    if q in ("half a", "half an", "a half", "an half"):
        n = 0.5
    elif q in ("a dozen", "an dozen"):
        n = 12.0
    else:
        n = tp.word_number(q)
    if n is None:
        return None, None, False
    if half:
        n += 0.5
    if q2:
        n2 = tp.word_number(q2)
        if n2 is None or n2 <= n:
            return None, None, False
        return n, n2, False
    if n == 1 and plural and q in ("a", "an", "one"):
        return None, None, False
    return n, n, False


def _amount(unit: str, lo: float, hi: float | None, hedge: str) -> tuple[float, float | None]:
    s_lo, s_hi = _UNITS[unit][2:4]
    a = lo * s_lo
    b = None if hi is None else hi * s_hi
    if hedge in ("about", "around", "approximately", "roughly", "some", "an estimated",
                 "close to"):
        return a * 0.9, None if b is None else b * 1.1
    if hedge in ("nearly", "almost", "just under", "barely"):
        return a * 0.85, b
    if hedge in ("more than", "over", "just over", "in excess of", "upwards of"):
        return a * (1 + 1e-9), None
    if hedge in ("at least", "no less than"):
        return a, None
    if hedge in ("less than", "fewer than", "under"):
        return 0.0, None if b is None else b * (1 - 1e-9)
    if hedge in ("up to", "at most", "no more than"):
        return 0.0, b
    return a, b


def _dur_timex(unit: str, n: float | None) -> str:
    code, in_time, _, _, mult = _UNITS[unit]
    if n is None:
        return f"PT{'X'}{code}" if in_time else f"PX{code}"
    n = n * mult
    if unit == "day" and not float(n).is_integer() and float(n * 24).is_integer():
        return f"PT{tp.fmt_num(n * 24)}H"
    if unit == "hour" and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{tp.fmt_num(n * 60)}M"
    if unit == "minute" and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{tp.fmt_num(n * 60)}S"
    return f"PT{tp.fmt_num(n)}{code}" if in_time else f"P{tp.fmt_num(n)}{code}"


def _unit_label(unit: str, lo: float, hi: float | None, vague: bool) -> str:
    if unit == "fortnight":
        unit, lo, hi = "week", lo * 2, None if hi is None else hi * 2
    if vague:
        if hi is None:
            return f"an unstated number of {unit}s"
        return f"{tp.fmt_num(lo)}–{tp.fmt_num(hi)} {unit}s"
    if hi is not None and hi != lo:
        return f"{tp.fmt_num(lo)}–{tp.fmt_num(hi)} {unit}s"
    return f"{tp.fmt_num(lo)} {unit}{'' if lo == 1 else 's'}"


_HEDGE_LABEL = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "close to": "about", "nearly": "nearly",
    "almost": "nearly", "just under": "nearly", "barely": "nearly",
    "more than": "more than", "over": "more than", "just over": "more than",
    "in excess of": "more than", "upwards of": "more than", "at least": "at least",
    "no less than": "at least", "less than": "less than", "fewer than": "less than",
    "under": "less than", "up to": "up to", "at most": "up to", "no more than": "up to",
}


def _duration(env: _Env, unit: str, lo: float, hi: float | None, vague: bool, hedge: str,
              win: str, surface: str) -> _Val:
    amount = _amount(unit, lo, hi, hedge)
    label = _unit_label(unit, lo, hi, vague)
    if unit in ("day", "hour") and not vague and hi == lo and not float(lo).is_integer():
        label = f"{label} = {_dur_timex(unit, lo)[2:].lower().replace('h', ' hours')}"
    if hedge in _HEDGE_LABEL:
        label = f"{_HEDGE_LABEL[hedge]} {label}"
    mod = None
    if env.signal == "within":
        amount = (0.0, amount[1])
        label = f"up to {label}"
        mod = "within"
    v = _Val("DURATION", _dur_timex(unit, None if vague or hi != lo else lo), None, unit,
             label, amount=amount, mod=mod)
    if win:
        pub = env.published
        if pub is not None and not vague and hi == lo and lo * _UNITS[unit][4] >= 1:
            n = lo * _UNITS[unit][4]
            p = tp.dt(pub)
            if "next" in win or "coming" in win:
                iv = (p, _shift(p, unit, n))
            else:
                iv = (_shift(p + _DAY, unit, -n), p + _DAY)
            v.interval = iv
            v.value = f"{label} ({tp.fmt_interval(*iv)})"
            v.deictic = True
        elif pub is None:
            v.value = label
        w = "next" if ("next" in win or "coming" in win) else "past"
        v.part = w
    return v


def _shift(p: datetime, unit: str, n: float) -> datetime:
    mult = _UNITS[unit][4]
    if unit in ("month", "year", "decade", "century", "millennium", "quarter"):
        months = n * {"month": 1, "quarter": 3}.get(unit, 12)
        if unit in ("decade", "century", "millennium"):
            months = n * 12  # n already multiplied by mult
        whole = int(months)
        y, m = tp.add_months(p.year, p.month, whole)
        day = min(p.day, 28)
        return datetime(y, m, day) + timedelta(days=30.44 * (months - whole))
    del mult
    return p + timedelta(seconds=_UNITS[unit][2] * n)


def _ago(env: _Env, unit: str, lo: float, hi: float | None, vague: bool, hedge: str,
         ago: str, surface: str) -> _Val | None:
    """'four years ago' = the year four years before publication (granularity of the unit)."""
    if vague or hi != lo:
        return _Val("DATE", "PAST_REF" if ago == "ago" else "FUTURE_REF", None, "year",
                    "some time ago" if ago == "ago" else "some time from now")
    sign = -1 if ago == "ago" else 1
    n = lo * _UNITS[unit][4]
    mod = None
    if hedge in ("about", "around", "approximately", "roughly", "some", "nearly", "almost",
                 "an estimated", "close to", "just under", "barely"):
        mod = "around"
    elif hedge in ("more than", "over", "just over", "at least", "upwards of"):
        mod = "before" if sign < 0 else "after"
    elif hedge in ("less than", "under", "up to", "at most"):
        mod = "after" if sign < 0 else "before"
    if unit in ("decade", "century") and mod is None:
        mod = "around"  # "two decades ago" is a round figure
    pub = env.published
    if pub is None:
        x = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
        v = _v_unknown(x, unit if unit in ("day", "week", "month") else "year", surface)
        v.mod = mod
        return v
    if unit in ("second", "minute", "hour"):
        p = tp.dt(pub)
        v = _Val("DATE", pub.isoformat(), (p, p + _DAY), "day", tp.fmt_day(pub), deictic=True)
    elif unit == "day":
        v = _v_day(pub + timedelta(days=sign * n), True) if float(n).is_integer() else None
    elif unit in ("week", "fortnight"):
        v = _v_week(pub + timedelta(days=sign * 7 * n)) if float(n).is_integer() else None
    elif unit == "month":
        if not float(n).is_integer():
            return None
        y, mm = tp.add_months(pub.year, pub.month, int(sign * n))
        v = _v_month(y, mm, True)
    elif unit == "quarter":
        k = pub.year * 4 + (pub.month - 1) // 3 + int(sign * n)
        v = _v_quarter(k // 4, k % 4 + 1, True)
    else:
        if not float(n).is_integer():
            return None
        v = _v_year(pub.year + int(sign * n), True)
    if v is None:
        return None
    v.mod = mod
    return v


@_rule(r"\b(?P<win>the\s+(?:past|last|next|coming))\s+(?P<u>week|month|year|decade|century"
       r"|quarter|fortnight|day|hour)\b(?!['’]s)", 4)
def _r_window_unit(m: re.Match, text: str) -> Builder | None:
    """'the past year', 'over the last decade': a window of one unit ending now."""
    if re.match(r"\s+(?:of|or)\b", text[m.end():], re.I):
        return None
    u = m.group("u").lower()
    win = re.sub(r"\s+", " ", m.group("win").lower())
    return lambda env: _duration(env, u, 1, 1, False, "", win, m.group(0))


@_rule(r"\b(?P<pre>within|for|over|in|after|over\s+the)\s+(?P<u>seconds|minutes|hours|days|weeks"
       r"|months|years|decades)\b|\b(?P<u2>days|weeks|months|years|decades)-long\b", 5)
def _r_bare_plural(m: re.Match, text: str) -> Builder | None:
    """'within days', 'for years', 'decades-long': durations with no number stated (PXD)."""
    if m.group("u2"):
        u2 = m.group("u2").lower()[:-1]
        return (lambda env: _duration(env, u2, 2.0, None, True, "", "", m.group(0)),
                (m.start(), m.end()))
    if re.match(r"\s+(?:of|to|ago|before|after|later|earlier|old)\b", text[m.end():], re.I):
        return None
    pre = m.group("pre").lower()
    if pre.startswith("over ") and m.group("u").lower() not in ("years", "decades"):
        return None
    u = m.group("u").lower()[:-1]
    s = m.start("u") if " " not in pre else m.start("pre") + 5
    e = m.end("u")

    def build(env: _Env) -> _Val:
        return _duration(env, u, 2.0, None, True, "", "", m.group("u"))
    return build, (s, e)


# --- clock times -------------------------------------------------------------------

_TZ_RE = (r"(?:\s*(?P<tz>UTC|GMT|BST|CEST|CET|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
          r"|AEST|AEDT|JST|HKT|SGT|MSK|WIB|IST|Z|local\s+time)(?![\w])"
          r"(?:\s*(?P<off>[+-]\s*\d{1,2})(?::?(?P<offm>\d\d))?)?"
          r"|\s*\((?P<tz2>GMT|UTC)\s*(?P<off2>[+-]\s*\d{1,2})(?::?\d\d)?\))?")


@_rule(r"(?<![\w.,:/])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)"
       + _TZ_RE, 1)
def _r_clock12(m: re.Match, text: str) -> Builder | None:
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    if m.group("ap").lower() == "p" and h != 12:
        h += 12
    elif m.group("ap").lower() == "a" and h == 12:
        h = 0
    return _clock_builder(((h, mi),), m)


@_rule(r"(?<![\w.,:/$£€])(?P<h>[01]?\d|2[0-3])[:h](?P<mi>[0-5]\d)(?![\d:]|\.\d|\s*%)"
       r"(?:\s*(?P<hrs>hrs|hours|h)\b)?" + _TZ_RE, 2)
def _r_clock24(m: re.Match, text: str) -> Builder | None:
    hs = m.group("h")
    h, mi = int(hs), int(m.group("mi"))
    if ":" not in m.group(0) and not m.group("tz"):
        return None
    if h <= 12 and len(hs) == 1 and not m.group("hrs") and not m.group("tz"):
        cands = ((h % 12, mi), (h % 12 + 12, mi))  # "3:45" may be morning or afternoon
    else:
        cands = ((h, mi),)
    return _clock_builder(cands, m)


@_rule(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs\b|hours\b|h\b)?" + _TZ_RE, 3, 0)
def _r_clock_mil(m: re.Match, text: str) -> Builder | None:
    if not (m.group("tz") or m.group("tz2")) or (m.group("tz") or "") in ("local time", "Z"):
        return None  # "1545 GMT" only with a zone: bare four digits are years or counts
    return _clock_builder(((int(m.group("h")), int(m.group("mi"))),), m)


@_rule(r"\b(?P<w>noon|midday|midnight)\b" + _TZ_RE, 2)
def _r_noon(m: re.Match, text: str) -> Builder | None:
    w = m.group("w").lower()
    return _clock_builder(((0, 0),) if w == "midnight" else ((12, 0),), m)


@_rule(rf"\b(?P<h>{tp.NUMWORD_RE}|1[0-2]|0?[1-9])\s+o['’]clock\b", 2)
def _r_oclock(m: re.Match, text: str) -> Builder | None:
    h = tp.word_number(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    h = int(h) % 12
    return _clock_builder(((h, 0), (h + 12, 0)), m)


def _clock_builder(cands: tuple[tuple[int, int], ...], m: re.Match) -> Builder:
    gd = m.groupdict()
    tz_tok = gd.get("tz") or gd.get("tz2")
    tz: int | None = None
    tz_label = ""
    if tz_tok:
        if tz_tok not in ("local time",) and not tz_tok.isupper():
            return None
        tz = _TZ.get(tz_tok)
        off = gd.get("off") or gd.get("off2")
        if off and tz is not None:
            tz += int(off.replace(" ", "")) * 60 + (int(gd.get("offm") or 0) *
                                                     (1 if "-" not in off else -1))
        tz_label = " " + re.sub(r"\s+", "", m.group(0)[m.start("tz" if gd.get("tz") else "tz2")
                                                      - m.start():]).strip("()")
        if tz_tok == "local time":
            tz_label = " local time"
    clock = tuple((h * 60 + mi, h * 60 + mi + 1) for h, mi in cands)
    label = " or ".join(f"{h:02d}:{mi:02d}" for h, mi in cands) + tz_label
    if len(cands) == 1:
        h, mi = cands[0]
        timex = f"T{h:02d}:{mi:02d}"
    else:
        h, mi = cands[0]
        timex = f"T{h:02d}:{mi:02d}"
    if tz == 0:
        timex += "Z"
    elif tz is not None:
        timex += f"{'+' if tz >= 0 else '-'}{abs(tz) // 60:02d}:{abs(tz) % 60:02d}"
    gran = "minute" if any(mi for _, mi in cands) else "hour"

    def build(env: _Env) -> _Val:
        return _Val("TIME", timex, None, gran, label, clock=clock, tz=tz)
    return build


# --- vague references, sets, holidays ------------------------------------------------

@_rule(r"\b(?:(?P<past>recently|lately|in\s+recent\s+(?:days|weeks|months|years|decades|times)"
       r"|in\s+the\s+recent\s+past|the\s+other\s+day|in\s+the\s+past(?=\s*[,.;]|\s+(?:and|but|"
       r"when|,)|$))"
       r"|(?P<present>right\s+now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days"
       r"|for\s+the\s+time\s+being|(?<![-\w])now(?![-\w]))"
       r"|(?P<future>soon(?![-\w]|\s+(?:after|afterwards|before|thereafter))"
       r"|(?:in|for|over)\s+the\s+(?:long|short|medium|near)\s+term|in\s+the\s+(?:near\s+|"
       r"not[\s-]too[\s-]distant\s+)?future|in\s+the\s+coming\s+(?:days|weeks|months|years"
       r"|decades)|in\s+the\s+(?:days|weeks|months|years)\s+ahead|in\s+the\s+near\s+term"
       r"|before\s+long))\b", 6)
def _r_vague(m: re.Match, text: str) -> Builder | None:
    if m.group("future") and re.search(r"\bas\s+$", text[max(0, m.start() - 4):m.start()]):
        return None  # "as soon as"
    ref = "PAST_REF" if m.group("past") else "PRESENT_REF" if m.group("present") else \
        "FUTURE_REF"
    label = {"PAST_REF": "the past (unspecified)", "PRESENT_REF": "the present",
             "FUTURE_REF": "the future (unspecified)"}[ref]
    return lambda env: _Val("DATE", ref, None, "day" if ref == "PRESENT_REF" else "year",
                            label)


_SET_UNITS = {
    "second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D",
    "week": "P1W", "fortnight": "P2W", "month": "P1M", "quarter": "P3M", "year": "P1Y",
    "decade": "P10Y", "morning": "TMO", "afternoon": "TAF", "evening": "TEV",
}
_SET_ADV = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H",
    "biannually": "P6M", "biannual": "P6M", "biweekly": "P2W",
}


@_rule(rf"\b(?:(?P<every>every|each)\s+(?:single\s+)?(?P<other>other\s+)?"
       rf"(?:(?P<n>\d+|{tp.NUMWORD_RE})\s+)?(?P<u>second|minute|hour|day|night|week|fortnight"
       rf"|month|quarter|year|decade|morning|afternoon|evening|weekend|{_WDN})s?"
       r"|(?P<adv>daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|annual"
       r"|hourly|biannually|biannual|biweekly)"
       rf"|(?P<freq>once|twice|thrice|(?:\d+|{tp.NUMWORD_RE})\s+times)\s+(?:a|an|per|every|each)"
       r"\s+(?P<u2>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)"
       rf"|(?:on\s+)?(?P<wds>(?:{_WDN})s)|(?P<wkends>at\s+weekends|on\s+weekends))\b", 3)
def _r_set(m: re.Match, text: str) -> Builder | None:
    if m.group("adv"):
        if not m.group("adv")[0].islower():
            return None  # "Daily Mail", "Weekly Standard"
        timex, label = _SET_ADV[m.group("adv").lower()], m.group("adv").lower()
        freq = None
    elif m.group("freq"):
        fq = m.group("freq").lower()
        n = {"once": 1, "twice": 2, "thrice": 3}.get(fq) or tp.word_number(fq.split()[0])
        u = m.group("u2").lower()
        timex, freq = _SET_UNITS[u], f"{tp.fmt_num(n)}X"
        label = f"{tp.fmt_num(n)} times per {u}"
    elif m.group("wds"):
        w = m.group("wds")
        if not _cap(w):
            return None
        wd = tp.WEEKDAYS[w[:-1].lower()]
        timex, freq, label = f"XXXX-WXX-{wd}", None, f"every {tp.WEEKDAY_NAMES[wd]}"
    elif m.group("wkends"):
        timex, freq, label = "XXXX-WXX-WE", None, "every weekend"
    else:
        u = m.group("u").lower()
        n = tp.word_number(m.group("n")) if m.group("n") else 1
        if m.group("other"):
            n = 2
        if u == "weekend":
            timex, label = "XXXX-WXX-WE", "every weekend"
        elif u in tp.WEEKDAYS:
            if not _cap(m.group("u")):
                return None
            wd = tp.WEEKDAYS[u]
            timex, label = f"XXXX-WXX-{wd}", f"every {tp.WEEKDAY_NAMES[wd]}"
        else:
            base = _SET_UNITS[u]
            if n != 1 and base.startswith("P"):
                num = re.sub(r"\D", "", base)
                timex = base.replace(num, tp.fmt_num(int(num) * n))
            else:
                timex = base
            label = f"every {u}" if n == 1 else f"every {tp.fmt_num(n)} {u}s"
        freq = None
    tx = timex

    def build(env: _Env) -> _Val:
        v = _Val("SET", tx, None, "day", label)
        v.fields = (("freq", int(freq[:-1]) if freq and freq[:-1].isdigit() else 1),)
        return v
    return build


_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14), "bonfire night": (11, 5),
    "guy fawkes night": (11, 5), "hogmanay": (12, 31),
}


@_rule(r"\b(?P<h>Christmas\s+(?:Day|Eve)|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day"
       r"|Easter\s+(?:Sunday|Monday)|Easter|Good\s+Friday|Halloween|Valentine['’]s\s+Day"
       r"|Thanksgiving(?:\s+Day)?|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hogmanay)"
       r"(?:\s+(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d))?\b", 2, 0)
def _r_holiday(m: re.Match, text: str) -> Builder | None:
    name = re.sub(r"\s+", " ", m.group("h").replace("’", "'")).lower()
    ys = m.group("y")
    bare = name in ("christmas", "easter", "thanksgiving")
    after = text[m.end():]

    def day_of(y: int) -> date:
        if name.startswith("easter") or name == "good friday":
            e = tp.easter(y)
            return e + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
        if name.startswith("thanksgiving"):
            return tp.nth_weekday(y, 11, 4, 4)
        mm, dd = _HOLIDAYS[name]
        return date(y, mm, dd)

    def build(env: _Env) -> _Val | None:
        if bare and not ys and not (env.signal or env.prev in ("this", "last", "next")):
            return None  # "Christmas shopping", "Easter eggs"
        if bare and not ys and re.match(r"\s+[a-z]", after) and not env.signal:
            return None
        if ys:
            v = _v_day(day_of(int(ys)))
        elif env.published is None:
            return _v_unknown("XXXX-XX-XX", "day", f"{m.group('h')} (year not stated)")
        else:
            pub = env.published
            rel = env.prev if env.prev in ("this", "last", "next") else None
            tense = {"last": "past", "next": "future"}.get(rel or "", env.tense)
            y = _pick_year(pub, tense, lambda k: tp.day_iv(day_of(k)))
            v = _v_day(day_of(y))
        v.value = f"{m.group('h')} = {v.value}"
        return v
    return build


# ------------------------------------------------------------------ parts


def _with_part(v: _Val, part: str | None, env: _Env) -> _Val:
    """Narrow a period to 'early', 'end of', 'rest of' …; halves of a year become H1/H2."""
    if not part:
        return v
    v.part = part
    if v.interval is None:
        v.value = f"{part} {v.value}" if part != "mid" else f"mid-{v.value}"
        return v
    if part in ("first half", "second half") and v.gran == "year":
        h = _v_half(int(v.timex), 1 if part == "first half" else 2, v.deictic)
        h.part = None
        return h
    if part == "rest of":
        if env.published is None:
            v.needs_pub = True
            v.interval = None
            v.value = f"rest of {v.value}"
            return v
        lo, hi = v.interval
        p = tp.dt(env.published)
        v.interval = (max(lo, min(p, hi - _DAY)), hi)
        v.value = f"rest of {v.value} ({tp.fmt_interval(*v.interval)})"
        v.deictic = True
        return v
    v.interval = tp.narrow(v.interval, part)
    if v.gran == "decade" and part in ("early", "mid", "late"):
        v.value = v.value.replace("the ", f"the {part}{'-' if part == 'mid' else ' '}", 1)
    else:
        v.value = f"mid-{v.value}" if part == "mid" else f"{part} {v.value}"
    return v


# ------------------------------------------------------------------ finding

_WORD_RE = re.compile(r"[a-z]+")
_ALL_KEYS = frozenset(w for v in _KEYS.values() for w in v.split())


def find_times(text: str, published: date | None) -> list[TimeMention]:
    """Time expressions of one sentence, non-overlapping and sorted by start."""
    words = set(_WORD_RE.findall(text.lower()))
    if any(c.isdigit() for c in text):
        words.add("#")
    if not words & _ALL_KEYS:
        return []
    cands = []
    for rx, prio, handler, keys in _rules():
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
            while e > s and text[e - 1] in " ,":
                e -= 1
            cands.append((s, e, prio, builder))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, Builder]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c[0])

    cues: list | None = None

    def tense_for(s: int, e: int) -> Callable[[], str | None]:
        def get() -> str | None:
            nonlocal cues
            if cues is None:
                cues = tp.tense_cues(text)
            return tp.tense_at(text, cues, s, e)
        return get

    out: list[TimeMention] = []
    prev_end = 0
    spans = [(c[0], c[1]) for c in taken]
    for s, e, _prio, builder in taken:
        sm = _SIGNAL_RE.search(text, max(prev_end, s - 30), s)
        signal = re.sub(r"\s+", " ", sm.group("sig")) if sm else ""
        prev = _prev_word(text, sm.start() if sm else s)
        if sm:
            prev = signal.split()[-1].lower()
        env = _Env(text, s, e, published, signal.lower(), prev, tense_for(s, e), spans)
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
        out.append(TimeMention(
            start=s, end=e, text=text[s:e], type=v.type, timex=v.timex, interval=v.interval,
            granularity=v.gran, modifier=mod or v.part, needs_published=v.needs_pub,
            published=published, part=v.part, signal=signal, value=v.value,
            tense=env.tense_fn() if v.deictic or v.needs_pub else None, deictic=v.deictic,
            fields=v.fields, clock=v.clock, tz=v.tz, amount=v.amount,
        ))
        prev_end = e
    return _attach_days(text, _merge_durations(text, out))


_UNIT_ORDER = ("millennium", "century", "decade", "year", "quarter", "month", "fortnight",
               "week", "day", "hour", "minute", "second")
_HEDGED = ("about", "nearly", "more than", "at least", "less than", "up to")
_JOIN_RE = re.compile(r"\s*,?\s*(?:and\s+)?")


def _merge_durations(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'2 hours 30 minutes', 'two years and three months': one duration, summed."""
    out: list[TimeMention] = []
    for m in ms:
        p = out[-1] if out else None
        if (p is not None and p.type == m.type == "DURATION" and p.amount and m.amount and
                p.part is None and m.part is None and m.signal == "" and
                m.amount[1] is not None and not m.value.startswith(_HEDGED) and
                "X" not in p.timex + m.timex and m.start > p.end and
                _JOIN_RE.fullmatch(text, p.end, m.start) and
                _UNIT_ORDER.index(p.granularity) < _UNIT_ORDER.index(m.granularity)):
            lo = p.amount[0] + m.amount[0]
            hi = None if p.amount[1] is None else p.amount[1] + m.amount[1]
            out[-1] = _replace(p, end=m.end, text=text[p.start:m.end], timex=_join_timex(
                p.timex, m.timex), granularity=m.granularity, amount=(lo, hi),
                value=f"{p.value} {m.value}")
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


_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*|\s+on\s+|\s+of\s+)?$", re.I)
_DAY_THEN_TIME = re.compile(r"\s*(?:,\s*)?(?:at|at\s+around|at\s+about|around|about|from|by)?\s*$",
                            re.I)


def _attach_days(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Give a clock time the resolved day written next to it ('3pm on Tuesday')."""
    out = list(ms)
    for i, m in enumerate(ms):
        if m.type != "TIME" or m.interval is not None or len(m.clock) != 1:
            continue
        day = None
        if i + 1 < len(ms) and _TIME_THEN_DAY.fullmatch(text[m.end:ms[i + 1].start]):
            day = ms[i + 1]
        elif i > 0 and _DAY_THEN_TIME.fullmatch(text[ms[i - 1].end:m.start]):
            day = ms[i - 1]
        if day is None or day.interval is None or day.type != "DATE" or \
                day.granularity not in ("day", "partofday"):
            continue
        d = day.interval[0].date()
        lo = day.interval[0].replace(hour=0) + timedelta(minutes=m.clock[0][0])
        tz = m.timex[6:] if len(m.timex) > 6 else ""
        out[i] = _replace(m, timex=f"{d.isoformat()}{m.timex[:6]}{tz}",
                          interval=(lo, lo + timedelta(minutes=1)),
                          value=f"{tp.fmt_day(d)} {m.value}", deictic=day.deictic)
    return out


def _replace(m: TimeMention, **kw) -> TimeMention:
    from dataclasses import replace
    return replace(m, **kw)


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


def compare(a: TimeMention, b: TimeMention, left_name: str, right_name: str
            ) -> Comparison | None:
    """Verdict on two mentions from two sources, or None when they are not comparable."""
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
    return _norm(a.text) == _norm(b.text)


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
    if mod == "around":
        w = max(hi - lo, _DAY) if m.type == "DATE" else max(hi - lo, timedelta(minutes=30))
        if m.type == "TIME":
            w = timedelta(minutes=30)
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
        return f"dates up to {tp.fmt_interval(hi - _DAY, hi) if hi.time() == datetime.min.time() else hi}"
    return f"dates from {tp.fmt_interval(lo, lo + _DAY) if lo.time() == datetime.min.time() else lo}"


def _gap(a: tuple, b: tuple) -> str:
    """'no overlap (1 day apart)': starts compared for like periods, else the gap."""
    if None not in a and None not in b and a[1] - a[0] == b[1] - b[0]:
        x, y = sorted((a[0], b[0]))
        months = (y.year - x.year) * 12 + y.month - x.month
        if x.day == y.day == 1 and not x.time() and not y.time() and months:
            n = months // 12 if months % 12 == 0 else months
            unit = "year" if months % 12 == 0 else "month"
            return f"no overlap ({n} {unit}{'' if n == 1 else 's'} apart)"
        d = y - x
    elif a[1] is not None and b[0] is not None and a[1] <= b[0]:
        d = b[0] - a[1]
    elif b[1] is not None and a[0] is not None:
        d = a[0] - b[1]
    else:
        return "no overlap"
    if d <= timedelta(0):
        return "no overlap"
    return f"no overlap ({tp.fmt_seconds(d.total_seconds())} apart)"


def _cmp_points(a: TimeMention, b: TimeMention, ln: str, rn: str) -> Comparison:
    same_text = _same_surface(a, b)
    if a.needs_published or b.needs_published:
        if same_text and a.timex == b.timex and a.fields and b.fields and \
                a.published == b.published:
            return _result(Verdict.IDENTICAL, a, b, "same expression")
        return _cmp_unresolved(a, b, ln, rn)
    ea, eb = _effective(a), _effective(b)
    ov = _overlap(ea, eb)
    if same_text and a.timex == b.timex and a.interval == b.interval and ov is not None:
        return _result(Verdict.IDENTICAL, a, b, "same expression, same value")
    if _refines(a, b) or _refines(b, a):
        return _result(Verdict.IDENTICAL, a, b, "same day, one names the part of the day")
    if ov is None:
        return _result(Verdict.CONFLICT, a, b, _gap(ea, eb))
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
    base = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", _norm(fine.text))
    return base == _norm(day.text) and fine.timex[:10] == day.timex[:10]


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
            fine = (lo.date() == last.date()) if gran == "day" else \
                (lo.year, lo.month) == (last.year, last.month)
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
            parts.append(f"'{m.surface}' in {name} needs that article's publication date "
                         "to resolve")
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
    ra = _clock_ranges(a) if use_tz else _clock_ranges(_replace(a, tz=None))
    rb = _clock_ranges(b) if use_tz else _clock_ranges(_replace(b, tz=None))
    if _same_surface(a, b) and a.clock == b.clock and a.tz == b.tz:
        return _result(Verdict.IDENTICAL, a, b, "same time")
    hit = any(x[0] < y[1] and y[0] < x[1] for x in ra for y in rb)
    if hit:
        same = a.clock == b.clock and (a.tz == b.tz or use_tz)
        return _result(Verdict.CONSISTENT, a, b,
                       "same time of day" if same else "the times can coincide")
    gaps = [abs(x[0] - y[0]) for x in ra for y in rb]
    g = min(gaps) if gaps else 0
    return _result(Verdict.CONFLICT, a, b,
                   f"different times of day ({tp.fmt_seconds(g * 60)} apart)" if g else
                   "different times of day")


def _cmp_duration(a: TimeMention, b: TimeMention) -> Comparison:
    if _same_surface(a, b) and a.timex == b.timex and a.amount == b.amount:
        return _result(Verdict.IDENTICAL, a, b, "same length")
    (alo, ahi), (blo, bhi) = a.amount, b.amount
    ok = alo <= (bhi if bhi is not None else float("inf")) and \
        blo <= (ahi if ahi is not None else float("inf"))
    if ok:
        if a.amount == b.amount or (ahi is not None and bhi is not None and
                                    abs(ahi - bhi) < 1 and abs(alo - blo) < 1):
            reason = f"same length ({tp.fmt_seconds(ahi)})" if ahi else "same length"
        else:
            lo = max(alo, blo)
            hi = min(x for x in (ahi, bhi, float("inf")) if x is not None)
            rng = tp.fmt_seconds(hi) if hi != float("inf") and (hi - lo) < 1 or lo == 0 and \
                hi != float("inf") else None
            reason = f"both allow {rng}" if rng else "the ranges overlap"
        return _result(Verdict.CONSISTENT, a, b, reason)
    if ahi is not None and ahi < blo:
        reason = f"{tp.fmt_seconds(ahi)} is shorter than {tp.fmt_seconds(blo)}"
    else:
        reason = f"{tp.fmt_seconds(alo)} is longer than {tp.fmt_seconds(bhi or 0)}"
    return _result(Verdict.CONFLICT, a, b, reason)


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
        "— unresolved", a.display(), b.display())
