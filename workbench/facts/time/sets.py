"""Rules for repetitions (TimeML SETs): "every day", "weekly", "twice a week", "on Mondays",
"Friday mornings"."""

from __future__ import annotations

import re

from ..lexicon import MONTH_NAMES, MONTH_TITLE_ALT, MONTHS, NUMWORD_RE, WEEKDAY_NAMES, WEEKDAYS
from ..numwords import word_number
from .base import (
    WDN,
    Builder,
    Env,
    Val,
    cap,
    rule,
)
from .lex import PARTS_OF_DAY, SEASON_NAMES, SEASONS, fmt_num

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


@rule(
    rf"\b(?:(?P<every>every|each)\s+(?:single\s+)?(?P<other>other\s+)?"
    rf"(?:(?P<n>\d+|{NUMWORD_RE})\s+)?(?P<u>second|minute|hour|day|night|week|fortnight"
    rf"|month|quarter|year|decade|morning|afternoon|evening|weekend|{WDN})s?"
    r"|(?P<everyday>everyday)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|at|in|on|for|from|until"
    r"|except|during|to)\b)"
    r"|(?P<adv>daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|annual"
    r"|hourly|biannually|biannual|biweekly)"
    rf"|(?P<freq>once|twice|thrice|(?:\d+|{NUMWORD_RE})\s+times)\s+(?:a|an|per|every|each)"
    r"\s+(?P<u2>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)"
    rf"|(?:on\s+)?(?P<wdp>{WDN})\s+(?P<pods>mornings|afternoons|evenings|nights)"
    r"|in\s+the\s+(?P<podp>mornings|afternoons|evenings)"
    rf"|(?:on\s+)?(?P<wds>(?:{WDN})s)|(?P<wkends>at\s+weekends|on\s+weekends))\b",
    3,
    keys="every each everyday daily nightly weekly fortnightly monthly quarterly yearly annually "
    "annual hourly biannually biannual biweekly once twice thrice times mondays tuesdays "
    "wednesdays thursdays fridays saturdays sundays weekends mornings afternoons evenings nights",
)
def r_set(m: re.Match, text: str) -> Builder | None:
    if m.group("everyday"):  # "we train everyday": 'every day' run together
        timex, label, freq = _SET_UNITS["day"], "every day", None
    elif m.group("adv"):
        if not m.group("adv")[0].islower():
            return None  # "Daily Mail", "Weekly Standard"
        timex, label = _SET_ADV[m.group("adv").lower()], m.group("adv").lower()
        freq = None
    elif m.group("freq"):
        fq = m.group("freq").lower()
        n = {"once": 1, "twice": 2, "thrice": 3}.get(fq) or word_number(fq.split()[0])
        if n is None:
            return None  # a count no float holds
        u = m.group("u2").lower()
        timex, freq = _SET_UNITS[u], f"{fmt_num(n)}X"
        label = f"{fmt_num(n)} times per {u}"
    elif m.group("wdp"):
        if not cap(m.group("wdp")):
            return None
        wd = WEEKDAYS[m.group("wdp").lower()]
        pod = m.group("pods").lower()[:-1]
        timex, freq = f"XXXX-WXX-{wd}T{PARTS_OF_DAY[pod][0]}", None
        label = f"every {WEEKDAY_NAMES[wd]} {pod}"
    elif m.group("podp"):
        pod = m.group("podp").lower()[:-1]
        timex, freq, label = f"T{PARTS_OF_DAY[pod][0]}", None, f"every {pod}"
    elif m.group("wds"):
        w = m.group("wds")
        if not cap(w):
            return None
        wd = WEEKDAYS[w[:-1].lower()]
        timex, freq, label = f"XXXX-WXX-{wd}", None, f"every {WEEKDAY_NAMES[wd]}"
    elif m.group("wkends"):
        timex, freq, label = "XXXX-WXX-WE", None, "every weekend"
    else:
        u = m.group("u").lower()
        n = word_number(m.group("n")) if m.group("n") else 1
        if n is None:
            return None
        if m.group("other"):
            n = 2
        if u == "weekend":
            timex, label = "XXXX-WXX-WE", "every weekend"
        elif u in WEEKDAYS:
            if not cap(m.group("u")):
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


@rule(
    rf"\b(?:every|each)\s+(?:(?P<m>{MONTH_TITLE_ALT})(?P<dot>\.)?(?:\s+(?P<d>[12]?\d|3[01])\b)?"
    r"|(?P<s>spring|summer|autumn|fall|winter)"
    r"|(?P<vague>few|several|couple\s+of)\s+(?P<u>minute|hour|day|week|month|year)s)\b",
    3,
    keys="every each",
)
def r_set_named(m: re.Match, text: str) -> Builder | tuple[Builder, tuple[int, int]] | None:
    """'each July', 'every March 1', 'every spring', 'every few weeks': a month, day or
    season that comes round every year, not this year's ('Orangemen march each July'
    is no date to hold against 'on July 5'), and a repetition of a vague length."""
    end = m.end()
    if m.group("m"):
        if not m.group("m")[0].isupper():
            return None  # "each may decide"
        mo = MONTHS[m.group("m").lower()]
        timex, label = f"XXXX-{mo:02d}", f"every {MONTH_NAMES[mo]}"
        if m.group("d"):
            timex, label = f"{timex}-{int(m.group('d')):02d}", f"{label} {int(m.group('d'))}"
        elif m.group("dot") and m.group("m").lower() in MONTH_NAMES_LOWER:
            end -= 1  # a full stop after "July" ends the sentence
    elif m.group("s"):
        code = SEASONS[m.group("s").lower()]
        timex, label = f"XXXX-{code}", f"every {SEASON_NAMES[code]}"
    else:
        u = m.group("u").lower()
        timex = _SET_UNITS[u].replace("1", "X")
        label = f"every {re.sub(r'[ ]+', ' ', m.group('vague').lower())} {u}s"

    def build(env: Env) -> Val:
        v = Val("SET", timex, None, "day", label)
        v.fields = (("freq", 1),)
        return v

    return build if end == m.end() else (build, (m.start(), end))


MONTH_NAMES_LOWER = frozenset(n.lower() for n in MONTH_NAMES[1:])


_NTH_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
              "4th": 4, "last": -1, "final": -1}  # fmt: skip


@rule(
    rf"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+"
    rf"(?P<wd>{WDN})|(?P<dom>[12]?\d|3[01])(?:st|nd|rd|th)(?:\s+day)?)"
    r"\s+(?:of|in)\s+(?:each|every)\s+month\b",
    3,
    keys="each every",
)
def r_set_in_month(m: re.Match, text: str) -> Builder | None:
    """'the last Tuesday of each month', 'the 1st of every month': a day that comes
    round every month, not the Tuesday of this week ('last Tuesday') beside a
    repetition ('each month')."""
    if m.group("wd"):
        if not cap(m.group("wd")):
            return None
        wd = WEEKDAYS[m.group("wd").lower()]
        n = _NTH_WORDS[m.group("nth").lower()]
        nth = "last" if n < 0 else m.group("nth").lower()
        timex, label = "P1M", f"the {nth} {WEEKDAY_NAMES[wd]} of every month"
    else:
        d = int(m.group("dom"))
        if d < 1:
            return None
        timex, label = f"XXXX-XX-{d:02d}", f"day {d} of every month"

    def build(env: Env) -> Val:
        v = Val("SET", timex, None, "day", label)
        v.fields = (("freq", 1),)
        return v

    return build
