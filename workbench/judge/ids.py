"""How a flag is named and how articles are named in explanations.

A discrepancy id depends on what is compared, never on file names or the
order files were given, so a re-run keeps every review attached.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..model import Claim, Side
from ..naming import labels, surface  # noqa: F401 - re-exported
from ..naming import norm as _norm

ANCHOR_WORDS = 4  # words of context on each side of a value that identify its flag


def discrepancy_id(kind: str, sides: Sequence[Side], claims: Sequence[Claim]) -> str:
    """Stable across runs: depends on what is compared — the two values and
    the few words around each (its anchor) — not on file names, the order
    the files were given or the rest of the sentence. A re-run, a rename or
    a copy-edit elsewhere in the sentence keeps the flag and its review."""
    halves = sorted(anchor(side, claim) for side, claim in zip(sides, claims, strict=True))
    return hashlib.sha1("\x1f".join([kind, *halves]).encode("utf-8")).hexdigest()[:10]


def anchor(side: Side, claim: Claim) -> str:
    """The value's wording with up to ANCHOR_WORDS words either side of it."""
    start = max(0, side.start - claim.start)
    end = max(start, side.end - claim.start)
    before = _norm(claim.text[:start]).split()[-ANCHOR_WORDS:] if start else []
    after = _norm(claim.text[end:]).split()[:ANCHOR_WORDS]
    return "\x1e".join([" ".join(before), _norm(side.text), " ".join(after)])


def is_boilerplate(text: str) -> bool:
    """Captions and credits ('Photo: Reuters') carry no claims worth comparing."""
    return bool(
        re.fullmatch(
            r"\s*(?:photo|credit|image|link|tags|source)s?\s*:.*", text, re.IGNORECASE | re.DOTALL
        )
    )
