"""Measured pairs (issue 11, session 26): two sentences of different articles
that state a figure or a day of one measured thing, left apart by the
one-to-one alignment (each took a better partner), compared on that value
pair whatever names they share.

The aligner hands the judge the sentence pairs it left apart within
``align.runner_up`` of accept (``align_partners.left_apart``; off by default).
Of such a pair a value pair is compared when both values are keyed alike by
what they measure (``key``) — a count or amount by its counted noun and the
happening its clause names ("14 passengers" injured), a day or a length of
time by the named stage of the story it dates ("charges were filed Tuesday")
— and the comparison reads them measured alike in context
(``floor.measured_alike``: one counted thing, happening, owner, role, period,
year and place; for days one kind at a like precision), and not far apart
(``far_apart``). Only a difference is shown (runner_up.py).

Measured and left off (thresholds.AlignThresholds.runner_up): on the
development halves it found no inventory item the second partners
(align._told_again) do not already find, and its days were mostly two
happenings of one kind ("fired March 2" of one coach / "fired today" of
another). A whole-article search by key alone (every two figures of related
articles sharing a key) was measured too and not kept: its pairs were mostly
two happenings of one kind, and the counted-noun figures of the misses ("13
shots" in Horton's death / "12 shots were fired") are read as two happenings.
"""

from __future__ import annotations

from datetime import timedelta

from ..model import Claim, Fact
from .family_helpers import QUANTITY_KINDS, TIME_KINDS, counted_key, counts_people, dimension_of
from .pairing import Paired, measure_in

# Stages too common to say two days date one thing (as floor._WEAK_STAGES):
# nearly every sentence announces or says something.
_WEAK = frozenset({"", "announced", "said", "reported"})

# Counted nouns that say too little of what is counted to key a figure.
_GENERIC = frozenset(
    {"person", "people", "time", "year", "month", "week", "day", "hour", "minute", "other"}
    | {"thing", "one", "case", "part", "point", "percent", "unit", "item"}
)

Key = tuple[str, ...]


def key(claim: Claim, f: Fact) -> Key | None:
    """What a figure measures, as a key two sentences' figures may share, or
    None when its clause says too little: a count or amount needs a specific
    counted noun and a named happening ("12 shots were fired"), a day or a
    length of time a named stage ("sentenced on Tuesday")."""
    if f.mention is None:
        return None
    m = measure_in(claim, f)
    if f.kind in QUANTITY_KINDS:
        noun = counted_key(f)
        if not noun or noun in _GENERIC or not m.event or m.role != "level":
            return None
        return ("figure", dimension_of(f), noun, m.event, "people" if counts_people(f) else "")
    if f.kind in TIME_KINDS:
        return None if m.event in _WEAK else ("day", f.kind, m.event)
    return None


def same_measure(ca: Claim, cb: Claim, p: Paired) -> bool:
    """Whether a value pair of two sentences left apart measures one thing by
    itself: measured alike in context and keyed alike (``key``)."""
    if not p.measured_alike or far_apart(p.x, p.y):
        return False
    kx = key(ca, p.x)
    return kx is not None and kx == key(cb, p.y)


def far_apart(x: Fact, y: Fact, ratio: int = 7) -> bool:
    """Two days (or months, years) of one named stage more than ``ratio`` of
    their own length apart, both resolved: two happenings of one kind ("Cheeks,
    who was fired March 2" / "O'Brien was fired today"), not one misreported
    (the bound second partners used, align.second_partner_ratio). Days that
    agree, or that do not resolve, keep the pair."""
    ix = getattr(x.mention, "interval", None) if x.kind in TIME_KINDS else None
    iy = getattr(y.mention, "interval", None) if y.kind in TIME_KINDS else None
    if not ix or not iy:
        return False
    width = max(ix[1] - ix[0], iy[1] - iy[0], timedelta(days=1))
    return abs(ix[0] - iy[0]) > ratio * width
