"""How the sentences of one encoding are cut into the model's batches (issue 14).

Sentences are sorted by their token count and cut into runs of similar
length, each holding at most :data:`BATCH_TOKENS` token positions (the
batch's sentences times the longest one's tokens), so that a batch of short
sentences holds many and a batch of long ones few. A sentence longer than
the budget goes alone. The order among sentences of one length is their
order in the list (a stable sort).

This replaces eight sentences a batch (session 27). Measured on the 2-core
machine, one ONNX Runtime thread, the same session, runs alternating (load
3-6): the 689 sentences of 50 MEANTIME articles took 3.80 s of CPU instead
of 3.89 (medians of two, each way), the 2,742 of 200 ECB+ articles 15.87-16.10
s instead of 16.14-16.62. Bigger batches were slower, not faster: by count,
16, 32, 64 and 128 sentences took 3.90, 4.20, 5.06 and 5.57 s (the
activations of a batch outgrow the core's cache); by tokens, 128, 192, 256
and 384 positions took 3.92, 3.85, 3.80 and 3.80 s. A batch of a few
tokens still costs about 2 ms of CPU (the graph's ~700 nodes dispatched one
by one), which is why short sentences gain from sharing one. The longest
batch is also smaller: eight sentences of the model's 256 tokens were 2,048
positions, now one is 256.

A vector does not depend on the batch it is made in, nor on the padding
(tests/test_embed.py), so this changes no bit: the vectors of both sets
above were compared byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence

BATCH_TOKENS = 384  # token positions a batch may hold (sentences x its longest one)


def batches(lengths: Sequence[int], budget: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices into ``lengths`` (each sentence's token count), shortest first,
    cut into batches of at most ``budget`` token positions (a longer sentence alone)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    out: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (len(current) + 1) * lengths[i] > budget:
            out.append(current)
            current = []
        current.append(i)
    if current:
        out.append(current)
    return out


def positions(lengths: Sequence[int], budget: int = BATCH_TOKENS) -> int:
    """Token positions the batches compute, padding included (for benchmarks)."""
    return sum(len(b) * max(lengths[i] for i in b) for b in batches(lengths, budget))
