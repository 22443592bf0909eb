"""Which values of two aligned claims are the only ones of their kind left
(issue 11, session 30: plain clashes never shown).

``lone_values_conflict`` (notes.py) keeps a differing pair when the two are
the only values of their family left in both claims. A family is broad: a
length of time shares it with every day and clock of its sentence, a count
with every sum. Fresh readers found plain clashes with nothing to convert
dropped for that reason — "reopened it on Wednesday, October 22, after a
nine-month closure" / "reopened on Sunday, October 22, … after a seven-month
closure"; "told he will serve at least 36 years in prison" / "jailed for life
yesterday and told he must serve at least 34 years" — the day beside the
length made the length not lone, and the words around the two agreed only
half as much as ``conflict_context`` asks.

Here a value is lone *of its kind* when no other value left in its claim is of
its kind and written in its unit: a length of time in months, a year, a clock
time, a distance in kilometres. Two such values, written in one unit (nothing
to convert), are one thing told twice. Counts, shares and sums of money are
left to the words around them: a sentence's other count is too often another
thing (a margin of 15 points / 20 points scored).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import Claim, Fact, Verdict
from .cases import PairingCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS, counted_key, dimension_of
from .twins import twins


def family_kinds(f: Fact) -> frozenset[str] | set[str]:
    return QUANTITY_KINDS if f.kind in QUANTITY_KINDS else TIME_KINDS


def written_in(f: Fact) -> tuple[str, str, str]:
    """A value's kind and the unit it is written in: for a figure its unit and
    the noun it counts, for a time its granularity ("month" for a length in
    months, "year" for a year, "minute" for a clock)."""
    v = f.value if isinstance(f.value, dict) else {}
    if f.kind in QUANTITY_KINDS:
        return f.kind, str(v.get("unit") or ""), counted_key(f)
    return f.kind, str(v.get("granularity") or ""), ""


def lone_left(
    x: Fact,
    y: Fact,
    sides: tuple[tuple[Claim, Sequence[Fact]], tuple[Claim, Sequence[Fact]]],
    used: Collection[str],
    of_kind: bool = False,
) -> bool:
    """Whether ``x`` and ``y`` are the only values left in their claims (each
    side a claim and its facts, those in ``used`` already paired): of their
    family, or with ``of_kind`` of their kind written in one unit
    (:func:`written_in`), neither written with its conversion beside it
    ("230 m (755 ft)": twins.py compares a conversion)."""
    if not of_kind:
        family = family_kinds(x)
        return all(sum(f.kind in family for f in fs if f.id not in used) == 1 for _, fs in sides)
    key = written_in(x)
    if key != written_in(y):
        return False
    for (claim, facts), f in zip(sides, (x, y), strict=True):
        if sum(written_in(g) == key for g in facts if g.id not in used) != 1:
            return False
        if f.kind in QUANTITY_KINDS and f.id in twins(claim, facts):
            return False
    return True


def lone_of_its_kind_conflict(c: PairingCase) -> bool:
    """Two differing values, each the only one of its kind and unit left in
    its claim, whose surrounding words agree at least half as much as
    ``conflict_context`` asks: a plain clash, shown."""
    cc = c.t.conflict_context
    return (
        c.cmp.verdict == Verdict.CONFLICT
        and cc / 2 <= c.context < cc
        and c.x is not None
        and c.y is not None
        and _measured(c.x)
        and _measured(c.y)
        and c.lone(True)
    )


# What a figure in a unit measures, beyond counting: a count, a share or a sum of
# money of a sentence is too often another count, share or sum (a margin of 15
# points / 20 points scored), and a figure in years read as a count ("a
# 34-year-old") is a person's age, of two people as often as of one (ages.py).
_MEASURES = frozenset(
    ("length", "area", "mass", "volume", "temperature", "speed", "energy", "power")
)


def _measured(f: Fact) -> bool:
    """A length of time, a day or a year, or a physical measure. A clock time is
    left to the words around it: two clocks of aligned sentences are as often
    two moments, or one moment in two zones ("2.52pm" / "06:52 GMT")."""
    if f.kind in QUANTITY_KINDS:
        return f.kind == "quantity" and dimension_of(f) in _MEASURES
    return f.kind in TIME_KINDS and f.kind != "time"
