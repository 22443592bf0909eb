"""A count of occasions written as an adverb: "married twice", "was shot
twice", "struck thrice" (issue 11, session 19).

"Three times" is read as a count of occasions (``context.counted_tail``:
the thing counted is "time"); its one-word forms "twice" and "thrice" were
not read at all, so "Page married twice" against "Page was married three
times" showed nothing. Each is a count of 2 or 3 occasions, the thing
counted "time", so it meets "three times" of the other report. Never read
where the word multiplies ("twice as many", "twice the size", "twice that",
"twice more"), gives a rate ("twice a day", "twice weekly", "twice per
season"), is vague ("once or twice", "twice or three times") or is part of
a word ("twice-weekly"). "Once" is left alone: it is far more often "at one
time" ("once a star") than a count.
"""

from __future__ import annotations

import re

from workbench.facts.quantity.mention import QuantityMention

__all__ = ["with_count_adverbs"]

_S = r"[ \u00a0]+"
_VALUES = {"twice": 2.0, "thrice": 3.0}
_ADVERB_RE = re.compile(r"(?<![\w-])(?i:twice|thrice)(?![\w-])")
# What may follow when the word multiplies or gives a rate, not a count.
_NOT_AFTER_RE = re.compile(
    rf"{_S}(?i:as|the|that|this|those|these|what|more|less|fewer|over|its|their|his|her|our"
    r"|my|your|a|an|per|each|every|daily|weekly|monthly|yearly|annually|hourly|nightly"
    r"|or|higher|lower|larger|bigger|smaller|greater|faster|slower|normal|average)\b"
)
_VAGUE_BEFORE_RE = re.compile(rf"(?i:\b(?:once|one|two|three){_S}or){_S}$")


def find_count_adverbs(text: str) -> list[QuantityMention]:
    """Counts of occasions written "twice" or "thrice" (module doc)."""
    out = []
    for m in _ADVERB_RE.finditer(text):
        if _NOT_AFTER_RE.match(text, m.end()):
            continue
        if _VAGUE_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        value = _VALUES[m.group().lower()]
        mention = QuantityMention(
            start=m.start(), end=m.end(), text=m.group(), kind="number", dimension="count",
            unit=None, value=value, value_high=None, hedge=None, precision=1.0, low=value,
            high=value, counted="time", exact=True, form=str(int(value)),
        )  # fmt: skip
        out.append(mention)
    return out


def with_count_adverbs(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` (one sentence's quantities) and the counts written as adverbs
    that it did not already read, in order."""
    more = [
        m
        for m in find_count_adverbs(text)
        if all(m.end <= q.start or q.end <= m.start for q in found)
    ]
    return sorted([*found, *more], key=lambda q: q.start) if more else found
