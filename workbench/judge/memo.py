"""Aligned claim pairs already compared in this process (issue 14).

When an editor corrects one article's publication date the window analyses
every article again. Comparing the values of the aligned claim pairs
(``pairing.compare_claims``) was a third of that re-analysis with 50
articles, and a pair of two articles whose date did not change gives the
same answer again: the facts of an unchanged article are the very objects
read before (``facts_memo``), so a pair is looked up by its two claims, the
identity of their facts, the two articles' names and texts, the thresholds
in force and the judging rows left out (``rules.without``) — everything
``compare_claims`` reads. A hit hands back the same value pairs (immutable).

The entry keeps the facts of its key alive, so no other fact can take their
identity while it is held. Bounded: the :data:`MAX_PAIRS` most recently used.
Not used while rule decisions are counted (``stages.tracing``: a pair taken
from here would not be counted). ``WORKBENCH_PAIR_MEMO=0`` turns it off.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable

from ..model import Claim, Fact
from ..thresholds import JudgeThresholds, current
from .family_helpers import rates_in_force
from .pairing import Paired
from .stages import _TRACE, RULES_OFF  # counting decisions: no memo

MAX_PAIRS = 50_000  # about 1,000 a re-analysis of 50 articles

Compare = Callable[..., list[Paired]]
_kept: OrderedDict[tuple, tuple[tuple[Paired, ...], tuple[Fact, ...]]] = OrderedDict()
_lock = threading.Lock()  # the window analyses on worker threads


def compared(
    compare: Compare,
    ca: Claim,
    cb: Claim,
    fa: list[Fact],
    fb: list[Fact],
    names: dict[str, str],
    t: JudgeThresholds,
    texts: tuple[str, str],
    barred: frozenset[tuple[str, str]] = frozenset(),
) -> list[Paired]:
    """``compare(ca, cb, fa, fb, names, t, before, barred)`` with ``before``
    each claim's article text before it (``texts``: the two articles' texts),
    or what it gave for the same arguments before."""
    before = (texts[0][: ca.start], texts[1][: cb.start])
    if os.environ.get("WORKBENCH_PAIR_MEMO", "1") == "0" or _TRACE.get() is not None:
        return compare(ca, cb, fa, fb, names, t, before, barred)
    key = (
        ca,
        cb,
        tuple(map(id, fa)),
        tuple(map(id, fb)),
        names[ca.article],
        names[cb.article],
        texts,
        t,
        current(),
        RULES_OFF.get(),
        barred,
        rates_in_force(),  # a third article's stated rate changes the answer
    )
    with _lock:
        got = _kept.get(key)
        if got is not None:
            _kept.move_to_end(key)
            return list(got[0])
    out = compare(ca, cb, fa, fb, names, t, before, barred)
    with _lock:
        _kept[key] = (tuple(out), (*fa, *fb))  # the facts held: their ids stay theirs
        while len(_kept) > MAX_PAIRS:
            _kept.popitem(last=False)
    return out


def clear() -> None:
    with _lock:
        _kept.clear()


def size() -> int:
    return len(_kept)
