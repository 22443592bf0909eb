"""The normalised reading of a figure a finding adds as a source, in the
words its own sentence writes.

A source that states a version's value without a pair of its own (``fill``)
takes its reading from a side compared with the same wording. A family's
reading leads with the words it read around the figure: 'over seven years =
7 years' for "the Orioles … over seven years". Trial 45 (P13) read "ECB+
10_2ecb → over seven years = 7 years" under 10_2's "(seven years, $140-
$150 million)": the lead was another source's. The lead is kept only when
this sentence writes it at this figure; else the figure's own words lead.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Fact, Side

_SAYS = " = "  # "wording = value", the families' form of a reading


def _lead(normalized: str) -> str:
    return normalized.split(_SAYS, 1)[0] if _SAYS in normalized else ""


def _written_here(claim: Claim, fact: Fact, lead: str) -> bool:
    """Whether the sentence writes ``lead`` ending at the figure's end (or
    starting at its start: 'seven years running')."""
    end, start = fact.end - claim.start, fact.start - claim.start
    text = claim.text
    return (0 <= end <= len(text) and text[:end].endswith(lead)) or (
        start >= 0 and text[start:].startswith(lead)
    )


def as_written_here(claim: Claim, fact: Fact, sides: Sequence[Side]) -> str:
    """The reading of ``fact`` (in ``claim``) from a side of ``sides`` of
    the same wording: one whose lead this sentence writes; else the first,
    its lead cut to the figure's own words when it holds them."""
    same = [s for s in sides if s.text == fact.text] or list(sides[:1])
    for s in same:
        lead = _lead(s.normalized)
        if not lead or _written_here(claim, fact, lead):
            return s.normalized
    model = same[0].normalized
    lead = _lead(model)
    if fact.text and fact.text in lead:  # 'over seven years' holds 'seven years'
        return fact.text + model[len(lead) :]
    return model
