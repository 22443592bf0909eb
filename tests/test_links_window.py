"""Manual alignment in the window: right-click a sentence, "Link with a
sentence in another article…", click the other sentence (Esc cancels); or
"Unlink from …". Undoable; the analysis re-runs and uses the link; the link
is in the review log with who and when, and a reopened log applies it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from test_links import ALPHA, BETA
from test_window import make_window, wait_analysis

from workbench.store import ReviewLog
from workbench.ui.window_links import LINK_TEXT


def _open(qtbot, tmp_path):
    for name, text in (("alpha", ALPHA), ("beta", BETA)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    w = make_window(qtbot)
    w.panel.reviewer.setText("ana")
    db = tmp_path / "review.sqlite"
    w.open_paths([str(tmp_path / "alpha.txt"), str(tmp_path / "beta.txt")], str(db))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == 2)
    qtbot.waitUntil(  # laid out: a click lands on the sentence it is aimed at
        lambda: all(c.text.viewport().width() > 100 for c in w.columns.columns)
    )
    return w, db


def _toll_aligned(w) -> bool:
    """The toll sentences (12 bodies / a toll of 15) are an aligned pair. Since
    session 30 the story's toll rows compare the two figures although the
    aligner left the sentences apart, so a link shows in the alignment."""
    a = w.session.analysis
    pair = {"alpha:1", "beta:1"}
    return a is not None and any({x.left, x.right} == pair for x in a.alignments)


def _values(w) -> set[frozenset[str]]:
    return {frozenset(s.text for s in r.sides) for r in w.session.rows if not r.orphaned}


def _point(w, claim_id: str) -> tuple[object, QPoint]:
    """The viewport of the claim's column and a point inside the claim."""
    claim = w.session.claims[claim_id]
    column = w.columns.column(claim.article)
    column.center_on(claim.start, claim.end)
    cursor = QTextCursor(column.text.document())
    cursor.setPosition(claim.start + 3)
    return column.text.viewport(), column.text.cursorRect(cursor).center()


def _action(menu, starts: str):
    return next(a for a in menu.actions() if a.text().startswith(starts))


def _rerun(qtbot, w, action) -> None:
    action()
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: not w.session.busy())


def test_link_two_sentences_with_the_mouse_then_undo_and_redo(qtbot, tmp_path):
    w, db = _open(qtbot, tmp_path)
    toll = frozenset({"12", "15"})
    assert not _toll_aligned(w) and toll in _values(w)
    menu = w.sentence_menu("alpha", w.session.claims["alpha:1"].start + 2)
    link = _action(menu, "Link with")
    assert link.text() == LINK_TEXT and link.isEnabled()
    link.trigger()
    assert w.linking() and "(Esc cancels)" in w.statusBar().whole_message()
    w.statusBar().clearMessage()  # as a status tip does when a column scrolls
    assert "(Esc cancels)" in w.statusBar().whole_message()  # still linking: still said
    viewport, point = _point(w, "beta:1")
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert not w.linking()
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: _toll_aligned(w))  # the linked pair is aligned
    # and it is what the window shows: the finding the link made, selected
    qtbot.waitUntil(lambda: w.current_id() != "")
    row = w.session.row(w.current_id())
    assert {"alpha:1", "beta:1"} <= {s.claim for s in row.sides}
    w.statusBar().clearMessage()
    assert w.statusBar().whole_message() == ""  # no longer linking: not said again
    assert any(a.manual for a in w.session.analysis.alignments)
    assert w.actions_by_name["undo"].text() == "&Undo Link sentences"
    log = ReviewLog(db, create=False)
    ((stored, editor),) = [(x.kind, x.editor) for x in log.manual_links()]
    log.close()
    assert (stored, editor) == ("link", "ana")
    _rerun(qtbot, w, w.undo_stack.undo)
    qtbot.waitUntil(lambda: not _toll_aligned(w))
    _rerun(qtbot, w, w.undo_stack.redo)
    qtbot.waitUntil(lambda: _toll_aligned(w))
    log = ReviewLog(db, create=False)
    assert [(h.kind, h.event) for h in log.link_history()] == [
        ("link", ""),
        ("", "undo"),
        ("link", "redo"),
    ]
    log.close()
    # a reopened log applies the link again
    other = make_window(qtbot)
    other.open_paths([str(db)], None)
    wait_analysis(qtbot, other)
    qtbot.waitUntil(lambda: _toll_aligned(other))


