"""Which alignments are evidence that two sentences state one claim.

The aligner links two sentences that share a quotation whatever their
wording (``workbench.align``: the pair scores at least ``QUOTE_LINK``). That
is right for the judge, which compares the quotes, and wrong for claim
groups when the quotation is a name, a title or a phrase: "X-Men", "Deep
Throat", "All the President's Men", "one more thing" are mentioned by
sentences that say different things about them (reader G7 called 5 of its 10
impure groups such sentences; G1, G3, G4 and G5 one or two each). A link that
stands only on a quoted name or phrase is grouping evidence when the two
sentences' own wording would have been aligned (it reaches the aligner's
``accept``); a quoted statement ("He has a gun", "This place is bugged")
still links its sentences whatever their wording.

The aligner also adds to a pair's score for every value the two sentences
share and, with embeddings, for their meaning: two sentences that share a
victim's age, a date or a contract figure and hardly a word besides ("Lopez
was found guilty of slaying Zurana Horton, 34" / "footage shown at the trial
of two men charged with killing Zurana Horton, 34") reach the group limit
while stating different claims (4 of G7's 10 impure groups). An alignment
below ``QUOTE_LINK`` whose sentences' lexical similarity is under
``WORDING`` is no grouping evidence either. ``WORDING`` was chosen on the
judged events (G1-G7, docs/accuracy.md): it is development data, not a
held-out result.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..model import Alignment, Claim, Fact

QUOTE_LINK = 0.9  # the score workbench.align gives a pair linked only by a quotation
# lexical similarity under which an alignment (below QUOTE_LINK) is no grouping evidence
WORDING = 0.22
STATEMENT_WORDS = 5  # a quote this long that starts in lower case is a statement quoted in part
_WORD = re.compile(r"[^\W_][\w'’-]*")
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)

Wording = Callable[[Sequence[tuple[str, str]]], list[float]]


def is_phrase(quoted: str) -> bool:
    """A quotation that names or labels rather than reports what was said:
    capitalised as a name or title ("Deep Throat", "All the President's
    Men"), or a few words in lower case ("one more thing", "bagman")."""
    words = _WORD.findall(quoted)
    if not words:
        return True
    if all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL for w in words):
        return True
    return words[0][0].islower() and len(words) < STATEMENT_WORDS


def grouping_alignments(
    alignments: Sequence[Alignment],
    claims: Sequence[Claim],
    facts: Sequence[Fact],
    wording: Wording,
    accept: float,
    similar: Callable[[str, str], float],
    floor: float = WORDING,
) -> list[Alignment]:
    """``alignments`` that may build claim groups: without those below
    ``QUOTE_LINK`` whose sentences share too few words (``similar`` under
    ``WORDING``), nor the links that stand only on a name or phrase in
    quotation marks — the score the aligner gives a quotation link, and every
    quotation the two sentences share (the same words, or one inside the
    other) is a name or phrase on both sides — unless the two sentences'
    wording reaches ``accept`` (``wording`` scores pairs of texts on the
    aligner's scale, all at once). An editor's link is always kept.
    ``floor``: the wording floor (0: only quoted-name links are dropped)."""
    quotes: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for f in facts:
        if f.kind == "quote" and isinstance(f.value.get("quote"), str):
            quotes[f.claim].append((f" {f.value['quote']} ", is_phrase(f.text)))
    text = {c.id: c.text for c in claims}
    doubtful, weak = [], set()
    for n, a in enumerate(alignments):
        if a.manual or a.left not in text or a.right not in text:
            continue
        if a.score < QUOTE_LINK and similar(text[a.left], text[a.right]) < floor:
            weak.add(n)
            continue
        if a.score != QUOTE_LINK:
            continue
        shared = [
            p and q
            for x, p in quotes.get(a.left, ())
            for y, q in quotes.get(a.right, ())
            if x in y or y in x
        ]
        if shared and all(shared):
            doubtful.append(n)
    drop = set(weak)
    if doubtful:
        own = wording([(text[alignments[n].left], text[alignments[n].right]) for n in doubtful])
        drop |= {n for n, score in zip(doubtful, own, strict=True) if score < accept}
    return [a for n, a in enumerate(alignments) if n not in drop]


def plain_wording(similar: Callable[[str, str], float]) -> Wording:
    """Pairs scored by ``similar`` alone (the aligner without embeddings)."""
    return lambda pairs: [similar(a, b) for a, b in pairs]


def embedded_cosine(a: str, b: str) -> float:
    """The cosine of two texts' sentence embeddings (both encoded in one call)."""
    from .. import embed

    v = embed.encode_array([a, b])
    return float(v[0] @ v[1])


def embedded_wording(similar: Callable[[str, str], float], weight: float) -> Wording:
    """Pairs scored as the aligner scores them with embeddings: ``weight`` of
    the sentence-embedding cosine and the rest ``similar``; only the texts
    asked about are encoded, in one call."""

    def score(pairs: Sequence[tuple[str, str]]) -> list[float]:
        from .. import embed

        texts = list(dict.fromkeys(t for pair in pairs for t in pair))
        where = {t: n for n, t in enumerate(texts)}
        v = embed.encode_array(texts)
        return [
            weight * float(v[where[a]] @ v[where[b]]) + (1 - weight) * similar(a, b)
            for a, b in pairs
        ]

    return score
