"""The hedge written before a number ("more than 50", "at least eight years",
"up to 40 mph", read from ``terms.HEDGES_BEFORE``), or a comparative under a
negation, which is a bound the other way (facts/negbound.py: "no team has
offered more than $20 million" is at most $20 million).
"""

from __future__ import annotations

import re

from workbench.facts.negbound import negated_comparative
from workbench.facts.quantity.terms import HEDGE_BEFORE_RE, HEDGES_BEFORE

__all__ = ["hedge_before"]

# Hedges whose own words already carry the negation: "no more than", "not less than".
_WRITTEN_BOUNDS = frozenset({"up to", "at least"})


def hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge written right before the number at ``start`` (its class, as in
    ``HEDGES_BEFORE``) and where it starts; a negated comparative is the bound
    the other way ("no … longer than 8": "up to"; "none … shorter than 2": "at
    least"); (None, start) when there is none."""
    m = HEDGE_BEFORE_RE.search(text, max(0, start - 30), start)
    hedge = None
    if m:
        phrase = re.sub(r"\s+", " ", m.group(0).strip().lower())
        hedge = HEDGES_BEFORE.get(re.sub(r" aged?$", "", phrase))
    if hedge not in _WRITTEN_BOUNDS:  # "no more than 30" is in the table as it stands
        negated = negated_comparative(text, start)
        if negated is not None:
            return negated
    return (hedge, m.start()) if m else (None, start)
