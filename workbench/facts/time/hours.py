"""A bare hour next to a day: "7 tonight", "at 6 tomorrow", "tomorrow morning
at 10", "Friday at 9", "at 11 last night", "at 9 yesterday morning". Written
alone "at 6" may be a count or a score; next to a day word it is a clock time,
and the day next to it (joined by :func:`.combine.attach_days`) picks the
morning or evening reading.
"""

from __future__ import annotations

import re

from ..lexicon import NUMWORD_RE, WEEKDAY_ALT
from ..numwords import word_number
from .base import Builder, Env, Val, rule

_DAY = (
    rf"tonight|tomorrow|today|yesterday|last\s+night|(?:on\s+)?(?:{WEEKDAY_ALT})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:this|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)"
)


def _hour(k: int) -> str:
    return rf"(?P<h{k}>1[0-2]|0?[1-9]|{NUMWORD_RE})(?:[:.](?P<mi{k}>[0-5]\d))?"


# what may follow an hour written after its day ("Friday at 9, ..."): not a noun
_END = (
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:to|and|or|until|till|when|before|after|for|in|on|with"
    r"|local|sharp|GMT|UTC|ET|the)\b)"
)
_PM_DAY = re.compile(r"tonight|afternoon|evening|night", re.IGNORECASE)
_AM_DAY = re.compile(r"morning", re.IGNORECASE)
_NIGHT = re.compile(r"night", re.IGNORECASE)


@rule(
    rf"\b(?:(?:at|by|from|until|till|around|about|before|after)\s+{_hour(1)}\s+(?P<day1>{_DAY})\b"
    rf"|(?P<day2>{_DAY})\s+at\s+{_hour(2)}{_END}"
    rf"|(?=\w+\s+tonight\b){_hour(3)}\s+(?P<day3>tonight)\b)",
    2,
    keys="tonight tomorrow today yesterday night morning afternoon evening "
    + WEEKDAY_ALT.replace("|", " "),
)
def r_hour_by_day(m: re.Match, text: str) -> Builder | None:
    k = next(i for i in (1, 2, 3) if m.group(f"h{i}"))
    hg, mg = f"h{k}", f"mi{k}"
    h = word_number(m.group(hg))
    if h is None or not 1 <= h <= 12 or not float(h).is_integer():
        return None
    if m.group(mg) and not m.group(hg)[0].isdigit():
        return None
    day = m.group(f"day{k}")
    wd = re.search(WEEKDAY_ALT, day, re.IGNORECASE)
    if wd and not wd.group()[0].isupper():
        return None  # "friday" in lower case is not how news names a day
    h = int(h) % 12
    mi = int(m.group(mg) or 0)
    if _NIGHT.search(day) and 0 < h < 5:
        return None  # "at 2 last night": the small hours, on which date is left unread
    if _PM_DAY.search(day) and not (_AM_DAY.search(day)):
        cands: tuple[tuple[int, int], ...] = ((h + 12, mi),)
    elif _AM_DAY.search(day):
        cands = ((h, mi),)
    else:
        cands = ((h, mi), (h + 12, mi))
    s, e = m.start(hg), m.end(mg) if m.group(mg) else m.end(hg)
    clock = tuple((a * 60 + b, a * 60 + b + 1) for a, b in cands)
    label = " or ".join(f"{a:02d}:{b:02d}" for a, b in cands)
    timex = f"T{cands[0][0]:02d}:{cands[0][1]:02d}"
    gran = "minute" if mi else "hour"

    def build(env: Env) -> Val:
        return Val("TIME", timex, None, gran, label, clock=clock)

    return build, (s, e)
