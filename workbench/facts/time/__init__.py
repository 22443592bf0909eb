"""Time expressions: find them in a sentence, normalise them, compare two.

``find_times(sentence, published)`` -> ``list[TimeMention]`` (:mod:`.find`)
and ``compare(a, b, left, right)`` -> ``Comparison | None`` (:mod:`.compare`);
the mention itself is in :mod:`.mention`, the rules in :mod:`.rules`.
"""

from __future__ import annotations

from .compare import compare
from .find import find_times
from .mention import REFS, TimeMention

__all__ = ["REFS", "TimeMention", "compare", "find_times"]
