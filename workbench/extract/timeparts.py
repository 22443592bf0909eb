"""The machinery behind :mod:`workbench.extract.times`.

First the lexicon (month, weekday and number words), calendar arithmetic
(ISO weeks, quarters, seasons, parts of a period), labels as an editor reads
them and the tense heuristic; then the recognition rules, one regular
expression and handler per kind of expression, which ``times.find_times``
runs. Only the standard library is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------- lexicon

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBR = (
    "",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# Month names that are also ordinary words or first names ("may be", "a march",
# "April Smith") need a temporal context before they count as months.
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}

WEEKDAYS = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}
WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBR = ("", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological, northern hemisphere

ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

# Parts of a day as TimeML names them, with the hours they cover (end may pass 24).
PARTS_OF_DAY = {
    "morning": ("MO", 5, 12),
    "afternoon": ("AF", 12, 18),
    "evening": ("EV", 17, 22),
    "night": ("NI", 20, 30),
    "tonight": ("NI", 20, 30),
    "overnight": ("NI", 20, 30),
}
POD_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}

# Named days built on a weekday name: not that weekday of the current week.
NAMED_DAY_WORDS = {
    "black",
    "good",
    "super",
    "cyber",
    "ash",
    "bloody",
    "holy",
    "maundy",
    "easter",
    "shrove",
    "giving",
    "blue",
    "plough",
    "palm",
    "manic",
    "whit",
    "low",
    "fat",
}

# ---------------------------------------------------------------- numbers

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMWORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# Vague counts: (low, high) in units; high None = open-ended.
VAGUE_COUNTS = {
    "several": (3.0, 9.0),
    "a few": (2.0, 5.0),
    "few": (2.0, 5.0),
    "a couple of": (2.0, 3.0),
    "couple of": (2.0, 3.0),
    "a couple": (2.0, 3.0),
    "many": (4.0, None),
    "dozens of": (24.0, 144.0),
    "hundreds of": (200.0, 999.0),
}


def words(text: str) -> frozenset[str]:
    """A word list written as one string, for readable lexicon tables."""
    return frozenset(text.split())


def word_number(text: str) -> float | None:
    """'twenty-five' -> 25, '48' -> 48, '1,000' -> 1000, '1.5' -> 1.5, '½' -> 0.5."""
    t = text.strip().lower().replace("½", ".5")
    if not t:
        return None
    if t[0].isdigit() or t[0] == ".":
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    t = re.sub(r"[-\s]+", " ", t)
    half = t.endswith(" and a half")
    if half:
        t = t[: -len(" and a half")]
    total = 0.5 if half else 0.0
    for w in t.split():
        if w in _SMALL:
            total += _SMALL[w]
        elif w in _TENS:
            total += _TENS[w]
        elif w == "dozen":
            total = (total or 1) * 12
        elif w == "hundred":
            total = (total or 1) * 100
        elif w == "half":
            total += 0.5
        elif w in ("and",):
            continue
        else:
            return None
    return total


def fmt_num(x: float) -> str:
    """1.0 -> '1', 1.5 -> '1.5' (no trailing zeros)."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# ---------------------------------------------------------------- calendar


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def day_iv(d: date) -> tuple[datetime, datetime]:
    s = dt(d)
    return s, s + timedelta(days=1)


def month_iv(y: int, m: int) -> tuple[datetime, datetime]:
    y2, m2 = add_months(y, m, 1)
    return datetime(y, m, 1), datetime(y2, m2, 1)


def year_iv(y: int, n: int = 1) -> tuple[datetime, datetime]:
    return datetime(y, 1, 1), datetime(y + n, 1, 1)


def quarter_iv(y: int, q: int) -> tuple[datetime, datetime]:
    s = datetime(y, 3 * q - 2, 1)
    y2, m2 = add_months(y, 3 * q - 2, 3)
    return s, datetime(y2, m2, 1)


def half_iv(y: int, h: int) -> tuple[datetime, datetime]:
    return (
        (datetime(y, 1, 1), datetime(y, 7, 1))
        if h == 1
        else (datetime(y, 7, 1), datetime(y + 1, 1, 1))
    )


def season_iv(y: int, s: str) -> tuple[datetime, datetime]:
    """Meteorological seasons; winter Y runs from December Y into February Y+1."""
    m = SEASON_START[s]
    y2, m2 = add_months(y, m, 3)
    return datetime(y, m, 1), datetime(y2, m2, 1)


