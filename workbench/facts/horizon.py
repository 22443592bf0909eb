"""A length written as a compound before a noun names a thing, not how long the
story's happening lasted (issue 11, session 27).

"his one-year price target of $21" is an analyst's horizon; "a five-year plan",
"the 10-year bond", "a 30-year mortgage" name a plan, a bond and a loan by
their term (ECB+ 43_2ecb's "one-year price
target" was held against 43_4ecb's "the deal, which had been anticipated for
over a year"). Such a length is the length OF its noun: it says the same thing
as another length only when the other sentence names that noun too ("a
five-year plan" / "the plan runs for six years"). Only things named by their
term are read so (a target, a plan, a bond, a loan: ``_TERMED``); a length
before a happening or a deal ("a 72-hour strike", "a two-year contract") and
one of no named thing ("a two-year period") are the happening's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the compound itself: "one-year", "10-year", "two-and-a-half-year", "18-month"
_COMPOUND = re.compile(r"[\w-]+-(?:year|month|week|day|hour|minute|decade|century)$", re.IGNORECASE)
_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w-]*)")
# words that end the noun phrase or are no noun of a thing
_STOP = frozenset(
    (
        *("a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "by", "with", "and"),
        *("or", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had"),
        *("will", "would", "as", "than", "after", "before", "since", "until", "old"),
        *("last", "next", "this", "ago", "earlier", "later", "rose", "fell", "rise", "fall"),
    )
)
# nouns that name only a stretch of time: the length is the happening's own
# and those that name a length itself ("an eight-hour battery life", "a 10-hour runtime")
_STRETCH = frozenset(
    (
        *("period", "periods", "span", "stretch", "spell", "time", "window", "gap", "interval"),
        *("life", "lifespan", "runtime", "duration", "length"),
    )
)
_MAX_NOUN = 2
# Things named by their term, never a happening of the story: a target, a plan, a
# bond, a loan ("a 72-hour strike" or "a two-year contract" is the happening or the
# deal itself, told in other words as often: "a three-day stoppage", "signed for
# two years", and is left to be compared).
_TERMED = frozenset(
    (
        *("target", "plan", "bond", "note", "bill", "treasury", "gilt", "yield", "mortgage"),
        *("loan", "lease", "warranty", "guarantee", "strategy", "budget", "forecast"),
        *("outlook", "horizon", "subscription", "membership", "visa", "permit", "programme"),
        *("program", "high", "low", "average", "roadmap", "vision", "bund", "swap", "rate"),
    )
)


@lru_cache(maxsize=1 << 14)
def horizon_thing(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of the noun a compound length at ``text[start:end]`` names
    ("one-year price target" -> ("price", "target")), or () when the length
    is no compound before a noun or names only a stretch of time."""
    if not _COMPOUND.search(text[start:end]):
        return ()
    words: list[str] = []
    pos = end
    while len(words) < _MAX_NOUN:
        m = _WORD.match(text, pos)
        if m is None or m.group(1).lower() in _STOP:
            break
        words.append(m.group(1).lower())
        pos = m.end()
        if text[pos : pos + 1] not in (" ", "\u00a0"):
            break  # a comma or a full stop ends the phrase
    if not words or words[-1] in _STRETCH or words[0].endswith(("ed", "ing")):
        return ()  # "a two-year period"; "a one-year deal signed": the verb is no noun
    if not any(w.rstrip("s") in _TERMED for w in words):
        return ()  # "a 72-hour strike", "a three-day stoppage": the happening's own length
    return tuple(words)


def names_thing(thing: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` names a word of ``thing`` in some form ("contract",
    "sentence" / "sentenced", "target" / "targets", "battery" of "battery pack")."""
    stems = [w[:5] for w in thing if len(w) > 2]
    return any(re.search(rf"\b{re.escape(s)}", text, re.IGNORECASE) for s in stems)
