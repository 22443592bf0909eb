"""Quantities in one news sentence, and whether two reports of one agree.

The public API, kept here so callers need one import:

* ``find_quantities(text)`` -> ``list[QuantityMention]``: quantities, money,
  percentages and counts in one sentence, sorted and non-overlapping.
* ``compare(a, b, left_name, right_name)`` -> ``Comparison | None``: whether
  two mentions of the same fact agree, with an explanation for editors.
* ``QuantityMention``: one stated quantity, its unit, hedge and the interval
  of values the statement allows.

The work is done by one module per concept:

* ``numbers``: numerals as news English writes them (digits, words, fractions);
  number words are parsed by the shared ``workbench.facts.numwords``.
* ``units``: the unit and currency table.
* ``terms``: hedges, context cues and word lists.
* ``context``: what only looks like a quantity, and what is counted.
* ``unitread``: the currency, scale and unit around a numeral, and rates.
* ``detect``: reading a sentence (ranges, hedges, shares, coordination).
* ``vague``: plural amounts ("thousands of", "billions of dollars").
* ``interval``: the tolerance rules (rounding, hedges, ranges).
* ``mention``: the mention and how it is displayed.
* ``compare``: the verdicts (identical, consistent, conflict, unresolved).
* ``family``: quantities as a fact family (evidence for the aligner).
"""

from __future__ import annotations

from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.detect import find_quantities
from workbench.facts.quantity.mention import QuantityMention

__all__ = ["QuantityMention", "compare", "find_quantities"]