def season_of(d: date) -> tuple[int, str]:
    """The (year, season) instance containing ``d``."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[d.month - 3]


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_iv(d: date) -> tuple[datetime, datetime]:
    s = dt(monday(d))
    return s, s + timedelta(days=7)


def weekend_iv(d: date) -> tuple[datetime, datetime]:
    """Saturday 00:00 to Monday 00:00 of the ISO week containing ``d``."""
    s = dt(monday(d)) + timedelta(days=5)
    return s, s + timedelta(days=2)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """n-th ``wd`` (1=Mon) of a month, e.g. US Thanksgiving = 4th Thursday of November."""
    d = date(y, m, 1)
    d += timedelta(days=(wd - 1 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def narrow(iv: tuple[datetime, datetime], part: str) -> tuple[datetime, datetime]:
    """The part of an interval that 'early', 'mid', 'end of' … point at.

    Thirds are generous and overlap (early = first 40%, mid = 30–70%, late =
    last 40%) because writers use them loosely; a false conflict costs an
    editor more than a missed one. Bounds are rounded to whole days when the
    interval is at least a week long.
    """
    lo, hi = iv
    span = hi - lo
    fr = {
        "early": (0.0, 0.4),
        "start of": (0.0, 0.25),
        "first half": (0.0, 0.5),
        "mid": (0.3, 0.7),
        "late": (0.6, 1.0),
        "end of": (0.75, 1.0),
        "second half": (0.5, 1.0),
    }.get(part)
    if fr is None:
        return iv
    a, b = lo + span * fr[0], lo + span * fr[1]
    if span >= timedelta(days=7):
        a = datetime(a.year, a.month, a.day)
        if b != hi:
            b = datetime(b.year, b.month, b.day) + timedelta(days=1)
    return a, min(b, hi)


# ---------------------------------------------------------------- labels


def fmt_day(d: date) -> str:
    return f"{WEEKDAY_ABBR[d.isoweekday()]} {d.day} {MONTH_ABBR[d.month]} {d.year}"


def fmt_range(a: date, b: date) -> str:
    """Inclusive day range: '21–27 Jun 2021', '28 Jun – 4 Jul 2021'."""
    if a == b:
        return fmt_day(a)
    if a.year != b.year:
        return f"{a.day} {MONTH_ABBR[a.month]} {a.year} – {b.day} {MONTH_ABBR[b.month]} {b.year}"
    if a.month != b.month:
        return f"{a.day} {MONTH_ABBR[a.month]} – {b.day} {MONTH_ABBR[b.month]} {b.year}"
    return f"{a.day}–{b.day} {MONTH_ABBR[a.month]} {a.year}"


def fmt_interval(lo: datetime, hi: datetime) -> str:
    """An interval as an editor reads it: a day, a month, a year, or a range."""
    one = timedelta(days=1)
    if lo.time() == hi.time() == datetime.min.time():
        if hi - lo == one:
            return fmt_day(lo.date())
        if lo.day == 1 and hi.day == 1:
            if (hi.year * 12 + hi.month) - (lo.year * 12 + lo.month) == 1:
                return f"{MONTH_NAMES[lo.month]} {lo.year}"
            if lo.month == 1 and hi.month == 1:
                return str(lo.year) if hi.year - lo.year == 1 else f"{lo.year}–{hi.year - 1}"
            return f"{MONTH_NAMES[lo.month]} {lo.year} – " + fmt_month_end(hi)
        return fmt_range(lo.date(), (hi - one).date())
    if hi - lo <= one and lo.date() == (hi - timedelta(microseconds=1)).date():
        return f"{fmt_day(lo.date())} {lo:%H:%M}–{hi:%H:%M}"
    return f"{lo:%Y-%m-%d %H:%M} – {hi:%Y-%m-%d %H:%M}"


def fmt_month_end(hi: datetime) -> str:
    y, m = add_months(hi.year, hi.month, -1)
    return f"{MONTH_NAMES[m]} {y}"


def fmt_seconds(sec: float) -> str:
    """A duration in the largest unit that keeps it readable: '48 hours', '2 hours 15 minutes'."""
    if 0 < sec < 86400 and sec % 3600 and not sec % 60 and sec > 3600:
        h, mi = divmod(int(sec) // 60, 60)
        return f"{h} hour{'' if h == 1 else 's'} {mi} minute{'' if mi == 1 else 's'}"
    units = (
        (365.25 * 86400, "year"),
        (30.436875 * 86400, "month"),
        (7 * 86400, "week"),
        (86400, "day"),
        (3600, "hour"),
        (60, "minute"),
        (1, "second"),
    )
    for size, name in units:
        n = sec / size
        if n >= 1 and abs(n - round(n, 1)) < 0.02 * n:
            n = round(n, 1)
            return f"{fmt_num(n)} {name}{'' if n == 1 else 's'}"
    return f"{fmt_num(round(sec))} seconds"


# ---------------------------------------------------------------- tense

_FUTURE = (
    r"will|won't|wo|'ll|’ll|shall|going\s+to|gonna|(?:is|are|was|were)\s+due|due\s+to"
    r"|(?:is|are|was|were)\s+(?:expected|set|scheduled|slated|poised|likely|planned|"
    r"planning|hoping|preparing|about)\s+to|expects?\s+to|expected\s+to|set\s+to"
    r"|scheduled\s+(?:to|for)|slated\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to"
    r"|aims?\s+to|hopes?\s+to|would|should|might|could|must|upcoming|forthcoming|tomorrow"
    r"|next|(?:is|are)\s+to|to\s+be\s+(?:held|released|launched|delivered|completed|opened"
    r"|announced|published|built|finished|introduced|unveiled|shown|sold)|to\s+take\s+place"
)
_PRESENT = r"is|are|am|'re|’re|says|say"
_PAST_IRREGULAR = (
    "said told came went took made saw gave got began fell rose won lost left held led met "
    "ran sent spent brought bought thought found felt kept knew paid sold stood struck shot "
    "fought caught taught built broke chose drew drove ate flew forgot froze grew heard hid "
    "meant rode rang sank sang sat slept slid spoke stole stuck swept swore swam threw "
    "understood woke wore wrote withdrew became overcame arose bore blew bred dealt dug fed "
    "fled forbade forgave foresaw leapt lent mistook oversaw overtook rebuilt sought shook "
    "shrank sprang strode stung swung tore wept ago yesterday earlier previously was were "
    "had did"
)
# Frequent -ed words that are usually adjectives or not verbs at all.
_ED_STOP = words(
    "united based armed related limited detailed advanced called named expected proposed "
    "planned scheduled alleged reported need speed seed feed bleed breed greed proceed "
    "exceed succeed indeed hundred kindred sacred naked wicked ragged bloodshed watershed "
    "seabed embed wed shed red bed fled led fed bred sled shred biased skilled talented "
    "experienced qualified concerned interested supposed used fixed mixed required "
    "renewed increased reduced estimated combined registered licensed owned listed"
)
_TENSE_RE = re.compile(
    rf"(?P<fut>\b(?:{_FUTURE})\b)|(?P<pres>\b(?:{_PRESENT})\b)"
    rf"|(?P<past>\b(?:{'|'.join(_PAST_IRREGULAR.split())})\b)|(?P<may>\bmay\b)"
    r"|(?P<perf>\b(?:has|have|'ve|’ve)\b)"
    r"|(?P<ed>\b[a-z]{3,}ed\b)",
    re.IGNORECASE,
)
_ED_BLOCKERS = re.compile(
    r"(?:\b(?:is|are|am|be|been|being|will|would|to|get|gets|the|a|an|its|their|his|her|"
    r"this|that|these|those|our|my|your|'s|’s|'re|’re))\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:—–()\"“”]|\b(?:but|while|whereas|after|before|that|which"
    r"|who|when|because|although|though|if)\b"
)


def tense_cues(text: str) -> list[tuple[int, int, str, int]]:
    """Verb cues of a sentence as (start, end, tense, weakness) for :func:`tense_at`.

    Future auxiliaries and explicit past forms are strong cues; a bare '-ed'
    word is weak (it may be an adjective); present 'is/are' is weak too since
    news uses the present for past reports ('closing price on Friday').
    """
    out = []
    for m in _TENSE_RE.finditer(text):
        kind = m.lastgroup
        if kind == "ed":
            w = m.group().lower()
            if m.group()[0].isupper() or w in _ED_STOP:
                continue
            if _ED_BLOCKERS.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append((m.start(), m.end(), "past", 6))
        elif kind == "fut":
            out.append((m.start(), m.end(), "future", 0))
        elif kind == "may":
            if m.group()[0] == "m":  # the modal verb; "May" is the month
                out.append((m.start(), m.end(), "future", 0))
        elif kind == "perf":
            out.append((m.start(), m.end(), "past", 10))  # present perfect looks back
        elif kind == "pres":
            out.append((m.start(), m.end(), "present", 20))
        else:
            out.append((m.start(), m.end(), "past", 0))
    return out


def tense_at(
    text: str,
    cues: list[tuple[int, int, str, int]],
    start: int,
    end: int,
    reach: int = 70,
    strong: bool = False,
) -> str | None:
    """Tense of the verb nearest to text[start:end], or None when nothing is near.

    Distance is in characters plus the cue's weakness; crossing a clause
    break (semicolon, dash, quote, 'but', 'that') costs more, a comma a
    little. ``strong`` ignores weak cues (bare '-ed' words, 'has', 'is').
    """
    best: tuple[float, str] | None = None
    for s, e, tense, weak in cues:
        if (s < end and e > start) or (strong and weak):
            continue
        a, b = (e, start) if e <= start else (end, s)
        gap = text[a:b]
        score = (b - a) + weak + 30 * len(_CLAUSE_BREAK.findall(gap)) + 6 * gap.count(",")
        if e <= start:
            score -= 3  # a verb before the time expression usually governs it
        if score <= reach and (best is None or score < best[0]):
            best = (score, tense)
    return best[1] if best else None


# ================================================================ recognition

_DAY = timedelta(days=1)

# Units of duration: (TimeML code, in-time-part, seconds low, seconds high, count).
_UNITS: dict[str, tuple[str, bool, float, float, float]] = {
    "second": ("S", True, 1, 1, 1),
    "minute": ("M", True, 60, 60, 1),
    "hour": ("H", True, 3600, 3600, 1),
    "day": ("D", False, 86400, 86400, 1),
    "week": ("W", False, 604800, 604800, 1),
    "fortnight": ("W", False, 1209600, 1209600, 2),
    "month": ("M", False, 28 * 86400, 31 * 86400, 1),
    "quarter": ("Q", False, 89 * 86400, 92 * 86400, 1),
    "year": ("Y", False, 365 * 86400, 366 * 86400, 1),
    "decade": ("Y", False, 3652 * 86400, 3653 * 86400, 10),
    "century": ("Y", False, 36524 * 86400, 36525 * 86400, 100),
    "millennium": ("Y", False, 365242 * 86400, 365243 * 86400, 1000),
}
_UNIT_ALIASES = {
    "sec": "second",
    "secs": "second",
    "min": "minute",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "yrs": "year",
    "centuries": "century",
    "millennia": "millennium",
    "millenniums": "millennium",
}
_TZ = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AEST": 600,
    "AEDT": 660,
    "JST": 540,
    "HKT": 480,
    "SGT": 480,
    "MSK": 180,
    "WIB": 420,
}

_PART_WORDS = {
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

    @property
    def tense(self) -> str | None:
        """Tense of the governing verb; 'since' always looks back."""
        self.seen_tense = "past" if self.signal == "since" else self.tense_fn()
        return self.seen_tense


Builder = Callable[[Env], "Val | None"]

# ------------------------------------------------------------------ patterns

_MON_ALT = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sept?|oct|nov|dec"
)
_MON = rf"(?P<mon>{_MON_ALT})(?![a-z])"
_WDN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WDA = rf"(?P<wd>{_WDN}|mon|tues?|wed|thur?s?|fri|sat|sun)(?![a-z])\.?"
_DAYN = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2})(?![\d])"
_PART = (
    r"(?:(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
    r"|second\s+half|latter\s+half|latter\s+part|last\s+part|early\s+part|first\s+part)"
    r"\s+of\s+(?:the\s+)?|(?P<p1>early|mid|late)(?:\s*-\s*|\s+))?"
)
_QTY = (
    r"(?P<q>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*½)?|½|"
    + NUMWORD_RE
    + r"(?:\s+and\s+a\s+half)?(?:\s+hundred)?|\d+\s+and\s+a\s+half|an?\s+couple\s+of"
    r"|an?\s+few|an?\s+dozen|couple\s+of|several|few|many|dozens\s+of|hundreds\s+of"
    r"|half\s+an?|an?\s+half|an?)"
)
_UNIT = (
    r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
    r"|years?|yrs?|decades?|centur(?:y|ies)|quarters?|millenni(?:um|a))"
)
_ADJ = (
    r"(?:(?:consecutive|straight|successive|full|whole|entire|trading|working|business"
    r"|calendar|more|additional|extra|further|long|short|solid|intervening)\s+)?"
)
_HEDGE = (
    r"(?:(?P<hedge>about|around|approximately|roughly|some|nearly|almost|just\s+under"
    r"|just\s+over|close\s+to|more\s+than|over|less\s+than|fewer\s+than|under|up\s+to"
    r"|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
    r"|in\s+excess\s+of|an\s+estimated|barely|only|just)\s+)?"
)
_WINDOW = r"(?:(?P<win>the\s+(?:past|last|next|coming|previous)|past|next|last)\s+)?"

SIGNAL_RE = re.compile(
    r"\b(?P<sig>as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|not\s+later\s+than"
    r"|no\s+earlier\s+than|not\s+earlier\s+than|not\s+until|not\s+before"
    r"|some\s*time\s+(?:in|on|around|during)|shortly\s+(?:after|before)"
    r"|just\s+(?:after|before)|soon\s+after|at\s+(?:around|about|approximately|roughly)"
    r"|up\s+until|until|till|through|throughout|from|since|by|before|after|around|about"
    r"|approximately|roughly|circa|within|on|in|at|during|over|for|prior\s+to|ahead\s+of"
    r"|starting|beginning|effective)\s+$",
    re.IGNORECASE,
)
_PREV_WORD_RE = re.compile(r"([\w'’]+)[^\w]*$")
_COUNT_NOUNS = words(
    "people persons men women children kids troops soldiers votes voters units cars jobs "
    "homes houses points shares percent per cent km miles metres meters feet tonnes tons "
    "dollars pounds euros cases deaths patients employees workers members seats students "
    "passengers residents acres hectares barrels words pages copies times districts "
    "refugees civilians staff flights aircraft planes vehicles rooms beds calories "
    "customers users households families victims officers firefighters"
)
_YEAR_PREPS = words(
    "in since by until till through from before after during of for between to circa "
    "around about throughout early mid late spring summer autumn fall winter fiscal fy "
    "year as into and or than c. ca"
)
_TITLE_WORDS = words(
    "times telegraph mirror express post herald mail tribune independent "
    "star sport sports night people record observer politics club"
)
_YEAR_DETS = words("the its his her their our a an this that whose my your")
_CHAIN_YEAR_RE = re.compile(
    r"(?:1[0-9]{3}|20[0-9]{2})s?\s*(?:,|and|or|to|through|until|till"
    r"|-|–|&)\s*$"
)
_CHAIN_MONTH_RE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s*(?:,|and|or|to|through|until|till|-|–)\s*$",
    re.IGNORECASE,
)
_MONTH_CONTEXT = words(
    "in since by until till through throughout from before after during of early mid "
    "late last next this to between end start beginning middle for until since "
    "on around about"
)


def prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def _cap(s: str) -> bool:
    return s[:1].isupper()


def _sentence_initial(text: str, pos: int) -> bool:
    return not text[:pos].strip(" \t\"'“‘(—-")


# ------------------------------------------------------------------ resolution helpers


def _v_day(d: date, deictic: bool = False) -> Val:
    return Val("DATE", d.isoformat(), day_iv(d), "day", fmt_day(d), deictic=deictic)


def _v_month(y: int, m: int, deictic: bool = False) -> Val:
    return Val(
        "DATE",
        f"{y:04d}-{m:02d}",
        month_iv(y, m),
        "month",
        f"{MONTH_NAMES[m]} {y}",
        deictic=deictic,
    )


def _v_year(y: int, deictic: bool = False) -> Val:
    return Val("DATE", f"{y:04d}", year_iv(y), "year", str(y), deictic=deictic)


def _v_week(d: date, deictic: bool = True) -> Val:
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


def _v_weekend(d: date, deictic: bool = True) -> Val:
    iv = weekend_iv(d)
    return Val(
        "DATE",
        iso_week(d) + "-WE",
        iv,
        "weekend",
        f"weekend of {fmt_range(iv[0].date(), iv[0].date() + _DAY)}",
        deictic=deictic,
    )


def _v_quarter(y: int, q: int, deictic: bool = False) -> Val:
    a, b = MONTH_ABBR[3 * q - 2], MONTH_ABBR[3 * q]
    return Val(
        "DATE", f"{y:04d}-Q{q}", quarter_iv(y, q), "quarter", f"Q{q} {y} ({a}–{b})", deictic=deictic
    )


def _v_half(y: int, h: int, deictic: bool = False) -> Val:
    return Val(
        "DATE",
        f"{y:04d}-H{h}",
        half_iv(y, h),
        "half",
        f"H{h} {y} ({'Jan–Jun' if h == 1 else 'Jul–Dec'})",
        deictic=deictic,
    )


def _v_season(y: int, s: str, deictic: bool = False) -> Val:
    name = SEASON_NAMES[s]
    label = f"{name} {y}–{(y + 1) % 100:02d}" if s == "WI" else f"{name} {y}"
    return Val("DATE", f"{y:04d}-{s}", season_iv(y, s), "season", label, deictic=deictic)


def _v_decade(start: int, deictic: bool = False) -> Val:
    return Val(
        "DATE", str(start // 10), year_iv(start, 10), "decade", f"the {start}s", deictic=deictic
    )


def _v_unknown(timex: str, gran: str, label: str, fields: tuple = (), type_: str = "DATE") -> Val:
    return Val(type_, timex, None, gran, label, needs_pub=True, fields=fields)


def _pick_year(
    pub: date, tense: str | None, iv_of: Callable[[int], tuple | None], soon: int = 0
) -> int:
    """Year of the occurrence a tense points at: most recent started (past),
    first not yet over (future), else the publication year. With ``soon``,
    a past verb still means this year's occurrence if it is at most that
    many days ahead ('announced an event on October 12' in an October 4
    article is not last year's)."""
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
            if iv and iv[1] > p0:
                return yy
    return y


def _safe_day_iv(y: int, m: int, d: int) -> tuple | None:
    try:
        return day_iv(date(y, m, d))
    except ValueError:
        return None


def _weekday_date(pub: date, wd: int, rel: str, tense: str | None) -> date:
    iso = pub.isoweekday()
    if rel in ("last", "previous"):  # that day of the previous week, like "last week"
        return monday(pub) - timedelta(days=7) + timedelta(days=wd - 1)
    if rel == "next":
        return monday(pub) + timedelta(days=7 + wd - 1)
    if rel in ("this past", "past"):
        return pub - timedelta(days=(iso - wd - 1) % 7 + 1)
    if rel in ("this coming", "coming"):
        return pub + timedelta(days=(wd - iso - 1) % 7 + 1)
    if rel == "this" or tense == "present":
        return monday(pub) + timedelta(days=wd - 1)
    if tense == "future":
        return pub + timedelta(days=(wd - iso) % 7)
    return pub - timedelta(days=(iso - wd) % 7)


# ------------------------------------------------------------------ rules
# Each rule is a pattern, a priority (lower wins among equally long matches)
# and a handler. The handler sees the match and returns None (not a time
# expression), a Builder, or (Builder, (start, end)) to report a narrower span.
# Builders run later, once the signal word and the verb tense are known.

# A rule runs only when the sentence holds one of its key words ("#" = a digit):
# a set lookup per rule is much cheaper than scanning with every pattern.
_MONTH_KEYS = (
    "january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_UNIT_KEYS = (
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days "
    "week weeks fortnight fortnights month months year years yr yrs decade decades "
    "century centuries quarter quarters millennium millennia"
)
_KEYS = {
    "_r_mdy": _MONTH_KEYS,
    "_r_dmy": _MONTH_KEYS,
    "_r_iso": "#",
    "_r_slash": "#",
    "_r_month_year": _MONTH_KEYS,
    "_r_month": _MONTH_KEYS,
    "_r_year": "#",
    "_r_decade": "#",
    "_r_century": "century",
    "_r_quarter": "quarter",
    "_r_qn": "#",
    "_r_rel_quarter": "quarter",
    "_r_half": "half #",
    "_r_season": "spring summer autumn fall winter",
    "_r_rel_unit": "week month year decade century",
    "_r_the_unit": "year month week",
    "_r_earlier_later": "earlier later",
    "_r_dayword": "today yesterday tomorrow tonight night morning afternoon evening day",
    "_r_weekday": "monday tuesday wednesday thursday friday saturday sunday",
    "_r_weekend": "weekend",
    "_r_duration": _UNIT_KEYS,
    "_r_window_unit": _UNIT_KEYS,
    "_r_bare_plural": _UNIT_KEYS,
    "_r_clock12": "#",
    "_r_clock24": "#",
    "_r_clock_mil": "#",
    "_r_noon": "noon midday midnight",
    "_r_oclock": "clock",
    "_r_vague": "recently lately recent past other now currently "
    "present presently moment nowadays days time being soon future coming ahead term long",
    "_r_set": "every each daily nightly weekly fortnightly monthly quarterly yearly annually "
    "annual hourly biannually biannual biweekly once twice thrice times mondays tuesdays "
    "wednesdays thursdays fridays saturdays sundays weekends",
    "_r_holiday": "christmas new boxing easter good halloween valentine thanksgiving "
    "bonfire guy hogmanay",
}

_Handler = Callable[[re.Match, str], "Builder | None"]
_SPECS: list[tuple[str, int, int, _Handler, frozenset[str]]] = []
_RULES: list[tuple[re.Pattern, int, _Handler, frozenset[str]]] | None = None


def _rule(pattern: str, prio: int = 5, flags: int = re.IGNORECASE):
    """Register a rule; patterns compile on first use so importing stays cheap."""

    def deco(fn):
        _SPECS.append((pattern, flags, prio, fn, words(_KEYS[fn.__name__])))
        return fn

    return deco


def rules() -> list[tuple[re.Pattern, int, _Handler, frozenset[str]]]:
    """The compiled rules, built once; a second thread at worst compiles them twice."""
    global _RULES
    if _RULES is None:
        _RULES = [(re.compile(p, f), prio, fn, keys) for p, f, prio, fn, keys in _SPECS]
    return _RULES


def _part_of(m: re.Match) -> str | None:
    gd = m.groupdict()
    p = gd.get("p1") or gd.get("p2")
    return _PART_WORDS.get(re.sub(r"\s+", " ", p.lower())) if p else None


def _month_num(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def _year_of_rel(rel: str | None, pub: date | None) -> int | None:
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


# --- absolute dates ---------------------------------------------------------


@_rule(rf"\b(?:{_WDA},?\s+)?{_MON}\s*{_DAYN}(?:(?:\s*,\s*|\s+)(?:of\s+)?{_YEAR})?", 1)
def _r_mdy(m: re.Match, text: str) -> Builder | None:
    if not _cap(m.group("mon")):
        return None
    return _abs_date(m, _month_num(m.group("mon")), int(m.group("d")))


@_rule(rf"\b(?:{_WDA},?\s+)?(?:the\s+)?{_DAYN}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?", 1)
def _r_dmy(m: re.Match, text: str) -> Builder | None:
    if not _cap(m.group("mon")) or re.search(r"[\d.,]$", text[: m.start()]):
        return None
    if (
        m.group("mon").lower() in ("may", "march")
        and not m.group("y")
        and text[m.end() : m.end() + 3].strip()[:2].isalpha()
        and re.match(
            r"\s+(?:be|have|not|also|well|still|need|take|make|see|give)\b",
            text[m.end() :],
            re.IGNORECASE,
        )
    ):
        return None  # "10 May be", "3 March on" are rare but "may be" is a verb
    return _abs_date(m, _month_num(m.group("mon")), int(m.group("d")))


_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|and)\s*(?:(?P<mon2>" + _MON_ALT + r")(?![a-z])\.?\s*)?"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:])\s*)?,?\s*(?:of\s+)?"
    r"(?P<y2>1[0-9]{3}|20[0-9]{2})(?!\d)",
    re.IGNORECASE,
)


