"""The window shows article and editor text as text, and keeps a note written elsewhere.

Qt renders a QLabel's or tooltip's text as HTML when it looks like HTML, so a
headline ``<img src=…>`` would load a local image and markup could fake the
window's own words. Every string an article or an editor controls must show
literally. And a note typed in the panel must not silently replace one
written meanwhile from the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt adds mightBeRichText

from workbench.store import ReviewLog
from workbench.ui.models import ID_ROLE
from workbench.ui.review_panel import TEXT_COMMIT_MS
from workbench.ui.window import MainWindow

WAIT = 60_000

TITLE = '<img src="/etc/hosts"><h1>FAKE HEADLINE</h1>'
OUTLET = "<b>Courier</b> & <i>Co</i>"
QUOTE = "come up <img src=x> <a href='http://evil.example'>link</a> this fast"


def shown(rich_or_plain: str) -> str:
    """What Qt shows for a string it treats as rich text."""
    doc = QTextDocument()
    doc.setHtml(rich_or_plain)
    return doc.toPlainText()


@pytest.fixture
def hostile(qtbot, tmp_path) -> tuple[MainWindow, Path]:
    a = write(
        tmp_path,
        "a.txt",  # .txt: shown as written (a .md file's markup is rendered)
        f"---\ntitle: {TITLE}\noutlet: {OUTLET}\npublished: 2024-03-13\n---\n"
        "Three firefighters were treated at the <b>warehouse</b>.\n\n"
        f'"We have never seen the water {QUOTE}," said Karen Doyle, who runs a bakery.\n',
    )
    b = write(
        tmp_path,
        "b.txt",
        "---\ntitle: <u>Blaze</u>\noutlet: <font color=red>Gazette</font>\n"
        "published: 2024-03-13\n---\n"
        "Four firefighters were treated at the <b>warehouse</b>.\n\n"
        '"We have never seen the water rise this fast," said bakery owner Karen Doyle.\n',
    )
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    db = tmp_path / "review.sqlite"
    w.open_paths([str(a), str(b)], str(db))
    qtbot.waitUntil(
        lambda: not w.session.busy() and w.session.analysis is not None and bool(w.session.rows),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: len(w.columns.columns) == 2 and not w.columns.building())
    return w, db


def row_of_kind(w: MainWindow, kind: str) -> str:
    return next(r.id for r in w.session.rows if r.kind == kind)


def test_column_headers_show_titles_and_outlets_literally(hostile):
    w, _db = hostile
    column = w.columns.column("a")
    assert column is not None
    assert column.title.textFormat() == Qt.TextFormat.PlainText
    assert column.outlet.textFormat() == Qt.TextFormat.PlainText
    assert column.title.text() == TITLE
    assert column.outlet.text() == OUTLET
    # the tooltip is rich text by Qt's rules; what it shows is the literal path
    tip = column.outlet.toolTip()
    assert Qt.mightBeRichText(tip) and "<img" not in tip
    assert shown(tip).startswith("a — ") and str(column.article.path) in shown(tip)
    other = w.columns.column("b")
    assert other is not None and other.outlet.text() == "<font color=red>Gazette</font>"
    # the article text itself is plain text in a QTextEdit
    assert "<b>warehouse</b>" in column.text.toPlainText()


def test_review_panel_shows_sentences_values_and_explanation_literally(hostile):
    w, _db = hostile
    ident = row_of_kind(w, "quote")
    w.select(ident)
    panel = w.panel
    sentences = [shown(label.text()) for label in panel.sides]
    assert any(QUOTE in s for s in sentences), sentences
    # the highlight is the panel's own markup: exactly one <b>, no article tag survives
    for label in panel.sides:
        assert "<img" not in label.text() and "<a " not in label.text()
    assert panel.explanation.textFormat() == Qt.TextFormat.PlainText
    assert OUTLET in panel.explanation.text()  # the explanation names the outlets
    for label in (*panel.sources, *panel.values, panel.status):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert OUTLET in [s.text() for s in panel.sources]


def test_table_and_history_tooltips_show_text_literally(hostile):
    w, db = hostile
    ident = row_of_kind(w, "quote")
    log = ReviewLog(db)
    log.set_review(ident, note="<img src='/etc/hosts'> see <b>me</b>", reviewer="<i>ana</i>")
    log.close()
    w.session.set_review(ident, status="disputed")  # refreshes the views
    w.select(ident)
    model = w.table_model
    row = model.row_of(ident)
    for col in (1, 2, 4):
        tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip and Qt.mightBeRichText(tip)
    values = shown(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
    values += shown(model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole))
    assert "<img src=x>" in values and "<a href='http://evil.example'>link</a>" in values
    history = w.panel.history_model
    tips = [
        shown(history.index(i, 0).data(Qt.ItemDataRole.ToolTipRole))
        for i in range(history.rowCount())
    ]
    assert any("note: <img src='/etc/hosts'> see <b>me</b>" in t for t in tips), tips
    assert any("reviewer: <i>ana</i>" in t for t in tips)


def test_messages_and_status_labels_are_plain_text(hostile, tmp_path, qtbot):
    w, _db = hostile
    bad = write(tmp_path, "<img src=x>bad.md", "---\ntitle: x\n")
    w.open_paths([str(bad)])
    qtbot.waitUntil(lambda: "malformed front matter" in w.messages.text(), timeout=WAIT)
    assert w.messages.label.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>bad.md" in w.messages.text()
    assert w.counts.textFormat() == Qt.TextFormat.PlainText
    assert w.log_label.textFormat() == Qt.TextFormat.PlainText


def test_undo_text_of_an_outlet_with_ampersand_makes_no_shortcut(hostile, qtbot):
    w, _db = hostile
    w._remove_article("a")
    text = w.actions_by_name["undo"].text()
    assert "&&" in text and text.startswith("&Undo Remove")
    w.act_undo()
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)


# -- a note written elsewhere while the editor types -------------------------------------
def _select(w: MainWindow, ident: str) -> None:
    assert w.select(ident)
    assert w.current_id() == ident


def test_note_written_elsewhere_meanwhile_is_not_overwritten(hostile, qtbot):
    w, db = hostile
    ident = row_of_kind(w, "number")
    _select(w, ident)
    w.panel.note.setFocus()
    qtbot.keyClicks(w.panel.note, "first")
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == "first", timeout=5000)
    w.panel.note.selectAll()
    qtbot.keyClicks(w.panel.note, "mine")
    # before the typing pause has passed, the command line writes a note
    log = ReviewLog(db)
    log.set_review(ident, note="from the command line", reviewer="ben")
    log.close()
    qtbot.wait(TEXT_COMMIT_MS + 400)  # the panel tries to save
    assert ReviewLog(db).review(ident).note == "from the command line"  # not overwritten
    assert w.panel.note.toPlainText() == "mine"  # and the typing is not lost
    assert w.panel.conflict.isVisible()
    assert "from the command line" in w.panel.conflict.text()
    assert "not saved" in w.messages.text() and "from the command line" in w.messages.text()
    # the periodic check for other writers refreshes the panel: the typing stays
    qtbot.wait(1300)
    assert w.panel.note.toPlainText() == "mine"
    assert w.panel.conflict.isVisible()
    # typing on (trials 27, 28: within a second, before the warning was read)
    # never saves over theirs: both kept, theirs first, as the box shows
    qtbot.keyClicks(w.panel.note, " instead")
    both = "from the command line\n\nmine instead"
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == both, timeout=5000)
    assert w.panel.note.toPlainText() == both
    assert w.panel.note.textCursor().position() == len(both)  # where the editor was
    assert not w.panel.conflict.isVisible()
    assert "not saved" not in w.messages.text()  # the warnings went with the conflict
    assert "both are kept, theirs first" in w.messages.text()
    history = [h.note for h in ReviewLog(db).history(ident)]
    assert history == ["first", "from the command line", both]
    # undo goes back to the other writer's note, not past it to "first"
    w.act_undo()
    assert ReviewLog(db).review(ident).note == "from the command line"


def test_note_written_elsewhere_after_the_typing_was_saved_is_not_spliced_into_it(hostile, qtbot):
    # fresh window trial: the editor's first words were saved, the desk wrote a
    # note from the command line, the box took the desk's text with the cursor
    # at its start, and the next keystrokes were saved spliced in front of it
    w, db = hostile
    ident = row_of_kind(w, "number")
    _select(w, ident)
    w.activateWindow()
    w.panel.note.setFocus()
    qtbot.waitUntil(w.panel.note.hasFocus)
    qtbot.keyClicks(w.panel.note, "Checked: he said")
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == "Checked: he said", timeout=5000)
    log = ReviewLog(db)
    log.set_review(ident, note="Desk: only one cuts the quote", reviewer="desk")
    log.close()
    qtbot.waitUntil(w.panel.conflict.isVisible, timeout=5000)  # noticed, and said
    assert "Desk: only one cuts the quote" in w.panel.conflict.text()
    # also where it is seen (a fresh trial missed the panel's line, typed on
    # and saved over the colleague's note)
    assert "Desk: only one cuts the quote" in w.messages.text()
    assert w.panel.note.toPlainText() == "Checked: he said"  # the box as the editor left it
    qtbot.keyClicks(w.panel.note, " it")
    both = "Desk: only one cuts the quote\n\nChecked: he said it"
    qtbot.waitUntil(lambda: ReviewLog(db).review(ident).note == both, timeout=5000)
    history = [h.note for h in ReviewLog(db).history(ident)]
    assert history[-3:] == ["Checked: he said", "Desk: only one cuts the quote", both]
    # never spliced: theirs whole, then the editor's whole
    assert not any(n.startswith("Checked") and "Desk" in n for n in history)


def test_note_written_elsewhere_before_typing_is_shown_and_built_on(hostile, qtbot):
    w, db = hostile
    ident = row_of_kind(w, "number")
    _select(w, ident)
    log = ReviewLog(db)
    log.set_review(ident, note="from the command line")
    log.close()
    # the window notices other writers within a second and shows their note
    qtbot.waitUntil(lambda: w.panel.note.toPlainText() == "from the command line", timeout=5000)
    w.panel.note.setFocus()
    w.panel.note.moveCursor(w.panel.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(w.panel.note, "; agreed")
    qtbot.waitUntil(
        lambda: ReviewLog(db).review(ident).note == "from the command line; agreed",
        timeout=5000,
    )
    assert not w.panel.conflict.isVisible()
    assert "not saved" not in w.messages.text()


def test_moving_on_with_conflicting_typing_keeps_both_texts(hostile, qtbot):
    w, db = hostile
    ident = row_of_kind(w, "number")
    other = next(r.id for r in w.session.rows if r.id != ident)
    _select(w, ident)
    w.panel.note.setPlainText("my unsaved thought")
    log = ReviewLog(db)
    log.set_review(ident, note="theirs")
    log.close()
    # leaving the row saves pending typing; no one is left to choose: both kept
    w.select(other)
    assert ReviewLog(db).review(ident).note == "theirs\n\nmy unsaved thought"
    assert "both are kept" in w.messages.text()
    assert not w.panel.conflict.isVisible()  # the panel shows the other row now
    assert w.table.currentIndex().data(ID_ROLE) == other
    # undo takes back the joined note, back to the other writer's
    w.act_undo()
    assert ReviewLog(db).review(ident).note == "theirs"


def test_closing_after_a_refused_save_keeps_both_texts(hostile, qtbot):
    w, db = hostile
    ident = row_of_kind(w, "number")
    _select(w, ident)
    w.panel.note.setFocus()
    qtbot.keyClicks(w.panel.note, "mine")
    log = ReviewLog(db)
    log.set_review(ident, note="theirs")
    log.close()
    qtbot.waitUntil(w.panel.conflict.isVisible, timeout=5000)  # refused, shown
    assert ReviewLog(db).review(ident).note == "theirs"
    w.close()
    assert ReviewLog(db).review(ident).note == "theirs\n\nmine"


def test_progress_shows_a_file_name_with_percent_signs_as_it_is(hostile):
    w, _db = hostile
    w._progress(1, 4, "Reading 100%p %v %m.md")
    assert w.progress.text().replace("\u2060", "") == "Reading 100%p %v %m.md"


def test_a_long_progress_message_is_one_line_of_the_bar_with_the_whole_in_its_tooltip(qtbot):
    """A trial saw "Reading / 27_9ecb.txt" wrap inside the small bar."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    name = "a-very-long-article-file-name-from-a-wire-service-archive-2010-09-10.txt"
    w._progress(1, 3, f"Reading {name}")
    shown = w.progress.text()
    assert w.progress.fontMetrics().horizontalAdvance(shown) <= w.progress.maximumWidth()
    assert "…" in shown and shown.startswith("Read")
    assert w.progress.toolTip() == f"Reading {name}"
