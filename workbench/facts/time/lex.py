"""Word lists and number words for time expressions.

Month, weekday, season and part-of-day names as TimeML codes them, the
named days built on a weekday name, and small number words ("twenty-five",
"a couple of"), with the parser :func:`word_number`.
"""

from __future__ import annotations

import re

from ..quantity.numbers import MAX_MAGNITUDE

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
    """'twenty-five' -> 25, '48' -> 48, '1,000' -> 1000, '1.5' -> 1.5, '½' -> 0.5,
    'one and a quarter' -> 1.25."""
    t = text.strip().lower().replace("½", ".5")
    if not t:
        return None
    if t[0].isdigit() or t[0] == ".":
        try:
            return _readable(float(t.replace(",", "")))
        except ValueError:
            return None
    t = re.sub(r"[-\s]+", " ", t)
    total = 0.0
    for tail, frac in ((" and a half", 0.5), (" and a quarter", 0.25)):
        if t.endswith(tail):
            t, total = t[: -len(tail)], frac
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
    return _readable(total)


def _readable(x: float) -> float | None:
    """None for a count no float arithmetic on times should meet: a 400-digit
    number of years is infinity, and so is "hundred" said 200 times."""
    return x if abs(x) < MAX_MAGNITUDE else None


def fmt_num(x: float) -> str:
    """1.0 -> '1', 1.5 -> '1.5' (no trailing zeros)."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
