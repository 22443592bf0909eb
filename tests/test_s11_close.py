"""A window closing (Quit, Ctrl+C, a polite kill) with signals still queued
reads nothing from the closed review log (the CI run caught a traceback:
a row change queued while the window closed read the history of a closed
database)."""

from __future__ import annotations

from test_window import find_row
from test_window import seeded as seeded  # the fixture


def test_late_signals_after_close_read_no_closed_log(qtbot, seeded):
    w, _db = seeded
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.close()
    assert w.session.log is None
    w._show_panel()  # what a queued row change does: no ProgrammingError
    assert w.session.history(ident) == []
