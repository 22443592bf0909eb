"""A change of a rate in per cent against one in percentage points (session 42, issue 11).

"The jobless rate fell 2.4 per cent" and "fell 2.4 percentage points" were left a
question that said only that the two measure different things. Of a rate (a
margin, a share, an interest or jobless rate) the two are different figures: a
fall of 2.4 points is 2.4 per cent only of a rate of 100%. So:

* where a report gives the old and the new rate with the change ("from 13.5% to
  11.1%"), the arithmetic says which measure is right: 2.4 points, 17.8 per cent.
  The side whose figure the levels do not give is a conflict, the sum in the
  explanation; both right is agreement;
* with no levels, the same number in the two measures of one rate's change is a
  conflict: both cannot be right, and an editor must find which report slipped
  (the explanation names both readings). Different numbers stay the question
  they were: both may be right.

Read only where the words tie the figure to a change ("fell", "up", "a rise of")
and, for per cent, to a rate its clause names; the levels only as "from A% to B%"
or "to B% from A%" in the figure's own sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ...model import Comparison, Verdict
from .by_to import rate_moved_before
from .mention import QuantityMention

_S = r"[ \u00a0]+"
_CHANGE = re.compile(
    r"\b(?:up|down|by|rose|rise[ns]?|fell|fall(?:en|s)?|gain\w*|lost|dropp?\w*|climb\w*"
    r"|slipp?\w*|jump\w*|increas\w*|decreas\w*|declin\w*|slid\w*|narrow\w*|widen\w*"
    r"|eased?|shrank|grew|(?:a|an)[ \u00a0]+(?:rise|fall|drop|increase|decrease|decline|gain)"
    r"[ \u00a0]+of)[ \u00a0]+(?:(?:about|around|nearly|almost|some|just\s+over|over)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\b(?:rates?|margins?|share(?![ \u00a0-]+(?:price|holders?))|yields?|turnout|unemployment"
    r"|jobless(?:ness)?|inflation|approval|percentage|ratio)\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(rf"^,?{_S}from{_S}$|^{_S}to{_S}$|^,?{_S}(?:down|up){_S}from{_S}$", re.I)
_CHANGE_UNITS = ("%", "pp", "bp")


def with_rate_changes(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` with each change in per cent or points told of a rate marked, and
    the old and new rate its sentence gives it ('from 13.5% to 11.1%') kept."""
    if "%" not in text and "cent" not in text.lower() and "point" not in text.lower():
        return found
    levels = _levels(text, found)
    out = []
    for m in found:
        if m.unit not in _CHANGE_UNITS or m.value_high is not None or m in levels:
            out.append(m)
            continue
        moved = _CHANGE.search(text, max(0, m.start - 40), m.start)
        if not (moved or rate_moved_before(text, m.start)):  # "cut rates 0.25%"
            out.append(m)
            continue
        clause = re.split(r"[;:]", text[: m.start])[-1]
        old_new = levels.get("pair")
        m = replace(m, of_rate=bool(_RATE.search(clause[-80:])), rate_levels=old_new)
        out.append(m)
    return out


def _levels(text: str, found: list[QuantityMention]) -> dict:
    """The one old and new rate of the sentence: 'from A% to B%', 'to B% from A%'."""
    pcts = [m for m in found if m.unit == "%" and m.value_high is None]
    pairs = []
    for x, y in itertools.pairwise(pcts):
        gap = text[x.end : y.start]
        before = text[max(0, x.start - 6) : x.start].lower()
        if re.fullmatch(rf"{_S}to{_S}", gap) and before.rstrip().endswith("from"):
            pairs.append((x, y, (x.value, y.value)))
        elif re.fullmatch(rf",?{_S}(?:(?:down|up){_S})?from{_S}", gap) and before.endswith("to "):
            pairs.append((x, y, (y.value, x.value)))
    if len(pairs) != 1:
        return {}
    x, y, pair = pairs[0]
    return {x: True, y: True, "pair": pair}


def _tol(m: QuantityMention) -> float:
    return m.precision / 2


def rate_change_comparison(a: QuantityMention, b: QuantityMention) -> Comparison | None:
    """A change in per cent against one in points of one rate, checked by the
    levels either report gives; None to compare as before."""
    units = {a.unit, b.unit}
    if "%" not in units or not units & {"pp", "bp"}:
        return None
    pct, pts = (a, b) if a.unit == "%" else (b, a)
    levels = pct.rate_levels or pts.rate_levels
    if not (pct.of_rate or pct.rate_levels) or not (pts.of_rate or pts.rate_levels or levels):
        return None
    p = pts.base_value()
    la, lb = a.display(), b.display()
    if levels:
        old, new = levels
        points, rel = abs(old - new), abs(old - new) / old * 100 if old else None
        if rel is None:
            return None
        slack = 0.1  # the levels' own rounding (one decimal, as rates are told)
        pts_ok = abs(p - points) <= _tol(pts) + slack
        pct_ok = abs(pct.value - rel) <= _tol(pct) + 100 * (slack / old + points * slack / old**2)
        sums = f"{old:g}% to {new:g}% is {points:.3g} percentage points, {rel:.3g} per cent"
        if pts_ok and pct_ok:
            return Comparison(Verdict.CONSISTENT, f"{la} vs {lb}: {sums} — consistent", la, lb)
        if pts_ok or pct_ok:
            wrong = pct if pts_ok else pts
            said = "per cent" if pts_ok else "points"
            why = (
                f"{sums}, not {wrong.value:g} {said}: '{wrong.text}' takes one measure for another"
            )
            return Comparison(Verdict.CONFLICT, f"{la} vs {lb}: {why} — conflict", la, lb)
        return None
    if abs(p - pct.value) > _tol(pts) + _tol(pct) or not pct.of_rate:
        return None
    why = (
        f"one change of a rate told as {pct.value:g} per cent and as {p:g} percentage points: "
        f"both cannot be right ({p:g} points are {p:g} per cent only of a rate of 100%); "
        f"one report took one measure for the other and the texts give no old and new rate "
        f"to tell which"
    )
    return Comparison(Verdict.CONFLICT, f"{la} vs {lb}: {why} — conflict", la, lb)
