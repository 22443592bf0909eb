"""The one lexicon the fact families share: months, weekdays, ordinals,
number words and the year pattern.

Times and quantities both read these (a quantity reader must know "May 2"
is a date, a time reader that "twenty-five" is a count); each family keeps
only the words that are its own (seasons and parts of a day in
:mod:`.time.lex`, hedges and units in :mod:`.quantity`). Number words are
parsed by :mod:`.numwords`.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A word list written as one string, for readable lexicon tables."""
    return frozenset(text.split())


# ---------------------------------------------------------------- months

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
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
# Abbreviations as written in copy, "Sept" before "Sep" so that it is preferred.
MONTH_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
# Month names that are also ordinary words or first names ("may be", "a march",
# "April Smith") need a temporal context before they count as months.
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}

# Regular-expression alternatives (no group): full names in lower case; and,
# for case-sensitive patterns, full names and abbreviations capitalised.
MONTH_FULL_ALT = "|".join(n.lower() for n in MONTH_NAMES[1:])
MONTH_TITLE_ALT = "|".join([*MONTH_NAMES[1:], *(s.capitalize() for s in MONTH_SHORT)])
# Case-insensitive: an abbreviation with its full stop first ("Sept."), then the
# full names, then the bare abbreviations.
MONTH_ALT = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|" + MONTH_FULL_ALT
    + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)  # fmt: skip
MONTH_KEYS = " ".join(MONTHS)  # every month word, for rule key lookup

# ---------------------------------------------------------------- weekdays

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3,
    "wed": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5,
    "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBR = ("", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_ALT = "|".join(n.lower() for n in WEEKDAY_NAMES[1:])

# ---------------------------------------------------------------- ordinals

# Ordinal of a part of a year ("the final quarter" is the fourth).
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

# ---------------------------------------------------------------- years

# A year as news writes one: 1000-2099.
YEAR_DIGITS = r"1[0-9]{3}|20[0-9]{2}"
YEAR = rf"(?P<y>{YEAR_DIGITS})(?![\d])"

# ---------------------------------------------------------------- number words

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# Denominators written as words: singular after "a"/"one", plural after two..nine.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# A number word below 100 ("twenty-five", "twenty five", "nineteen"), as one
# regular-expression group.
_UNITS_ALT = "|".join(w for w, v in ONES.items() if 0 < v < 10)
NUMWORD_RE = (
    "(?:(?:" + "|".join(TENS) + ")"
    + r"(?:[-\s](?:" + _UNITS_ALT + r")\b)?"
    + "|" + "|".join(ONES) + ")"
)  # fmt: skip


# Terms that only look like a length of time: a "zero-day" flaw or exploit (an
# attack before the maker knew), a "zero-hours contract" (neither the time nor
# the quantity family reads them: a trial's security story showed "zero-day = 0
# days: same length" as a finding). "zero-day" in the singular is always the
# term, whatever follows ("a zero-day Internet Explorer vulnerability", "a “zero
# day” flaw", "the exploit is termed “zero day”": trial 24); a length of no days
# is written in the plural ("It rained on zero days"), or with the security noun
# right after it as before ("zero days exploits" is no length either).
TIME_LIKE_TERM = re.compile(
    r"(?<![\w-])(?:zero|0)[- ]?day(?![\w])"
    r"|zero[- ]days?(?=[- ](?:exploits?|flaws?|vulnerabilit\w*|attacks?|bugs?|holes?|threats?|"
    r"malware|hacks?|weakness\w*|security)\b)|zero[- ]hours?(?=[- ]contracts?\b)",
    re.IGNORECASE,
)
