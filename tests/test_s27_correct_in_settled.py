"""An article chosen in "Correct in" on a verified or dismissed finding.

Editor's trial (window44): choosing an article outside the question the
window asks saved it under the settled status (a history row "verified …
article: X"), though a verified or dismissed finding asks no article to
correct anything (``_settling`` sets both aside). The choice now marks the
finding "needs correction" with that article, as one undo step, and one line
in the status bar says so and how to go back; "disputed" (an article asked to
answer) keeps its status.
"""

from __future__ import annotations

import pytest
from conftest import SEEDS
from test_window import make_window, wait_analysis


def _row(w, ident):
    return next(r for r in w.session.rows if r.id == ident)


def _choose(w, data: str) -> None:
    """An article picked in the list, as a click or Enter in it does."""
    at = w.panel.article.findData(data)
    assert at > 0, data
    w.panel.article.setCurrentIndex(at)


@pytest.fixture
def seeded(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    w.actions_by_name["advance"].setChecked(False)  # stay on the finding decided
    return w


@pytest.mark.parametrize(
    ("decide", "was"), [("act_verified", "verified"), ("act_dismissed", "dismissed")]
)
def test_an_article_chosen_on_a_settled_finding_marks_it_needs_correction(
    qtbot, seeded, decide, was
):
    w = seeded
    row = w.session.rows[0]
    assert w.select(row.id)
    getattr(w, decide)()
    qtbot.waitUntil(lambda: _row(w, row.id).status == was)
    steps = w.undo_stack.count()
    article = row.sides[-1].article
    _choose(w, article)
    qtbot.waitUntil(lambda: _row(w, row.id).status == "needs-correction")
    assert _row(w, row.id).correct_article == article
    assert w.undo_stack.count() == steps + 1  # one step: status and article together
    said = w.statusBar().whole_message()
    assert "needs correction" in said and f"it was {was}" in said and "Ctrl+Z" in said
    assert "\n" not in said
    history = w.session.history(row.id)
    assert not any(h.status == was and h.article for h in history)  # never "verified … X"
    w.act_undo()
    qtbot.waitUntil(lambda: _row(w, row.id).status == was)
    assert _row(w, row.id).correct_article == ""


def test_an_article_chosen_on_a_disputed_finding_keeps_it_disputed(qtbot, seeded):
    w = seeded
    row = w.session.rows[1]
    assert w.select(row.id)
    w.act_disputed()
    qtbot.waitUntil(lambda: _row(w, row.id).status == "disputed")
    article = row.sides[0].article
    _choose(w, article)
    qtbot.waitUntil(lambda: _row(w, row.id).correct_article == article)
    assert _row(w, row.id).status == "disputed"
