"""A bare "$" in a story told from a dollar country other than the US is that
country's dollar (issue 11, session 29).

"Premier Annette Vosper … said the damage bill could exceed $3 billion" under
a Queensland dateline is A$3 billion, the figure a US site writes "A$3 billion
(about US$1.9 billion)"; "fined $175,000" from "CARRICK FALLS, Ont." is
C$175,000. Read as US dollars, such a sum set against its own conversion made
false conflicts ("one of the currencies is wrong").

Where the story is told from is :func:`..home.home_of` (its dateline, or the
one place its opening names). One rule reads every bare "$" (session 39,
issue 11; it was three before, and a bare "$2 million" was A$ in one report
and firmly US$ in another of one Australian story):

- a conversion of a sum its sentence writes in another currency, right after
  it or in parentheses before it ("HK$330 million ($42.4 million)", "300
  million Hong Kong dollars, about $38.5 million"): the US dollar, as written;
- its article names a dollar country and writes no other dollar: that
  country's dollar ("A$ in a story from Australia"), a reading that conflicts
  like any written currency;
- its article writes another dollar and converts a sum in it into a bare "$"
  elsewhere ("300 million Hong Kong dollars, about $38.5 million" … "a roughly
  $42 million renovation"): the article's "$" is the US dollar, as written;
- its article writes another dollar itself ("A$1.4bn", "US$61 million")
  beside the bare "$", and converts nothing into it: which dollar it is, the
  article does not settle. It is
  *open*: read as the US dollar by default, in the article's own dollar
  against a sum in that dollar, and a difference so read is a question, never
  a conflict (:mod:`.open_dollar`); the article's own dollar is its home's, or
  the one local prefix it writes;
- otherwise (its article names no dollar country): *loose*, read as the
  other report's dollar when that report places its own "$", and in the
  story's dollar when every report that names a dollar country names the same
  one (:mod:`.story_dollar`, like the clocks of :mod:`..time.event_zone`).

A sum so read keeps its words ("$3 billion") and says how it was read ("A$ in
a story from Australia").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..home import home_of
from .conversion_of import converts
from .mention import QuantityMention
from .own_dollars import is_own_dollar

_PREFIX = {
    "AUD": r"A\$|AU\$|AUD|Australian dollars?",
    "CAD": r"C\$|CA\$|Can\$|CAD|Canadian dollars?",
    "HKD": r"HK\$|HKD|Hong Kong dollars?",
    "SGD": r"S\$|SGD|Singapore dollars?",
    "NZD": r"NZ\$|NZD|New Zealand dollars?",
}
_WRITTEN = r"(?<![A-Za-z])(?:{})"
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
    """Each sentence's mentions, bare dollars read by the one rule above."""
    home = home_of(sentences)
    story = " ".join(sentences)
    written = {code for code, pat in _PREFIX.items() if re.search(_WRITTEN.format(pat), story)}
    code = home.dollar if home is not None else ""
    if code and code not in written and not _US.search(story):
        country = _COUNTRY[code]
        read = [
            [_local(text, m, ms, code, country) for m in ms]
            for text, ms in zip(sentences, found, strict=False)
        ]
        return read + found[len(sentences) :]
    if not code and len(written) == 1:
        (code,) = written
    own = {m.unit for ms in found for m in ms if is_own_dollar(m.unit)}  # "MV$2.5bn"
    if not code and not written and len(own) == 1:
        (code,) = own  # its bare "$" is open: its own lettered dollar or US dollars
    out = []
    other_dollar = bool(written or own or _US.search(story))
    if other_dollar and _converting(sentences, found):
        return found  # its "$" converts its local sums: the US dollar, as written
    for text, ms in zip(sentences, found, strict=False):
        out.append([_loose(text, m, ms, code, other_dollar) for m in ms])
    return out + found[len(sentences) :]


def _loose(
    text: str, m: QuantityMention, ms: list[QuantityMention], code: str, other_dollar: bool
) -> QuantityMention:
    """A bare "$" its article does not place: open when the article writes another
    dollar (its own dollar ``code`` the hint), loose otherwise."""
    if not _bare(text, m) or converts(text, m, ms):
        return m
    if not other_dollar:
        return replace(m, loose_dollar=True)
    where = _COUNTRY.get(code, "")  # its home, or the one local dollar it writes
    if is_own_dollar(code):
        where = f"the {code} sums it writes"
    return replace(m, loose_dollar=True, dollar_hint=code, hint_from=where, hint_open=True)


def _converting(sentences: Sequence[str], found: list[list[QuantityMention]]) -> bool:
    """Whether a bare "$" of the article converts a sum it writes in another dollar."""
    return any(
        _bare(text, m) and converts(text, m, ms)
        for text, ms in zip(sentences, found, strict=False)
        for m in ms
    )


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


def _local(
    text: str, m: QuantityMention, ms: list[QuantityMention], code: str, where: str
) -> QuantityMention:
    if not _bare(text, m) or converts(text, m, ms):
        return m
    return replace(m, unit=code, home=where)
