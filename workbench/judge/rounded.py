"""A hedged round figure against a precise one it is not the rounding of
(issue 11, session 17).

"about $13 billion" and "$13.9 billion" lie within the hedge's reach of each
other, so the quantity family calls them consistent. An editor reads them
otherwise: a writer who knew the price was $13.9 billion would have written
"about $14 billion". A hedge rounds a figure; when the precise figure does
not round to the hedged one at the hedged one's own precision, the two
reports may state different figures, and the difference is shown as a
question (never a conflict: "about" may be loose). Only one value against
one value in one unit: a conversion ("about 15 mi" / "24 km"), a range or a
bound is left to the family, and so are two hedged figures.

The same holds at one precision (issue 11, session 20): "about $39 billion"
and "$38 billion" are two figures each given to the billion; the hedge
reaches the other, but a writer who knew $38 billion would have written it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..facts.quantity.granularity import hedged_pair, round_to_each_other
from ..facts.quantity.mention import QuantityMention
from ..facts.quantity.vague import is_vague
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import QUANTITY_KINDS
from .stages import VALUE, Outcome, Rule

_HEDGES = frozenset({"about"})  # the family's name for about, around, roughly, some …
_SIGN = re.compile(r"[$€£¥₹]")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _point(f: Fact) -> Any | None:
    """The family's mention of a single figure ("$13.9 billion"), or None. A vague
    amount ("dozens", "several hundred") is no figure: read as its lowest value it
    made "'Dozens' vs 'About 100': Dozens rounds to about 0" (session 43)."""
    m = f.mention
    if f.kind not in QUANTITY_KINDS or m is None or getattr(m, "value_high", 0) is not None:
        return None
    if isinstance(m, QuantityMention) and is_vague(m):
        return None
    return m if getattr(m, "precision", 0) > 0 else None


def rounded_elsewhere(x: Fact, y: Fact) -> tuple[Fact, Fact, float] | None:
    """(the hedged fact, the precise fact, what the precise one rounds to) when
    one figure is a hedged round figure and the other, stated more precisely
    in the same unit, does not round to it; else None."""
    a, b = _point(x), _point(y)
    if a is None or b is None or a.unit != b.unit or a.dimension != b.dimension:
        return None
    if (a.hedge in _HEDGES) == (b.hedge in _HEDGES) or (a.hedge and b.hedge):
        return None  # both or neither hedged, or the other bounded ("at least")
    (hf, h), (pf, p) = ((x, a), (y, b)) if a.hedge in _HEDGES else ((y, b), (x, a))
    if not p.precision < h.precision:
        return None  # "about 300" / "400": two figures at one precision (the family's call)
    if fraction_in_words(h):  # "about one in seven", "about a seventh": 14% is 1/7
        rounds = _nearest_fraction(p.value, h.form, h.value)
    else:
        rounds = math.floor(p.value / h.precision + 0.5) * h.precision
    if math.isclose(rounds, h.value, rel_tol=1e-9):
        return None
    return hf, pf, rounds


def apart_at_one_precision(x: Fact, y: Fact) -> tuple[Fact, Fact] | None:
    """(the hedged fact, the plain fact) when one figure is hedged ("about")
    and the other, plain, is stated at the same precision in the same unit
    with another value ("about $39 billion" / "$38 billion"); else None."""
    a, b = _point(x), _point(y)
    if a is None or b is None or a.unit != b.unit or a.dimension != b.dimension:
        return None
    if (a.hedge in _HEDGES) == (b.hedge in _HEDGES) or (a.hedge and b.hedge):
        return None
    (hf, h), (pf, p) = ((x, a), (y, b)) if a.hedge in _HEDGES else ((y, b), (x, a))
    if not math.isclose(p.precision, h.precision) or math.isclose(p.value, h.value):
        return None
    return hf, pf


def fraction_in_words(m: Any) -> bool:
    """A share written in words ("one in seven", "a third"): it rounds to the
    nearest simple fraction, not to its interval's step of ten points."""
    return m.dimension == "percent" and str(getattr(m, "form", "")).isalpha()


