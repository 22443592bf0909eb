"""Several findings, one decision (issue 16): Ctrl/Shift-click in the list,
then one status for all of them, undone and redone as one step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from test_window import seeded  # noqa: F401 - the fixture

from workbench.ui.models import ID_ROLE


def _choose(w, rows: list[int]) -> list[str]:
    model = w.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    w.table.setCurrentIndex(w.proxy.index(rows[0], 0))
    for row in rows[1:]:
        model.select(w.proxy.index(row, 0), flags)
    return [w.proxy.index(r, 0).data(ID_ROLE) for r in rows]


def _status(w, ident: str) -> str:
    return w.session.row(ident).status


def test_one_decision_for_every_selected_finding_undone_as_one_step(qtbot, seeded):  # noqa: F811
    w, _ = seeded
    w.actions_by_name["advance"].setChecked(False)
    w.filter_agreed.setChecked(True)  # the seeds' distance is an agreement since session 30
    chosen = _choose(w, [0, 2, 3])
    assert w.chosen_ids() == chosen
    others = [
        w.proxy.index(r, 0).data(ID_ROLE)
        for r in range(w.proxy.rowCount())
        if w.proxy.index(r, 0).data(ID_ROLE) not in chosen
    ]
    before = w.undo_stack.count()
    w.act_verified()
    assert [_status(w, i) for i in chosen] == ["verified"] * 3
    assert all(_status(w, i) == "open" for i in others)
    assert w.undo_stack.count() == before + 1  # one step
    assert "3 findings" in w.actions_by_name["undo"].text()
    assert "Marked 3 findings" in w.statusBar().whole_message()
    w.act_undo()
    assert [_status(w, i) for i in chosen] == ["open"] * 3
    w.act_redo()
    assert [_status(w, i) for i in chosen] == ["verified"] * 3
