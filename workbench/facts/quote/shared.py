"""The words two versions of one quotation share, as each prints them.

An attribution flag quotes the words both sources credit so an editor can
find them on each side in seconds. It quoted the first words of one side's
quotation instead (session 32, fresh readers of held-out events): where that
side ran on from an earlier sentence or the other cut the opening, the words
shown were not the part both print. The shared part is the longest run the
two versions have in common, widened over the runs around it that the gaps
between (a word or three changed: "We will" / "We'll") leave one stretch.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from .mention import QuoteMention
from .questions import as_written

# Words changed between two runs that still make one shared stretch.
GAP_WORDS = 3
# Words shown of a shared stretch; longer ones end on "…".
SHOWN_WORDS = 12


def shared_stretch(a: QuoteMention, b: QuoteMention) -> tuple[int, int, int, int]:
    """Token ranges (a0, a1, b0, b1) of the stretch both versions quote: the
    longest run in common and the runs next to it across small gaps; the whole
    of each when they share no word."""
    ta, tb = a.tokens, b.tokens
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    runs = [m for m in sm.get_matching_blocks() if m.size]
    if not runs:
        return 0, len(ta), 0, len(tb)
    k = max(range(len(runs)), key=lambda i: runs[i].size)
    lo = hi = k
    while lo > 0 and _near(runs[lo - 1], runs[lo]):
        lo -= 1
    while hi + 1 < len(runs) and _near(runs[hi], runs[hi + 1]):
        hi += 1
    first, last = runs[lo], runs[hi]
    return first.a, last.a + last.size, first.b, last.b + last.size


def _near(x, y) -> bool:
    """Two runs in order with at most ``GAP_WORDS`` words between on each side."""
    return y.a - (x.a + x.size) <= GAP_WORDS and y.b - (x.b + x.size) <= GAP_WORDS


def shared_words(a: QuoteMention, b: QuoteMention) -> tuple[str, str]:
    """The shared stretch as each side prints it (at most ``SHOWN_WORDS`` words,
    then "…")."""
    a0, a1, b0, b1 = shared_stretch(a, b)
    return _shown(a, a0, a1), _shown(b, b0, b1)


def _shown(q: QuoteMention, t0: int, t1: int) -> str:
    words = as_written(q, t0, t1, q.tokens[t0:t1]).split()
    if len(words) <= SHOWN_WORDS:
        return " ".join(words)
    return " ".join(words[:SHOWN_WORDS]).rstrip(",;:") + " …"


def credit_as_written(name: str, text: str) -> str:
    """A speaker as the side credits them: the words written there, with the
    full name the article gives when those words are shorter ("‘Mr Kirby’
    (John Kirby)")."""
    text = " ".join(text.split())
    if not text or text == name or not name:
        return f"‘{text or name}’"
    if name in text:
        return f"‘{text}’"
    return f"‘{text}’ ({name})"