def test_escape_cancels_a_link_and_a_click_in_the_same_article_does_not_link(qtbot, tmp_path):
    w, db = _open(qtbot, tmp_path)
    w.start_link("alpha:1")
    viewport, point = _point(w, "alpha:2")
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert w.linking() and "not the same one" in w.statusBar().whole_message()
    qtbot.keyClick(w.table, Qt.Key.Key_Escape)
    assert not w.linking() and w.statusBar().whole_message() == "Link cancelled"
    viewport, point = _point(w, "beta:1")
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)  # an ordinary click now
    assert w.undo_stack.count() == 0
    log = ReviewLog(db, create=False)
    assert log.manual_links() == () and log.link_history() == []
    log.close()


def test_unlink_an_aligned_sentence_from_its_menu_and_undo(qtbot, tmp_path):
    w, db = _open(qtbot, tmp_path)
    homes = frozenset({"About 300", "About 400"})
    assert homes in _values(w)
    menu = w.sentence_menu("alpha", w.session.claims["alpha:2"].start + 2)
    unlink = _action(menu, "Unlink from beta")
    assert "About 400 homes" in unlink.text()
    _rerun(qtbot, w, unlink.trigger)
    qtbot.waitUntil(lambda: homes not in _values(w))  # an unlinked pair is not compared
    assert not any(
        {a.left, a.right} == {"alpha:2", "beta:2"} for a in w.session.analysis.alignments
    )
    menu = w.sentence_menu("alpha", w.session.claims["alpha:2"].start + 2)
    assert not [a for a in menu.actions() if a.text().startswith("Unlink")]
    _rerun(qtbot, w, w.undo_stack.undo)
    qtbot.waitUntil(lambda: homes in _values(w))
    log = ReviewLog(db, create=False)
    assert [(h.kind, h.editor, h.event) for h in log.link_history()] == [
        ("unlink", "ana", ""),
        ("", "ana", "undo"),
    ]
    log.close()


def test_link_change_on_a_bare_undo_stack_writes_the_log_and_reanalyses(qtbot, tmp_path):
    from PySide6.QtGui import QUndoStack
    from test_links import _articles

    from workbench.articles import load_articles
    from workbench.ui.session import ReviewSession
    from workbench.ui.tasks import TaskRunner
    from workbench.ui.window_links import LinkChange

    session = ReviewSession(TaskRunner(synchronous=True))
    session.new_log(tmp_path / "log.sqlite", quiet=True)
    session.set_articles(tuple(load_articles(_articles(tmp_path))))
    # (with a synchronous runner the result arrives before the task is recorded,
    # so busy() is no guide here: the analysis itself is)
    qtbot.waitUntil(lambda: session.analysis is not None)
    toll = {"alpha:1", "beta:1"}

    def compared() -> bool:  # aligned: the story's toll rows compare them either way
        return any({a.left, a.right} == toll for a in session.analysis.alignments)

    assert not compared()
    stack = QUndoStack()
    stack.push(LinkChange(session, "link", "alpha:1", "beta:1", "ana", "Link sentences"))
    qtbot.waitUntil(compared)
    stack.undo()
    qtbot.waitUntil(lambda: not compared())
    assert [(h.kind, h.editor, h.event) for h in session.log.link_history()] == [
        ("link", "ana", ""),
        ("", "ana", "undo"),
    ]
    session.log.close()
