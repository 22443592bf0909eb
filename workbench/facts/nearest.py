"""The word of a small lexicon nearest a value within its clause: how
measure.py reads the happening a count counts or a date dates. Split from
measure.py (size) so the readers of a time's happening (simultaneous.py)
share it."""

from __future__ import annotations

import re
from itertools import islice

WORD = re.compile(r"[A-Za-z][\w'’-]*")


def nearest(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    lexicon: tuple[tuple[str, re.Pattern[str]], ...],
    reach: int,
) -> str:
    """The lexicon entry nearest the value within its clause, up to ``reach``
    words away: words after it first at equal distance ("13 killed and 20
    injured": 20 is injured)."""
    after = [m.start() for m in islice(WORD.finditer(text, end, hi), reach)]
    before = [m.start() for m in WORD.finditer(text, lo, start)][-reach:]
    for d in range(reach):
        spots = []
        if d < len(after):
            spots.append(after[d])
        if d < len(before):
            spots.append(before[-1 - d])
        for pos in spots:
            for name, rx in lexicon:
                if rx.match(text, pos, hi):
                    return name
    return ""
