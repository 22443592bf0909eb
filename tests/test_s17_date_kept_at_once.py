"""A date typed in the window is in the review log at once, not only when the
re-analysis it starts is saved (fresh editor trial 21: a date typed just
before the program was killed was gone on reopening, without a word). The
analysis is cancelled here, standing in for the kill: nothing else saves."""

from __future__ import annotations

from datetime import date

from conftest import SEEDS
from test_window import make_window, wait_analysis

from workbench.store import ReviewLog
from workbench.store.saving import given_dates


def _dates(path) -> dict[str, str | None]:
    log = ReviewLog(path, create=False)
    try:
        return {r.id: r.published for r in log.articles()}
    finally:
        log.close()


def _given(path) -> dict[str, str]:
    log = ReviewLog(path, create=False)
    try:
        return given_dates(log.db)
    finally:
        log.close()


def test_a_typed_date_is_kept_though_its_analysis_never_saves(qtbot, tmp_path):
    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    first = w.session.articles[0]
    before = _dates(db)
    w._date_changed(first.id, date(2020, 2, 29))
    w.session.cancel()  # the analysis never saves
    qtbot.waitUntil(lambda: not w.session.busy())
    qtbot.waitUntil(lambda: _dates(db)[first.id] == "2020-02-29")
    assert {k: v for k, v in _dates(db).items() if k != first.id} == {
        k: v for k, v in before.items() if k != first.id
    }
    assert _given(db)[first.sha256] == "2020-02-29"  # an editor's date: later checks keep it
    w.close()

    again = make_window(qtbot)  # reopened: the date typed is there
    assert again.session.open_log(db)
    wait_analysis(qtbot, again)
    assert next(a for a in again.session.articles if a.id == first.id).published == date(
        2020, 2, 29
    )


def test_undoing_a_date_puts_the_files_date_back_in_the_log(qtbot, tmp_path):
    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    first = w.session.articles[0]
    was = _dates(db)[first.id]
    w._date_changed(first.id, date(2020, 2, 29))
    wait_analysis(qtbot, w)
    w.act_undo()
    w.session.cancel()
    qtbot.waitUntil(lambda: not w.session.busy())
    qtbot.waitUntil(lambda: _dates(db)[first.id] == was)
    # the file's own date again, not one an editor gave
    assert not first.date_given and first.sha256 not in _given(db)


def test_a_notice_about_an_article_goes_when_the_article_is_removed(qtbot, tmp_path):
    """Fresh editor trial 21: notices about an article (its date read from its
    web address) stayed up after it was removed from the review."""
    a = tmp_path / "a.txt"
    a.write_text(
        "---\ntitle: A\npublished: 2021-06-23\n---\nA fire at a warehouse in Leeds killed "
        "30 people on Tuesday, the fire service said.\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "---\ntitle: B\nurl: https://www.example-news.com/2021/06/22/leeds-fire\n---\n"
        "A warehouse fire in Leeds killed 24 people on Tuesday, firefighters said.\n",
        encoding="utf-8",
    )
    w = make_window(qtbot)
    w.open_paths([str(a), str(b)], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert "read from its web address" in w.messages.text()
    (gone,) = [x for x in w.session.articles if x.path == str(b)]
    w._remove_article(gone.id)
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.session.articles) == 1)
    assert "read from its web address" not in w.messages.text()


def test_articles_changed_elsewhere_clear_the_undo_history(qtbot, tmp_path):
    """Trial 22: after a colleague's check put an article back, Redo "Add 4
    articles" silently put this window's older set over theirs."""
    from workbench.cli import main

    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS[:2]], str(db))
    wait_analysis(qtbot, w)
    w.session.add_files([str(SEEDS[2])])  # an undoable change of the article set
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.session.articles) == 3)
    w.act_undo()  # the third taken out again: Redo would put it back
    wait_analysis(qtbot, w)
    assert w.undo_stack.canRedo()
    # a colleague checks the three into the same log from the command line
    assert main(["check", *[str(s) for s in SEEDS], "--db", str(db), "-q"]) == 0
    w.session._check_elsewhere()  # what the 1 s timer does
    qtbot.waitUntil(lambda: w.undo_stack.count() == 0, timeout=5000)
    assert "undo history was cleared" in w.messages.text() or any(
        "undo history was cleared" in t for t, _ in w.messages.messages
    )
    wait_analysis(qtbot, w)
    assert len(w.session.articles) == 3


def test_the_note_shortcut_puts_the_cursor_after_the_note(qtbot, tmp_path):
    """Trial 22: Ctrl+Shift+N put the cursor before an existing note, and the
    new words were glued in front of it."""
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert w.select(w.session.rows[0].id)
    for field, act in (
        (w.panel.note, w.act_edit_note),
        (w.panel.correction, w.act_edit_correction),
    ):
        field.setPlainText("checked with the desk")
        field.moveCursor(field.textCursor().MoveOperation.Start)
        act()
        assert field.textCursor().atEnd()


def test_add_articles_starts_in_the_reviews_own_folder(qtbot, tmp_path, monkeypatch):
    """Trial 22: 'Add articles' opened in another review's folder (the last
    folder any window used)."""
    from workbench.ui import file_dialogs, settings

    settings.put(settings.LAST_FOLDER, str(tmp_path))  # another review's, used last
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    asked = []
    monkeypatch.setattr(
        file_dialogs, "open_files", lambda _w, _t, start, *_a, **_k: asked.append(start) or []
    )
    w.act_add_articles()
    assert asked == [str(SEEDS[-1].parent)]


def test_undo_and_redo_say_what_they_did(qtbot, tmp_path):
    """Trial 22: undoing 'Add 4 articles' took the columns away without a word."""
    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS[:2]], str(db))
    wait_analysis(qtbot, w)
    w.session.add_files([str(SEEDS[2])])
    qtbot.waitUntil(lambda: len(w.session.articles) == 3)
    wait_analysis(qtbot, w)
    w.act_undo()
    assert w.statusBar().whole_message().startswith("Undone: Add")
    wait_analysis(qtbot, w)
    w.act_redo()
    assert w.statusBar().whole_message().startswith("Redone: Add")
