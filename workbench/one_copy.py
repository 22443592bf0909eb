"""A second copy of one article weighs no word again (user trial 50).

The aligner weighs a word by how few sentences hold it (``lexical._vectors``:
IDF over every claim of the check). An identical copy of an article checked
under another name doubled the count of each of its words, so two sentences
of *other* articles scored otherwise: 30_10 + 30_1 (ECB+ 30_ecbplus) aligned
"announced on Twitter today (14 October 2011)" with "announced today (4
November 2011)" at 0.501, a CONFLICT; with a copy of 30_10 added, at 0.499,
under the 0.5 of "loosely alike", and the flag became UNRESOLVED under a new
id. The analysis shows a copy's flags once, under the first; its words are
counted once too: the claims of an article whose sentences are, in order,
those of an article before it are left out of the IDF (still aligned, and
weighed by the words of the first copy). An article that shares some
sentences (a wire story rewritten) is counted as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Claim


def first_copies(claims: Sequence[Claim]) -> list[bool]:
    """For each claim, whether its article is the first with its sentences."""
    texts: dict[str, list[str]] = {}
    for c in claims:
        texts.setdefault(c.article, []).append(" ".join(c.text.split()))
    first: dict[tuple[str, ...], str] = {}
    for article, said in texts.items():
        first.setdefault(tuple(said), article)
    kept = set(first.values())
    return [c.article in kept for c in claims]
