"""What the window's list shows as the two values of an editor's finding.

An editor's finding (``raised.py``) is two whole sentences an editor linked
and said differ; the list's Value and Other value columns showed each
sentence cut in its middle to fit, "Williams, … said." against "According
…him.", while the editor had linked "about 1:30 a.m." against "about 1:00
am" (user trial 46). Each column now shows what its sentence states that the
other states differently: the values the engine read in both sentences, of
one kind, written differently (the most specific kind first: a clock time
before a bare number, so an age or a road number is not taken for the
difference), else the words where the two sentences part. The whole
sentence stays in the tooltip and the panel; nothing is stored.

Qt-free: the facts come from the analysis, the texts from the log."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .model import Fact
from .naming import norm

# a kind that says what its figure is first; a bare number, which may be an
# age, a road or a count of anything, last
KINDS = ("time", "date", "money", "percent", "quantity", "duration", "set", "number", "quote")
_WORD = re.compile(r"\S+")


def linked_values(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> tuple[str, str]:
    """The two values to show for two sentences an editor said differ; the
    sentences themselves when nothing tells them apart."""
    for kind in KINDS:
        mine = sorted((f for f in left if f.kind == kind), key=lambda f: f.start)
        theirs = sorted((f for f in right if f.kind == kind), key=lambda f: f.start)
        if not mine or not theirs:
            continue
        said = {norm(f.text) for f in theirs}
        apart = [f for f in mine if norm(f.text) not in said]
        other = [f for f in theirs if norm(f.text) not in {norm(g.text) for g in mine}]
        if apart and other:
            return apart[0].text, other[0].text
    return parting_words(left_text, right_text)


def parting_words(left: str, right: str) -> tuple[str, str]:
    """The longest run of words where two sentences differ, one run each
    (both sides saying something); the sentences when they share no word."""
    a, b = _WORD.findall(left), _WORD.findall(right)
    matcher = difflib.SequenceMatcher(None, [_key(w) for w in a], [_key(w) for w in b], False)
    runs = [
        (i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag == "replace" and matcher.ratio() > 0
    ]
    if not runs:
        return left, right
    i1, i2, j1, j2 = max(runs, key=lambda r: (r[1] - r[0]) + (r[3] - r[2]))
    return " ".join(a[i1:i2]), " ".join(b[j1:j2])


def _key(word: str) -> str:
    """A word as compared: its case and the punctuation around it left out."""
    return norm(word).strip(".,;:!?\"'()[]")
