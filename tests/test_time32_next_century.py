"""Issue 12, session 25 (time32): "the next century" in 1998-2000 copy is the 21st
century (TimeML "20"), as "next century" already was; it was read as a window of a
hundred years ('P100Y'). "Over the next century" stays that length."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import sentence_values


@pytest.mark.parametrize(
    "pub, sentence, expr, want",
    [
        (date(1998, 8, 10), "The next century will bring change.", "The next century", "20"),
        (date(1999, 3, 1), "The firm is preparing for the next century.", "the next century", "20"),
        (
            date(1998, 2, 2),
            "China will be a power in the coming century.",
            "the coming century",
            "20",
        ),
        (
            date(1999, 6, 9),
            "Sea levels will rise over the next century.",
            "the next century",
            "P100Y",
        ),
        (
            date(2026, 1, 5),
            "The vaults are built to last throughout the next century.",
            "the next century",
            "P100Y",
        ),
    ],
)
def test_next_century(pub, sentence, expr, want):
    assert sentence_values(pub, sentence).get(expr) == want
