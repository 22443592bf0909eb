"""A window never saves its older copy of the articles over newer ones another
window or the command line wrote into the log (fresh window trial, BLOCKER:
F5 in a window opened before a colleague's check put the outlet's old text
back, and the report asked it to correct words it no longer printed; a date
fixed in a second window was undone the same way)."""

from __future__ import annotations

import shutil

from conftest import SEEDS, run_cli
from test_window import WAIT, make_window, wait_analysis

from workbench.store import ReviewLog


def _log_articles(db):
    log = ReviewLog(db, create=False)
    try:
        return {a.id: (a.text, a.published) for a in log.articles()}
    finally:
        log.close()


def test_f5_after_a_colleagues_check_keeps_the_newer_text_and_date(qtbot, tmp_path, capsys):
    files = []
    for s in SEEDS:
        shutil.copy(s, tmp_path / s.name)
        files.append(tmp_path / s.name)
    db = tmp_path / "story.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(f) for f in files], str(db))
    wait_analysis(qtbot, w)
    # the outlet corrects its story; a colleague checks it again, and fixes a date
    text = files[0].read_text(encoding="utf-8")
    corrected = text.replace("Tuesday", "Wednesday", 1)
    assert corrected != text
    files[0].write_text(corrected, encoding="utf-8")
    code, _out, err = run_cli(
        ["check", *files, "--db", db, "--published", f"{files[0]}=2021-06-20"], capsys
    )
    assert code == 0, err
    newer = _log_articles(db)
    # F5 in the window that still holds the old copy
    w.session.rerun()
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert _log_articles(db) == newer  # nothing older saved over it
    shown = {a.id: (a.text, a.published and a.published.isoformat()) for a in w.session.articles}
    assert shown == newer  # and the window shows the log's newer copy
    assert "changed elsewhere" in " ".join(t for t, _e in w.messages.messages)
