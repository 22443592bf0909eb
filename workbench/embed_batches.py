"""How the sentences of one encoding are cut into the model's batches (issue 14).

Sentences are sorted by their token count and cut into runs of similar
length. A batch computes its sentences times its longest one's tokens
(padding included), and costs about as much again as :data:`BATCH_COST`
positions whatever its size (a batch of one short sentence: about 1.5 ms of
CPU, the graph's ~700 nodes dispatched one by one; a token position about
0.2 ms). The cuts are those that make the positions plus the batches' own
cost fewest, each batch holding at most :data:`BATCH_TOKENS` positions (a
sentence longer than that goes alone): many short sentences share a batch,
long ones go a few at a time, and a small set is not padded to fill a batch.

This replaces eight sentences a batch (session 27). Bigger batches were
slower, not faster: by count, 16, 32, 64 and 128 sentences took 3.90, 4.20,
5.06 and 5.57 s of CPU for the 689 sentences of 50 MEANTIME articles against
3.85 for eight (the activations of a batch outgrow the core's cache); cut
greedily by 128, 192, 256 or 384 positions, 3.92, 3.85, 3.80 and 3.80 s,
but the seeds got slower (more padding). Measured in one process, the same
session, one thread, the ways taking turns (medians of six, load 4.5-5.5):
the seeds' 59 sentences 0.343 s against 0.355 by eight (0.366 cut greedily),
the 689 of 50 articles 3.84 s against 3.92 (3.90). Positions computed per
real token: seeds 1.029 against 1.090, 50 articles 1.004 against 1.013,
200 ECB+ articles 1.001 against 1.004, in 12 / 64 / 231 batches against
8 / 87 / 343. The longest batch holds 384 positions, where eight sentences
of the model's 256 tokens were 2,048.

A vector does not depend on the batch it is made in, nor on the padding
(tests/test_embed.py), so this changes no bit: the vectors of the 689 and
of the 2,742 sentences of 200 ECB+ articles were compared byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence

BATCH_TOKENS = 384  # token positions a batch may hold (sentences x its longest one)
BATCH_COST = 8  # a batch's own cost in token positions (~1.5 ms of CPU, a position ~0.2 ms)


def batches(
    lengths: Sequence[int], budget: int = BATCH_TOKENS, batch_cost: int = BATCH_COST
) -> list[list[int]]:
    """Indices into ``lengths`` (each sentence's token count), shortest first,
    cut into batches of at most ``budget`` token positions (a longer sentence
    alone) where the positions computed, padding included, plus
    ``batch_cost`` for each batch are fewest (the cuts chosen over every
    way to cut, by dynamic programming over the sorted lengths)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    sizes = [lengths[i] for i in order]
    best = [0] + [-1] * len(sizes)  # least cost of the first k sentences
    start = [0] * (len(sizes) + 1)  # where the last batch of that cost starts
    for end in range(1, len(sizes) + 1):
        width = sizes[end - 1]  # the batch's longest: sorted, its last
        for first in range(end - 1, -1, -1):
            n = end - first
            if n > 1 and n * width > budget:
                break
            cost = best[first] + n * width + batch_cost
            if best[end] < 0 or cost < best[end]:
                best[end], start[end] = cost, first
    out: list[list[int]] = []
    end = len(sizes)
    while end:
        out.append(order[start[end] : end])
        end = start[end]
    return out[::-1]


def positions(lengths: Sequence[int], budget: int = BATCH_TOKENS) -> int:
    """Token positions the batches compute, padding included (for benchmarks)."""
    return sum(len(b) * max(lengths[i] for i in b) for b in batches(lengths, budget))
