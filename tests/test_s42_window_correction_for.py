"""Session 42 (user trial 49, problem 3): the window's Correction box is for
one article at a time when a finding owes corrections to several: "Correction
for" lists each owed article with its value, the box shows that article's own
text, and typing saves to that article alone. The "Correct in" choices show
each article's value (problem 10)."""

from __future__ import annotations

import pytest
from test_s11_correct_in import _window

from workbench.store import ReviewLog


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _texts(w, ident) -> dict[str, str]:
    log = ReviewLog(w.session.log.path, create=False)
    (f,) = [f for f in log.findings() if f.id == ident]
    log.close()
    return {m.correct_article: m.correction for m in f.members if m.correct_article}


def test_each_owed_article_has_its_own_box(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    w.actions_by_name["advance"].setChecked(False)
    assert w.select(row.id)
    fields = {"status": "needs-correction", "article": "c", "correction": "212, says c"}
    w.change_review(row.id, fields, "Mark", "", {})
    qtbot.waitUntil(lambda: _texts(w, row.id).get("c") == "212, says c")
    w.change_review(row.id, {"article": "d"}, "Choose article", "", {})
    qtbot.waitUntil(lambda: "d" in _texts(w, row.id))
    assert _texts(w, row.id)["d"] == ""  # never c's wording
    w._show_panel()
    combo = w.panel.correction_for
    assert combo.isVisibleTo(w.panel)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert any("‘221’" in t for t in items) and any("‘more than 200’" in t for t in items)
    combo.setCurrentIndex(combo.findData("d"))
    combo.activated.emit(combo.currentIndex())
    assert w.panel.correction.toPlainText() == ""
    w.panel.correction.setPlainText("212, says d")
    w.panel.commit_pending()
    qtbot.waitUntil(lambda: _texts(w, row.id).get("d") == "212, says d")
    assert _texts(w, row.id)["c"] == "212, says c"
    combo.setCurrentIndex(combo.findData("c"))
    combo.activated.emit(combo.currentIndex())
    assert w.panel.correction.toPlainText() == "212, says c"
    correct_in = [w.panel.article.itemText(i) for i in range(w.panel.article.count())]
    assert any(t.endswith("‘221’") for t in correct_in)
