"""A status message longer than the room beside the review log's name loses
its middle to "…" (its end names the key to press), with the whole message as
the bar's tooltip (a fresh user trial at 1280x800 read "…goes int|Review log:
/root/…" as one garbled line)."""

from __future__ import annotations

from workbench.ui.window import MainWindow


def _window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.log_label.setText("Review log: /home/editor/reviews/review-2026-12-06-071622.sqlite")
    qtbot.wait(50)  # laid out
    return w


def test_a_long_message_is_elided_with_the_whole_of_it_in_the_tooltip(qtbot):
    w = _window(qtbot)
    bar = w.statusBar()
    long = (
        "Choose the article to correct first (↓ opens the list, Enter picks); your typing "
        "“the 12-year-old girl” is kept and goes into the correction once you have chosen, "
        "then go on with Next open (Alt+Shift+Down)"
    )
    bar.showMessage(long)
    shown = bar.currentMessage()
    assert shown != long and "…" in shown
    head, tail = shown.split("…")
    assert long.startswith(head) and long.endswith(tail)
    assert tail.endswith("(Alt+Shift+Down)")  # the key to press is kept
    room = bar.width() - w.log_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) < room
    assert bar.toolTip() == long and bar.whole_message() == long
    bar.clearMessage()
    assert bar.toolTip() == "" and bar.whole_message() == ""


def test_a_short_message_is_shown_whole_with_no_tooltip(qtbot):
    w = _window(qtbot)
    bar = w.statusBar()
    bar.showMessage("Report written to /tmp/r.md", 8000)
    assert bar.currentMessage() == "Report written to /tmp/r.md"
    assert bar.toolTip() == ""
