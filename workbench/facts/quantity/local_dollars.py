"""A bare "$" in a story told from a dollar country other than the US is that
country's dollar (issue 11, session 29).

"Premier Annette Vosper … said the damage bill could exceed $3 billion" under
a Queensland dateline is A$3 billion, the figure a US site writes "A$3 billion
(about US$1.9 billion)"; "fined $175,000" from "CARRICK FALLS, Ont." is
C$175,000. Read as US dollars, such a sum set against its own conversion made
false conflicts ("one of the currencies is wrong").

Where the story is told from is :func:`..home.home_of` (its dateline, or the
one place its opening names). The story's own money decides how a bare "$"
reads in it:

- it writes the local dollar with its prefix ("HK$330 million ($42.4
  million)", "A$1.4bn"): the prefix marks the local sums, a bare "$" is the
  US dollar, as written;
- it writes "US$" beside a bare "$" ("US$61 million" … "$410 million" in a
  wire's Ontario story): which dollar the bare "$" is, the story does not
  settle; left as written, it meets another report's local dollars as a
  question (different currencies), never as one figure;
- otherwise (bare "$" only): the local dollar.

A sum so read keeps its words ("$3 billion") and says how it was read ("A$ in
a story from Australia").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..home import home_of
from .mention import QuantityMention

_PREFIX = {
    "AUD": r"A\$|AU\$|AUD|Australian dollars?",
    "CAD": r"C\$|CA\$|Can\$|CAD|Canadian dollars?",
    "HKD": r"HK\$|HKD|Hong Kong dollars?",
    "SGD": r"S\$|SGD|Singapore dollars?",
    "NZD": r"NZ\$|NZD|New Zealand dollars?",
}
_ANY_PREFIX = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_PREFIX.values()) + r")")
_COUNTRY = {
    "AUD": "Australia",
    "CAD": "Canada",
    "HKD": "Hong Kong",
    "SGD": "Singapore",
    "NZD": "New Zealand",
}
_US = re.compile(r"(?<![A-Za-z])(?:US\s?\$|U\.S\.\s?\$|USD|US dollars?|U\.S\. dollars?)")
_US_WRITTEN = re.compile(r"\s*(?:US|U\.S\.)\s?\$")  # "US $129": the mention's own words
# a "$" with no letters glued before it ("$3 billion", "about $400"), or "dollars"
# with no country before it ("500 dollars")
_BARE = re.compile(r"(?:^|[^A-Za-z$.])\$|^\$")
_BARE_WORD = re.compile(r"\bdollars?\b")
_COUNTRY_BEFORE = re.compile(r"(?:US|U\.S\.|American|[A-Z][a-z]+)\s*$")


def with_local_dollars(
    sentences: Sequence[str], found: list[list[QuantityMention]]
) -> list[list[QuantityMention]]:
    """Each sentence's mentions, bare dollars read as the story's own."""
    home = home_of(sentences)
    story = " ".join(sentences)
    if home is None or not home.dollar:
        if _US.search(story) or _ANY_PREFIX.search(story):
            return found  # the story tells its dollars apart itself
        return [
            [replace(m, loose_dollar=True) if _bare(text, m) else m for m in ms]
            for text, ms in zip(sentences, found, strict=False)
        ] + found[len(sentences) :]
    local = re.search(r"(?<![A-Za-z])(?:" + _PREFIX[home.dollar] + r")", story)
    if local or _US.search(story):  # the story tells its dollars apart itself
        return found
    country = _COUNTRY[home.dollar]
    return [
        [_local(text, m, home.dollar, country) for m in ms]
        for text, ms in zip(sentences, found, strict=False)
    ] + found[len(sentences) :]


def _bare(text: str, m: QuantityMention) -> bool:
    """A US-dollar sum written with a bare "$" or "dollars"."""
    if m.kind != "money" or m.unit != "USD":
        return False
    before = text[max(0, m.start - 6) : m.start]
    if re.search(r"(?:US|U\.S\.)\s?$", before) or _US_WRITTEN.match(m.text):
        return False  # "US $150", before the mention or inside it
    if _BARE.search(m.text):
        return True
    word = _BARE_WORD.search(m.text)
    return word is not None and not _COUNTRY_BEFORE.search(m.text[: word.start()])


def _local(text: str, m: QuantityMention, code: str, where: str) -> QuantityMention:
    return replace(m, unit=code, home=where) if _bare(text, m) else m
