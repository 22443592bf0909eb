"""Quantities (numbers, money, percentages, measures) as a fact family (see
:mod:`workbench.facts.family`)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ...model import Comparison, Fact
from ..family import Evidence, Scope
from .adverbs import with_count_adverbs
from .compare import (
    canonical_counted,
    compare,
    compare_as_one_count,
    compare_ignoring_counted,
    counts_people,
    same_counted,
)
from .detect import find_quantities
from .gallons import either_gallon
from .local_dollars import with_local_dollars
from .mention import QuantityMention
from .onemore import with_one_more
from .points import with_fraction_points, with_points
from .rate_change import rate_change_comparison, with_rate_changes
from .records import with_records
from .scale import different_scale
from .terms import ONE_SIDED
from .told_degrees import with_told_degrees
from .units import UNITS
from .vague import is_vague
from .yearly import with_yearly

# An open interval above ("more than 2") would agree with every larger value.
_NO_OPEN_EVIDENCE = ("count", "percent", "currency")


class QuantityFamily:
    name = "quantity"
    kinds = frozenset({"quantity", "number", "money", "percent"})
    scope: Scope = "claim"

    def find(self, text: str, published: date | None) -> list[QuantityMention]:
        found = with_records(text, with_one_more(text, find_quantities(text)))
        found = with_points(text, found)  # "up 3 points to 41%": percentage points
        found = with_fraction_points(text, found)  # "by a quarter point": 0.25 points
        found = with_rate_changes(text, found)  # "fell 2.4 points, from 13.5% to 11.1%"
        return with_yearly(text, with_count_adverbs(text, found))

    def find_each(
        self, texts: Sequence[str], published: date | None
    ) -> list[list[QuantityMention]]:
        found = with_local_dollars(texts, [self.find(t, published) for t in texts])
        return with_told_degrees(texts, found)

    def evidence(self, fact: Fact) -> list[Evidence]:
        """The interval the statement allows, in base units (per currency)."""
        m = fact.mention
        if not isinstance(m, QuantityMention) or m.low is None or m.high is None:
            return []
        if m.high == math.inf and m.dimension in _NO_OPEN_EVIDENCE:
            return []
        if is_vague(m):
            return []  # "thousands" would match any figure in its range: no evidence of one claim
        dim = f"{m.dimension}:{m.unit}" if m.dimension == "currency" else m.dimension
        return [(dim, float(m.low), float(m.high))]

    def links(self, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
        return []

    def compare(
        self, a: QuantityMention, b: QuantityMention, left: str, right: str
    ) -> Comparison | None:
        got = rate_change_comparison(a, b)  # "2.4 per cent" / "2.4 points" of one rate
        return got or either_gallon(compare, a, b, left, right)  # "gallons" may be imperial

    def of_record(self, m: object) -> bool:
        """A count of a fighter's or team's record ("52" of "Klitschko (52-3)")."""
        return isinstance(m, QuantityMention) and m.record

    def bound_against_figure(self, a: QuantityMention, b: QuantityMention) -> bool:
        """One side only a bound ('up to 16GB', 'more than 30'), the other a single
        figure: whatever they agree on, the bound alone says little."""
        for bound, point in ((a, b), (b, a)):
            if bound.hedge in ONE_SIDED and point.hedge not in ONE_SIDED:
                return point.value_high is None
        return False

    def off_scale(self, a: QuantityMention, b: QuantityMention) -> bool:
        """Figures on different scales ('$25,000' vs '$18 billion'): not one
        figure misreported (see :mod:`.scale`)."""
        return different_scale(a, b)

    def same_value(self, a: QuantityMention, b: QuantityMention) -> bool:
        """One figure stated twice, perhaps in other units or words ('six miles'
        / '10km', '20%' / 'one-fifth'): two single values, neither an open
        bound nor a range, of one dimension, whose intervals overlap."""
        if a.dimension != b.dimension or a.value_high is not None or b.value_high is not None:
            return False
        if a.hedge in ONE_SIDED or b.hedge in ONE_SIDED:
            return False
        if math.isinf(a.low) or math.isinf(a.high) or math.isinf(b.low) or math.isinf(b.high):
            return False
        if is_vague(a) or is_vague(b):
            return False  # "thousands" is a range, not one figure told twice
        if not (a.low <= b.high and b.low <= a.high):
            return False
        # two rounded figures whose intervals only touch ('42%' / '43%': 41.5–42.5
        # and 42.5–43.5) are two figures at one precision, not one told twice; an
        # exact figure at the edge of a rounded one ('555' / '550') may be it
        touch = a.high == b.low or b.high == a.low
        return not (touch and a.low < a.high and b.low < b.high)

    def same_figure(self, a: QuantityMention, b: QuantityMention) -> bool:
        """One figure, or a bound that is the other figure rounded ("more than
        60,000" for "61,482"; "more than 100 mph" for "up to 120 mph"): an
        agreement that says something, unlike a bound far from the figure."""
        if a.dimension != b.dimension or a.value_high is not None or b.value_high is not None:
            return False
        if math.isclose(a.base_value(), b.base_value(), rel_tol=1e-9):
            return True
        for bound, other in ((a, b), (b, a)):
            if bound.hedge not in ONE_SIDED or bound.precision <= 0:
                continue
            step = bound.precision * (UNITS[bound.unit].factor if bound.unit else 1.0)
            if math.isclose(round(other.base_value() / step) * step, bound.base_value()):
                return True
        return False

    def counted_alike(self, a: QuantityMention, b: QuantityMention) -> bool:
        """Both name what they count and it is one thing (synonyms allowed)."""
        return bool(a.counted and b.counted and same_counted(a.counted, b.counted))

    def counted_key(self, m: QuantityMention) -> str:
        """What a figure counts as one canonical noun ("persons" and "people"
        give "person"), or "" when its words name nothing."""
        return canonical_counted(m.counted) if m.counted else ""

    def counts_people(self, m: QuantityMention) -> bool:
        """Whether the figure names people as what it counts."""
        return bool(m.counted) and counts_people(m.counted)

    def dimension_of(self, m: QuantityMention) -> str:
        """What the figure measures in units: "count", "length", "currency" …"""
        return m.dimension

    def compare_counting_apart(
        self, a: QuantityMention, b: QuantityMention, left: str, right: str
    ) -> Comparison | None:
        """Two figures of one dimension that name different counted nouns
        ('15% of participants' vs '18% of volunteers'), compared as if they
        counted one thing; None when either names nothing or they measure
        different dimensions. The judge decides when this is safe."""
        if not a.counted or not b.counted or a.dimension != b.dimension:
            return None
        return compare_ignoring_counted(a, b, left, right)

    def compare_as_one_count(
        self, a: QuantityMention, b: QuantityMention, left: str, right: str
    ) -> Comparison | None:
        """Two plain counts naming different nouns ('16 deaths' / '14 people')
        compared as one count; the judge decides when this is safe."""
        return compare_as_one_count(a, b, left, right)

    def negative(self, m: object) -> bool:
        """A change or a result stated as a negative number ("-2.1%", "-$3m"):
        its sign says the direction (down) in percentages and money only
        ("-5C" is a level)."""
        return (
            isinstance(m, QuantityMention) and m.value < 0
            and m.dimension in ("percent", "currency")
        )  # fmt: skip

    def compare_magnitudes(
        self, a: QuantityMention, b: QuantityMention, left: str, right: str
    ) -> Comparison | None:
        """The two compared by size, a negative figure's sign read as its
        direction ("fell 2.1%" / "-2.14%")."""
        return compare(_magnitude(a), _magnitude(b), left, right)


def _magnitude(m: QuantityMention) -> QuantityMention:
    if m.value >= 0:
        return m
    high = None if m.value_high is None else abs(m.value_high)
    return replace(m, value=abs(m.value), value_high=high, low=-m.high, high=-m.low)


QUANTITY = QuantityFamily()
