"""Every explanation of a value flag names what was compared on both sides,
and none that says the counted things differ ends in "conflict" (issue 11,
point 3). Checked on the seeds and every labelled pair."""

import re

import pytest
from conftest import ROOT, SEEDS

from workbench.analysis import analyze_paths

PAIRS = sorted(p for p in (ROOT / "tests" / "pairs").iterdir() if p.is_dir())


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _value_flags():
    for files in [SEEDS, *(sorted(p.glob("*.md")) for p in PAIRS)]:
        for d in analyze_paths(files).discrepancies:
            if d.kind not in ("quote", "attribution"):
                yield d


def test_every_value_flag_names_both_values_and_ends_in_its_verdict():
    flags = list(_value_flags())
    assert len(flags) > 50
    for d in flags:
        assert " vs " in d.explanation or "needs" in d.explanation, d.explanation
        assert d.explanation.endswith(f" — {d.verdict}"), d.explanation
        for side in d.sides:
            assert side.normalized, d


def test_no_conflict_says_the_counted_things_differ():
    differ = re.compile(r"counting \w+ vs \w+|count(?:s|ed)? different|different things")
    for d in _value_flags():
        if str(d.verdict) == "conflict":
            assert not differ.search(d.explanation), d.explanation
