"""A fraction lost in one copy (session 38, eng135; judge/lost_fraction.py):
'412 months' where other copies print '41/2 months' or 'four and a half
months' is one figure whose slash was lost, no conflict. Made-up reports."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge import rules
from workbench.model import Verdict

FRONT = "---\ntitle: T\noutlet: {}\npublished: 2024-11-15\n---\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _verdicts(tmp_path, a: str, b: str) -> list[Verdict]:
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + b + "\n"),
    ]
    return [d.verdict for d in analyze_paths(paths).discrepancies]


@pytest.mark.parametrize(
    ("glued", "whole"),
    [
        ("412 months", "41/2 months"),
        ("412 months", "four and a half months"),
        ("212 years", "2 1/2 years"),
        ("612 hours", "6½ hours"),
        ("412 weeks", "4\ufffd weeks"),  # the other copy lost its sign too
    ],
)
def test_a_half_printed_as_12_is_the_same_figure(tmp_path, glued, whole):
    said = "Marlow, the harbour master, served {} in federal prison for the ferry fraud."
    a, b = said.format(glued), said.format(whole)
    # a length is the time family's: it asks, naming the mixed reading
    # (facts/time/lost_half.py), before this VALUE row sees a conflict
    assert _verdicts(tmp_path, a, b) == [Verdict.UNRESOLVED]


@pytest.mark.parametrize(
    ("glued", "whole"),
    [
        ("314 years", "3½ years"),  # 314 would be 3¼, not 3½
        ("212 days", "30 days"),  # a figure that only ends in 12
        ("412 months", "5½ months"),  # the whole before the fraction differs
    ],
)
def test_a_figure_not_the_others_misprint_still_conflicts(tmp_path, glued, whole):
    said = "Marlow, the harbour master, served {} in federal prison for the ferry fraud."
    assert Verdict.CONFLICT in _verdicts(tmp_path, said.format(glued), said.format(whole))


@pytest.mark.parametrize(
    ("glued", "whole"),
    [("1014 pounds", "10 1/4 pounds"), ("1012 tonnes", "10½ tonnes")],
)
def test_a_quantity_whose_fraction_lost_its_slash_is_the_same_figure(tmp_path, glued, whole):
    said = "The storm left {} of debris on the harbour road, the council said on Monday."
    a, b = said.format(glued), said.format(whole)
    assert Verdict.CONFLICT not in _verdicts(tmp_path, a, b)
    with rules.without("fraction_lost_in_a_copy"):
        assert Verdict.CONFLICT in _verdicts(tmp_path, a, b), "read as written they conflict"
