"""Rules for days named by an ordinal: "the second Monday of March", "the last
Friday of the month", "Wednesday the 14th", "the third of May", "on the 4th",
"Thursday after next".

An ordinal day with no month ("on the 4th") is read only after a temporal
preposition, as the nearest such day in the direction of the verb (the last
one for a past verb, the next for a future one, else the publication month's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..lexicon import MONTH_KEYS, MONTH_NAMES, WEEKDAY_ALT, WEEKDAY_NAMES, WEEKDAYS, YEAR_DIGITS
from .base import (
    MON,
    MON_ALT,
    WD_REL,
    WDA,
    Builder,
    Env,
    Val,
    cap,
    month_num,
    pick_year,
    rule,
    safe_day_iv,
    v_day,
    v_unknown,
)
from .cal import add_months, day_iv, monday, nth_weekday
from .pastday import told_as_done

_NTH = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip
_DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
_WD = rf"(?P<wd>{WEEKDAY_ALT})"
_ORD_DIGITS = r"(?P<dd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_ORD_WORD = "(?P<dw>" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_KEYS = " ".join(WEEKDAY_NAMES[1:]).lower()


def _nth_in_month(y: int, mon: int, wd: int, n: int) -> date | None:
    if n > 0:
        d = nth_weekday(y, mon, wd, n)
        return d if d.month == mon else None
    d = nth_weekday(y, mon, wd, 4)
    return d + timedelta(days=7) if (d + timedelta(days=7)).month == mon else d


@rule(
    rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
    rf"{_WD}\s+(?:of|in)\s+(?:{MON}(?:,?\s+(?P<y>{YEAR_DIGITS})(?!\d))?"
    r"|(?P<rel>this|next|last|the)\s+month\b)",
    1,
    keys=_KEYS,
)
def r_nth_weekday(m: re.Match, text: str) -> Builder | None:
    """'the second Monday of March', 'the last Friday of the month'."""
    n = _NTH[m.group("n").lower()]
    wd = WEEKDAYS[m.group("wd").lower()]
    if m.group("mon") and not cap(m.group("mon")):
        return None
    mon = month_num(m.group("mon")) if m.group("mon") else None
    ys = m.group("y")
    shift = {"this": 0, "the": 0, "next": 1, "last": -1}.get((m.group("rel") or "").lower(), 0)

    def build(env: Env) -> Val | None:
        pub = env.published
        if mon is not None and ys:
            d = _nth_in_month(int(ys), mon, wd, n)
        elif pub is None:
            return v_unknown("XXXX-XX-XX", "day", f"{m.group(0)} (year not stated)")
        elif mon is None:
            y, mm = add_months(pub.year, pub.month, shift)
            d = _nth_in_month(y, mm, wd, n)
        else:

            def iv_of(k: int) -> tuple | None:
                dd = _nth_in_month(k, mon, wd, n)
                return day_iv(dd) if dd else None

            d = _nth_in_month(pick_year(pub, env.tense, iv_of), mon, wd, n)
        return v_day(d, deictic=not ys) if d else None

    return build


@rule(
    rf"\b{_WD},?\s+(?:the\s+)?{_ORD_DIGITS}(?![\w-])(?!\s+(?:of\s+)?{MON})",
    1,
    keys=_KEYS,
)
def r_weekday_the_nth(m: re.Match, text: str) -> Builder | None:
    """'Wednesday the 14th', 'Friday, the 3rd': the nearest month whose day N is that weekday."""
    if not cap(m.group("wd")):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    day = int(m.group("dd"))

    def build(env: Env) -> Val | None:
        pub = env.published
        if pub is None:
            return v_unknown(f"XXXX-XX-{day:02d}", "day", m.group(0), (("day", day),))
        cands = []
        for k in range(-14, 15):
            y, mon = add_months(pub.year, pub.month, k)
            if safe_day_iv(y, mon, day) and date(y, mon, day).isoweekday() == wd:
                cands.append(date(y, mon, day))
        d = _by_tense(cands, pub, env.tense)
        return v_day(d, deictic=True) if d else None

    return build


def _by_tense(cands: list[date], pub: date, tense: str | None) -> date | None:
    if tense == "past":
        before = [d for d in cands if d <= pub]
        if before:
            return max(before)
    if tense == "future":
        after = [d for d in cands if d >= pub]
        if after:
            return min(after)
    return min(cands, key=lambda d: (abs((d - pub).days), d < pub)) if cands else None


@rule(
    rf"\bthe\s+(?:{_ORD_DIGITS}|{_ORD_WORD})\s+of\s+{MON}(?:,?\s+(?P<y>{YEAR_DIGITS})(?!\d))?",
    1,
    keys=MONTH_KEYS,
)
def r_the_nth_of(m: re.Match, text: str) -> Builder | None:
    """'the third of May', 'the 4th of July 2021'."""
    if not cap(m.group("mon")):
        return None
    day = int(m.group("dd")) if m.group("dd") else _DAY_WORDS[m.group("dw").lower()]
    mon = month_num(m.group("mon"))
    ys = m.group("y")
    return _day_of(mon, day, ys)


def _day_of(mon: int, day: int, ys: str | None) -> Builder | None:
    if safe_day_iv(int(ys) if ys else 2000, mon, day) is None:
        return None

    def build(env: Env) -> Val | None:
        if ys:
            return v_day(date(int(ys), mon, day))
        pub = env.published
        if pub is None:
            label = f"{day} {MONTH_NAMES[mon]} (year not stated)"
            return v_unknown(
                f"XXXX-{mon:02d}-{day:02d}", "day", label, (("month", mon), ("day", day))
            )
        soon = 0 if told_as_done(env) else 31  # "was arrested on the third of March"
        y = pick_year(pub, env.tense, lambda k: safe_day_iv(k, mon, day), soon=soon)
        return v_day(date(y, mon, day)) if safe_day_iv(y, mon, day) else None

    return build


# A word that makes the ordinal after a month an adjective of its own noun ("March
# third-quarter sales", "in May second place"), not the day.
_ORD_NOUN = (
    r"(?:quarter|half|place|time|round|term|straight|consecutive|successive|largest|"
    r"biggest|highest|lowest|best|worst|anniversary|period|session|phase|stage|day|week|"
    r"month|year|edition|issue|meeting|game|race|test|leg|vote|ballot)"
)


@rule(
    rf"\b{WD_REL}(?:{WDA},?\s+)?{MON}\s+(?:the\s+)?{_ORD_WORD}(?![\w-])(?!\s+{_ORD_NOUN}\b)"
    rf"(?:,?\s+(?P<y>{YEAR_DIGITS})(?!\d))?",
    1,
    keys=MONTH_KEYS,
)
def r_month_nth_word(m: re.Match, text: str) -> Builder | None:
    """'March eighth', 'on May the first, 1998', 'Sunday, March eighth': a day written
    out after its month."""
    if not cap(m.group("mon")):
        return None
    return _day_of(month_num(m.group("mon")), _DAY_WORDS[m.group("dw").lower()], m.group("y"))


_SIGNALS_BEFORE = re.compile(
    r"\b(?:on|by|until|till|from|since|before|after|through|to)\s+$", re.IGNORECASE
)


# "of next month", "of this month": the month an ordinal day is of, counted from publication
_OF_MONTH = (
    r"(?:\s+of\s+(?P<rel>this|next|last|previous|the\s+(?:next|previous|following|coming))"
    r"\s+month\b)"
)
_REL_MONTH = {"this": 0, "next": 1, "last": -1, "previous": -1, "the next": 1, "the following": 1,
              "the coming": 1, "the previous": -1}  # fmt: skip
# a day written as a bare word ordinal is read only from "third" on: "on the first", "by the
# second" are as often a first round, a second half or a second vote as a day
_NOT_BARE_DAY = ("first", "second")
# ... nor where the sentence puts an ordinal word before a noun: "won on the second ballot
# and lost on the third" leaves the noun out, it names no day
_ORD_BEFORE_NOUN = re.compile(
    r"\b(?:"
    + "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
    + r"|last|next)\s+(?!of\b|to\b|until\b|till\b|through\b)[a-z]+",
    re.IGNORECASE,
)


# the first end of a range whose far end names the month: "from the 3rd to the 5th of
# June" is 3 June (the first end was dropped, session 31)
_RANGE_TO_MONTH = (
    r"(?=\s*(?:to|until|till|through|and|-|–)\s*(?:the\s+)?(?:"
    + _ORD_DIGITS.replace("?P<dd>", "?P<dd2>")
    + "|"
    + _ORD_WORD.replace("?P<dw>", "?P<dw2>")
    + rf")\s+of\s+(?P<mon2>{MON_ALT})\b)?"
)


@rule(
    rf"\bthe\s+(?:{_ORD_DIGITS}|{_ORD_WORD})(?![\w-]){_OF_MONTH}?{_RANGE_TO_MONTH}"
    r"(?!\s+(?!(?:to|until|till|through|and)\s+the\s)(?:of\b|century|centuries|[a-z]))",
    3,
    keys="st nd rd th " + " ".join({w for k in _DAY_WORDS for w in k.split("-")}),
)
def r_the_nth(m: re.Match, text: str) -> Builder | None:
    """'on the 4th', 'until the 21st', 'on the fifteenth': a day of a month the text
    does not name; 'the 4th of next month', 'the 11th of this month': of the month
    counted from publication."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower()) if m.group("rel") else None
    word = m.group("dw").lower() if m.group("dw") else None
    if rel is None and not _SIGNALS_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    if rel is None and word and (word in _NOT_BARE_DAY or _ORD_BEFORE_NOUN.search(text)):
        return None
    day = int(m.group("dd")) if m.group("dd") else _DAY_WORDS[word]
    if m.group("mon2") and cap(m.group("mon2")):
        end = int(m.group("dd2")) if m.group("dd2") else _DAY_WORDS[m.group("dw2").lower()]
        mon = month_num(m.group("mon2"))
        return _day_of(mon if day <= end else (mon - 2) % 12 + 1, day, None)  # "28th to 2nd"

    def build(env: Env) -> Val | None:
        pub = env.published
        if pub is None:
            return v_unknown(f"XXXX-XX-{day:02d}", "day", m.group(0), (("day", day),))
        if rel is not None:
            y, mon = add_months(pub.year, pub.month, _REL_MONTH[rel])
            return v_day(date(y, mon, day), deictic=True) if safe_day_iv(y, mon, day) else None
        cands = []
        for k in (-1, 0, 1):
            y, mon = add_months(pub.year, pub.month, k)
            if safe_day_iv(y, mon, day):
                cands.append(date(y, mon, day))
        this = date(pub.year, pub.month, day) if safe_day_iv(pub.year, pub.month, day) else None
        tense = env.tense
        d = _by_tense(cands, pub, tense) if tense in ("past", "future") else this
        return v_day(d, deictic=True) if d else None

    return build


@rule(rf"\b(?:the\s+)?{_WD}\s+after\s+next\b", 1, keys=_KEYS)
def r_weekday_after_next(m: re.Match, text: str) -> Builder | None:
    """'Thursday after next': that day of the week after next."""
    if not cap(m.group("wd")):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]

    def build(env: Env) -> Val | None:
        pub = env.published
        if pub is None:
            return v_unknown("XXXX-XX-XX", "day", m.group(0))
        return v_day(monday(pub) + timedelta(days=14 + wd - 1), deictic=True)

    return build


_NTH_DAY_WORD = (
    "(?:" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
)


@rule(
    r"\b(?:today|it|this)(?:\s+is|['’]s)\s+(?:now\s+)?(?P<x>(?:the\s+)?"
    rf"{_NTH_DAY_WORD}\s+(?:(?:straight|consecutive|successive|full)\s+)?day)"
    r"\s+(?:of|in|since|after)\b",
    2,
    keys="day",
)
def r_nth_day_today(m: re.Match, text: str) -> Builder | None:
    """'It's the second day of the strike', 'today is the eighth day of the
    operation': the day the present tense speaks from, publication day."""

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-XX-XX", "day", m.group("x"))
        return v_day(env.published, True)

    return build, m.span("x")
