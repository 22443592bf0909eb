"""Rules for times of day: "3.45pm", "7:56:30 pm", "15:45", "1545 GMT", "noon",
"ten o'clock", "half past seven", "3 in the morning", "in the morning".

A 12-hour time without a.m./p.m. keeps both readings; a time zone, when
stated, gives the UTC offset. A part of the day with no day named is a TIME
whose clock range is that part of the day.
"""

from __future__ import annotations

import re

from ..lexicon import NUMWORD_RE, words
from ..numwords import word_number
from ..textwin import ends_before, starts_at
from .base import (
    Builder,
    Env,
    Val,
    prev_word,
    rule,
)
from .lex import PARTS_OF_DAY

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

_US_ZONE_WORDS = ("Eastern", "Central", "Mountain", "Pacific")

# --- clock times -------------------------------------------------------------------

_TZ_RE = (
    r"(?:\s*(?P<tz>UTC|GMT|BST|CEST|CET|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
    r"|AEST|AEDT|JST|HKT|SGT|MSK|WIB|IST|Z|local\s+time|(?-i:(?:[A-Z][a-z]+\s){1,2}|U\.?K\.?\s)time"
    # US copy's zone word alone: "7 p.m. Eastern", "10:30 a.m. Pacific" (not "Central Park")
    r"|(?-i:Eastern|Central|Mountain|Pacific)(?!\s+(?-i:[A-Z]))(?=\s*(?:[.,;:)]|$|\s+[a-z])))(?![\w])"
    r"(?:\s?(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d\d))?)?"  # "GMT+1"; "GMT - 11:30" is a range
    r"|\s*\((?P<tz2>GMT|UTC)\s*(?P<off2>[+-]\s*\d{1,2})(?::?(?P<offm2>\d\d))?\))?"
)


@rule(
    r"(?<![\w.,:/])(?P<h>1[0-2]|0?[1-9])(?:[:.]?(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?"
    r"\s*\.?(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)" + _TZ_RE,
    1,
    keys="#",
)
def r_clock12(m: re.Match, text: str) -> Builder | None:
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    if m.group("ap").lower() == "p" and h != 12:
        h += 12
    elif m.group("ap").lower() == "a" and h == 12:
        h = 0
    return _clock_builder(((h, mi),), m)


@rule(
    r"(?<![\w.,:/$£€])(?P<h>[01]?\d|2[0-3])(?P<sep>[:h.])(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?"
    # a colon after it only after a continental clock: "- 06h30: the search resumes"
    r"(?!\d|\.\d|\s*%)(?!(?<!h\d\d):)(?:\s*(?P<hrs>hrs|hours|h)\b)?" + _TZ_RE,
    2,
    keys="#",
)
def r_clock24(m: re.Match, text: str) -> Builder | None:
    hs = m.group("h")
    h, mi = int(hs), int(m.group("mi"))
    if m.group("sep") == "." and not _dot_clock(m, text):
        return None
    if (
        m.group("sep") in "hH"
        and ":" not in m.group(0)
        and not m.group("tz")
        and not _continental_clock(m, text)
    ):
        return None  # "15h30" only with a zone or where a moment stands; "1H19" is a half
    if m.group("sec") and not ends_before(
        r"\b(?:at|around|about|by|until|till|from|before|after)\s+$", text, m.start()
    ):
        return None  # "2:05:37" alone is a race time, not a time of day
    if h <= 12 and len(hs) == 1 and not m.group("hrs") and not m.group("tz"):
        cands = ((h % 12, mi), (h % 12 + 12, mi))  # "3:45" may be morning or afternoon
    else:
        cands = ((h, mi),)
    return _clock_builder(cands, m)


# Where a clock stands: a line's start or a bullet, a comma ("Wednesday, 06h30"),
# a bracket, or a word that places a moment ("at 14h05", "until 18h30")
_CLOCK_PLACE = re.compile(
    r"(?:^|\n|[-\u2013\u2022][ \u00a0]*|[,(][ \u00a0]*"
    r"|\b(?:at|from|until|till|by|around|about|before|since|after|to)[ \u00a0]+)$",
    re.IGNORECASE,
)


