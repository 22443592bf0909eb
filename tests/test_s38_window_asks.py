"""Session 38, trial 45, in the window: two articles that share no sentence
are said to (P1), and "Needs correction" on a finding of more than one
version with "Correct in: (not said)" asks which article instead of taking
the less supported versions (P3: a right article was asked to correct)."""

from __future__ import annotations

import pytest
from test_s38_never_guessed import FIRE, VOTE, _majority, files
from test_window import make_window, wait_analysis

from workbench.ui.window_review import NO_ARTICLE_YET


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def test_the_window_says_two_articles_share_nothing(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths(files(tmp_path, FIRE, VOTE), str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: "share no aligned sentence" in w.messages.text(), timeout=20000)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
@pytest.mark.parametrize("n", [2, 4])
def test_needs_correction_on_a_majority_finding_asks_for_the_article(qtbot, tmp_path, n):
    w = make_window(qtbot)
    w.open_paths(_majority(tmp_path, "killed 14", "killed 12", n, "people"), str(tmp_path / "r.db"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.versions > 1]
    assert w.select(row.id)
    assert w.panel.article.currentData() == ""  # "(not said)"
    w.act_needs_correction()
    assert next(r for r in w.session.rows if r.id == row.id).status == "open"
    assert w.statusBar().currentMessage() == NO_ARTICLE_YET  # and its list opens (trial 48)
    w.panel.article.hidePopup()
    w.panel.article.setCurrentIndex(w.panel.article.findData("odd"))  # the editor says
    qtbot.waitUntil(lambda: w.session.review_fields(row.id).get("article") == "odd")
    w.act_needs_correction()
    qtbot.waitUntil(lambda: w.session.review_fields(row.id).get("status") == "needs-correction")
    assert w.session.review_fields(row.id).get("article") == "odd"
