"""A refused date's message goes when that column's date is good again,
whatever another column says, and every date message goes when another
review is opened (fresh window trial: a corrected typo's message stayed up,
also after opening a different review log)."""

from __future__ import annotations

from conftest import SEEDS
from PySide6.QtCore import Qt
from test_window import make_window, wait_analysis

from workbench.cli import main


def _said(w) -> list[str]:
    return [m[0] for m in w.messages.messages]


def _type(qtbot, column, text: str) -> None:
    column.date.setFocus()
    column.date.selectAll()
    qtbot.keyClicks(column.date, text)
    qtbot.keyClick(column.date, Qt.Key.Key_Return)


def test_each_columns_date_message_goes_with_its_typo(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(p) for p in SEEDS], str(tmp_path / "one.sqlite"))
    wait_analysis(qtbot, w)
    first, second = w.columns.columns[0], w.columns.columns[1]
    _type(qtbot, first, "2021-13-09")
    _type(qtbot, second, "9/8/2011")
    assert sum("invalid date" in m for m in _said(w)) == 2
    _type(qtbot, first, "2021-06-23")
    said = [m for m in _said(w) if "invalid date" in m]
    assert len(said) == 1 and "'9/8/2011'" in said[0]  # the other column's stays
    other = tmp_path / "two.sqlite"
    assert main(["check", *map(str, SEEDS[:2]), "--db", str(other), "-q"]) == 0
    assert w.open_log(str(other))
    wait_analysis(qtbot, w)
    assert not [m for m in _said(w) if "invalid date" in m]