def _continental_clock(m: re.Match, text: str) -> bool:
    """A clock written the continental way with no zone, "06h30", "14h05"
    (session 40, authored avalanche D6: "Wednesday, 06h30: the search resumes"
    never read): two digits of hour, a lower-case "h", where a moment stands
    ("a 10h30 flight", "ran 10h30" are lengths). "1H30", "4h30" stay no clock:
    one digit of hour, or an upper-case "H"."""
    return (
        m.group("sep") == "h"
        and len(m.group("h")) == 2
        and not m.group("hrs")
        and ends_before(_CLOCK_PLACE, text, m.start()) is not None
    )


@rule(
    r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs\b|hours\b|h\b)?" + _TZ_RE,
    3,
    0,
    keys="#",
)
def r_clock_mil(m: re.Match, text: str) -> Builder | None:
    if not (m.group("tz") or m.group("tz2")) or (m.group("tz") or "") in ("local time", "Z"):
        return None  # "1545 GMT" only with a zone: bare four digits are years or counts
    return _clock_builder(((int(m.group("h")), int(m.group("mi"))),), m)


@rule(
    r"\b(?P<w>noon|midday|midnight|mid[\s-](?:day|night)(?![\s-]+(?:of|in)\b))\b" + _TZ_RE,
    2,
    keys="noon midday midnight mid",
)
def r_noon(m: re.Match, text: str) -> Builder | None:
    """'noon', 'midday', 'midnight', also written apart ('mid night', 'mid-day')."""
    w = re.sub(r"[\s-]", "", m.group("w").lower())
    return _clock_builder(((0, 0),) if w == "midnight" else ((12, 0),), m)


@rule(rf"\b(?P<h>{NUMWORD_RE}|1[0-2]|0?[1-9])\s+o['’]clock\b", 2, keys="clock")
def r_oclock(m: re.Match, text: str) -> Builder | None:
    h = word_number(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    h = int(h) % 12
    return _clock_builder(((h, 0), (h + 12, 0)), m)


_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15}
_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 24}
_AT_WORDS = words("at around about by until till")
_DAYPART_PM = re.compile(r"p|afternoon|evening|night", re.IGNORECASE)


@rule(
    rf"\b(?P<mw>half|(?:a\s+)?quarter|[1-5]?\d|{NUMWORD_RE})(?P<mins>\s+minutes?)?"
    rf"\s+(?P<dir>past|to)\s+(?P<h>1[0-2]|0?[1-9]|{NUMWORD_RE}|noon|midday|midnight)"
    r"(?=[ap]\.?m\b|(?![\w:%]|\.\d|\s*per\s*cent|\s*percent))"
    r"(?P<oc>\s+o['’]\s?clock)?"
    r"(?P<ap>\s*(?:[ap]\.\s?m\.|[ap]\.?\s?m\b)|\s+in\s+the\s+(?:morning|afternoon|evening)"
    r"|\s+at\s+night)?",
    2,
    # "ten to 9 a.m.": not every "to"
    keys="past quarter half minute minutes pm am m noon midday midnight morning afternoon evening"
    " night tonight five ten twenty twenty-five",  # "at twenty to six": minutes in words
)
def r_clock_words(m: re.Match, text: str) -> Builder | None:
    """'half past seven', 'a quarter to five', 'ten past nine', '20 minutes to six',
    'five past midnight', 'ten to eight in the evening' (after "at", a clock time)."""
    mw = re.sub(r"\s+", " ", m.group("mw").lower())
    if mw == "quarter" and prev_word(text, m.start()) in ("the", "this", "that", "each"):
        return None  # "rose in the quarter to 12 billion": a reporting quarter
    if m.group("dir").lower() == "to" and prev_word(text, m.start()) in ("from", "between"):
        return None  # "visitation is from 4 to 8 p.m.": a range of hours, not 7:56
    minutes = _MINUTE_WORDS.get(mw)
    named = _NAMED_HOURS.get(m.group("h").lower())
    at_clock = prev_word(text, m.start()) in _AT_WORDS
    day_part = None if m.group("ap") else _DAY_PART_AFTER.match(text, m.end())
    if minutes is None:
        n = word_number(mw)
        if n is None or not 1 <= n < 60 or not float(n).is_integer():
            return None
        words_only = not mw[0].isdigit() and not m.group("h")[0].isdigit()
        if not (m.group("mins") or m.group("oc") or m.group("ap") or words_only or named):
            return None  # "5 to 6" is a range of counts, "20 past 9" is chat shorthand
        meridiem = re.match(r"\s*[ap]\.?\s?m", m.group("ap") or "", re.IGNORECASE)
        told = m.group("mins") or m.group("oc") or meridiem or named is not None
        if m.group("dir").lower() == "to" and not (
            told
            or (at_clock and (m.group("ap") or day_part))
            or (
                words_only
                and prev_word(text, m.start()) == "at"
                and _CLOCK_ENDS.match(text, m.end())
            )
        ):
            return None  # "five to seven" is a range; "ten to 9 a.m." is a clock time
        minutes = int(n)
    elif mw == "half" and m.group("dir").lower() == "to":
        return None
    if named is not None:
        h, minutes = (
            (named, minutes) if m.group("dir").lower() == "past" else (named - 1, 60 - minutes)
        )
        return _clock_builder((((h % 24), minutes),), m)
    h = word_number(m.group("h"))
    if h is None or not 1 <= h <= 12 or not float(h).is_integer():
        return None
    h = int(h) % 12
    if m.group("dir").lower() == "to":
        h, minutes = (h - 1) % 12, 60 - minutes
    ap = m.group("ap") or (day_part.group("dp") or day_part.group("dp2") if day_part else "")
    if not ap:
        cands = ((h, minutes), (h + 12, minutes))
    elif _DAYPART_PM.search(ap) and not ("night" in ap.lower() and h < 5):  # small hours
        cands = ((h + 12, minutes),)
    else:
        cands = ((h, minutes),)
    return _clock_builder(cands, m)


