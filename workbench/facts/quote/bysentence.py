"""Each sentence of a quotation paired with its counterpart in another version.

Two outlets quoting one remark of several sentences often quote different
ones: "I know that the things I've done caused a lot of pain and I'm sorry,"
he said. "And I just wanted to say that I will not bring dishonor …" against
"I am sorry. I just want to say that I will not bring dishonor …". Compared
as one run of words, the matcher read across the "he said" break and set the
first outlet's first sentence against the second's "want": 58% of the words
agreeing, called a changed wording (fresh reader J21b, 03_ecb). Paired
sentence by sentence, the "dishonor" sentences are one sentence quoted alike,
and the sentence one outlet leaves out is an omission, no change of words.

Sentences are paired in order (a quotation is not reordered), one to one, or
one to two where one outlet prints as two sentences what the other prints as
one. A sentence pairs only with one sharing most of its words; a sentence
with no counterpart is one the other outlet did not quote.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import pairwise

from ...model import Verdict
from .diff import QuoteDiff
from .mention import QuoteMention
from .sentences import sentence_breaks

Span = tuple[int, int, int, int]  # token ranges (a0, a1, b0, b1)

# Share of words (difflib's ratio) two sentences must have in common to be one
# sentence quoted twice, reworded or not (the altered-quote floor of compare.py).
PAIR_AGREEMENT = 0.4
# Weight of a word of the pair not in common against a word in common: pairing
# "I'm sorry" with the next sentence would hold few more words in common and
# many more apart.
APART_WEIGHT = 0.25
MAX_SENTENCES = 40  # longer quotations are compared whole (compare.py caps their words)


def _sentences(q: QuoteMention) -> list[tuple[int, int]]:
    breaks = sorted(sentence_breaks(q))
    return list(pairwise(breaks))


def _value(ta: list[str], tb: list[str]) -> float | None:
    """How well two runs of sentences pair: words in common less a share of
    the words apart; None when they are not one sentence."""
    if not ta or not tb:
        return None
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    if sm.ratio() < PAIR_AGREEMENT:
        return None
    common = sum(m.size for m in sm.get_matching_blocks())
    return common - APART_WEIGHT * (len(ta) + len(tb) - 2 * common)


def pair_sentences(a: QuoteMention, b: QuoteMention) -> list[Span] | None:
    """The paired sentences of ``a`` and ``b`` in order, as token ranges; None
    when both are one sentence or too long to pair sentence by sentence."""
    sa, sb = _sentences(a), _sentences(b)
    if len(sa) < 2 and len(sb) < 2:
        return None
    if len(sa) > MAX_SENTENCES or len(sb) > MAX_SENTENCES:
        return None
    ta, tb = a.tokens, b.tokens
    n, m = len(sa), len(sb)
    # best[i][j]: the best pairing of a's first i sentences with b's first j
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step: dict[tuple[int, int], tuple[int, int, bool]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            options = []
            if i:
                options.append((best[i - 1][j], (i - 1, j, False)))
            if j:
                options.append((best[i][j - 1], (i, j - 1, False)))
            for di, dj in ((1, 1), (1, 2), (2, 1)):
                if i >= di and j >= dj:
                    v = _value(ta[sa[i - di][0] : sa[i - 1][1]], tb[sb[j - dj][0] : sb[j - 1][1]])
                    if v is not None and v > 0:
                        options.append((best[i - di][j - dj] + v, (i - di, j - dj, True)))
            if options:
                best[i][j], step[(i, j)] = max(options, key=lambda o: o[0])
    out: list[Span] = []
    i, j = n, m
    while (i, j) in step:
        pi, pj, paired = step[(i, j)]
        if paired:
            out.append((sa[pi][0], sa[i - 1][1], sb[pj][0], sb[j - 1][1]))
        i, j = pi, pj
    return out[::-1]


def one_to_one(pairs: list[Span], a: QuoteMention, b: QuoteMention) -> bool:
    """Every sentence of each version paired with one of the other's and no
    attribution between them: the quotation is compared whole (its lead-ins
    and cuts read across sentences, :mod:`.sentencewise`)."""
    if _credited_between(a) or _credited_between(b):
        return False
    return len(pairs) == len(_sentences(a)) == len(_sentences(b))


def _credited_between(q: QuoteMention) -> bool:
    """Words outside the quotation marks between two parts of ``q`` (an
    attribution: '…," said Christina Greenway, daughter of …. "…')."""
    return any(
        q.text[e - q.start : s - q.start].strip(" \n\u00a0\"“”'‘’")
        for (_s0, e), (s, _e1) in pairwise(q.parts)
    )


def left_out(q: QuoteMention, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of ``q`` (token ranges) outside ``spans``: those the
    other version does not quote."""
    return [(s, e) for s, e in _sentences(q) if not any(s0 <= s and e <= e1 for s0, e1 in spans)]


_STRENGTH = {Verdict.CONFLICT: 2, Verdict.UNRESOLVED: 1}
_ALTERED = "Quote wording differs: "


def merged(diffs: list[QuoteDiff], names: tuple[str, str], omitted: tuple[int, int]) -> QuoteDiff:
    """The sentence pairs' differences as one: the strongest verdict, its
    words shown where the first such sentence differs (never across an
    attribution), every sentence's change named, and the sentences only one
    version quotes counted (shortened, not changed)."""
    first = max(diffs, key=lambda d: _STRENGTH.get(d.verdict, 0))
    if len(diffs) == 1 and not any(omitted):
        return first
    said = [d.explanation.rsplit(" — ", 1)[0] for d in diffs]
    if len(said) > 1 and all(s.startswith(_ALTERED) for s in said):
        numbered = (f"({k}) {s.removeprefix(_ALTERED)}" for k, s in enumerate(said, 1))
        text = f"Quote wording differs in {len(said)} sentences: " + "; ".join(numbered)
    else:
        text = "; ".join(said)
    for n, who, other in ((omitted[0], *names), (omitted[1], names[1], names[0])):
        if n:
            text += (
                f"; {who} also quotes {n} sentence{'s' if n > 1 else ''} {other} leaves out "
                "(shortened, not changed)"
            )
    return QuoteDiff(
        first.verdict,
        first.kind,
        f"{text} — {first.verdict.value}",
        first.a_span,
        first.b_span,
        first.a_norm,
        first.b_norm,
    )
