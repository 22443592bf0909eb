"""Time expressions: find them in a sentence, normalise them, compare two.

``find_times(sentence, published)`` -> ``list[TimeMention]`` (:mod:`.find`),
``find_times_in_document(sentences, published)`` -> one list per sentence, each
read with what the sentences before it set up (:mod:`.context`),
and ``compare(a, b, left, right)`` -> ``Comparison | None`` (:mod:`.compare`);
the mention itself is in :mod:`.mention`, the rules in :mod:`.rules`.
"""

from __future__ import annotations

from .compare import compare
from .context import TimeContext
from .find import find_times, find_times_in_document
from .mention import REFS, TimeMention

__all__ = [
    "REFS",
    "TimeContext",
    "TimeMention",
    "compare",
    "find_times",
    "find_times_in_document",
]
