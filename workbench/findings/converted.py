"""A figure and its own conversion in parentheses are one version (issue 15,
session 33: ECB+ 23_4 "fell about 600 metres (2,000 feet)" was listed under
'about 600 metres' and under '2,000 feet', and the finding said "One source,
several versions ... which is meant?" of a source that states one figure).

A sentence's figure followed by its conversion in parentheses, "70mph
(113km/h)", "£1.2bn ($1.6bn)", is one statement written in two units: the
bracketed figure joins the version of the figure it converts, and the
version is worded as the source wrote both, "about 600 metres (2,000 feet)".

Only a conversion that agrees with its original: one dimension, two units,
and for a fixed conversion (a length, a weight, a speed, a temperature …)
readings that overlap; a sum in two currencies always agrees, since the rate
is the reporter's to choose. A bracketed figure that does not convert its
original ("11 miles (28km)") is a source disagreeing with itself and stays a
version of its own, as do one source's two figures in two sentences; so does
one the judge holds a conflict against its figure (session 35,
``judge/own_conversion.py``), a hedge's rounding notwithstanding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from ..model import Claim, Discrepancy, Fact, Side, Verdict

Where = tuple[str, int, int]

_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)")
_FIGURES = frozenset({"quantity", "money"})
_SLACK = 0.02  # a conversion rounded to a whole number may miss by a hair


def _agree(a: Mapping, b: Mapping) -> bool:
    dim = a.get("dimension")
    if not dim or dim != b.get("dimension") or a.get("unit") == b.get("unit"):
        return False
    if dim == "currency":
        return True
    if a.get("si_unit") != b.get("si_unit") or a.get("per") != b.get("per"):
        return False
    try:
        lows, highs = (float(a["low"]), float(b["low"])), (float(a["high"]), float(b["high"]))
    except (KeyError, TypeError, ValueError):
        return False
    slack = _SLACK * max(abs(h) for h in highs)
    return max(lows) <= min(highs) + slack


def disputed(discrepancies: Iterable[Discrepancy]) -> frozenset[Where]:
    """The places of every figure a conflict holds against its own conversion
    (``judge/own_conversion.py``): both sides in one sentence. Such a pair is two
    versions, never one, whatever the rounding of a hedged conversion allows."""
    out: set[Where] = set()
    for d in discrepancies:
        a, b = d.sides
        if d.verdict == Verdict.CONFLICT and a.claim == b.claim and a.article == b.article:
            out.update((s.article, s.start, s.end) for s in d.sides)
    return frozenset(out)


def conversions(
    claims: Mapping[str, Claim],
    of_claim: Mapping[str, Sequence[Fact]],
    apart: frozenset[Where] = frozenset(),
) -> dict:
    """Each bracketed conversion's place mapped to the place of the figure it
    converts, over every sentence: "about 600 metres (2,000 feet)" maps
    '2,000 feet' to 'about 600 metres'; not a conversion in ``apart``
    (:func:`disputed`)."""
    out: dict[Where, Where] = {}
    for cid, facts in of_claim.items():
        claim = claims.get(cid)
        if claim is None:
            continue
        ordered = sorted((f for f in facts if f.kind in _FIGURES), key=lambda f: f.start)
        for a, b in pairwise(ordered):
            between = claim.text[a.end - claim.start : b.start - claim.start]
            after = claim.text[b.end - claim.start :]
            if not _OPENS.fullmatch(between) or not _CLOSES.match(after):
                continue
            if (b.article, b.start, b.end) in apart:
                continue
            if _agree(a.value, b.value):
                out[(b.article, b.start, b.end)] = (a.article, a.start, a.end)
    return out


def join(
    keys: dict[str, list[Side]], side_key: dict[Where, str], twins: Mapping[Where, Where]
) -> None:
    """Move each bracketed conversion into its original's version (in place),
    when the finding holds both; a version left empty is dropped."""
    for where, of in twins.items():
        if where not in side_key or of not in side_key or side_key[where] == side_key[of]:
            continue
        old, new = side_key[where], side_key[of]
        side = next(s for s in keys[old] if (s.article, s.start, s.end) == where)
        keys[old].remove(side)
        keys[new].append(side)
        side_key[where] = new
        if not keys[old]:
            del keys[old]


def worded(sides: Iterable[Side], twins: Mapping[Where, Where]) -> list[Side]:
    """The sides a version is worded by: a figure and its conversion as one,
    'about 600 metres (2,000 feet)', the conversion not listed again."""
    sides = list(sides)
    held = {(s.article, s.start, s.end): s for s in sides}
    bracketed = {w: of for w, of in twins.items() if w in held and of in held}
    by_original = {of: held[w] for w, of in bracketed.items()}
    out = []
    for s in sides:
        where = (s.article, s.start, s.end)
        if where in bracketed:
            continue
        if (twin := by_original.get(where)) is not None:
            s = replace(s, text=f"{s.text} ({twin.text})")
        out.append(s)
    return out
