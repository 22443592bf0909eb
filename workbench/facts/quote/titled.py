"""A title in quotation marks is not a quotation (session 42, user trial 48).

A film, a book, an operation or a slogan is put in quotation marks ("Catching
Fire", "Operation Desert Storm", "The Hunger Games"): a few words, every one
of them but the small ones capitalised as a title, no sentence inside. Two
outlets naming the film are not two people saying its words, so such a
version is never paired with another article's (no altered quote, no
attribution between two outlets' names).
"""

from __future__ import annotations

import re

from .mention import QuoteMention

# A title's words at most: "Harry Potter and the Deathly Hallows" has six, a
# slogan rarely more; a longer run in capitals is a headline or a shout.
TITLE_WORDS = 6

# Words a title writes in lower case between its capitalised ones.
_SMALL_WORDS = """a an the of and or nor but in on at to for with from by as vs v into upon over
    de la le du des von van del"""
_SMALL = frozenset(_SMALL_WORDS.split())
_WORD = re.compile(r"[^\s\"“”«»„‘’'()\[\]:;,—–-]+(?:['’-][^\s\"“”«»„‘’()\[\]:;,—–]+)*")


def _inner(q: QuoteMention) -> str:
    return " ".join(q.text[s - q.start : e - q.start] for s, e in q.parts)


def quoted_title(q: QuoteMention) -> bool:
    """Two to ``TITLE_WORDS`` words, the first and every one not small
    capitalised (or a figure: "Ocean's 11"), at least two capitalised, and
    no stop, question or exclamation inside: a title, not words someone said."""
    inner = _inner(q).strip()
    if re.search(r"[.!?…]", inner.rstrip(".,!?…\"'”’ ")) or inner.rstrip().endswith(("!", "?")):
        return False
    words = _WORD.findall(inner)
    if not 2 <= len(words) <= TITLE_WORDS or not words[0][:1].isupper():
        return False
    capitals = 0
    for w in words:
        if w[:1].isupper():
            capitals += 1
        elif not (w.lower() in _SMALL or w[:1].isdigit()):
            return False
    return capitals >= 2
