"""Bounded looks around a position, so that no extractor's work per match
grows with the length of the text.

Rules look at a few words before or after a match ("by" before a date, "of"
after "the fall"). Written as ``re.search(r"...$", text[:pos])`` that copies
and scans the whole prefix for every match: quadratic on a long sentence.
These helpers search only the last LOOKBACK / first LOOKAHEAD characters,
using ``pos``/``endpos`` so ``^`` still means the start of the text and
lookbehinds still see what comes before the window.
"""

from __future__ import annotations

import re

# Far longer than any cue a rule looks for (a handful of words).
LOOKBACK = 200
LOOKAHEAD = 200


def ends_before(
    pattern: str | re.Pattern[str], text: str, pos: int, flags: int = 0
) -> re.Match[str] | None:
    """``re.search(pattern, text[:pos])`` for a pattern anchored with ``$``,
    looking only at the LOOKBACK characters before ``pos``."""
    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    return rx.search(text, max(0, pos - LOOKBACK), pos)


def starts_at(
    pattern: str | re.Pattern[str], text: str, pos: int, flags: int = 0
) -> re.Match[str] | None:
    """``re.match(pattern, text[pos:])``, looking only LOOKAHEAD characters on."""
    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    return rx.match(text, pos, pos + LOOKAHEAD)


def after(text: str, pos: int) -> str:
    """The LOOKAHEAD characters from ``pos``: what a rule reads after a match."""
    return text[pos : pos + LOOKAHEAD]


def last_char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ("" at the start of the text).
    The walk back crosses only the whitespace just before ``pos``."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos else ""


_WORD_EDGE = re.compile(r"\b")


def ends_a_word(word: str, text: str) -> bool:
    """Whether ``word`` is written in ``text`` where a word ends: what
    ``re.search(rf"{re.escape(word)}\\b", text)`` finds, without compiling a
    pattern for each word (issue 14, session 41: at 200 ECB+ articles the judge
    asks it 4,076 times of 454 owner words, which the re module's cache of 512
    patterns shares with every other pattern made from text: about 500
    compiles an analysis, 0.29 s of CPU, 0.07 s now). Every place ``word``
    starts is tried, as the search tries them, each with the word edge after it."""
    at = text.find(word)
    while at >= 0:
        if _WORD_EDGE.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False