# The fractions a writer rounds a share to: one in N ("one in seven"), or a
# few parts of a small whole ("a third", "three quarters").
_ONE_IN = sorted({1 / n for n in (*range(2, 11), 12, 15, 20)})
_PARTS = sorted({k / n for n in range(2, 6) for k in range(1, n)})


def _nearest_fraction(percent: float, form: str = "onein", told: float | None = None) -> float:
    """The fraction a writer would round ``percent`` to, on the grid of the
    hedged share's own form. The share the writer told (``told``, in per cent)
    is always on it: "about a seventh" is told in sevenths, so its neighbours
    are the unit fractions (a sixth, an eighth), not the fifths and quarters of
    "a third" or "three quarters" — before session 36, 14.2% against "about a
    seventh" was read as nearer 20% (a fifth), and "a seventh" itself was off
    the grid."""
    share = percent / 100
    grid = _ONE_IN if form.startswith("onein") else _PARTS
    if told is not None and not any(math.isclose(told / 100, f) for f in grid):
        grid = sorted({*grid, *_ONE_IN, told / 100})
    return 100 * min(grid, key=lambda f: (abs(f - share), f))


def both_hedged_apart(x: Fact, y: Fact) -> bool:
    """Both figures hedged ("about 6.2" / "around 6.3", "some 300" / "about
    400"), stated at one precision in one unit, with different values: each
    writer rounded to the same step, so each knew another figure (session 21).
    Since session 31 the family calls such figures a conflict itself
    (facts/quantity/granularity.py); what reaches this row consistent is a pair
    one of which rounds to the other at the coarser step ("about 95 miles" /
    "some 93 miles"), and that is an agreement, not this question."""
    a, b = _point(x), _point(y)
    if a is None or b is None or a.unit != b.unit or a.dimension != b.dimension:
        return False
    if a.hedge not in _HEDGES or b.hedge not in _HEDGES:
        return False
    if hedged_pair(a, b) and round_to_each_other(a, b):
        return False
    return math.isclose(a.precision, b.precision) and not math.isclose(a.value, b.value)


def both_hedged_note(c: ValueCase) -> str:
    return (
        f"'{c.x.text}' vs '{c.y.text}': both are hedged and given to the same precision, "
        "yet differ; the hedges reach each other, but writers rounding one figure to one "
        "step would have written the same — the two reports may state different figures; "
        "check which is right — unresolved"
    )


def hedged_apart_below_the_floor(c: ValueCase) -> bool:
    """Two figures hedged with "about" that no rounding joins (the family's
    conflict, facts/quantity/granularity.py) whose hedges still reach each other,
    in sentences aligned below the conflict floor."""
    if c.cmp.verdict != Verdict.CONFLICT or not c.score < c.floor:
        return False
    a, b = _point(c.x), _point(c.y)
    if a is None or b is None or not hedged_pair(a, b) or round_to_each_other(a, b):
        return False
    return max(a.low, b.low) <= min(a.high, b.high)


def hedged_apart_note(c: ValueCase) -> str:
    return (
        f"'{c.x.text}' vs '{c.y.text}': both hedged, and no rounding gives one for the other "
        "— different figures if both state one thing, but the sentences align only weakly; "
        "check they do — unresolved"
    )


HEDGED_APART_BELOW_THE_FLOOR = Rule(
    "hedged_apart_below_the_floor",
    VALUE,
    hedged_apart_below_the_floor,
    Outcome.UNRESOLVED,
    "two figures hedged with 'about' in one unit that no rounding joins ('about 55 mph' / "
    "'about 65 mph') are a conflict (session 31), but in sentences aligned below the "
    "conflict floor they are a question, as they were before: their hedges reach each "
    "other, and the weak alignment leaves open whether both state one thing",
    "tests/test_s31_hedges.py::test_hedged_figures_apart_below_the_conflict_floor_are_a_question",
    hedged_apart_note,
)


