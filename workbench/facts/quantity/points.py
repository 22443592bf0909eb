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

__all__ = ["with_fraction_points", "with_points"]

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


# "a quarter point", "half a point", "a quarter of a point", "three-quarters of a
# point" (session 43, issue 11): the share word read as 25% ("raised rates by a
# quarter point to 5.25%" held "a quarter" = 25%) is a fraction of one point
_OF_A_POINT = re.compile(
    r"(?:[ \u00a0-]+of)?[ \u00a0-]+(?:an?[ \u00a0-]+)?point\b(?![ \u00a0-]*s\b)", re.I
)
_FRACTION = re.compile(
    r"(?:an?[ \u00a0-]+)?(?:quarter|half|third|(?:three|two)[ \u00a0-]+(?:quarters|thirds))$",
    re.IGNORECASE,
)
# the change it is the amount of: a verb of change before ("by", "up", "cut rates by")
_CHANGED = re.compile(
    r"\b(?:by|up|down|rose|fell|gain\w*|lost|cut|rais\w*|lower\w*|hik\w*|trim\w*|"
    r"reduc\w*|increas\w*|lift\w*|narrow\w*|widen\w*|slipp?\w*|jump\w*|climb\w*|"
    r"dropp?\w*|eas\w*|add\w*|shed)[ \u00a0]+(?:(?:another|a[ \u00a0]+further|just)[ \u00a0]+)?$",
    re.IGNORECASE,
)
# a sentence of rates or shares: the points are a percentage's
_PERCENT_TALK = re.compile(
    r"%|\bper[ \u00a0]?cent\b|\bpercent\b|\brates?\b|\byields?\b|\bpolls?\b|\bsupport\b"
    r"|\blead\b|\bmargin\b|\binflation\b|\bunemployment\b",
    re.IGNORECASE,
)


def with_fraction_points(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` with a fraction of a point that a change moves ("by a quarter
    point", "cut half a point") read as that much of a percentage point."""
    if "point" not in text.lower() or not _PERCENT_TALK.search(text):
        return found
    return [_fraction_point(text, m) if m.unit == "%" else m for m in found]


def _fraction_point(text: str, m: QuantityMention) -> QuantityMention:
    after = _OF_A_POINT.match(text, m.end)
    if after is None or m.value_high is not None or not _FRACTION.fullmatch(m.text.strip()):
        return m
    if not _CHANGED.search(text, max(0, m.start - 40), m.start):
        return m
    value = m.value / 100
    return replace(
        m,
        end=after.end(),
        text=text[m.start : after.end()],
        value=value,
        unit="pp",
        dimension=UNITS["pp"].dimension,
        exact=False,
        precision=0.01,
        written=None,
        low=value - 0.005,
        high=value + 0.005,
    )