@rule(
    rf"(?<![\w.,:/])(?P<h>1[0-2]|0?[1-9]|{NUMWORD_RE})(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?"
    r"(?:\s+o['’]\s?clock)?\s+(?:in\s+the\s+(?:(?:early|late)\s+)?"
    r"(?P<pod>morning|afternoon|evening)|(?:early|late)\s+(?P<pod2>morning|afternoon|evening)"
    r"|at\s+(?P<night>night))\b",
    2,
    keys="morning afternoon evening night",
)
def r_hour_of_daypart(m: re.Match, text: str) -> Builder | None:
    """'at 3 in the morning', 'until ten at night', '8:00 early morning', 'at 11.15
    in the evening': an hour placed by the part of the day."""
    dot = m.group("sep") == "."
    if (dot or not m.group("mi")) and prev_word(text, m.start()) not in _HOUR_SIGNALS:
        return None  # "two in the morning" may count people; "2.30" may be a price
    if m.group("pod2") and not m.group("mi"):
        return None  # "at 6 early morning" is not how a time is written
    h = word_number(m.group("h"))
    if h is None or not 1 <= h <= 12 or not float(h).is_integer():
        return None
    if m.group("mi") and not m.group("h")[0].isdigit():
        return None
    h = int(h) % 12
    pod = m.group("pod") or m.group("pod2")
    if pod in ("afternoon", "evening") or (m.group("night") and h >= 6):
        h += 12
    return _clock_builder(((h, int(m.group("mi") or 0)),), m)


# --- clock times said as they are spoken (session 32) ------------------------------
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_AT = words("at around about by until till from before after since")


