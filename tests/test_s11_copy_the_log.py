"""A copy of the review log's one file, made while the window is open, holds
the decisions made in it (fresh trial: `cp story.sqlite` sent a log without
the day's decisions, which lived in story.sqlite-wal until the window quit).
The copy is made by another process: this one holds the log through SQLite,
and opening the file here would drop its locks."""

from __future__ import annotations

import subprocess

from test_window import WAIT, find_row
from test_window import seeded as seeded  # the fixture

from workbench.store import ReviewLog


def test_the_main_file_alone_holds_the_latest_decisions(qtbot, seeded, tmp_path):
    w, db = seeded
    w.actions_by_name["advance"].setChecked(False)
    ident = find_row(w, "July", "next month")
    w.select(ident)
    w.act_verified()
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    copy = tmp_path / "emailed.sqlite"
    subprocess.run(["cp", str(db), str(copy)], check=True)  # the one file, not its -wal
    log = ReviewLog(copy)
    try:
        assert log.review(ident).status == "verified"
    finally:
        log.close()
