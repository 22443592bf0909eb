"""Which of another article's quotes is a quotation's partner (session 42,
user trial 48): a version that carries the words word for word is the right
partner, and a pairing with a reworded quote of that article gives way to it.

An article that quotes "A" word for word, and elsewhere a reworded "B", is
never read as altering "A" into "B": the editor saw a quote paired with a
different quote of an article that also printed the first one verbatim.
"""

from __future__ import annotations

from collections.abc import Sequence

from .mention import QuoteMention
from .paraphrase import expanded

Span = tuple[int, int, int, int]

# Words a version must hold for its carrying word for word elsewhere to count:
# a phrase of three words is often printed twice ("the first time").
CARRIED_WORDS = 4


def _inside(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _window(q: QuoteMention, t0: int, t1: int) -> list[str]:
    return expanded(q.tokens[t0:t1])


def verbatim_pair(x: QuoteMention, y: QuoteMention, span: Span) -> bool:
    """The matched words of one version stand word for word in the other."""
    a0, a1, b0, b1 = span
    wx, wy = _window(x, a0, a1), _window(y, b0, b1)
    return _inside(wx, expanded(y.tokens)) or _inside(wy, expanded(x.tokens))


def carried_elsewhere(
    x: QuoteMention, y: QuoteMention, span: Span, others_x: Sequence[QuoteMention],
    others_y: Sequence[QuoteMention],
) -> bool:  # fmt: skip
    """``x`` and ``y`` are not one quotation word for word, and the article of
    ``y`` prints ``x``'s matched words verbatim in another quote (``others_y``),
    or the article of ``x`` prints ``y``'s in another (``others_x``)."""
    if verbatim_pair(x, y, span):
        return False
    a0, a1, b0, b1 = span
    wx, wy = _window(x, a0, a1), _window(y, b0, b1)
    if len(wx) >= CARRIED_WORDS and any(
        z is not y and _inside(wx, expanded(z.tokens)) for z in others_y
    ):
        return True
    return len(wy) >= CARRIED_WORDS and any(
        z is not x and _inside(wy, expanded(z.tokens)) for z in others_x
    )