@rule(
    rf"\bhalf[\s-](?P<h>{_HOUR_WORDS}|1[0-2]|[1-9])\b(?![-'’]|\s*(?:[%:.]\d|percent|per\b))",
    2,
    keys="half",
)
def r_half_hour(m: re.Match, text: str) -> Builder | None:
    """British "at half six" (06:30 or 18:30, a part of the day after it decides): read
    only after "at" and the like ("cut in half six times" is no clock)."""
    if prev_word(text, m.start()) not in _SPOKEN_AT:
        return None
    h = word_number(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    return _spoken(int(h) % 12, 30, m, text)


@rule(
    rf"\b(?P<h>{_HOUR_WORDS})[\s-](?P<mi>oh[\s-](?:{_UNIT_WORDS})|ten|fifteen|twenty|thirty"
    rf"|forty|fifty|(?:twenty|thirty|forty|fifty)[\s-](?:{_UNIT_WORDS}))\b(?![-'’])",
    2,
    keys="fifteen twenty thirty forty fifty oh",
)
def r_hour_minutes_words(m: re.Match, text: str) -> Builder | None:
    """ "at six thirty", "at eleven fifteen on Monday night", "at seven oh five": hour
    and minutes in words, after "at" and before a pause or a day word ("at six thirty
    people" would be counts)."""
    if prev_word(text, m.start()) not in _SPOKEN_AT or _PRICE_WORDS.search(text):
        return None  # "shares closed at five fifty": a price
    if not (_CLOCK_ENDS.match(text, m.end()) or _DAY_PART_AFTER.match(text, m.end())):
        return None
    h = word_number(m.group("h"))
    mi = word_number(re.sub(r"^oh[\s-]", "", m.group("mi").lower()).replace("-", " "))
    if h is None or mi is None or not 1 <= h <= 12 or not 1 <= mi < 60:
        return None
    return _spoken(int(h) % 12, int(mi), m, text)


def _spoken(h: int, minutes: int, m: re.Match, text: str) -> Builder | None:
    """Both readings of a spoken clock, or the one a part of the day after it gives."""
    after = _DAY_PART_AFTER.match(text, m.end()) or _IN_THE_DAYPART.match(text, m.end())
    ap = (after.group("dp") or after.group("dp2") or "") if after else ""
    if not ap:
        cands = ((h, minutes), (h + 12, minutes))
    elif _DAYPART_PM.search(ap) and not ("night" in ap.lower() and h < 5):
        cands = ((h + 12, minutes),)
    else:
        cands = ((h, minutes),)
    return _clock_builder(cands, m)


_IN_THE_DAYPART = re.compile(
    r"\s+(?:in\s+the\s+(?P<dp>morning|afternoon|evening)|at\s+(?P<dp2>night))\b"
)


@rule(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs|hours)\b", 0, keys="#")
def r_clock_hours(m: re.Match, text: str) -> Builder | None:
    """ "at 1800 hours", "until 0600 hrs": a 24-hour clock, not a length of 1,800
    hours, after a word that places a time."""
    if prev_word(text, m.start()) not in _SPOKEN_AT:
        return None
    return _clock_builder(((int(m.group("h")), int(m.group("mi"))),), m)


# the part of a day named after a clock time with its day: "at ten to six this morning",
# "at half past eight tomorrow evening", "at twenty to ten tonight"
# What may follow "at twenty to six" for it to be a clock time, not a range of counts
# ("at five to ten people"): the sentence's end or a pause, or a day or time word
_CLOCK_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\u2014\u2013-]|$)|\s+(?:on|yesterday|today|tomorrow|tonight|this|last|that"
    r"|when|as|and|after|before|local|in\s+the|at\s+night|[A-Z][a-z]+day|[A-Z]{2,4}\b)"
)
_DAY_PART_AFTER = re.compile(
    r"\s+(?:(?:this|tomorrow|yesterday|(?:on\s+)?[A-Z][a-z]+day)\s+"
    r"(?P<dp>morning|afternoon|evening|night)|(?P<dp2>tonight|last\s+night))\b"
)

_HOUR_SIGNALS = words("at around about until till by before after from since circa between and to")

# "9.30 to 17.30", "from 8.15 until 21.00": a range of dot clocks, one end past noon
_DOT_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|until|till|and)\s*(?P<h>[01]?\d|2[0-3])[.:][0-5]\d\b")
_DOT_RANGE_BEFORE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[.:][0-5]\d\s*(?:-|–|to|until|till|and)\s*$"
)
_PRICE_WORDS = re.compile(
    r"[$£€¥%]|\b(?:shares?|stocks?|prices?|pence|cents?|points?|index|yields?|rates?|odds"
    r"|per\s+cent|percent|euros?|dollars?|pounds?|rose|fell|climbed|dropped|gained|lost"
    r"|trad(?:ed|ing)|barrels?|ounces?|tonnes?|gallons?|litres?|bid|offer)\b",
    re.IGNORECASE,
)


def _dot_clock(m: re.Match, text: str) -> bool:
    """'10.05 GMT', 'at 17.30', '9.30 to 17.30': a dot between hour and minutes
    is a clock only with a time zone, or, in a sentence about no prices
    ('shares rose from 2.30 to 2.45' are pence), written as a 24-hour clock
    after an hour word or in a range with a 24-hour end."""
    if m.group("tz") or m.group("tz2"):
        return m.group("tz") != "Z"
    if _PRICE_WORDS.search(text):
        return False
    hs = m.group("h")
    if (int(hs) > 12 or (len(hs) == 2 and hs[0] == "0")) and prev_word(
        text, m.start()
    ) in _HOUR_SIGNALS:
        return True  # "at 17.30", "from 06.45": only a clock writes these
    other = _DOT_RANGE_AFTER.match(text, m.end()) or _DOT_RANGE_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    )
    return bool(other) and max(int(m.group("h")), int(other.group("h"))) > 12


