"""A figure and its conversion in parentheses that disagree (session 28,
align36; authored development storm D2 "wind gusts of 102 mph (148 km/h)",
trial D9 "the 11 miles (28km) from Bradford").

The values of two aligned claims are paired one to one (assign.py). A
sentence giving a figure twice, "102 mph (148 km/h)", meets another report's
"148 km/h" with its km/h figure (identical), and its mph figure is left with
no partner: the slip — 148 km/h is 92 mph — is never shown. Here, when one
of two such twins agrees with the other report's value, the other twin is
compared with that value too, and shown when it differs: one of the
sentence's own figures is wrong.

Only fixed conversions (a length, a speed, a weight …), never currencies,
whose rates the reports choose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..model import Claim, Comparison, Fact, Verdict
from .family_helpers import QUANTITY_KINDS, compare_facts

_OPENS = re.compile(r"^\s*\(\s*$")
_AGREE = (Verdict.IDENTICAL, Verdict.CONSISTENT)


def _dimension(f: Fact) -> str:
    return getattr(f.mention, "dimension", "") or ""


def twins(claim: Claim, facts: Sequence[Fact]) -> dict[str, Fact]:
    """Each figure of a sentence written with its conversion in parentheses
    ("102 mph (148 km/h)") mapped to the other: one dimension, two units."""
    got: dict[str, Fact] = {}
    ordered = sorted((f for f in facts if f.kind in QUANTITY_KINDS), key=lambda f: f.start)
    for a, b in pairwise(ordered):
        between = claim.text[a.end - claim.start : b.start - claim.start]
        dim = _dimension(a)
        if not _OPENS.match(between) or not dim or dim == "currency" or dim != _dimension(b):
            continue
        if getattr(a.mention, "unit", None) == getattr(b.mention, "unit", None):
            continue
        got[a.id], got[b.id] = b, a
    return got


def with_twins(
    out: list,  # pairing.Paired (not imported: pairing imports this module)
    sides: tuple[tuple[Claim, Sequence[Fact], str], tuple[Claim, Sequence[Fact], str]],
) -> list:
    """``out`` and, for each agreeing pair one of whose values has a twin left
    unpaired, that twin against the same value when the two differ."""
    (ca, fa, ln), (cb, fb, rn) = sides
    twins_a, twins_b = twins(ca, fa), twins(cb, fb)
    if not twins_a and not twins_b:
        return out
    used = {f.id for p in out for f in (p.x, p.y)}
    more = []
    for p in out:
        if p.cmp.verdict not in _AGREE:
            continue
        for twin, x, y, name in (
            (twins_a.get(p.x.id), None, p.y, ln),
            (twins_b.get(p.y.id), p.x, None, rn),
        ):
            if twin is None or twin.id in used:
                continue
            left, right = (twin, y) if x is None else (x, twin)
            cmp = compare_facts(left, right, ln, rn)
            if cmp is None or cmp.verdict != Verdict.CONFLICT:
                continue
            written = (p.x if x is None else p.y).text
            found = cmp.explanation.rsplit(" — ", 1)[0]
            why = (
                f"{found}; {name} writes '{written}' with '{twin.text}' in parentheses, "
                "and they do not agree: one of its figures is wrong — conflict"
            )
            used.add(twin.id)
            cmp = Comparison(Verdict.CONFLICT, why, cmp.left, cmp.right)
            more.append(p._replace(x=left, y=right, cmp=cmp, route=p.route[:1]))
    return out + more
