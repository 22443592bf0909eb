"""Opening other articles into a review log that holds decisions on other
articles asks first (fresh trial: `workbench open <another story> --db
decided.sqlite` mixed the two stories without a word; `check` refuses it)."""

from __future__ import annotations

from conftest import ROOT, SEEDS
from PySide6.QtWidgets import QMessageBox
from test_window import WAIT, find_row, make_window, wait_analysis

OTHER = (
    sorted((ROOT / "tests" / "pairs").glob("*/a.*"))[:1]
    + sorted((ROOT / "tests" / "pairs").glob("*/b.*"))[:1]
)


def _decided_log(qtbot, tmp_path):
    w = make_window(qtbot)
    db = tmp_path / "story.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    w.actions_by_name["advance"].setChecked(False)
    w.select(find_row(w, "July", "next month"))
    w.act_verified()
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    w.close()
    return db


def _asking(monkeypatch, answer):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or answer
    )
    return asked


def test_no_opens_the_review_without_the_other_articles(qtbot, tmp_path, monkeypatch):
    assert len(OTHER) == 2
    db = _decided_log(qtbot, tmp_path)
    asked = _asking(monkeypatch, QMessageBox.StandardButton.No)
    w = make_window(qtbot)
    w.open_paths([str(p) for p in OTHER], str(db))
    wait_analysis(qtbot, w)
    assert len(asked) == 1 and "holds the review of 3 other articles" in asked[0]
    assert len(w.session.articles) == len(SEEDS)


def test_yes_adds_them_and_the_same_story_is_not_asked_about(qtbot, tmp_path, monkeypatch):
    db = _decided_log(qtbot, tmp_path)
    asked = _asking(monkeypatch, QMessageBox.StandardButton.Yes)
    w = make_window(qtbot)
    w.open_paths([str(SEEDS[0])], str(db))  # one of its own articles: no question
    wait_analysis(qtbot, w)
    assert asked == []
    w.open_paths([str(p) for p in OTHER], str(db))
    qtbot.waitUntil(lambda: len(w.session.articles) == len(SEEDS) + 2, timeout=WAIT)
    assert len(asked) == 1