def _range_year(env: Env, mon: int, day: int = 1) -> int | None:
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
    if _safe_day_iv(y or 2000, mon, day) is None:  # 2000 is a leap year: rejects 31 June
        return lambda env: None  # keep the span so "February" alone is not reported
    if y is not None:
        d = date(y, mon, day)
        return lambda env: _v_day(d)

    def build(env: Env) -> Val:
        ry = _range_year(env, mon, day)
        if ry is not None and _safe_day_iv(ry, mon, day):
            return _v_day(date(ry, mon, day))
        if env.published is None:
            return _v_unknown(
                f"XXXX-{mon:02d}-{day:02d}",
                "day",
                f"{day} {MONTH_NAMES[mon]} (year not stated)",
                (("month", mon), ("day", day)),
            )
        tense = env.tense if env.signal else None
        yy = _pick_year(env.published, tense, lambda k: _safe_day_iv(k, mon, day), soon=31)
        if _safe_day_iv(yy, mon, day) is None:  # 29 February: nearest earlier leap year
            yy = next(k for k in range(yy, yy - 8, -1) if _safe_day_iv(k, mon, day))
        return _v_day(date(yy, mon, day))

    return build


@_rule(
    rf"(?<![\d/.-]){_YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
    0,
)
def _r_iso(m: re.Match, text: str) -> Builder | None:
    try:
        d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("hh"):
        hh, mi = int(m.group("hh")), int(m.group("mi"))
        s = datetime(d.year, d.month, d.day, hh, mi)
        v = Val(
            "TIME",
            f"{d.isoformat()}T{hh:02d}:{mi:02d}",
            (s, s + timedelta(minutes=1)),
            "minute",
            f"{fmt_day(d)} {hh:02d}:{mi:02d}",
            clock=((hh * 60 + mi, hh * 60 + mi + 1),),
        )
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


