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
from .family_helpers import QUANTITY_KINDS, compare_facts, conversion_rounded

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
    out = [_hedged_twin(p, twins_a, twins_b, ln, rn) for p in out]
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
            if cmp is None:
                continue
            written = (p.x if x is None else p.y).text
            found = cmp.explanation.rsplit(" — ", 1)[0]
            if cmp.verdict != Verdict.CONFLICT:
                if conversion_rounded(twin, p.y if x is None else p.x) is not False:
                    continue
                found = _unrounded(twin, p.y if x is None else p.x)
            why = (
                f"{found}; {name} writes '{written}' with '{twin.text}' in parentheses, "
                "and they do not agree: one of its figures is wrong — conflict"
            )
            used.add(twin.id)
            cmp = Comparison(Verdict.CONFLICT, why, cmp.left, cmp.right)
            more.append(p._replace(x=left, y=right, cmp=cmp, route=p.route[:1]))
    return out + more


def _unrounded(twin: Fact, other: Fact) -> str:
    """A hedged twin within its hedge of the other figure, yet no rounding of it:
    '232 km/h (about 160 mph)' against '144mph' (232 km/h is 144 mph, which
    'about' rounds to 140 or 145, never to 160)."""
    return (
        f"'{twin.text}' is within its hedge of '{other.text}' but is no rounding of it: "
        "a conversion's 'about' rounds the figure it converts"
    )


def _hedged_twin(p, twins_a: dict[str, Fact], twins_b: dict[str, Fact], ln: str, rn: str):
    """A pair whose hedged twin, "about 160 mph" of "232 km/h (about 160 mph)",
    the assignment paired with the other report's "144mph" itself: within the
    hedge, yet no rounding of it, while the twin it converts agrees with that
    figure — a conflict, as when the agreeing twin takes the pair."""
    if p.cmp.verdict != Verdict.CONSISTENT:
        return p
    for hedged, other, twin, name in (
        (p.x, p.y, twins_a.get(p.x.id), ln),
        (p.y, p.x, twins_b.get(p.y.id), rn),
    ):
        if twin is None or conversion_rounded(hedged, other) is not False:
            continue
        cmp = (
            compare_facts(twin, other, ln, rn)
            if hedged is p.x
            else compare_facts(other, twin, ln, rn)
        )
        if cmp is None or cmp.verdict not in _AGREE:
            continue
        first, second = sorted((hedged, twin), key=lambda f: f.start)
        why = (
            f"{_unrounded(hedged, other)}; {name} writes '{first.text}' with '{second.text}' "
            f"in parentheses, and '{twin.text}' agrees with '{other.text}': the conversion is "
            "wrong — conflict"
        )
        return p._replace(cmp=Comparison(Verdict.CONFLICT, why, p.cmp.left, p.cmp.right))
    return p
