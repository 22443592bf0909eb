"""Articles added to an open review can be taken out again with Ctrl+Z and
put back with Ctrl+Shift+Z, their decisions kept (fresh window trial: a
wrong file dropped on the window could only be removed column by column).
The first articles, which create the review, are not an undoable step."""

from __future__ import annotations

from conftest import SEEDS
from test_window import WAIT, make_window, wait_analysis


def _ids(w) -> set[str]:
    return {a.id for a in w.session.articles}


def test_adding_articles_is_undone_and_redone_with_decisions_kept(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(p) for p in SEEDS[1:]], str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    assert not w.undo_stack.canUndo()  # creating the review is not a step
    two = _ids(w)
    w.open_paths([str(SEEDS[0])])  # a drop or File › Add articles
    qtbot.waitUntil(lambda: len(w.session.articles) == 3, timeout=WAIT)
    wait_analysis(qtbot, w)
    assert w.undo_stack.canUndo() and w.undo_stack.undoText() == "Add 1 article"
    added = (_ids(w) - two).pop()
    row = next(r for r in w.session.rows if added in {s.article for s in r.sides})
    w.select(row.id)
    w.change_review(row.id, {"status": "disputed", "note": "ask the desk"}, "Disputed", "")
    qtbot.waitUntil(lambda: w.session.row(row.id).status == "disputed", timeout=WAIT)
    w.undo_stack.undo()  # the decision
    qtbot.waitUntil(lambda: w.session.row(row.id).status == "open", timeout=WAIT)
    w.undo_stack.redo()
    qtbot.waitUntil(lambda: w.session.row(row.id).status == "disputed", timeout=WAIT)
    w.undo_stack.setIndex(w.undo_stack.index() - 2)  # the decision, then the adding
    qtbot.waitUntil(lambda: _ids(w) == two, timeout=WAIT)
    wait_analysis(qtbot, w)
    assert w.session.row(row.id) is None  # its finding went with the article
    w.undo_stack.redo()  # the article comes back; redo again brings the decision
    qtbot.waitUntil(lambda: len(w.session.articles) == 3, timeout=WAIT)
    wait_analysis(qtbot, w)
    w.undo_stack.redo()
    qtbot.waitUntil(
        lambda: getattr(w.session.row(row.id), "status", "") == "disputed", timeout=WAIT
    )
    assert w.session.row(row.id).note == "ask the desk"
