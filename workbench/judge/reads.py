"""What a kept pair of values says of itself (judge/pairing.py): whether both
figures say alike what they measure, whether only one clause names the
happening or the owner, and whether the other owner is unknown. Read once
per kept pair; the VALUE rules read them (cases.ValueCase)."""

from __future__ import annotations

import re

from ..facts.measure import Measure, statement_dated
from ..facts.tenure import clause_names
from ..facts.whose import named_in
from ..model import Claim, Fact
from .floor import measured_alike
from .same_thing import evidence
from .shares import whole_of
from .transposed import digits_transposed


def _said_once(ca: Claim, x: Fact, ma: Measure, cb: Claim, y: Fact, mb: Measure) -> bool:
    """Only one clause names the happening its value counts or dates; a day
    beside a speech verb ("the union said on Thursday") counts as naming an
    announcement ("announced yesterday")."""
    if bool(ma.event) == bool(mb.event):
        return False
    claim, f, other = (cb, y, ma) if ma.event else (ca, x, mb)
    s, e = f.start - claim.start, f.end - claim.start
    if clause_names(claim.text, s, e, other.event):
        return False  # "after deliberating for 15 hours" names the "hours of deliberation"
    return not (other.event == "announced" and statement_dated(claim.text, s, e))


# A possessive pronoun shortly before a figure refers to its owner ("its battery
# life sounds right: 9 hours"): the owner is known, only not named.
_REFERRED = re.compile(r"\b(?:its|his|her|their)\b[^.;!?]{0,50}$", re.IGNORECASE)


def _owner_unknown(ca: Claim, x: Fact, ma: Measure, cb: Claim, y: Fact, mb: Measure) -> bool:
    """Of two figures of which one clause says whose it is, the other sentence
    neither names that owner anywhere ("Madrid's overnight low" / "In Madrid,
    the overnight low was 30C" name one owner) nor refers to one by a pronoun:
    whose the other figure is, is unknown."""
    owner, claim, f = (ma.owner, cb, y) if ma.owner else (mb.owner, ca, x)
    before = claim.text[max(0, f.start - claim.start - 60) : f.start - claim.start]
    return not named_in(owner, claim.text) and not _REFERRED.search(before)


def _whole(claim: Claim, f: Fact) -> str:
    return whole_of(claim.text, f.start - claim.start, f.end - claim.start)


def read_pair(
    a: tuple[Claim, Fact, Measure],
    b: tuple[Claim, Fact, Measure],
    shared: int,
    counted: bool,
    lone: bool = False,
) -> tuple[bool, bool, bool, bool, bool, tuple[str, ...]]:
    """What a kept pair says of itself, as Paired's last fields: alike, said
    once, owned once, owner unknown, measured alike (floor.measured_alike),
    and the evidence that both measure one thing (same_thing.evidence;
    ``lone``: each the only value of its family in its claim)."""
    (ca, x, ma), (cb, y, mb) = a, b
    owned = bool(ma.owner) != bool(mb.owner)
    wholes = ("", "")
    if x.kind == y.kind == "percent":
        wholes = (_whole(ca, x), _whole(cb, y))
    slip = digits_transposed(x, y)  # '6:24' / '6:42': one figure mistyped, measured alike
    return (
        shared >= 2 or counted,
        not slip and _said_once(ca, x, ma, cb, y, mb),
        owned,
        owned and _owner_unknown(ca, x, ma, cb, y, mb),
        slip or measured_alike(x, y, ma, mb, counted, shared, wholes),
        evidence(x, y, (ma, mb), shared, counted, lone),
    )
