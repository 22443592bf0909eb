"""User trial 48 (problem 12), small window niggles:

- a click just above the first row hit the "Value" header and re-sorted the
  list with no word: a sort is said in the status bar, with the way back, and
  the finding selected stays selected and in view;
- Ctrl+3 (needs correction) on a finding where no version stands out showed
  a red bar: it opens the "Correct in" list instead, a word in the status bar;
- "This review log was changed elsewhere…" held a line-wide bar for 45 s:
  the list brought up to date is said in the status bar.
"""

from __future__ import annotations

import pytest
from conftest import SEEDS
from PySide6.QtCore import Qt
from test_window import make_window, wait_analysis
from test_window import seeded as seeded

from workbench.ui.list_sort import sorted_words
from workbench.ui.notices import CHANGED_ELSEWHERE, ELSEWHERE


def test_a_header_click_is_said_and_keeps_the_finding_selected(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert w.table.model().rowCount() >= 2
    last = w.table.model().index(w.table.model().rowCount() - 1, 0)
    w.table.setCurrentIndex(last)
    w.table.selectRow(last.row())
    chosen = w._selected
    assert chosen
    w.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # as a click on "Value" does
    said = w.statusBar().currentMessage()
    assert said.startswith("Sorted by Value") and "click Verdict" in said, said
    assert w._selected == chosen  # the same finding, still the one in the panel
    current = w.table.currentIndex()
    assert current.isValid() and w.table.visualRect(current).intersects(w.table.viewport().rect())
    w.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert "usual order" in w.statusBar().currentMessage()


def test_sorted_words_name_the_column_and_the_way_back():
    assert sorted_words(5, Qt.SortOrder.AscendingOrder).startswith("Sorted by Status (A to Z)")
    assert "click Verdict again" in sorted_words(4, Qt.SortOrder.DescendingOrder)
    assert sorted_words(4, Qt.SortOrder.AscendingOrder).endswith("(the usual order)")


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup list, offscreen
def test_needs_correction_with_no_article_opens_the_list_not_a_red_bar(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    (quote,) = [r for r in w.session.rows if r.kind == "quote"]  # one source against one
    assert w.select(quote.id)
    w.act_needs_correction()
    qtbot.waitUntil(lambda: w.panel.article.view().isVisible())  # "Correct in", open
    assert not [t for t, error in w.messages.messages if error]  # no red bar
    assert "choose the article to correct" in w.statusBar().currentMessage().lower()
    w.panel.article.hidePopup()


def test_the_list_brought_up_to_date_from_elsewhere_takes_no_bar(qtbot, seeded):
    w, _db = seeded
    w.session.info.emit(CHANGED_ELSEWHERE, ELSEWHERE)
    assert not [t for t, _e in w.messages.messages if "changed elsewhere" in t]
    assert "changed elsewhere" in w.statusBar().currentMessage()
    # what changed there (texts, dates) still comes in the bar
    w.session.info.emit("This review log was changed elsewhere: 2 articles' texts", ELSEWHERE)
    assert [t for t, _e in w.messages.messages if "2 articles' texts" in t]
