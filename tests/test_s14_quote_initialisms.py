"""An initialism written out inside a quotation ("IE" / "Internet Explorer",
"U.S." / "United States") is house style, not an altered quote: a trial met
it called a conflict. Another initialism or other words still differ."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes


def _diff(a: str, b: str):
    (qa,), (qb,) = find_quotes(a), find_quotes(b)
    return compare_quotes(qa, qb, "A", "B")


SAME = [
    ("all IE customers should update now", "all Internet Explorer customers should update now"),
    ("the FBI will find the men", "the Federal Bureau of Investigation will find the men"),
    ("the U.S. will not pay any ransom", "the United States will not pay any ransom"),
    ("the NYPD had officers there", "the New York Police Department had officers there"),
    ("we asked the UN to send observers", "we asked the United Nations to send observers"),
]
DIFFERENT = [
    ("the U.S. will not pay any ransom", "the UK will not pay any ransom"),
    ("the US will not pay any ransom", "the United Kingdom will not pay any ransom"),
    ("it is a, b and c that matter to us now", "it is all but certain that matter to us now"),
    ("all IE customers should update now", "all Windows customers should update now"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_an_initialism_written_out_is_the_same_quote(a, b):
    assert _diff(f'"{a}," she said.', f'She said: "{b}."') is None
    assert _diff(f'"{b}," she said.', f'She said: "{a}."') is None


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_words_for_it_still_alter_the_quote(a, b):
    diff = _diff(f'"{a}," she said.', f'She said: "{b}."')
    assert diff is not None and str(diff.verdict) == "conflict"