def _figure(value: float) -> str:
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{value / size:g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _sign(text: str) -> str:
    """The currency sign a sum is written with ("about $13 billion" -> "$")."""
    m = _SIGN.search(text)
    return m.group() if m else ""


def rounded_elsewhere_note(c: ValueCase) -> str:
    found = rounded_elsewhere(c.x, c.y)
    assert found is not None  # the row applied
    hedged, precise, rounds = found
    if fraction_in_words(hedged.mention):
        return (
            f"'{c.x.text}' vs '{c.y.text}': {precise.text} is nearer {rounds:.3g}% than the "
            f"{hedged.mention.value:.3g}% '{hedged.text}' says — the two reports may state "
            "different figures; check which is right — unresolved"
        )
    return (
        f"'{c.x.text}' vs '{c.y.text}': {precise.text} rounds to about "
        f"{_sign(hedged.text)}{_figure(rounds)}, not '{hedged.text}' — the two reports may "
        "state different figures; check which is right — unresolved"
    )


def apart_note(c: ValueCase) -> str:
    found = apart_at_one_precision(c.x, c.y)
    assert found is not None  # the row applied
    hedged, plain = found
    return (
        f"'{c.x.text}' vs '{c.y.text}': both are given to the same precision and differ; "
        f"'{hedged.text}' is hedged, but a writer who knew {plain.text} would have written "
        "it — the two reports may state different figures; check which is right — unresolved"
    )


def _applies_apart(c: ValueCase) -> bool:
    return c.cmp.verdict == Verdict.CONSISTENT and apart_at_one_precision(c.x, c.y) is not None


def _applies(c: ValueCase) -> bool:
    return c.cmp.verdict == Verdict.CONSISTENT and rounded_elsewhere(c.x, c.y) is not None


VALUE_ROWS: tuple[Rule, ...] = (
    Rule(
        "hedged_figures_apart_at_one_precision",
        VALUE,
        lambda c: c.cmp.verdict == Verdict.CONSISTENT and both_hedged_apart(c.x, c.y),
        Outcome.UNRESOLVED,
        "'about 6.2' against 'around 6.3': both hedged, both given to one decimal, and they "
        "differ; the hedges overlap, but two writers rounding one figure to one step write "
        "the same. A question, not an agreement (not a conflict: 'about' may be loose, and "
        "a hedged figure against a plain one at one precision is a question too)",
        "tests/test_s21_hedged_pairs.py::test_two_hedged_figures_apart_at_one_precision_"
        "are_a_question",
        both_hedged_note,
    ),
    Rule(
        "hedged_figure_rounded_elsewhere",
        VALUE,
        _applies,
        Outcome.UNRESOLVED,
        "'about $13 billion' against '$13.9 billion': the hedge reaches the precise figure, "
        "but the precise figure rounds to about $14 billion, so a writer who knew it would "
        "not have written 'about $13 billion'. The two may state different figures: a "
        "question, not an agreement (readers judged such consistent flags borderline)",
        "tests/test_s17_rounded.py::test_a_price_rounded_elsewhere_is_a_question; "
        "ECB+ 44_ecb (dev2)",
        rounded_elsewhere_note,
    ),
    Rule(
        "hedged_figure_apart_at_one_precision",
        VALUE,
        _applies_apart,
        Outcome.UNRESOLVED,
        "'about $39 billion' against '$38 billion': both figures are given to the same "
        "precision and differ; the hedge reaches the plain figure, but a writer who knew "
        "$38 billion would have written it. The two may state different figures: a "
        "question, not an agreement (issue 11: figures at one precision that differ are "
        "different figures)",
        "tests/test_s20_one_precision.py::test_a_hedged_figure_apart_at_one_precision_is_a_"
        "question; ECB+ 44_ecb (dev2: a combined business's yearly size)",
        apart_note,
    ),
)
