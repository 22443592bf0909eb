"""Helpers for :mod:`workbench.extract.times`: words, numbers, calendar, tense.

Kept apart so that ``times.py`` reads as "what is recognised and how it is
compared" while this file holds the lexicon and calendar arithmetic. Only the
standard library is used: the calendar maths news needs (ISO weeks, quarters,
seasons, parts of a period) is small and explicit here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------- lexicon

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
              "Nov", "Dec")
# Month names that are also ordinary words or first names ("may be", "a march",
# "April Smith") need a temporal context before they count as months.
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday")
WEEKDAY_ABBR = ("", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological, northern hemisphere

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "final": 4, "last": 4,
}

# Parts of a day as TimeML names them, with the hours they cover (end may pass 24).
PARTS_OF_DAY = {
    "morning": ("MO", 5, 12), "afternoon": ("AF", 12, 18), "evening": ("EV", 17, 22),
    "night": ("NI", 20, 30), "tonight": ("NI", 20, 30), "overnight": ("NI", 20, 30),
}
POD_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}

# Named days built on a weekday name: not that weekday of the current week.
NAMED_DAY_WORDS = {
    "black", "good", "super", "cyber", "ash", "bloody", "holy", "maundy", "easter",
    "shrove", "giving", "blue", "plough", "palm", "manic", "whit", "low", "fat",
}

# ---------------------------------------------------------------- numbers

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMWORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# Vague counts: (low, high) in units; high None = open-ended.
VAGUE_COUNTS = {
    "several": (3.0, 9.0), "a few": (2.0, 5.0), "few": (2.0, 5.0), "a couple of": (2.0, 3.0),
    "couple of": (2.0, 3.0), "a couple": (2.0, 3.0), "many": (4.0, None),
    "dozens of": (24.0, 144.0), "hundreds of": (200.0, 999.0), "some": (2.0, None),
    "": (2.0, None),
}


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
    return (datetime(y, 1, 1), datetime(y, 7, 1)) if h == 1 else (datetime(y, 7, 1),
                                                                   datetime(y + 1, 1, 1))


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
        "early": (0.0, 0.4), "start of": (0.0, 0.25), "first half": (0.0, 0.5),
        "mid": (0.3, 0.7), "late": (0.6, 1.0), "end of": (0.75, 1.0),
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
        (365.25 * 86400, "year"), (30.436875 * 86400, "month"), (7 * 86400, "week"),
        (86400, "day"), (3600, "hour"), (60, "minute"), (1, "second"),
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
    r"|next|(?:is|are)\s+to"
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
    "had did has have 've ’ve"
).split()
# Frequent -ed words that are usually adjectives or not verbs at all.
_ED_STOP = set(
    "united based armed related limited detailed advanced called named expected proposed "
    "planned scheduled alleged reported need speed seed feed bleed breed greed proceed "
    "exceed succeed indeed hundred kindred sacred naked wicked ragged bloodshed watershed "
    "seabed embed wed shed red bed fled led fed bred sled shred biased skilled talented "
    "experienced qualified concerned interested supposed used fixed mixed required "
    "renewed increased reduced estimated combined registered licensed owned listed".split()
)
_TENSE_RE = re.compile(
    rf"(?P<fut>\b(?:{_FUTURE})\b)|(?P<pres>\b(?:{_PRESENT})\b)"
    rf"|(?P<past>\b(?:{'|'.join(re.escape(w) for w in _PAST_IRREGULAR)})\b)|(?P<may>\bmay\b)"
    r"|(?P<ed>\b[a-z]{3,}ed\b)",
    re.I,
)
_ED_BLOCKERS = re.compile(
    r"(?:\b(?:is|are|am|be|been|being|will|would|to|get|gets|the|a|an|its|their|his|her|"
    r"this|that|these|those|our|my|your|'s|’s|'re|’re))\s+$", re.I,
)
_CLAUSE_BREAK = re.compile(r"[;:—–()\"“”]|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b")


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
            out.append((m.start(), m.end(), "past", 12))
        elif kind == "fut":
            out.append((m.start(), m.end(), "future", 0))
        elif kind == "may":
            if m.group()[0] == "m":  # the modal verb; "May" is the month
                out.append((m.start(), m.end(), "future", 0))
        elif kind == "pres":
            out.append((m.start(), m.end(), "present", 20))
        else:
            out.append((m.start(), m.end(), "past", 0))
    return out


def tense_at(text: str, cues: list[tuple[int, int, str, int]], start: int, end: int,
             reach: int = 70) -> str | None:
    """Tense of the verb nearest to text[start:end], or None when nothing is near.

    Distance is in characters plus the cue's weakness; crossing a clause
    break (semicolon, dash, quote, 'but') costs more, a comma a little.
    """
    best: tuple[float, str] | None = None
    for s, e, tense, weak in cues:
        if s < end and e > start:
            continue
        a, b = (e, start) if e <= start else (end, s)
        gap = text[a:b]
        score = (b - a) + weak + 30 * len(_CLAUSE_BREAK.findall(gap)) + 6 * gap.count(",")
        if e <= start:
            score -= 3  # a verb before the time expression usually governs it
        if score <= reach and (best is None or score < best[0]):
            best = (score, tense)
    return best[1] if best else None
