"""One quotation printed with its words in another order (issue 11, session 17).

"the world's thinnest and lightest 17-inch notebook" / "world's lightest and
thinnest 17-inch notebook": every word of one is a word of the other, but
the order differs, so no run of several words is shared and the matcher
(match.match_quotes) never paired them. An editor reads them as one quotation
of which at most one version is verbatim. Such a pair is matched, and its
difference named as the words that moved, as a question: which order was
said is for the editor to check.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from ...text import STOPWORDS

MIN_WORDS = 4  # content words both versions share: shorter phrases reorder by chance
_EDGE = frozenset({"the", "a", "an"})  # an article either version opens with


def _content(tokens: list[str]) -> Counter[str]:
    return Counter(t for t in tokens if t not in STOPWORDS)


def _bare(tokens: list[str]) -> list[str]:
    """The words less an article the version opens with ("the world's …")."""
    return tokens[1:] if tokens and tokens[0] in _EDGE else tokens


def reordered(ta: list[str], tb: list[str]) -> bool:
    """The same words in another order: the same words apart from an opening
    article, as many times each, with at least ``MIN_WORDS`` content words,
    and not in the same order."""
    a, b = _bare(ta), _bare(tb)
    if a == b or Counter(a) != Counter(b):
        return False
    return sum(_content(a).values()) >= MIN_WORDS


def moved_words(ta: list[str], tb: list[str]) -> tuple[str, str]:
    """The stretch of each version that reads differently ('thinnest and
    lightest' / 'lightest and thinnest'), from its first to its last change."""
    a, b = _bare(ta), _bare(tb)
    changed = [
        op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if not changed:
        return " ".join(a), " ".join(b)
    i1, j1 = changed[0][1], changed[0][3]
    i2, j2 = changed[-1][2], changed[-1][4]
    return " ".join(a[i1:i2]), " ".join(b[j1:j2])
