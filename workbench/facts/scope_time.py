"""The part of a happening's time a count covers, as its own clause tells it
(issue 11; session 33's eng97, taken again in session 34): "40 arrested by
2 p.m.", "35 car fires overnight",
"200 calls during the afternoon", "9,000 joined on the second day", "1,500
tickets in the first hour", "£2m within the first 24 hours".

Such a count is some of the happening's total, counted up to a moment or
over a stretch of it; a report's count with no such words is the whole (or
holds at its report's moment, judge/moments.py). The two are not one figure
misreported: readers judged every flag between them wrong, whatever its
verdict (authored held out: "different scope"). Two counts cut off at
moments both stated ("by 2 p.m." / "by evening") are two moments of one
running count, judged by judge/running.py; two counts over different
stretches ("overnight" / "during the afternoon") are two counts.

A day of the happening itself ("killed on Tuesday", "struck this morning")
is no part: two tolls of one crash on one day still conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|opening|final|last)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)"
_PARTS = r"(?:morning|afternoon|evening|night|day)"
_CLOCK = (
    r"\d{1,2}(?:[:.]\d{2})?[ \u00a0]*"
    r"(?:[ap]\.?[ \u00a0]?m\b\.?|GMT\b|BST\b|UTC\b|ET\b|local[ \u00a0]+time\b|h\b)"
)
# A cut-off: the moment of its day a count had reached ("by 2 p.m.", "as of 8am",
# "by midday", "by nightfall").
_CUTOFF = re.compile(
    r"\b(?:by|as" + _S + r"of)" + _S + r"(?:about" + _S + r"|around" + _S + r")?"
    + r"(?:" + _CLOCK + r"|mid-?day|noon|midnight|nightfall|dusk|dawn|lunchtime|"
    + r"(?:early|late|mid)-?" + _S + r"?" + _PARTS + r"|(?:the" + _S + r")?(?:evening|afternoon|"
    + r"morning|end" + _S + r"of" + _S + r"the" + _S + r"day))\b",
    re.IGNORECASE,
)  # fmt: skip
# A cut-off with its day ("by Monday afternoon", "as of 8 a.m. on Wednesday", "by
# 6pm yesterday"): a stamp the rows of a running count order (judge/running.py).
_DAY = (
    r"(?:(?:early|late)" + _S + r")?(?:on" + _S + r")?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight|last" + _S + r"night|this" + _S
    + r"(?:morning|afternoon|evening))\b"
)  # fmt: skip
_DAY_CUTOFF = re.compile(r"\b(?:by|as" + _S + r"of)" + _S + _DAY, re.IGNORECASE)
_DAY_AFTER = re.compile(r"[ \u00a0,]*" + _DAY, re.IGNORECASE)
# A stretch within the happening: overnight, a part of a day, an ordinal day or
# hour, the first N hours ("an overnight rescue" names the happening, no part of it).
_STRETCH = re.compile(
    r"\b(?:(?<!\ban )(?<!\bthe )(?<!\bits )overnight"
    + r"|during" + _S + r"the" + _S + r"(?:morning|afternoon|evening|night)"
    + r"|(?:on|during|over)" + _S + r"(?:the" + _S + r")?" + _ORD + _S + r"(?:day|night|morning)"
    + r"|on" + _S + r"day" + _S + _NUM
    + r"|(?:in|within|during|over)" + _S + r"(?:the" + _S + r")?(?:first|opening|last|final)"
    + _S + r"(?:" + _NUM + _S + r")?(?:hours?|minutes?|days?|hour|week)"
    + r"|(?:in|within)" + _S + r"(?:the" + _S + r")?(?:first|opening)" + _S + r"(?:\w+" + _S
    + r")?(?:hours?|minutes?)"
    + r"|so" + _S + r"far" + _S + r"this" + _S + r"(?:year|month|week))\b",
    re.IGNORECASE,
)  # fmt: skip


# A list's member or a subject standing alone in its comma clause, its predicate
# (and the stretch it gives) after the list: "About 150 rescuers, nine dogs and five
# helicopters took part in the search during the afternoon"; "Some 180 rescuers and
# 40 soldiers, backed by 14 dogs, worked the debris on the second day" (session 40):
# the 180 and the 14 both counted on the second day.
_BARE_COUNT = re.compile(
    r"(?i:(?:(?:backed|helped|supported|assisted|joined|aided)" + _S + r"by" + _S + r")?"
    r"(?:about|around|some|roughly|nearly|almost|more" + _S + r"than|at" + _S + r"least|"
    r"over|up" + _S + r"to)?[ \u00a0]*[\d][\d,.]*|(?:about|some|around)" + _S + r"\w+)"
    r"(?:" + _S + r"[a-z-]+){1,3}(?:" + _S + r"and" + _S + r"[\w,]+(?:" + _S + r"[a-z-]+){1,3})?"
)  # fmt: skip
# A timeline line headed by its moment: "- Wednesday, 06h30: the search resumes with …",
# "Tuesday 14:20 - the first bodies are found" (session 40, opened avalanche).
_HEADING = re.compile(
    r"^[-–•*  ]*((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:,?" + _S + r"(?:\d{1,2}(?:[:.h]\d{2})|\d{1,2}[ \u00a0]?[ap]\.?m\.?|morning|afternoon"
    r"|evening|night))?)[  ]*[:–—-]",
    re.IGNORECASE,
)  # fmt: skip


def _subject_only(text: str, lo: int, hi: int) -> bool:
    """Whether the clause ``text[lo:hi]`` is a bare counted noun (a list's member or a
    subject set off by a comma) with the sentence's predicate after it."""
    return hi < len(text) and _BARE_COUNT.fullmatch(text[lo:hi].strip(" \u00a0")) is not None


@lru_cache(maxsize=1 << 12)
def time_part(text: str, start: int, end: int) -> tuple[str, str]:
    """The part of the happening's time the figure at ``text[start:end]``
    covers, as (kind, words): ("cutoff", "by 2 p.m.") for a count reached by a
    moment of its day; ("stamped", "by monday afternoon") for one reached by a
    moment or a stretch its day is named with ("overnight on Tuesday");
    ("stretch", "overnight") for a count over a stretch of the happening;
    ("", "") when its clause says none. Read in the figure's own clause, the
    nearest after it first."""
    lo, hi = clause_bounds(text, start, end)
    found = _parts(text, start, end, lo, hi)
    if not found and _subject_only(text, lo, hi):
        found = [f for f in _parts(text, start, end, hi, len(text)) if f[1] == "stretch"]
    heading = _HEADING.match(text)
    if not found and heading and heading.end() <= start:
        return "stamped", " ".join(heading.group(1).lower().split())
    if not found:
        return "", ""
    _, kind, words = min(found)
    return kind, " ".join(words.lower().split())


def _parts(text: str, start: int, end: int, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """Every part of the time stated in ``text[lo:hi]``, by its distance from the figure."""
    found: list[tuple[int, str, str]] = []
    for kind, rx in (("stamped", _DAY_CUTOFF), ("cutoff", _CUTOFF), ("stretch", _STRETCH)):
        for m in rx.finditer(text, lo, hi):
            if start <= m.start() < end or m.start() < end <= m.end():
                continue  # the figure's own words
            gap = m.start() - end if m.start() >= end else start - m.end()
            # "by 6pm yesterday", "overnight on Tuesday": a moment or a night its day is
            # named with (the storm's night, not a part of its time; golden storm_brenna)
            dated = kind != "stamped" and _DAY_AFTER.match(text, m.end(), hi)
            found.append((gap, "stamped" if dated else kind, m.group()))
    return found
