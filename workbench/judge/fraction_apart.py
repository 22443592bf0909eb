"""A share told as a fraction in words against a precise share that is plainly
another fraction (session 42, issue 11: unresolved precision).

"about a seventh" (14.3%) against "12.4 per cent": the hedge reaches the precise
figure, and :mod:`.rounded` asked whether they are one figure. But 12.4% is an
eighth to within a tenth of a point; a writer rounding it to a simple fraction
writes "about an eighth", never "a seventh". Readers of authored development
judged the question wrong: the two reports state different shares. When the
precise share lies nearer another fraction of the hedged one's own grid than a
quarter of the way from that fraction to the one the writer told, the pair is a
conflict naming both fractions. Nearer the middle it stays the question it
was, and so does a round fraction a writer reaches for loosely - a half, a
third, a quarter, a fifth, a tenth: "about one in ten" for 11.2% is ordinary
usage although 11.2% is a ninth; "a seventh" or "one in eight" is chosen.
"""

from __future__ import annotations

import math
from fractions import Fraction

from ..model import Verdict
from .cases import ValueCase
from .rounded import fraction_in_words, rounded_elsewhere
from .stages import VALUE, Outcome, Rule

_CLOSE = 0.25  # of the gap between the told fraction and the nearest one
_LOOSE = frozenset({2, 3, 4, 5, 10})  # the denominators of fractions said loosely


def plainly_another_fraction(c: ValueCase) -> tuple[float, float] | None:
    """(the precise share, the fraction it is nearest, both in per cent) when
    one side is a hedged share in words and the other plainly another fraction."""
    if c.cmp.verdict != Verdict.CONSISTENT:
        return None
    found = rounded_elsewhere(c.x, c.y)
    if found is None or not fraction_in_words(found[0].mention):
        return None
    hedged, precise, nearest = found
    told, p = hedged.mention.value, precise.mention.value
    if Fraction(told / 100).limit_denominator(20).denominator in _LOOSE:
        return None
    gap = abs(told - nearest)
    if math.isclose(gap, 0.0) or abs(p - nearest) >= _CLOSE * gap:
        return None
    return p, nearest


def _named(percent: float) -> str:
    f = Fraction(percent / 100).limit_denominator(20)
    return f"{f.numerator}/{f.denominator}"


def note(c: ValueCase) -> str:
    found = plainly_another_fraction(c)
    assert found is not None  # the row applied
    p, nearest = found
    hedged, precise, _ = rounded_elsewhere(c.x, c.y) or (None, None, None)
    assert hedged is not None and precise is not None
    told = hedged.mention.value
    return (
        f"'{c.x.text}' vs '{c.y.text}': {precise.text} is {_named(nearest)} ({nearest:.3g}%) "
        f"to within {abs(p - nearest):.2g} points, not the {_named(told)} ({told:.3g}%) "
        f"'{hedged.text}' says; a writer rounding it would have said {_named(nearest)} — "
        "the two reports state different shares — conflict"
    )


ROW = Rule(
    "share_plainly_another_fraction",
    VALUE,
    lambda c: plainly_another_fraction(c) is not None,
    Outcome.CONFLICT,
    "'about a seventh' against '12.4 per cent': the precise share is an eighth to within a "
    "tenth of a point, so a writer who rounded it to a fraction would have said an eighth, "
    "not a seventh; the hedge of a fraction in words reaches the next fraction only "
    "nearer the middle between the two (readers of authored development, session 42)",
    "tests/test_s42_fractions.py::test_a_share_plainly_another_fraction_is_a_conflict",
    note,
)
