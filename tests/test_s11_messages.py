"""The window's messages say what still holds (fresh trial: a warning about
a future date stayed up after Ctrl+Z put the date back, and every message
of the session piled up over the column headers and their date fields)."""

from __future__ import annotations

from test_window import WAIT, wait_analysis
from test_window import seeded as seeded  # the fixture

from workbench.ui.message_bar import MessageBar


def test_a_date_warning_goes_when_the_date_is_undone_and_others_stay(qtbot, seeded):
    w, _db = seeded
    w.messages.show_message("Your note was not saved: it was changed elsewhere", True)
    column = w.columns.columns[1]  # dated 2021-06-23 in its file
    column.date.setText("2102-06-23")
    column.date.editingFinished.emit()
    assert "2102-06-23 is in the future" in w.messages.text()
    qtbot.waitUntil(lambda: str(column.article.published) == "2102-06-23", timeout=WAIT)
    wait_analysis(qtbot, w)
    w.act_undo()
    qtbot.waitUntil(lambda: str(column.article.published) == "2021-06-23", timeout=WAIT)
    wait_analysis(qtbot, w)
    assert "in the future" not in w.messages.text()
    assert "changed elsewhere" in w.messages.text()  # still true: still said


def test_the_bar_shows_the_newest_message_and_counts_the_rest(qtbot):
    """One message at a time since window41 (two and a count line stacked up)."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    for i in range(5):
        bar.show_message(f"message {i}", i % 2 == 0)
    shown = bar.label.text().splitlines()
    assert len(shown) == 1 and shown[0].endswith("message 4")
    assert bar.earlier.text() == "4 earlier (⚠ 2)"
    assert all(f"message {i}" in bar.toolTip() for i in range(5))  # none lost
    bar.withdraw("message 4")
    assert bar.label.text().endswith("message 3")
    bar.show_message("message 1", False)  # said again: once, on top
    assert bar.toolTip().count("message 1") == 1
    bar.dismiss()
    assert bar.text() == "" and not bar.messages
