"""The same words credited to two people, while some source gives them to both
(issue 11, class 4; session 33): two people making one point, no
misattribution.

A police chief and a minister both say there is "no evidence of a wider
network"; one report quotes the chief, another the minister, and a third (or
either of the two) tells both saying it — in quotation marks or in its own
words ("Diaz also said there was no evidence of a wider network"). A
misattribution is the same quoted words credited to different named people
when no source gives them to both: this module reads every article of the run
for a source that does. A source counts when one of its quotations holding the
words (or a stretch of them) is credited to the person, or a sentence holding
the words names them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from ..facts.quote import Speaker, normalise_words, quotes_in
from ..facts.quote.kept import KEPT
from ..facts.quote.names import plain
from ..model import Fact

# Fewest words of the words both quote that a source must hold to tell them.
MIN_WORDS = 4
# Share of those words a quotation or sentence must hold in one run.
HELD_SHARE = 0.6

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’')]*|$)")
_CAPITAL = re.compile(r"[A-ZÀ-Þ][\w'’\-]+")


def _core(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words both versions quote."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[m.a : m.a + m.size]


def _holds(words: Sequence[str], core: list[str]) -> bool:
    """``words`` hold most of ``core`` in one run (a quotation may quote a stretch
    of it: "no evidence of a wider network" of "There is no evidence of …")."""
    need = max(MIN_WORDS, int(HELD_SHARE * len(core) + 0.999))
    if len(set(core) & set(words)) < min(need, len(set(core))):
        return False
    m = SequenceMatcher(None, core, list(words), autojunk=False)
    return m.find_longest_match(0, len(core), 0, len(words)).size >= min(need, len(core))


@lru_cache(maxsize=KEPT)
def _read(text: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each sentence of ``text`` and each quotation: (its words, the names that
    credit it: the capitalised words of a sentence, a quotation's speaker).
    Kept for as many articles as their quotations (``quote.kept``): every
    article of a run is read for each pair asked about, and a memo of 32 let
    200 articles be read again each time (issue 14, session 36)."""
    out = []
    for m in _SENTENCE.finditer(text):
        words = tuple(normalise_words(m.group(0)).split())
        if words:
            out.append((words, frozenset(plain(w) for w in _CAPITAL.findall(m.group(0)))))
    for q in quotes_in(text):
        if q.speaker is not None and (key := _key(q.speaker)):
            out.append((tuple(q.tokens), frozenset([key])))
    return tuple(out)


def _key(sp: Speaker | None) -> str:
    """A speaker's surname or one-word name, "" for a descriptor or nobody."""
    if sp is None or sp.is_descriptor or sp.is_outlet or not sp.key:
        return ""
    words = sp.key.removeprefix("org:").split()
    return plain(words[-1]) if words else ""


def given_to_both(qa: Fact, qb: Fact, everywhere: Sequence[str]) -> bool:
    """Some article of ``everywhere`` credits the words ``qa`` and ``qb`` share
    to both their speakers."""
    a, b = qa.mention, qb.mention
    ka, kb = _key(a.speaker), _key(b.speaker)  # type: ignore[union-attr]
    if not ka or not kb or ka == kb:
        return False
    core = _core(a.tokens, b.tokens)  # type: ignore[union-attr]
    if len(core) < min(MIN_WORDS, len(a.tokens), len(b.tokens)):  # type: ignore[union-attr]
        return False
    for text in everywhere:
        credited: set[str] = set()
        for words, names in _read(text):
            if (ka in names or kb in names) and _holds(words, core):
                credited |= names
        if ka in credited and kb in credited:
            return True
    return False