# Parts of a day with no day named: "in the morning", "early in the afternoon".
_POD_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 22)}
_POD_NOUN = re.compile(
    r"\s+(?:sessions?|class(?:es)?|papers?|news|rush|shows?|services?|prayers?|meetings?"
    r"|editions?|shifts?|briefings?|commute|peak|programmes?|programs?|bulletins?)\b",
    re.IGNORECASE,
)


@rule(
    r"\b(?:(?P<el>early|late|later|earlier)\s+in\s+the\s+|(?P<the>the\s+)?"
    r"(?:(?P<em>early|late)\s+|(?P<em2>mid)(?:\s*-\s*|\s+)?)?)"
    r"(?P<pod>morning|afternoon|evening)\b",
    5,
    keys="morning afternoon evening midmorning midafternoon midevening",
)
def r_daypart(m: re.Match, text: str) -> Builder | None:
    if not m.group("el"):
        trading = starts_at(r"\s+(?:trading|trade|session|deals?)\b", text, m.end(), re.I)
        if not (m.group("the") or m.group("em") or m.group("em2") or trading):
            return None  # "evening wear"; "in morning trading" is a time of day
        if not ends_before(
            r"\b(?:in|during|by|until|till|through|throughout|into|from|at)\s+$",
            text,
            m.start(),
            re.I,
        ):
            return None  # "the morning after", "a late evening show"
    if starts_at(r"\s*(?:-|of\b|after\b|before\b|when\b|that\b|'s\b|’s\b)", text, m.end()):
        return None  # "the morning of the attack", "the evening before": another day
    if _POD_NOUN.match(text, m.end()):
        return None  # "in the morning session": the part of the day qualifies a noun
    pod = m.group("pod").lower()
    lo, hi = _POD_HOURS[pod]
    mod = (m.group("el") or m.group("em") or m.group("em2") or "").lower()
    mid = (lo + hi) / 2
    if mod == "early":
        hi = mid
    elif mod in ("late", "later"):
        lo = mid
    elif mod == "mid":  # "mid-morning", "midafternoon": the middle half of it
        lo, hi = lo + (hi - lo) / 4, hi - (hi - lo) / 4
    code = PARTS_OF_DAY[pod][0]
    label = (f"{mod}-{pod}" if mod == "mid" else f"{mod} {pod}") if mod else pod
    clock = ((int(lo * 60), int(hi * 60)),)

    def build(env: Env) -> Val:
        return Val("TIME", f"T{code}", None, "partofday", label, clock=clock)

    return build


def _clock_builder(cands: tuple[tuple[int, int], ...], m: re.Match) -> Builder | None:
    """A TIME value; several candidates when a 12-hour reading is ambiguous ('3:45')."""
    gd = m.groupdict()
    tz_tok = gd.get("tz") or gd.get("tz2")
    tz: int | None = None
    tz_label = ""
    if tz_tok:
        place = tz_tok.endswith("time") or tz_tok in _US_ZONE_WORDS  # "Eastern (time)"
        if not place and not tz_tok.isupper():
            return None
        tz = _TZ.get(tz_tok)
        off = gd.get("off") or gd.get("off2")
        if off and tz is not None:
            tz += int(off.replace(" ", "")) * 60 + (
                int(gd.get("offm") or gd.get("offm2") or 0) * (1 if "-" not in off else -1)
            )
        tz_label = " " + re.sub(
            r"\s+", "", m.group(0)[m.start("tz" if gd.get("tz") else "tz2") - m.start() :]
        ).strip("()")
        if place:  # the zone named, its offset not (summer time or not)
            tz_label = " " + " ".join(tz_tok.split())
    clock = tuple((h * 60 + mi, h * 60 + mi + 1) for h, mi in cands)
    sec = f":{gd['sec']}" if gd.get("sec") else ""  # "7:56:30 pm"
    label = " or ".join(f"{h:02d}:{mi:02d}{sec}" for h, mi in cands) + tz_label
    timex = f"T{cands[0][0]:02d}:{cands[0][1]:02d}{sec}"  # TimeML keeps the first reading
    if tz == 0:
        timex += "Z"
    elif tz is not None:
        timex += f"{'+' if tz >= 0 else '-'}{abs(tz) // 60:02d}:{abs(tz) % 60:02d}"
    gran = "minute" if any(mi for _, mi in cands) else "hour"

    def build(env: Env) -> Val:
        return Val("TIME", timex, None, gran, label, clock=clock, tz=tz)

    return build
