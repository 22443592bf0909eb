"""Each claim's side of value pairing, read once (issue 14).

``pairing.compare_claims`` reads of each of its two claims the same things
whatever the other claim is: its comparable facts, the words around each,
what each measures, its frame, whether it is the only value of its family,
how many of its values count each event. A claim is aligned with several
others (about six each at 200 articles: ~8,900 claim pairs compared), and
those dictionaries were built again for every pair. They depend only on the
claim, its facts and the frame width, so they are kept here by the claim,
the identity of its facts and the width; the entry holds the facts, so no
other fact takes their identity while it is kept. The values handed back
are the very ones built the first time: nothing that reads them changes
them. Bounded: the :data:`MAX_SIDES` most recently used.
``WORKBENCH_SIDE_MEMO=0`` turns it off (to compare).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from ..model import Claim, Fact

MAX_SIDES = 20_000  # claims with values at 200 articles: a few thousand

S = TypeVar("S")
_kept: OrderedDict[tuple, tuple[object, list[Fact]]] = OrderedDict()
_lock = threading.Lock()  # the window analyses on worker threads


def kept(
    claim: Claim, facts: list[Fact], width: int, read: Callable[[Claim, list[Fact], int], S]
) -> S:
    """``read(claim, facts, width)``, or what it gave for the same key before."""
    if os.environ.get("WORKBENCH_SIDE_MEMO", "1") == "0":
        return read(claim, facts, width)
    key = (claim, tuple(map(id, facts)), width)
    with _lock:
        got = _kept.get(key)
        if got is not None:
            _kept.move_to_end(key)
            return got[0]  # type: ignore[return-value]
    out = read(claim, facts, width)
    with _lock:
        _kept[key] = (out, list(facts))  # the facts held: their ids stay theirs
        while len(_kept) > MAX_SIDES:
            _kept.popitem(last=False)
    return out


def clear() -> None:
    with _lock:
        _kept.clear()


def size() -> int:
    return len(_kept)
