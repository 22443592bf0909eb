"""The window's coverage view lists the findings no claim group holds, as
``workbench coverage`` does (an editor trial: the CLI had rows for them, the
window none): one row each, the letter of each source's version, "–" for a
source nobody compared (not "∅": it is not known to leave the claim out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_s19_coverage_every_finding import _log

from workbench.ui.coverage_view import (
    FINDING_ROLE,
    NO_GROUP,
    OMITS,
    UNCOMPARED,
    CoverageFilter,
    CoverageModel,
    coverage_rows,
)


def _model(analysis) -> CoverageModel:
    model = CoverageModel()
    ids = [a.id for a in analysis.articles]
    claims = {c.id: c for c in analysis.claims}
    labels = {a.id: a.outlet for a in analysis.articles}
    model.set_rows(coverage_rows(analysis, claims), ids, labels)
    return model


def test_each_finding_in_no_group_has_a_row_with_its_versions(tmp_path, qtmodeltester):
    _db, analysis = _log(tmp_path, 0.30)
    loose = {f.id: f for f in analysis.findings if not f.group}
    assert len(loose) == 2
    model = _model(analysis)
    qtmodeltester.check(model)
    rows = [r for r in model.rows if r.group == NO_GROUP]
    assert {r.finding for r in rows} == set(loose)
    for r in rows:
        n = model.rows.index(r)
        cells = [model.index(n, c).data() for c in (1, 2, 3)]
        assert sorted(cells[:2]) == ["A", "B"]  # a and b state different versions
        assert cells[2] == UNCOMPARED  # c was never compared
        tip = model.index(n, 3).data(Qt.ItemDataRole.ToolTipRole)
        assert "not compared" in tip and "omit" not in tip
        assert NO_GROUP in model.index(n, 0).data()
        assert model.index(n, 4).data().startswith("2 of 3")
        assert model.index(n, 0).data(FINDING_ROLE) == r.finding
        assert set(r.spans) == {"a", "b"}  # where each stating source says it, to go to


def test_grouped_rows_still_mark_omissions_and_the_filter_keeps_loose_rows(tmp_path):
    _db, analysis = _log(tmp_path, 0.30)
    model = _model(analysis)
    grouped = [n for n, r in enumerate(model.rows) if r.group != NO_GROUP]
    assert grouped  # the claim all three carry
    assert all(model.rows[n].missing == OMITS for n in grouped)
    proxy = CoverageFilter()
    proxy.setSourceModel(model)
    proxy.set_only_findings(True)
    assert proxy.rowCount() == 2  # the two loose findings; the agreed claim has none


def test_a_grouped_finding_gets_no_loose_row(tmp_path):
    _db, analysis = _log(tmp_path, 0.95)  # the money claim aligned strongly: grouped
    grouped = {f.id for f in analysis.findings if f.group}
    assert grouped
    rows = _model(analysis).rows
    assert not {r.finding for r in rows if r.group == NO_GROUP} & grouped
    assert {r.finding for r in rows if r.group == NO_GROUP} == {
        f.id for f in analysis.findings if not f.group
    }
