"""Every version cell of the coverage matrix quotes its source's wording in
its tooltip, also when the version is stated in a sentence outside the
claim's group (fresh trial: with 15 reports a cell said only "version B
‘Tuesday’", not the sentence the guide promises; on the 14 Kraft reports
seven cells of 30 rows had no wording)."""

from __future__ import annotations

import pytest
from conftest import SHARED
from PySide6.QtCore import Qt

from workbench.analysis import analyze_paths
from workbench.ui.coverage_view import CARRIES, OMITS, SIMILAR, CoverageModel, coverage_rows


@pytest.mark.parametrize("event", ["22_ecbplus", "44_ecbplus"])
def test_every_version_cell_quotes_its_source(event):
    folder = SHARED / "eval" / "ecbplus_dev" / event
    if not folder.is_dir():
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    analysis = analyze_paths(sorted(str(p) for p in folder.glob("*.txt")))
    claims = {c.id: c for c in analysis.claims}
    rows = coverage_rows(analysis, claims)
    model = CoverageModel()
    articles = [a.id for a in analysis.articles]
    model.set_rows(rows, articles, {})
    versions = 0
    for r, row in enumerate(rows):
        for c, article in enumerate(articles, start=1):
            mark = row.cells.get(article, OMITS)
            if mark in (CARRIES, SIMILAR, OMITS):
                continue
            versions += 1
            tip = model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole)
            said = row.texts.get(article, "")
            assert said and f"“{said[:40]}" in tip, (row.claim, article, tip)
    assert versions
