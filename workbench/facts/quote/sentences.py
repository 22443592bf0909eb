"""Where the sentences of a quotation begin and end, counted in its tokens.

A quotation read whole across paragraphs (runs.py) holds several sentences;
two sources often quote different ones. Comparing and pairing quotes works on
the sentences both quote: a cut at a sentence break changes none of the
speaker's words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .mention import QuoteMention, normalise_words


def word_offsets(q: QuoteMention, s: int, e: int) -> list[tuple[int, int]]:
    """One (start, end) per normalised token of the quoted text in s..e."""
    seg = q.text[s - q.start : e - q.start]
    out = []
    for m in re.finditer(r"[^\s]+", seg):
        for _ in normalise_words(m.group(0)).split():
            out.append((s + m.start(), s + m.end()))
    return out


def sentences_of(q: QuoteMention, t0: int, t1: int) -> QuoteMention:
    """Tokens t0..t1-1 of ``q`` (whole sentences) as a quotation of their own,
    at their places in the article and credited to the same speaker."""
    positions = [p for s, e in q.parts for p in word_offsets(q, s, e)]
    if len(positions) != len(q.tokens) or (t0, t1) == (0, len(q.tokens)):
        return q
    start, end = positions[t0][0], positions[t1 - 1][1]
    parts = tuple((max(s, start), min(e, end)) for s, e in q.parts if s < end and start < e)
    words = " ".join(q.tokens[t0:t1])
    text = q.text[start - q.start : end - q.start]
    return QuoteMention(start, end, text, parts, words, q.speaker)


# A sentence ends after a printed word: its final stop (closing marks, brackets
# after it), or a stop in the attribution between two parts of one quotation
# ('… second time," he said. "You know …').
_STOP = re.compile(r"[.!?…][\"“”'’)\]]*(?:\s|$)")
# Stops that end an abbreviation, not a sentence ("Mr. Smith", "U.S. forces").
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|No)\.$")


def _breaks_after(q: QuoteMention) -> set[int]:
    """Token indexes k where a sentence of ``q`` ends before token k (and 0 and
    len(tokens), the ends of the quotation)."""
    positions: list[tuple[int, int]] = []
    for s, e in q.parts:
        positions.extend(word_offsets(q, s, e))
    out = {0, len(positions)}
    for k in range(1, len(positions)):
        (s0, e0), (s1, _e1) = positions[k - 1], positions[k]
        if s0 == s1:
            continue  # two tokens of one printed word
        word = q.text[s0 - q.start : e0 - q.start]
        between = q.text[s0 - q.start : s1 - q.start]
        nxt = q.text[s1 - q.start : s1 - q.start + 2].lstrip("\"“'‘([")
        if not nxt[:1] or not (nxt[:1].isupper() or nxt[:1].isdigit()):
            continue
        if _ABBREVIATION.search(word.rstrip("\"”'’)],")):
            continue
        if _STOP.search(between) or "\n" in between:
            out.add(k)
    return out


def sentence_breaks(q: QuoteMention) -> frozenset[int]:
    """Token indexes where a sentence of ``q`` begins (and its two ends); only
    the ends when its printed words and tokens do not line up."""
    return _sentence_breaks(q)


@lru_cache(maxsize=4096)  # pairing asks once per candidate partner
def _sentence_breaks(q: QuoteMention) -> frozenset[int]:
    if len(q.tokens) != sum(len(word_offsets(q, s, e)) for s, e in q.parts):
        return frozenset({0, len(q.tokens)})
    return frozenset(_breaks_after(q))


def whole_sentences(q: QuoteMention, t0: int, t1: int) -> bool:
    """Tokens t0..t1-1 of ``q`` begin and end at its sentence breaks: a cut
    there changes none of the speaker's words."""
    breaks = sentence_breaks(q)
    return t0 in breaks and t1 in breaks


# Words in a row two versions must share for the run to place the remark in
# each: two in a row ("of the", "it was") are met in any two sentences.
SHARED_RUN = 3


Span = tuple[int, int, int, int]  # token ranges (a0, a1, b0, b1)


def shared_sentences(a: QuoteMention, b: QuoteMention) -> Span:
    """The whole sentences of each version that hold the words both quote, as
    token ranges (a0, a1, b0, b1): from the sentence of the first run of
    :data:`SHARED_RUN` or more words in common to that of the last. Both whole
    when no such run is shared."""
    return _windows(a, b)[0]


def sentence_windows(a: QuoteMention, b: QuoteMention) -> list[Span]:
    """Where two versions may quote the same remark, widest first: the
    sentences both quote (:func:`shared_sentences`), then each sentence of one
    holding a run of :data:`SHARED_RUN` words in common against each of the
    other's. A quotation read whole across paragraphs is one remark of several
    sentences; another source may quote one of them, or join it with another
    neighbour ("I believe Brian Nichols did not win. In his own words, he said
    it's not his DNA …" / "In his own words, it is not in his DNA to stay in
    prison. Now he can look forward …")."""
    return _windows(a, b)


def _windows(a: QuoteMention, b: QuoteMention) -> list[Span]:
    ta, tb = a.tokens, b.tokens
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    runs = [m for m in sm.get_matching_blocks() if m.size >= SHARED_RUN]
    if not runs:
        return [(0, len(ta), 0, len(tb))]
    first, last = runs[0], runs[-1]
    breaks_a, breaks_b = sentence_breaks(a), sentence_breaks(b)
    a0, a1 = _around(breaks_a, first.a, last.a + last.size)
    b0, b1 = _around(breaks_b, first.b, last.b + last.size)
    out = [(a0, a1, b0, b1)]
    in_a = {_around(breaks_a, m.a, m.a + 1) for m in runs} | {(a0, a1)}
    in_b = {_around(breaks_b, m.b, m.b + 1) for m in runs} | {(b0, b1)}
    out += sorted({(x0, x1, y0, y1) for x0, x1 in in_a for y0, y1 in in_b} - set(out))
    return out


def _around(breaks: frozenset[int], start: int, end: int) -> tuple[int, int]:
    """The sentence breaks at or before ``start`` and at or after ``end``."""
    return max(k for k in breaks if k <= start), min(k for k in breaks if k >= end)
