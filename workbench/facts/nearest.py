"""The word of a small lexicon nearest a value within its clause: how
measure.py reads the happening a count counts or a date dates. Split from
measure.py (size) so the readers of a time's happening (simultaneous.py)
share it."""

from __future__ import annotations

import re
from itertools import islice

WORD = re.compile(r"[A-Za-z][\w'’-]*")

Lexicon = tuple[tuple[str, re.Pattern[str]], ...]
#: per lexicon (by identity, the lexicon kept so its id is never reused): one
#: pattern that matches where any of its entries does (see :func:`_any_of`)
_ANY: dict[int, tuple[Lexicon, re.Pattern[str] | None]] = {}


def nearest(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    lexicon: Lexicon,
    reach: int,
) -> str:
    """The lexicon entry nearest the value within its clause, up to ``reach``
    words away: words after it first at equal distance ("13 killed and 20
    injured": 20 is injured)."""
    after = [m.start() for m in islice(WORD.finditer(text, end, hi), reach)]
    before = [m.start() for m in WORD.finditer(text, lo, start)][-reach:]
    anywhere = _any_of(lexicon)
    for d in range(reach):
        spots = []
        if d < len(after):
            spots.append(after[d])
        if d < len(before):
            spots.append(before[-1 - d])
        for pos in spots:
            if anywhere is not None and not anywhere.match(text, pos, hi):
                continue  # no entry matches here: the entries need not be tried one by one
            for name, rx in lexicon:
                if rx.match(text, pos, hi):
                    return name
    return ""


def _any_of(lexicon: Lexicon) -> re.Pattern[str] | None:
    """One pattern matching at a position exactly where some entry of
    ``lexicon`` matches (an alternation of them all, with their one set of
    flags), or None when the entries cannot be so joined (flags differ, or an
    entry has groups). Each word of a clause was tried against every entry
    (25 for the dated stages) by the judge for every figure (issue 14)."""
    kept = _ANY.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    flags = {rx.flags for _, rx in lexicon}
    joinable = len(flags) == 1 and all(rx.groups == 0 for _, rx in lexicon)
    joined = (
        re.compile("|".join(f"(?:{rx.pattern})" for _, rx in lexicon), flags.pop())
        if joinable and lexicon
        else None
    )
    _ANY[id(lexicon)] = (lexicon, joined)
    return joined
