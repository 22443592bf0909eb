"""Judging aligned claims: which of their facts differ, and how.

Facts are compared only within aligned claims and only with facts of the
same family (quantities with quantities, times with times); each fact module
decides what is comparable and gives the verdict. Quotes are matched across
whole articles, since a quotation identifies its claim on its own; a matched
quote credited to different people is an attribution conflict.

Every policy between those verdicts and the flags an editor sees is a named
row of ``rules.RULES``; ``engine`` applies them in order and records on each
discrepancy the rule that decided it.
"""

from __future__ import annotations

from .engine import judge
from .family_helpers import (
    QUANTITY_KINDS,
    TIME_KINDS,
    quoted_relative_times,
    same_quote_pairs,
    speakers_differ,
)
from .ids import ANCHOR_WORDS, anchor, discrepancy_id, is_boilerplate, labels, surface
from .pairing import compare_claims, context_agreement, relatedness
from .read_once import Articles
from .rules import RULES, Rule
from .stages import tracing

__all__ = [
    "ANCHOR_WORDS",
    "QUANTITY_KINDS",
    "RULES",
    "TIME_KINDS",
    "Articles",
    "Rule",
    "anchor",
    "compare_claims",
    "context_agreement",
    "discrepancy_id",
    "is_boilerplate",
    "judge",
    "labels",
    "quoted_relative_times",
    "relatedness",
    "same_quote_pairs",
    "speakers_differ",
    "surface",
    "tracing",
]
