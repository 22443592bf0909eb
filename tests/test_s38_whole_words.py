"""Trial 44 (P9): the findings list cut values inside words ("A few m…es
(+1)", "less tha… minutes", "Albany Co… Attorney"). A value is cut between
words, its ends kept, whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from test_window import make_window, wait_analysis

from workbench.ui.whole_words import WholeWords, by_words


def _chars(n: int):
    return lambda s: len(s) <= n


@pytest.mark.parametrize(
    ("text", "room", "shown"),
    [
        ("A few minutes (+1)", 12, "A few … (+1)"),
        # a value's figures are kept first (trial 45: "$140 million … million"
        # hid the figure that differs)
        ("less than 30 minutes", 15, "… 30 minutes"),
        ("less than 30 minutes", 19, "less … 30 minutes"),
        ("between $140 million and $150 million", 22, "… $140 … $150 million"),
        ("between $140 million and $150 million (+2)", 20, "… $140 … $150 … (+2)"),
        ("roughly 250 workers", 14, "… 250 workers"),
        ("Albany County District Attorney", 22, "Albany … Attorney"),
        ("Assistant Albany County District Attorney", 30, "Assistant Albany … Attorney"),
        ("about 2,000 feet (600 metres)", 20, "… 2,000 feet (600 …"),
        ("twelve", 6, "twelve"),  # fits: whole
        ("Supercalifragilistic", 8, "Supercalifragilistic …"),  # one word: the cell cuts its end
    ],
)
def test_a_value_is_cut_between_words(text, room, shown):
    assert by_words(text, _chars(room)) == shown
    words = text.split()
    assert all(w in words for w in shown.split() if w != "…")


ARTICLES = {
    "a": "The standoff at the Hallam paper mill lasted less than thirty minutes, police said.\n"
    "Rescuers pulled roughly two hundred and fifty workers from the building, the chief said.",
    "b": "The standoff at the Hallam paper mill lasted more than forty-five minutes, police "
    "said.\nRescuers pulled approximately three hundred and ten workers from the building, "
    "the chief said.",
}


def test_the_list_cuts_values_between_words_whole_in_the_tooltip(qtbot, tmp_path):
    files = []
    for name, body in ARTICLES.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"---\npublished: 2009-06-10\n---\n{body}\n", encoding="utf-8")
        files.append(str(path))
    w = make_window(qtbot)
    w.open_paths(files, str(tmp_path / "r.sqlite"))
    wait_analysis(qtbot, w)
    w.resize(900, 700)
    qtbot.waitUntil(lambda: w.table.columnWidth(1) < 200)
    cut = 0
    for row in range(w.proxy.rowCount()):
        for col in (1, 2):
            index = w.proxy.index(row, col)
            delegate = w.table.itemDelegateForColumn(col)
            assert isinstance(delegate, WholeWords)
            opt = QStyleOptionViewItem()
            w.table.initViewItemOption(opt)
            opt.rect = w.table.visualRect(index)
            delegate.initStyleOption(opt, index)
            value, shown = str(index.data()), delegate.shown(opt)
            cut += shown != value
            assert all(word in value.split() for word in shown.split() if word != "…")
            assert value in str(index.data(3))  # ToolTipRole: the value whole
    assert w.proxy.rowCount() == 2 and cut  # some value was too long for its cell
