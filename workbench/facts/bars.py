"""Where a figure stands against a bar (issue 11, session 36).

A bar is a figure something must reach or may not pass: a threshold, a
requirement, a cap, a limit, a target ("the 76 needed for a majority", "the 5
per cent threshold", "the legal cap of 450 million per party", "a target of
2,000 homes"). A figure told against one is one of three things, read from its
own words:

- ``BAR``: the bar itself ("the 76 needed", "76 seats required to govern",
  "a cap of 450 million");
- ``SHORT``: how far below it ("19 seats short of the 76 needed", "12 votes
  shy of a majority");
- ``OVER``: how far beyond it ("seven to spare", "nine more than the 76
  needed to govern").

None of them is a count of the thing itself: "82 seats" is no "76 needed",
and "19 seats short" is no "seven to spare" (authored election, session 36).
A figure no words set against a bar is ``""``.
"""

from __future__ import annotations

import re
from functools import lru_cache

BAR, SHORT, OVER = "bar", "short", "over"

_S = r"[ \u00a0]+"
# Up to two words between a figure and its cue: "19 seats short", "76 seats needed",
# "the 5 per cent threshold" (the unit is the figure's own).
_NOUN = rf"(?:{_S}[a-z][\w-]*){{0,2}}?"
# A requirement told after the figure, never a verb with an object: "the 76 needed
# for a majority", "76 required to govern", "the 76 needed." ("20 people needed
# treatment" or "four people needed to be rescued" need something; "the 76
# needed" is needed).
_NEEDED = re.compile(
    _NOUN + rf"{_S}(?:needed|required|necessary)"
    rf"(?={_S}(?:for|under|by|to(?!{_S}(?:be|have|get|receive|undergo|stay)\b))\b"
    r"|[ \u00a0]*(?:[.,;:)]|$))"
)
_BAR_WORDS = r"(?:threshold|cap|ceiling|limit|target|quota|hurdle|minimum|maximum)"
# The bar named after the figure: "the 5 per cent threshold", "a 450m-lesti cap".
_BAR_AFTER = re.compile(_NOUN + rf"{_S}{_BAR_WORDS}\b")
# The bar named before it: "a cap of 450 million", "the legal minimum of 50%".
_BAR_BEFORE = re.compile(
    rf"\b{_BAR_WORDS}{_S}of{_S}(?:(?:about|around|some|roughly|just|nearly|almost){_S})?$",
    re.IGNORECASE,
)
# Below a bar: "19 seats short of", "12 votes shy", "fell 19 short".
_SHORT = re.compile(_NOUN + rf"{_S}(?:short|shy)\b")
# Beyond a bar: "seven to spare", "nine more than the 76 needed", "six above the
# 5 per cent threshold".
_SPARE = re.compile(_NOUN + rf"{_S}to{_S}spare\b")
_MORE_THAN = re.compile(
    _NOUN + rf"{_S}(?:more{_S}than|over|above|clear{_S}of|beyond){_S}(?:the{_S})?"
    r"(?=[\d.,]*\d)"
)
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


@lru_cache(maxsize=1 << 14)
def bar_role(text: str, start: int, end: int) -> str:
    """How the figure at ``text[start:end]`` stands against a bar: ``BAR``,
    ``SHORT``, ``OVER`` or ``""``."""
    if _SHORT.match(text, end):
        return SHORT
    if _SPARE.match(text, end):
        return OVER
    more = _MORE_THAN.match(text, end)
    if more is not None:  # "nine more than the 76 needed": over a bar, not any figure
        after = _FIGURE.match(text, more.end())
        if after is not None and _is_bar(text, after.start(), after.end()):
            return OVER
    return BAR if _is_bar(text, start, end) else ""


def _is_bar(text: str, start: int, end: int) -> bool:
    return bool(
        _NEEDED.match(text, end)
        or _BAR_AFTER.match(text, end)
        or _BAR_BEFORE.search(text, max(0, start - 60), start)
    )


def bars_apart(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Two figures that stand differently against a bar: the bar and a count,
    a shortfall and a surplus, a shortfall and a count. One figure written
    in the same digits ("the 76 needed" / "a majority requires 76", "the 50 per
    cent threshold" / "the legal minimum of 50%") is one figure."""
    if _plain(text_a[span_a[0] : span_a[1]]) == _plain(text_b[span_b[0] : span_b[1]]):
        return False
    return bar_role(text_a, *span_a) != bar_role(text_b, *span_b)


def _plain(figure: str) -> str:
    """A figure's digits: "50 per cent" and "50%", "1,200" and "1200" are one."""
    return re.sub(r"[^\d.]|\.$", "", figure)


def one_margin(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Both figures are how far below, or both how far beyond, a bar, and the
    bars both name are written alike: one margin told twice ("nine more than
    the 76 needed" / "seven to spare over the 76 needed")."""
    role = bar_role(text_a, *span_a)
    if role not in (SHORT, OVER) or role != bar_role(text_b, *span_b):
        return False
    bar_a, bar_b = _bar_named(text_a, span_a[1]), _bar_named(text_b, span_b[1])
    return not (bar_a and bar_b) or _plain(bar_a) == _plain(bar_b)


# The bar a margin names after it: "short of the 76", "to spare over the 76",
# "more than the 76".
_BAR_NAMED = re.compile(
    _NOUN + rf"{_S}(?:short|shy|to{_S}spare|more{_S}than|over|above|clear|beyond)"
    rf"(?:{_S}(?:of|over|above))?{_S}(?:(?:the|a){_S})?(\d[\d.,]*\d|\d)"
)


def _bar_named(text: str, end: int) -> str:
    m = _BAR_NAMED.match(text, end)
    return m.group(1) if m else ""
