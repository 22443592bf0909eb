"""A fragment whose content words follow one remark of the other quotation, in
order, with no run of words shared: the fragment altered.

A reporter who quotes a few words of a remark and turns them shares with the
other source's version only runs of one or two words: "This is not a
landslide, it is a mandate with conditions attached" / called the outcome
"a landslide, and a mandate without conditions attached" share "a
landslide", "a mandate", "conditions attached", never the five words in a
row the reworded test asks for, nor the three in a row that place a remark
inside a quotation of several sentences. Nearly every content word of the
fragment is there, in the same order, within a stretch of the other no longer
than the fragment's double that holds no content word of its own: one
remark, its small words changed — the words that turn it, "not", "without".
Compared (``compare``), the change is shown.

Two different remarks of one story share content words too ("the fire
started on the third floor" / "crews reached the third floor"; "The bridge
will reopen to traffic on Monday morning" / "The bridge has been closed to
traffic since Monday morning"), seldom four or more of one short stretch in
one order with none of the stretch's left over: a fragment of fewer content
words, one whose words are spread over the other quotation, or a stretch
holding a content word the fragment does not ("closed" for "reopen") is no
match.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from math import ceil

from ...text import STOPWORDS, stem
from .mention import spelling_key

# content words the fragment must have: three are met in any two remarks of one story
CONTENT_WORDS = 4
# share of the fragment's content words found in the other's stretch, in order
IN_ORDER_SHARE = 0.8
# the stretch of the other holding them: at most this many times the fragment's words
STRETCH = 2.0


@lru_cache(maxsize=4096)
def _content(tokens: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Each content word's stem with its token index."""
    return tuple((stem(spelling_key(w)), k) for k, w in enumerate(tokens) if w not in STOPWORDS)


def fragment_in_order(ta: list[str], tb: list[str]) -> bool:
    """The shorter of ``ta`` and ``tb`` has at least :data:`CONTENT_WORDS`
    content words, nearly all found in the longer in the same order, within a
    stretch of it at most :data:`STRETCH` times the shorter's length whose
    content words are all the shorter's."""
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    cs, cl = _content(tuple(short)), _content(tuple(long_))
    if len(cs) < CONTENT_WORDS:
        return False
    need = ceil(IN_ORDER_SHARE * len(cs))
    ws, wl = [w for w, _k in cs], [w for w, _k in cl]
    if len(set(ws) & set(wl)) < min(need, len(set(ws))):
        return False  # a cheap bound: too few stems shared at all
    sm = SequenceMatcher(None, ws, wl, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if sum(b.size for b in blocks) < need:
        return False
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    if sum(b.size for b in blocks) < b1 - b0:
        return False  # a content word of the other's stretch left over: other words
    return cl[b1 - 1][1] - cl[b0][1] + 1 <= STRETCH * len(short)
