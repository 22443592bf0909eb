"""Points of a percentage told as bare "points" (issue 11, session 32).

"Support was up 3 points to 41%" and "rose three percentage points to 41 per
cent" state one change of a share; the first was read as a count of "points"
(a number), the second as percentage points, two kinds that never met, so "up
5 points" against "three percentage points" was never compared. A count of
points that moves a percentage its own words give — "N points to/from M%" —
is read here as percentage points (unit "pp"), its interval kept. Other
points (a game's, an index's: "scored 30 points", "the FTSE fell 40 points")
stay counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import QuantityMention
from .units import UNITS

__all__ = ["with_points"]

# "3 points to 41%", "2.5 points from 45 per cent", "five points, to 41%"
_TO_A_SHARE = re.compile(
    r"[ \u00a0-]+points?,?[ \u00a0]+(?:to|from)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?"
    r"\d+(?:\.\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent\b|percent\b|pc\b)",
    re.IGNORECASE,
)

# the change the points are the amount of: "up 3 points", "fell by 2.5 points"
_MOVED_BEFORE = re.compile(
    r"\b(?:up|down|by|rose|rise[ns]?|fell|fall(?:en|s)?|gain\w*|lost|los(?:es|ing)|dropp?\w*|"
    r"climb\w*|slipp?\w*|jump\w*|increas\w*|decreas\w*|slid\w*|shed|add(?:ed|s)?)[ \u00a0]+"
    r"(?:(?:about|around|nearly|almost|some|another|a[ \u00a0]+further)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def with_points(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` with each count of points that moves a stated percentage read
    as percentage points."""
    if "point" not in text.lower():
        return found
    return [_as_points(text, m) if m.kind == "number" else m for m in found]


def _as_points(text: str, m: QuantityMention) -> QuantityMention:
    if (m.counted or "").lower() not in ("point", "points", ""):
        return m
    if m.value_high is not None or not _MOVED_BEFORE.search(text, max(0, m.start - 30), m.start):
        return m
    share = _TO_A_SHARE.match(text, m.end)
    if share is None:
        return m
    end = text.lower().index("point", m.end) + len("point")
    end += text[end : end + 1] == "s"
    half = m.precision / 2  # "3 points" is rounded like "3%", not an exact count
    return replace(
        m,
        end=end,
        text=text[m.start : end],
        kind="percent",
        dimension=UNITS["pp"].dimension,
        unit="pp",
        counted=None,
        exact=False,
        low=m.value - half,
        high=m.value + half,
    )
