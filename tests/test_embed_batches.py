"""Batches by a budget of tokens (workbench/embed_batches.py): every sentence
once, shortest first, no batch over the budget unless one sentence alone is,
and the same vector bits as sentences encoded one at a time."""

from __future__ import annotations

import pytest

from workbench import embed, embed_batches
from workbench.embed_batches import BATCH_TOKENS, batches, positions

needs_model = pytest.mark.skipif(not embed.available(), reason="embeddings extra not installed")


@pytest.mark.parametrize(
    "lengths",
    [
        [],
        [7],
        [12, 3, 40, 3, 256, 9, 9, 9, 120, 5],
        [5] * 200,  # short sentences: many to a batch
        [256, 250, 200, 130],  # over half the budget each: one to a batch
        [29, 31, 17, 88, 64, 64, 64, 64, 64, 64, 64, 2, 33] * 7,
    ],
)
def test_every_sentence_once_shortest_first_within_the_budget(lengths):
    got = batches(lengths)
    flat = [i for b in got for i in b]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths)  # similar lengths together
    for b in got:
        assert b, "no empty batch"
        assert len(b) == 1 or len(b) * max(lengths[i] for i in b) <= BATCH_TOKENS
    assert positions(lengths) >= sum(lengths)


def test_the_cuts_compute_fewest_positions_with_the_batches_own_cost():
    """Short sentences fill a batch to the budget; a small set of unequal
    lengths is not padded into one batch when two cost less."""
    lengths = [10] * 50 + [100] * 7 + [300, 301]
    assert [len(b) for b in batches(lengths)] == [38, 12, 3, 3, 1, 1, 1]
    assert batches([4, 4, 4], budget=8) == [[0, 1], [2]]
    assert batches([9], budget=8) == [[0]]  # longer than the budget: alone
    # one batch: 4 x 40 positions + 8 = 168; two: 3 x 5 + 8 + 40 + 8 = 71
    assert batches([5, 40, 5, 5], batch_cost=8) == [[0, 2, 3], [1]]
    # equal lengths: one batch (another would only add its cost)
    assert batches([7] * 12, batch_cost=8) == [list(range(12))]
    # one batch of 4 x 5 (20 + 8) costs less than 2 x 3 + 8 and 2 x 5 + 8
    assert batches([3, 5, 3, 5]) == [[0, 2, 1, 3]] and positions([3, 5, 3, 5]) == 20
    # no cost of its own: no padding at all
    lengths = [3, 5, 3, 5, 9, 1, 9]
    got = batches(lengths, batch_cost=0)
    assert sum(len(b) * max(lengths[i] for i in b) for b in got) == sum(lengths)


def test_ties_keep_the_order_of_the_list():
    got = batches([6, 2, 6, 2, 6], budget=100)
    assert [i for b in got for i in b] == [1, 3, 0, 2, 4]


@needs_model
def test_budget_batches_give_the_bits_of_one_sentence_at_a_time(monkeypatch):
    """Short sentences many to a batch, long ones alone or in pairs, one
    truncated at the model's limit: each vector is the bytes it has alone,
    whatever the budget."""
    texts = [
        "Yes.",
        "No comment.",
        "Police said 12 people were hurt.",
        "Shares fell 4.5% to $31.20 after the chief executive resigned.",
        "Le maire de Saint-Étienne a démissionné mardi soir.",
        " ".join(["The ministry confirmed the figure and said more would follow."] * 5),
        " ".join(["Rescuers searched the rubble through the night."] * 40),
        *[f"Item {k}: {k * 7} boxes were counted on day {k}." for k in range(30)],
    ]
    model = embed._get()
    alone = [model._encode([t])[0].tobytes() for t in texts]
    for budget in (BATCH_TOKENS, 64, 4096):
        monkeypatch.setattr(
            embed_batches, "batches", lambda n, b=budget, f=embed_batches.batches: f(n, b)
        )
        got = model._encode(texts)
        assert [v.tobytes() for v in got] == alone, budget
