"""Articles opened together come in the order a file manager shows them:
22_2 before 22_10 (fresh trial 19: the shell's order put 22_10 before 22_2
and the columns read out of order)."""

from __future__ import annotations

from test_s12_verdict_changed import _write
from test_window import WAIT, make_window, wait_analysis

LINE = "The storm killed {} people in the coastal town of Marlow on Sunday, reporter {} said.\n"


def test_columns_follow_the_numbers_in_the_names(qtbot, tmp_path):
    names = ["s_1", "s_10", "s_11", "s_2", "s_3"]  # as a shell lists them
    paths = [_write(tmp_path, f"{n}.txt", "2021-06-21", LINE.format(24, n)) for n in names]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(names), timeout=WAIT)
    assert [a.id for a in w.session.articles] == ["s_1", "s_2", "s_3", "s_10", "s_11"]
    assert [c.article.id for c in w.columns.columns] == ["s_1", "s_2", "s_3", "s_10", "s_11"]


def test_an_order_the_editor_chose_is_kept(qtbot, tmp_path):
    names = ["s_3", "s_10", "s_1"]  # not a shell's order: the editor's
    paths = [_write(tmp_path, f"{n}.txt", "2021-06-21", LINE.format(24, n)) for n in names]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert [a.id for a in w.session.articles] == names