@_rule(
    rf"\b{_PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+)?{_MON}"
    r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?",
    3,
)
def _r_month(m: re.Match, text: str) -> Builder | None:
    tok = m.group("mon")
    if not _cap(tok) or (len(tok.rstrip(".")) <= 3 and tok.lower() not in ("may",)):
        return None  # abbreviations only next to a day or year
    if tok.lower().rstrip(".") in ("jun", "jul", "sept", "sep"):
        return None
    mon = _month_num(tok)
    rel = (m.group("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    yrel = (m.group("yrel") or "").lower()
    part = _part_of(m)
    ambiguous = tok.lower() in AMBIGUOUS_MONTHS
    explicit = bool(rel or yrel or part)

    def build(env: Env) -> Val | None:
        if ambiguous and not explicit and not _month_context(env):
            return None
        ry = None if explicit else _range_year(env, mon)
        if ry is not None:
            return _with_part(_v_month(ry, mon), part, env)
        if env.published is None:
            label = f"{MONTH_NAMES[mon]} (year not stated)"
            return _with_part(
                _v_unknown(f"XXXX-{mon:02d}", "month", label, (("month", mon),)), part, env
            )
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
            tense = env.tense if env.signal else None  # "in July", not "July's figures"
            y = _pick_year(pub, tense, lambda k: month_iv(k, mon))
        return _with_part(_v_month(y, mon, deictic), part, env)

    return build


def _month_context(env: Env) -> bool:
    if env.signal or env.prev in _MONTH_CONTEXT:
        return True
    return bool(_CHAIN_MONTH_RE.search(env.text, max(0, env.start - 30), env.start))


@_rule(
    rf"(?<![\w$£€#.,/-]){_PART}(?:the\s+year\s+)?{_YEAR}(?P<poss>['’]s)?"
    r"(?![\w%°]|[.,]\d|\s*[-–/]\s*\d|:\d)",
    4,
)
def _r_year(m: re.Match, text: str) -> Builder | None:
    y = int(m.group("y"))
    if not 1900 <= y <= 2099 and not m.group("p1") and not m.group("p2"):
        return None
    part = _part_of(m)
    explicit = bool(part or m.group("poss") or "year" in m.group(0).lower())
    after = text[m.end() : m.end() + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    nxt_word = nxt.group(1).lower() if nxt else ""
    if nxt_word in _COUNT_NOUNS or re.match(r"\s*(?:per\s*cent|percent)", after, re.IGNORECASE):
        return None

    def build(env: Env) -> Val | None:
        if not explicit:
            prev = env.prev
            ok = (prev in _YEAR_PREPS and prev not in ("and", "or", "to")) or bool(env.signal)
            if prev in ("and", "or", "to", "through", "until") or not prev:
                ok = ok or bool(_CHAIN_YEAR_RE.search(env.text, max(0, env.start - 20), env.start))
            if not ok and prev in _YEAR_DETS and nxt_word and after[:1] == " ":
                ok = True  # "the 2020 election", "its 2019 report"
            if (
                not ok
                and _sentence_initial(env.text, env.start)
                and re.match(r"\s*(?:,|was|were|is|will|has|had|saw|marked|brought)\b", after)
            ):
                ok = True
            if not ok:
                return None
        return _with_part(_v_year(y), part, env)

    return build


@_rule(
    r"\b(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?(?P<dec>(?:1[0-9]|20)[0-9]0)['’]?s\b"
    r"|(?:\bthe\s+)?(?:(?P<p1b>early|mid|late)[\s-]+)?['’](?P<d2>\d0)s\b",
    2,
)
def _r_decade(m: re.Match, text: str) -> Builder | None:
    part = _PART_WORDS.get((m.group("p1") or m.group("p1b") or "").lower())
    if m.group("dec"):
        start = int(m.group("dec"))

        def build(env: Env) -> Val:
            return _with_part(_v_decade(start), part, env)

        return build
    d2 = int(m.group("d2"))

    def build2(env: Env) -> Val:
        limit = env.published.year if env.published else 2030
        start = 2000 + d2 if 2000 + d2 <= limit else 1900 + d2
        return _with_part(_v_decade(start), part, env)

    return build2


_CENT = {
    "twentieth": 20,
    "twenty-first": 21,
    "nineteenth": 19,
    "eighteenth": 18,
    "twenty first": 21,
}


@_rule(
    r"\b(?:the\s+)?(?:(?P<p1>early|mid|late)[\s-]+)?(?P<c>\d{1,2}(?:st|nd|rd|th)|twentieth"
    r"|twenty[-\s]first|nineteenth|eighteenth)[\s-]+century\b",
    2,
)
def _r_century(m: re.Match, text: str) -> Builder | None:
    c = m.group("c").lower()
    n = int(re.sub(r"\D", "", c)) if c[0].isdigit() else _CENT[c.replace(" ", "-")]
    part = _PART_WORDS.get((m.group("p1") or "").lower())
    start = (n - 1) * 100
    v = Val(
        "DATE",
        f"{n - 1:02d}",
        year_iv(start, 100),
        "century",
        f"the {m.group('c')} century ({start}–{start + 99})",
    )
    return lambda env: _with_part(v, part, env)


# --- quarters, halves, seasons -------------------------------------------------

_QYEAR = (
    r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)|(?P<yrel>this|last"
    r"|next|the|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year))?"
)


@_rule(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
    r"quarter(?!s)" + _QYEAR,
    2,
)
def _r_quarter(m: re.Match, text: str) -> Builder | None:
    if re.match(
        r"\s+of\s+(?!this|last|next|the\s+(?:current|previous|year)|fiscal|\d)",
        text[m.end() :],
        re.IGNORECASE,
    ):
        return None  # "the fourth quarter of the game"
    ordw = m.group("ord").lower()
    return _quarter_builder(m, ordw)


@_rule(
    r"\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?:(?P<y>1[0-9]{3}|20[0-9]{2})|['’]?(?P<y2>\d{2})))?"
    r"(?![\w])|\b(?P<y3>20[0-9]{2})\s*[-/]?\s*Q(?P<qn2>[1-4])\b",
    2,
    0,
)
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
    q = {
        "first": 1,
        "1st": 1,
        "1": 1,
        "second": 2,
        "2nd": 2,
        "2": 2,
        "third": 3,
        "3rd": 3,
        "3": 3,
        "fourth": 4,
        "4th": 4,
        "4": 4,
        "final": 4,
        "last": 4,
    }[ordw]
    relative_last = ordw == "last" and not ys and not yrel

    def build(env: Env) -> Val:
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
        y = _pick_year(pub, env.tense, lambda k: quarter_iv(k, q))
        return _v_quarter(y, q)

    return build


@_rule(r"\b(?:the\s+)?(?P<rel>this|last|next|current|previous|coming|same)\s+quarter(?!s)\b", 3)
def _r_rel_quarter(m: re.Match, text: str) -> Builder | None:
    rel = m.group("rel").lower()
    if rel == "same" or (rel == "previous" and not m.group(0).lower().startswith("the")):
        return None
    k = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]

    def build(env: Env) -> Val:
        if env.published is None:
            return _v_unknown("XXXX-QX", "quarter", m.group(0))
        pub = env.published
        n = pub.year * 4 + (pub.month - 1) // 3 + k
        return _v_quarter(n // 4, n % 4 + 1, True)

    return build


@_rule(
    r"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter)[\s-]+half\s+of\s+(?:(?:fiscal\s+)?"
    r"(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)|(?P<yrel>this|last|next|the|the\s+current"
    r"|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year)|\bH(?P<hn>[12])\s*(?P<y2>20\d\d)\b",
    2,
)
def _r_half(m: re.Match, text: str) -> Builder | None:
    if m.group("hn"):
        if m.group(0)[0] != "H":
            return None
        v = _v_half(int(m.group("y2")), int(m.group("hn")))
        return lambda env: v
    h = 1 if m.group("h").lower() in ("first", "1st") else 2
    ys, yrel = m.group("y"), re.sub(r"\s+", " ", (m.group("yrel") or "").lower())

    def build(env: Env) -> Val:
        if ys:
            return _v_half(int(ys), h)
        if env.published is None:
            return _v_unknown(f"XXXX-H{h}", "half", f"H{h} (year not stated)")
        return _v_half(_year_of_rel(yrel, env.published), h, yrel != "the")

    return build


@_rule(
    rf"\b{_PART}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|the)\s+)?"
    r"(?P<s>spring|summer|autumn|fall|winter)(?![\w-])"
    r"(?:\s+(?:of\s+)?(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d))?",
    3,
)
def _r_season(m: re.Match, text: str) -> Builder | None:
    s_tok = m.group("s")
    s = SEASONS[s_tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    ys = m.group("y")
    part = _part_of(m)
    after = text[m.end() :]
    if not ys and re.match(r"\s+of\s+(?!\d)", after):
        return None  # "the fall of Kabul", "the spring of discontent"
    if (
        _cap(s_tok)
        and not ys
        and not _sentence_initial(text, m.start("s"))
        and m.start("s") == m.start()
    ):
        return None  # "Arab Spring", "Summer Olympics"
    if _cap(s_tok) and re.match(r"\s+[A-Z]", after):
        return None
    clear = (
        ys
        or part
        or rel in ("this", "last", "next", "this past", "this coming")
        or (
            rel == "the"
            and re.search(
                r"\b(?:in|during|by|until|since|over|through)\s+$", text[: m.start()], re.IGNORECASE
            )
        )
    )
    if s_tok.lower() == "fall" and not clear:
        return None  # "a fall in prices"; "in the fall" and "this fall" are seasons

    def build(env: Env) -> Val | None:
        if not (ys or rel or part or env.signal):
            return None
        if ys:
            return _with_part(_v_season(int(ys), s), part, env)
        pub = env.published
        name = SEASON_NAMES[s]
        if pub is None:
            return _with_part(
                _v_unknown(f"XXXX-{s}", "season", f"{name} (year not stated)"), part, env
            )
        cy, cs = season_of(pub)
        if rel == "this":
            y = pub.year - 1 if s == "WI" and pub.month <= 2 else pub.year
        elif rel in ("last", "this past", "past"):
            y = next(
                k
                for k in (pub.year, pub.year - 1, pub.year - 2)
                if season_iv(k, s)[1] <= dt(pub) + _DAY and (k, s) != (cy, cs)
            )
        elif rel in ("next", "this coming", "coming"):
            y = next(
                k for k in (pub.year - 1, pub.year, pub.year + 1) if season_iv(k, s)[0] > dt(pub)
            )
        else:
            y = _pick_year(pub, env.tense, lambda k: season_iv(k, s))
            if s == "WI" and env.tense is None and pub.month <= 2:
                y = pub.year - 1
        return _with_part(_v_season(y, s, bool(rel and rel != "the")), part, env)

    return build


# --- relative to the publication date ------------------------------------------


@_rule(
    rf"\b{_PART}(?P<rel>this|next|last|the\s+coming|the\s+current|current)\s+"
    r"(?P<u>week|month|year|decade|century)(?![\w-])",
    2,
)
def _r_rel_unit(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("the ", "")
    u = m.group("u").lower()
    part = _part_of(m)
    if re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE) and not part:
        return None  # "the last year" is a window (duration rule)
    k = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}[rel]
    return _rel_unit_builder(u, k, part, m.group(0))


def _rel_unit_builder(u: str, k: int, part: str | None, surface: str) -> Builder:
    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            x = {
                "week": "XXXX-WXX",
                "month": "XXXX-XX",
                "year": "XXXX",
                "decade": "XXX",
                "century": "XX",
            }[u]
            return _with_part(_v_unknown(x, u, surface), part, env)
        if u == "week":
            v = _v_week(pub + timedelta(days=7 * k))
        elif u == "month":
            y, mm = add_months(pub.year, pub.month, k)
            v = _v_month(y, mm, True)
        elif u == "year":
            v = _v_year(pub.year + k, True)
        elif u == "decade":
            v = _v_decade((pub.year // 10 + k) * 10, True)
        else:
            c = pub.year // 100 + k
            v = Val(
                "DATE",
                f"{c:02d}",
                year_iv(c * 100, 100),
                "century",
                f"{c * 100}–{c * 100 + 99}",
                deictic=True,
            )
        return _with_part(v, part, env)

    return build


@_rule(
    r"\b(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
    r"|second\s+half)\s+of\s+the\s+(?P<u>year|month|week)\b(?!\s+(?:of|before|after|in)\b)",
    3,
)
def _r_the_unit(m: re.Match, text: str) -> Builder | None:
    part = _part_of(m)
    return _rel_unit_builder(m.group("u").lower(), 0, part, m.group(0))


@_rule(r"\b(?P<el>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year)\b", 2)
def _r_earlier_later(m: re.Match, text: str) -> Builder | None:
    el, u = m.group("el").lower(), m.group("u").lower()

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            v = _rel_unit_builder(u, 0, None, m.group(0))(env)
            v.value = m.group(0)
            return v
        base = _rel_unit_builder(u, 0, None, m.group(0))(env)
        lo, hi = base.interval
        p = dt(pub)
        iv = (lo, max(p, lo + _DAY)) if el == "earlier" else (min(p + _DAY, hi - _DAY), hi)
        base.interval = iv
        base.value = f"{el} in {base.value} ({fmt_interval(*iv)})"
        base.part = el
        return base

    return build


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@_rule(
    r"\b(?:(?P<el>earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?P<poss>['’]s)?"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
    r"|\b(?P<w2>last|this)\s+(?P<pod2>night|morning|afternoon|evening)\b"
    r"|\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b",
    2,
)
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

    def build(env: Env) -> Val:
        if env.published is None:
            x = "XXXX-XX-XX" + (f"T{PARTS_OF_DAY[pod][0]}" if pod else "")
            return _v_unknown(x, "partofday" if pod else "day", surface)
        d = env.published + timedelta(days=k)
        return _pod(_v_day(d, True), pod) if pod else _v_day(d, True)

    return build


def _pod(v: Val, pod: str) -> Val:
    code, h0, h1 = PARTS_OF_DAY[pod]
    s = v.interval[0]
    v.interval = (s + timedelta(hours=h0), s + timedelta(hours=h1))
    v.timex = f"{v.timex}T{code}"
    v.gran = "partofday"
    v.value = f"{v.value}, {POD_NAMES[code]}"
    return v


@_rule(
    rf"\b{_PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past|previous)\s+)?"
    rf"(?P<wd>{_WDN})(?![a-z])(?P<poss>['’]s)?"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
    3,
)
def _r_weekday(m: re.Match, text: str) -> Builder | None:
    tok = m.group("wd")
    if not _cap(tok):
        return None
    pw = prev_word(text, m.start())
    if pw in NAMED_DAY_WORDS and text[: m.start()].rstrip()[-len(pw) :][:1].isupper():
        return None  # "Black Friday", "Super Tuesday"
    nxt = re.match(r"\s+([A-Z][a-z]+)", text[m.end("wd") :])
    if nxt and nxt.group(1).lower() in _TITLE_WORDS:
        return None  # "Sunday Times", "Monday Night Football"
    wd = WEEKDAYS[tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel == "previous":
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE):
            return None  # "the previous Monday" counts from another event
        rel = "last"
    pod = (m.group("pod") or "").lower() or None
    part = _part_of(m)
    surface = m.group(0)

    def build(env: Env) -> Val:
        if env.published is None:
            code = f"T{PARTS_OF_DAY[pod][0]}" if pod else ""
            label = WEEKDAY_NAMES[wd] + (f" {pod}" if pod else "")
            return _with_part(
                _v_unknown(
                    f"XXXX-WXX-{wd}{code}",
                    "partofday" if pod else "day",
                    surface if rel else label,
                    () if rel else (("weekday", wd),),
                ),
                part,
                env,
            )
        tense = env.tense
        if tense == "present" and not re.search(
            r"\b(?:is|are)\s+(?:on\s+)?$", env.text[max(0, env.start - 12) : env.start]
        ):
            tense = None  # only a copula right before makes "present" mean "this week"
        if (env.signal in ("until", "till", "up until") and env.strong_tense() != "past") or (
            env.signal in ("by", "no later than") and tense is None
        ):
            tense = "future"  # "closed until Friday": an end point is ahead unless "was"
        d = _weekday_date(env.published, wd, rel, tense)
        v = _v_day(d, bool(rel))
        return _with_part(_pod(v, pod) if pod else v, part, env)

    return build


@_rule(
    rf"\b{_PART}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past|the)\s+)?"
    r"weekend(?P<poss>['’]s)?(?!s)\b",
    3,
)
def _r_weekend(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    part = _part_of(m)
    if not rel and not part:
        return None
    surface = m.group(0)

    def build(env: Env) -> Val:
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


@_rule(
    rf"\b{_WINDOW}{_HEDGE}{_QTY}(?:\s*(?:-|–|to|or|and)\s*(?P<q2>\d+(?:\.\d+)?|{NUMWORD_RE}))?"
    rf"(?:\s+|\s*-\s*){_ADJ}{_UNIT}(?![\w])(?P<apos>['’]s?)?(?P<half>\s+and\s+a\s+half)?"
    r"(?P<ago>\s+ago\b|\s+from\s+now\b|\s+hence\b)?",
    4,
)
def _r_duration(m: re.Match, text: str) -> Builder | None:
    q_text = m.group("q").lower()
    unit_tok = m.group("u").lower()
    unit = _UNIT_ALIASES.get(unit_tok) or unit_tok.removesuffix("s")
    plural = unit_tok.endswith("s") or unit_tok in ("centuries", "millennia")
    after = text[m.end() : m.end() + 20]
    if re.match(r"[\s-]*(?:old|olds)\b|\s+of\s+age\b", after, re.IGNORECASE):
        return None  # ages: "a 50-year-old", "two years old"
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if re.search(r"light[\s-]*$", before):
        return None
    if unit == "quarter" and (
        not plural
        or (
            re.match(r"\s+of\b", after)
            and not re.search(r"consecutive|straight|successive", m.group(0), re.IGNORECASE)
        )
    ):
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
        prev = text[max(0, m.start() - 25) : m.start()]
        hyphen = "-" in m.group(0)
        tied = re.match(
            r"\s+(?:earlier|later|before|after|ago|and\s+a\s+half|or\s+(?:two|so|more"
            r"|less|longer)|long|from\s+now)\b|-long\b",
            after,
            re.IGNORECASE,
        )
        led = re.search(
            r"\b(?:for|in|within|over|after|about|around|nearly|almost|than|just"
            r"|only|half|take|takes|took|taking|taken|spent|spend|spends|lasted|last"
            r"|lasts|lasting|least)\s+$",
            prev,
            re.IGNORECASE,
        )
        if not (hyphen or tied or led):
            return None  # "not a day anybody can be prepared for", "$41m a year"
    if (
        q_text == "one"
        and unit == "day"
        and (_sentence_initial(text, m.start()) or after.startswith(","))
    ):
        return None  # "One day, ..." is not a duration
    surface = m.group(0)

    def build(env: Env) -> Val | None:
        if ago:
            return _ago(env, unit, q_lo, q_hi, vague, hedge, ago, surface)
        if (
            env.signal == "in"
            and env.tense == "future"
            and not win
            and not vague
            and not hedge
            and unit in ("day", "week", "fortnight", "month", "year", "decade")
        ):
            return _ago(env, unit, q_lo, q_hi, vague, hedge, "from now", surface)
        return _duration(env, unit, q_lo, q_hi, vague, hedge, win, surface)

    return build


def _quantity(
    q: str, q2: str | None, half: bool, plural: bool
) -> tuple[float | None, float | None, bool]:
    """Count of units as (low, high, vague)."""
    q = re.sub(r"\s+", " ", q)
    if q in (
        "several",
        "few",
        "many",
        "dozens of",
        "hundreds of",
        "a few",
        "an few",
        "a couple of",
        "an couple of",
        "couple of",
    ):
        lo, hi = VAGUE_COUNTS.get(q.replace("an ", "a "), (2.0, None))
        return lo, hi, True
    if q in ("half a", "half an", "a half", "an half"):
        n = 0.5
    elif q in ("a dozen", "an dozen"):
        n = 12.0
    else:
        n = word_number(q)
    if n is None:
        return None, None, False
    if half:
        n += 0.5
    if q2:
        n2 = word_number(q2)
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
    if hedge in ("about", "around", "approximately", "roughly", "some", "an estimated", "close to"):
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
        return f"PT{fmt_num(n * 24)}H"
    if unit == "hour" and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{fmt_num(n * 60)}M"
    if unit == "minute" and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{fmt_num(n * 60)}S"
    return f"PT{fmt_num(n)}{code}" if in_time else f"P{fmt_num(n)}{code}"


def _unit_label(unit: str, lo: float, hi: float | None, vague: bool) -> str:
    if unit == "fortnight":
        unit, lo, hi = "week", lo * 2, None if hi is None else hi * 2
    if vague:
        if hi is None:
            return f"an unstated number of {unit}s"
        return f"{fmt_num(lo)}–{fmt_num(hi)} {unit}s"
    if hi is not None and hi != lo:
        return f"{fmt_num(lo)}–{fmt_num(hi)} {unit}s"
    return f"{fmt_num(lo)} {unit}{'' if lo == 1 else 's'}"


_HEDGE_LABEL = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "close to": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "barely": "nearly",
    "more than": "more than",
    "over": "more than",
    "just over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "no less than": "at least",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "up to": "up to",
    "at most": "up to",
    "no more than": "up to",
}


def _duration(
    env: Env,
    unit: str,
    lo: float,
    hi: float | None,
    vague: bool,
    hedge: str,
    win: str,
    surface: str,
) -> Val:
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
    v = Val(
        "DURATION",
        _dur_timex(unit, None if vague or hi != lo else lo),
        None,
        unit,
        label,
        amount=amount,
        mod=mod,
    )
    if win:
        pub = env.published
        if pub is not None and not vague and hi == lo:
            p = dt(pub)
            if "next" in win or "coming" in win:
                iv = (p, _shift(p, unit, lo))
            else:
                iv = (_shift(p + _DAY, unit, -lo), p + _DAY)
            v.interval = iv
            v.value = f"{label} ({fmt_interval(*iv)})"
            v.deictic = True
        elif pub is None:
            v.value = label
        w = "next" if ("next" in win or "coming" in win) else "past"
        v.part = w
    return v


_MONTHS_IN = {
    "month": 1,
    "quarter": 3,
    "year": 12,
    "decade": 120,
    "century": 1200,
    "millennium": 12000,
}


def _shift(p: datetime, unit: str, n: float) -> datetime:
    """``p`` moved by ``n`` units; calendar units move by whole months first."""
    if unit in _MONTHS_IN:
        months = n * _MONTHS_IN[unit]
        whole = int(months)
        y, m = add_months(p.year, p.month, whole)
        return datetime(y, m, min(p.day, 28)) + timedelta(days=30.44 * (months - whole))
    return p + timedelta(seconds=_UNITS[unit][2] * n)


def _ago(
    env: Env,
    unit: str,
    lo: float,
    hi: float | None,
    vague: bool,
    hedge: str,
    ago: str,
    surface: str,
) -> Val | None:
    """'four years ago' = the year four years before publication (granularity of the unit)."""
    if vague or hi != lo:
        return Val(
            "DATE",
            "PAST_REF" if ago == "ago" else "FUTURE_REF",
            None,
            "year",
            "some time ago" if ago == "ago" else "some time from now",
        )
    sign = -1 if ago == "ago" else 1
    n = lo * _UNITS[unit][4]
    mod = None
    if hedge in (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "an estimated",
        "close to",
        "just under",
        "barely",
    ):
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
        p = dt(pub)
        v = Val("DATE", pub.isoformat(), (p, p + _DAY), "day", fmt_day(pub), deictic=True)
    elif unit == "day":
        v = _v_day(pub + timedelta(days=sign * n), True) if float(n).is_integer() else None
    elif unit in ("week", "fortnight"):
        v = _v_week(pub + timedelta(days=sign * 7 * n)) if float(n).is_integer() else None
    elif unit == "month":
        if not float(n).is_integer():
            return None
        y, mm = add_months(pub.year, pub.month, int(sign * n))
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


@_rule(
    r"\b(?P<win>the\s+(?:past|last|next|coming))\s+(?P<u>week|month|year|decade|century"
    r"|quarter|fortnight|day|hour)\b(?!['’]s)",
    4,
)
def _r_window_unit(m: re.Match, text: str) -> Builder | None:
    """'the past year', 'over the last decade': a window of one unit ending now."""
    if re.match(r"\s+(?:of|or)\b", text[m.end() :], re.IGNORECASE):
        return None
    u = m.group("u").lower()
    win = re.sub(r"\s+", " ", m.group("win").lower())
    return lambda env: _duration(env, u, 1, 1, False, "", win, m.group(0))


@_rule(
    r"\b(?P<pre>within|for|over|in|after|over\s+the)\s+(?P<u>seconds|minutes|hours|days|weeks"
    r"|months|years|decades)\b|\b(?P<u2>days|weeks|months|years|decades)-long\b",
    5,
)
def _r_bare_plural(m: re.Match, text: str) -> Builder | None:
    """'within days', 'for years', 'decades-long': durations with no number stated (PXD)."""
    if m.group("u2"):
        u2 = m.group("u2").lower()[:-1]
        return (
            lambda env: _duration(env, u2, 2.0, None, True, "", "", m.group(0)),
            (m.start(), m.end()),
        )
    if re.match(
        r"\s+(?:of|to|ago|before|after|later|earlier|old)\b", text[m.end() :], re.IGNORECASE
    ):
        return None
    pre = m.group("pre").lower()
    if pre.startswith("over ") and m.group("u").lower() not in ("years", "decades"):
        return None
    u = m.group("u").lower()[:-1]
    s = m.start("u") if " " not in pre else m.start("pre") + 5
    e = m.end("u")

    def build(env: Env) -> Val:
        return _duration(env, u, 2.0, None, True, "", "", m.group("u"))

    return build, (s, e)


# --- clock times -------------------------------------------------------------------

_TZ_RE = (
    r"(?:\s*(?P<tz>UTC|GMT|BST|CEST|CET|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
    r"|AEST|AEDT|JST|HKT|SGT|MSK|WIB|IST|Z|local\s+time)(?![\w])"
    r"(?:\s*(?P<off>[+-]\s*\d{1,2})(?::?(?P<offm>\d\d))?)?"
    r"|\s*\((?P<tz2>GMT|UTC)\s*(?P<off2>[+-]\s*\d{1,2})(?::?\d\d)?\))?"
)


@_rule(
    r"(?<![\w.,:/])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
    r"(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)" + _TZ_RE,
    1,
)
def _r_clock12(m: re.Match, text: str) -> Builder | None:
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    if m.group("ap").lower() == "p" and h != 12:
        h += 12
    elif m.group("ap").lower() == "a" and h == 12:
        h = 0
    return _clock_builder(((h, mi),), m)


@_rule(
    r"(?<![\w.,:/$£€])(?P<h>[01]?\d|2[0-3])[:h](?P<mi>[0-5]\d)(?![\d:]|\.\d|\s*%)"
    r"(?:\s*(?P<hrs>hrs|hours|h)\b)?" + _TZ_RE,
    2,
)
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


@_rule(rf"\b(?P<h>{NUMWORD_RE}|1[0-2]|0?[1-9])\s+o['’]clock\b", 2)
def _r_oclock(m: re.Match, text: str) -> Builder | None:
    h = word_number(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    h = int(h) % 12
    return _clock_builder(((h, 0), (h + 12, 0)), m)


def _clock_builder(cands: tuple[tuple[int, int], ...], m: re.Match) -> Builder | None:
    """A TIME value; several candidates when a 12-hour reading is ambiguous ('3:45')."""
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
            tz += int(off.replace(" ", "")) * 60 + (
                int(gd.get("offm") or 0) * (1 if "-" not in off else -1)
            )
        tz_label = " " + re.sub(
            r"\s+", "", m.group(0)[m.start("tz" if gd.get("tz") else "tz2") - m.start() :]
        ).strip("()")
        if tz_tok == "local time":
            tz_label = " local time"
    clock = tuple((h * 60 + mi, h * 60 + mi + 1) for h, mi in cands)
    label = " or ".join(f"{h:02d}:{mi:02d}" for h, mi in cands) + tz_label
    timex = f"T{cands[0][0]:02d}:{cands[0][1]:02d}"  # TimeML keeps the first reading
    if tz == 0:
        timex += "Z"
    elif tz is not None:
        timex += f"{'+' if tz >= 0 else '-'}{abs(tz) // 60:02d}:{abs(tz) % 60:02d}"
    gran = "minute" if any(mi for _, mi in cands) else "hour"

    def build(env: Env) -> Val:
        return Val("TIME", timex, None, gran, label, clock=clock, tz=tz)

    return build


# --- vague references, sets, holidays ------------------------------------------------


@_rule(
    r"\b(?:(?P<past>recently|lately|in\s+recent\s+(?:days|weeks|months|years|decades|times)"
    r"|in\s+the\s+recent\s+past|the\s+other\s+day|in\s+the\s+past(?=\s*[,.;]|\s+(?:and|but|"
    r"when|,)|$))"
    r"|(?P<present>right\s+now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days"
    r"|for\s+the\s+time\s+being|(?<![-\w])now(?![-\w]))"
    r"|(?P<future>soon(?![-\w]|\s+(?:after|afterwards|before|thereafter))"
    r"|(?:in|for|over)\s+the\s+(?:long|short|medium|near)\s+term|in\s+the\s+(?:near\s+|"
    r"not[\s-]too[\s-]distant\s+)?future|in\s+the\s+coming\s+(?:days|weeks|months|years"
    r"|decades)|in\s+the\s+(?:days|weeks|months|years)\s+ahead|in\s+the\s+near\s+term"
    r"|before\s+long))\b",
    6,
)
def _r_vague(m: re.Match, text: str) -> Builder | None:
    if m.group("future") and re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
        return None  # "as soon as"
    ref = "PAST_REF" if m.group("past") else "PRESENT_REF" if m.group("present") else "FUTURE_REF"
    label = {
        "PAST_REF": "the past (unspecified)",
        "PRESENT_REF": "the present",
        "FUTURE_REF": "the future (unspecified)",
    }[ref]
    return lambda env: Val("DATE", ref, None, "day" if ref == "PRESENT_REF" else "year", label)


_SET_UNITS = {
    "second": "PT1S",
    "minute": "PT1M",
    "hour": "PT1H",
    "day": "P1D",
    "night": "P1D",
    "week": "P1W",
    "fortnight": "P2W",
    "month": "P1M",
    "quarter": "P3M",
    "year": "P1Y",
    "decade": "P10Y",
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
}
_SET_ADV = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "annual": "P1Y",
    "hourly": "PT1H",
    "biannually": "P6M",
    "biannual": "P6M",
    "biweekly": "P2W",
}


@_rule(
    rf"\b(?:(?P<every>every|each)\s+(?:single\s+)?(?P<other>other\s+)?"
    rf"(?:(?P<n>\d+|{NUMWORD_RE})\s+)?(?P<u>second|minute|hour|day|night|week|fortnight"
    rf"|month|quarter|year|decade|morning|afternoon|evening|weekend|{_WDN})s?"
    r"|(?P<adv>daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|annual"
    r"|hourly|biannually|biannual|biweekly)"
    rf"|(?P<freq>once|twice|thrice|(?:\d+|{NUMWORD_RE})\s+times)\s+(?:a|an|per|every|each)"
    r"\s+(?P<u2>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)"
    rf"|(?:on\s+)?(?P<wds>(?:{_WDN})s)|(?P<wkends>at\s+weekends|on\s+weekends))\b",
    3,
)
def _r_set(m: re.Match, text: str) -> Builder | None:
    if m.group("adv"):
        if not m.group("adv")[0].islower():
            return None  # "Daily Mail", "Weekly Standard"
        timex, label = _SET_ADV[m.group("adv").lower()], m.group("adv").lower()
        freq = None
    elif m.group("freq"):
        fq = m.group("freq").lower()
        n = {"once": 1, "twice": 2, "thrice": 3}.get(fq) or word_number(fq.split()[0])
        u = m.group("u2").lower()
        timex, freq = _SET_UNITS[u], f"{fmt_num(n)}X"
        label = f"{fmt_num(n)} times per {u}"
    elif m.group("wds"):
        w = m.group("wds")
        if not _cap(w):
            return None
        wd = WEEKDAYS[w[:-1].lower()]
        timex, freq, label = f"XXXX-WXX-{wd}", None, f"every {WEEKDAY_NAMES[wd]}"
    elif m.group("wkends"):
        timex, freq, label = "XXXX-WXX-WE", None, "every weekend"
    else:
        u = m.group("u").lower()
        n = word_number(m.group("n")) if m.group("n") else 1
        if m.group("other"):
            n = 2
        if u == "weekend":
            timex, label = "XXXX-WXX-WE", "every weekend"
        elif u in WEEKDAYS:
            if not _cap(m.group("u")):
                return None
            wd = WEEKDAYS[u]
            timex, label = f"XXXX-WXX-{wd}", f"every {WEEKDAY_NAMES[wd]}"
        else:
            base = _SET_UNITS[u]
            if n != 1 and base.startswith("P"):
                num = re.sub(r"\D", "", base)
                timex = base.replace(num, fmt_num(int(num) * n))
            else:
                timex = base
            label = f"every {u}" if n == 1 else f"every {fmt_num(n)} {u}s"
        freq = None
    tx = timex

    def build(env: Env) -> Val:
        v = Val("SET", tx, None, "day", label)
        v.fields = (("freq", int(freq[:-1]) if freq and freq[:-1].isdigit() else 1),)
        return v

    return build


_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "hogmanay": (12, 31),
}


@_rule(
    r"\b(?P<h>Christmas\s+(?:Day|Eve)|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day"
    r"|Easter\s+(?:Sunday|Monday)|Easter|Good\s+Friday|Halloween|Valentine['’]s\s+Day"
    r"|Thanksgiving(?:\s+Day)?|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hogmanay)"
    r"(?:\s+(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d))?\b",
    2,
    0,
)
def _r_holiday(m: re.Match, text: str) -> Builder | None:
    name = re.sub(r"\s+", " ", m.group("h").replace("’", "'")).lower()
    ys = m.group("y")
    bare = name in ("christmas", "easter", "thanksgiving")
    after = text[m.end() :]

    def day_of(y: int) -> date:
        if name.startswith("easter") or name == "good friday":
            e = easter(y)
            return e + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
        if name.startswith("thanksgiving"):
            return nth_weekday(y, 11, 4, 4)
        mm, dd = _HOLIDAYS[name]
        return date(y, mm, dd)

    def build(env: Env) -> Val | None:
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
            y = _pick_year(pub, tense, lambda k: day_iv(day_of(k)))
            v = _v_day(day_of(y))
        v.value = f"{m.group('h')} = {v.value}"
        return v

    return build


# ------------------------------------------------------------------ parts


def _with_part(v: Val, part: str | None, env: Env) -> Val:
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
        p = dt(env.published)
        v.interval = (max(lo, min(p, hi - _DAY)), hi)
        v.value = f"rest of {v.value} ({fmt_interval(*v.interval)})"
        v.deictic = True
        return v
    v.interval = narrow(v.interval, part)
    if v.gran == "decade" and part in ("early", "mid", "late"):
        v.value = v.value.replace("the ", f"the {part}{'-' if part == 'mid' else ' '}", 1)
    else:
        v.value = f"mid-{v.value}" if part == "mid" else f"{part} {v.value}"
    return v


WORD_RE = re.compile(r"[a-z]+")
ALL_KEYS = frozenset(w for v in _KEYS.values() for w in v.split())
