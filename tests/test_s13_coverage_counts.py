"""The coverage matrix's "Carried by" counts every column that states the
claim (fresh trial: a row with letters in seven source columns read "3 of
11", since a finding's version may be stated in a sentence outside the
claim's group, compared though never aligned)."""

from __future__ import annotations

import pytest
from conftest import ROOT, SEEDS, SHARED

from workbench.analysis import analyze_paths
from workbench.findings import independent_sources
from workbench.ui.coverage_view import SIMILAR, coverage_rows

STORIES = [
    ("seeds", [str(p) for p in SEEDS]),
    *(
        (d.name, sorted(str(p) for p in d.iterdir() if p.suffix in (".md", ".txt")))
        for d in sorted((ROOT / "tests" / "pairs").iterdir())
        if d.is_dir()
    ),
]


def _real(event: str) -> list[str]:
    folder = SHARED / "eval" / "ecbplus_dev" / event
    return sorted(str(p) for p in folder.glob("*.txt")) if folder.is_dir() else []


# the trial's event (ten reports of one shooting): eight of its 53 rows counted
# only the group's members while more columns stated a version
STORIES.append(("ecbplus-18", _real("18_ecbplus")))


@pytest.mark.parametrize(
    "name, paths", [*STORIES[:8], STORIES[-1]], ids=lambda x: x if isinstance(x, str) else ""
)
def test_carried_by_counts_the_columns_that_state_it(name, paths):
    if not paths:
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    analysis = analyze_paths(paths)
    claims = {c.id: c for c in analysis.claims}
    rows = coverage_rows(analysis, claims)
    assert rows
    for row in rows:
        stating = [a for a, v in row.cells.items() if v != SIMILAR]
        assert row.carried == len(stating), (row.claim, row.cells)
        assert row.independent == independent_sources(stating, analysis.copies)
        assert row.independent <= row.carried <= row.articles
