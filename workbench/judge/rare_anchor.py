"""A second chance for two sentences the aligner left apart (issue 11, recall;
session 38, eng135): one value of one kind on each side, told in the same
uncommon words.

Most discrepancies readers list on real copy and the engine misses are
sentence pairs never aligned: their score fell below accept, or each
sentence took a better partner (``benchmarks.realcopy --why-missed``). A pair
left apart (``align_partners.left_apart``, within ``align.anchored`` of
accept) is compared on one pair of values when:

- both values are of one kind and dimension (two lengths of time, two sums
  of money, two days), and each is the only value of that kind in its
  sentence: the sentence says which figure the other's is set against;
- the words around both values (their frames, ``frames.frame``) share a word
  that is rare among the analysed sentences, in at most ``judge.anchor_share``
  of them: "served 412 months in federal prison" / "after serving more than
  four years" (a prison term told twice), "was heard in Preston Crown Court
  this morning" / "scheduled for Wednesday at Preston Crown Court". A word the
  story repeats everywhere (its main name, "season" in a coach's story)
  anchors nothing.

The pair then goes through the ALIGNMENT, CLAIM_PAIR and VALUE rows as a
runner-up does, and only a difference is shown (``Flags.differences_only``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Claim, Fact
from ..text import content_tokens
from .anchor_gate import may_compare, name_roots
from .family_helpers import QUANTITY_KINDS, TIME_KINDS, dimension_of
from .frames import _numeric, frame, root
from .pairing import Paired


def common_words(claims: Sequence[Claim], share: float) -> frozenset[str]:
    """The frame words (stems, ``frames.root``) found in more than ``share``
    of ``claims`` and in more claims than there are articles (a word each
    report says once is not common; as ``align_partners.common_words``): the
    story's own words, which anchor no pair."""
    df: Counter[str] = Counter()
    for c in claims:
        df.update({root(t) for t in content_tokens(c.text)})
    most = max(share * len(claims), len({c.article for c in claims}))
    return frozenset(w for w, n in df.items() if n > most)


def _kind(f: Fact) -> tuple[str, str]:
    return f.kind, dimension_of(f)


def rare_anchor(
    sides: tuple[tuple[Claim, Sequence[Fact]], tuple[Claim, Sequence[Fact]]],
    p: Paired,
    common: frozenset[str],
    width: int,
) -> frozenset[str]:
    """The uncommon words the frames of ``p``'s two values share, when each
    value is the only one of its kind in its sentence (``sides``: each claim
    and its facts); empty otherwise."""
    (ca, fa), (cb, fb) = sides
    kind = _kind(p.x)
    if kind != _kind(p.y) or kind[0] not in QUANTITY_KINDS | TIME_KINDS:
        return frozenset()
    if sum(_kind(f) == kind for f in fa) != 1 or sum(_kind(f) == kind for f in fb) != 1:
        return frozenset()
    if not may_compare(ca, cb, p):
        return frozenset()
    shared = frame(ca, p.x, width) & frame(cb, p.y, width)
    shared -= name_roots(ca.text, cb.text)
    return frozenset(w for w in shared - common if not _numeric(w) and len(w) > 2)
