"""A sentence's figures held against each other (issue 11): one source
disagreeing with itself, both sides in one sentence, whatever other reports
say. Each kind of check is a module of its own; this is the one door the
engine calls and the rule table reads.

- a figure and its own conversion in parentheses (``own_conversion.py``,
  session 35): "165 knots (265 km/h)";
- a share and the counts it is worked out from (``own_share.py``, session
  36): "Of the 63 injured, 11 — nearly a third";
- a total and the parts it is broken into (``own_sum.py``, session 36):
  "seven workers — four from Alder, two from Brook and two from Cole";
- a length of time and the clock times that bound it (``own_span.py``,
  session 36): "for five hours, from 02:10 to 04:40";
- a share in words and its own figure in brackets (``own_share_words.py``,
  session 43): "more than a third (27.9%)";
- a margin and the two figures it parts (``own_margin.py``, session 43):
  "2:05:41 … 2:06:19, a margin of 48 seconds", "218 votes to 206, a
  majority of 14".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Claim, Fact
from .own_conversion import OWN_CONVERSION_ROWS, conversions_not_converting
from .own_margin import OWN_MARGIN_ROWS, margins_not_matching
from .own_share import OWN_SHARE_ROWS, shares_not_matching
from .own_share_words import OWN_WORD_SHARE_ROWS, word_shares_not_matching
from .own_span import OWN_SPAN_ROWS, spans_not_matching
from .own_sum import OWN_SUM_ROWS, sums_not_adding_up
from .spelled import Add, Decide
from .stages import Rule

OWN_FIGURE_ROWS: tuple[Rule, ...] = (
    *OWN_CONVERSION_ROWS,
    *OWN_SHARE_ROWS,
    *OWN_WORD_SHARE_ROWS,
    *OWN_SUM_ROWS,
    *OWN_SPAN_ROWS,
    *OWN_MARGIN_ROWS,
)


def figures_against_themselves(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    texts: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each sentence whose own figures contradict each other."""
    conversions_not_converting(claims, facts_by_claim, names, texts, add, decide)
    shares_not_matching(claims, facts_by_claim, names, add, decide)
    word_shares_not_matching(claims, facts_by_claim, names, add, decide)
    sums_not_adding_up(claims, facts_by_claim, names, add, decide)
    spans_not_matching(claims, facts_by_claim, names, add, decide)
    margins_not_matching(claims, facts_by_claim, names, add, decide)
