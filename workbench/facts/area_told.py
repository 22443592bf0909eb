"""How wide an area a figure is told of, read from its own clause (issue 11,
session 41): a part of the area against the whole of it.

"all 14 hospitals in the province" / "23 hospitals in the affected area",
"Across the north, 23 hospitals"; "38 per cent of demand in the north" / "15%
of national demand"; "8% of its German workforce" / "3% of the group's
workforce"; "nine of its sites in the Midlands" / "across all its sites".
Each area word is put on one of four widths:

1. a unit below a region: "in the province", "in Seville province", "in the
   county", "in the district", "in the town", "at the plant";
2. a region of a country: "in the north", "across the south-east", "in the
   affected area", "the disaster zone", "regional";
3. a whole country: "national", "nationwide", "across the country", "the
   country's", or one country's part of a group ("its German workforce");
4. a whole group or the world: "global", "worldwide", "the group's",
   "group-wide", "across all its sites".

Only the width is read, never which place: two figures told of areas of one
width in other words ("in the affected area" / "across the north") may be one
area, and are left to the other rows; named places are ``places.py``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_THE = r"(?:the" + _S + r")?"
_WIDTHS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (width, re.compile(rx, re.IGNORECASE))
    for width, rx in (
        (
            1,
            r"\b(?:in|across|throughout|within)" + _S + r"(?:the" + _S + r"|(?-i:[A-Z][\w'’-]*"
            + _S + r"){1,2})(?:province|county|district|department|municipality|prefecture)\b"
            + r"|\bin" + _S + r"the" + _S + r"(?:province|county|district)" + _S + r"of\b"
            + r"|\b(?:in|across|throughout)" + _S + r"the" + _S + r"(?:town|city|village)\b"
            + r"|\bat" + _S + r"(?:the|its|one|a)" + _S + r"(?:[\w'’-]+" + _S + r"){0,2}?"
            + r"(?:plant|factory|site|mine|depot|warehouse)\b",
        ),
        (
            2,
            r"\b(?:in|across|throughout|over|of)" + _S + r"(?:much" + _S + r"of" + _S + r")?"
            + _THE + _COMPASS + r"(?![\w-])(?!" + _S + r"(?:of" + _S + r"(?!the" + _S
            + r"country)|wind|face|side|slope|bank|coast))"
            + r"|\b(?:in|across|throughout|within|of)" + _S + r"the" + _S
            + r"(?:affected|stricken|disaster|worst-hit|flooded|blacked-out)" + _S
            + r"(?:areas?|regions?|zones?|provinces)\b"
            + r"|\b(?:the" + _S + r")?disaster" + _S + r"zone\b"
            + r"|\bregional(?:ly)?\b(?!" + _S + r"(?:director|manager|head|chief|office))",
        ),
        (
            3,
            # "of national demand", "the national total", "nationally"; never an agency's or
            # a team's name ("the national risk management secretariat said 44 had died")
            r"\bof" + _S + _THE + r"national\b|\bnationally\b|\bnational" + _S
            + r"(?:total|toll|tally|figure|count|demand|consumption|output|supply|market|"
            + r"workforce|population|level)\b"
            + r"|\bnationwide\b|\bcountry-?wide\b"
            + r"|\b(?:across|throughout)" + _S + r"the" + _S + r"(?:whole" + _S + r")?country\b"
            + r"|\bthe" + _S + r"(?:whole" + _S + r"|entire" + _S + r")?country['’]s\b"
            + r"|\b(?:its|the" + _S + r"group['’]s|the" + _S + r"company['’]s)" + _S
            + r"(?-i:[A-Z][a-z]+(?:an|ish|ese|ch|i))" + _S
            + r"(?:workforce|staff|employees|operations|business|sites|plants|stores)\b",
        ),
        (
            4,
            r"\b(?:global(?:ly)?|worldwide|group-?wide|company-?wide)\b"
            + r"|\bthe" + _S + r"(?:whole" + _S + r"|entire" + _S + r")?(?:group|company)['’]s"
            + _S + r"(?:total" + _S + r")?(?:workforce|staff|employees|sites|plants|stores)\b"
            + r"|\bacross" + _S + r"the" + _S + r"(?:whole" + _S + r")?(?:group|company)\b"
            + r"|\b(?:across|at)" + _S + r"all" + _S + r"(?:of" + _S + r")?(?:its|the"
            + _S + r"group['’]s|the" + _S + r"company['’]s)" + _S
            + r"(?:\d+" + _S + r")?(?:sites|plants|stores|branches|offices|factories)\b",
        ),
    )
)  # fmt: skip
_DIGIT = re.compile(r"\d")
# A phrase fronted before the sentence's first clause, up to its comma (group 1 ends
# there): a place, "Across the north, 23 hospitals", or a period, "From Monday to
# Wednesday, 96 …" (count_period.py); the match itself ends after its first word.
FRONTED = re.compile(r"^[ \u00a0]*(?:[A-Z][a-z]+" + _S + r")?(?=([^,;:]{0,60},))")
_WORDS = {1: "one province or site", 2: "one region", 3: "the whole country", 4: "the whole group"}


def _width_in(text: str, lo: int, hi: int) -> tuple[int, str]:
    best: tuple[int, int, str] | None = None
    for width, rx in _WIDTHS:
        m = rx.search(text, lo, hi)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), width, m.group(0))
    return (best[1], best[2]) if best else (0, "")


@lru_cache(maxsize=4096)
def area_told(text: str, start: int, end: int) -> tuple[int, str]:
    """The width (1-4, above) of the area the figure at ``text[start:end]`` is
    told of and the words that say so, or (0, "") when its clause names none:
    the nearest area words after it in its clause (up to the next figure), else
    before it in its clause, else fronted before the sentence's first clause
    the figure stands in."""
    lo, hi = clause_bounds(text, start, end)
    nxt = _DIGIT.search(text, end, hi)
    found = _width_in(text, end, nxt.start() if nxt else hi)
    if found[0]:
        return found
    head = lo
    for m in _DIGIT.finditer(text, lo, start):
        head = m.end()
    found = _width_in(text, head, start)
    if found[0]:
        return found
    m = FRONTED.match(text)
    if m and m.end(1) <= start and not re.search(r"[;:.]", text[m.end(1) : start]):
        return _width_in(text, 0, m.end(1))
    return 0, ""


def width_words(width: int) -> str:
    """The width in an editor's words."""
    return _WORDS.get(width, "")
