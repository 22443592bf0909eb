"""Deciding in a filtered list (fresh window trial): the filter the editor
set stays, the next finding is the one after the decided one and is shown
selected, and a filter that hides the selected finding leaves nothing
selected, so no decision goes to a finding whose row is not highlighted."""

from __future__ import annotations

from test_window import seeded  # noqa: F401 - the fixture

from workbench.ui.models import ID_ROLE

OPEN = "open"


def _order(w) -> list[str]:
    return [w.proxy.index(r, 0).data(ID_ROLE) for r in range(w.proxy.rowCount())]


def _highlighted(w) -> list[str]:
    return [i.data(ID_ROLE) for i in w.table.selectionModel().selectedRows()]


def _filter_open(w) -> None:
    w.filter_status.setCurrentIndex(w.filter_status.findData(OPEN))


def test_deciding_in_a_filtered_list_keeps_the_filter_and_goes_to_the_next(qtbot, seeded):  # noqa: F811
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(True)
    _filter_open(w)
    order = _order(w)
    assert len(order) >= 3
    w.select(order[0])
    w.set_status("verified")
    qtbot.waitUntil(lambda: w.session.row(order[0]).status == "verified")
    assert w.filter_status.currentData() == OPEN  # was cleared to "All statuses"
    assert order[0] not in _order(w)
    assert w.current_id() == order[1] and _highlighted(w) == [order[1]]
    w.actions_by_name["advance"].setChecked(False)
    w.set_status("dismissed")  # without advancing: the next row, shown selected
    qtbot.waitUntil(lambda: w.session.row(order[1]).status == "dismissed")
    assert w.filter_status.currentData() == OPEN
    assert w.current_id() == order[2] and _highlighted(w) == [order[2]]


def test_a_filter_hiding_the_selected_finding_leaves_nothing_to_decide_on(qtbot, seeded):  # noqa: F811
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(False)
    first = _order(w)[0]
    w.select(first)
    w.set_status("verified")
    qtbot.waitUntil(lambda: w.session.row(first).status == "verified")
    _filter_open(w)  # hides the verified finding
    assert w.current_id() == "" and _highlighted(w) == []
    before = {r.id: r.status for r in w.session.rows}
    w.set_status("disputed")  # nothing selected: nothing decided
    assert {r.id: r.status for r in w.session.rows} == before
