"""Time expressions: find them in a sentence, normalise them, compare two.

``find_times(sentence, published)`` -> ``list[TimeMention]`` and
``compare(a, b, left, right)`` -> ``Comparison | None``; see :mod:`.find`.
"""

from __future__ import annotations

from .find import REFS, TimeMention, compare, find_times

__all__ = ["REFS", "TimeMention", "compare", "find_times"]
