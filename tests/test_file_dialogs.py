"""A file dialog shown on the review log's folder must not break SQLite's
locks: Qt's MIME sniffing opened review.sqlite-wal and -shm, closing them
dropped this process's POSIX locks, another program's write then deleted
the write-ahead log, and the window's next decisions went into a deleted
file (fresh user trial under Xvfb)."""

from __future__ import annotations

import subprocess
import sys

from conftest import SEEDS

from workbench.cli import main
from workbench.store import Change, ReviewLog
from workbench.ui import file_dialogs


def _status_seen_by_another_process(db, fid: str) -> str:
    code = (
        "import sys; from workbench.store import ReviewLog; log = ReviewLog(sys.argv[1]); "
        "print(next(f.status for f in log.findings() if f.id == sys.argv[2])); log.close()"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db), fid], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_a_dialog_on_the_logs_folder_keeps_decisions_reaching_the_log(qtbot, tmp_path):
    db = tmp_path / "review.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    log = ReviewLog(db)  # held open, as the window holds it
    first, second = [f.id for f in log.findings()][:2]
    log.decide(first, Change("verified", reviewer="win"))
    d = file_dialogs.dialog(None, "Add articles", str(tmp_path), "All files (*)")
    qtbot.addWidget(d)
    d.show()
    qtbot.wait(1500)  # the dialog lists the folder: review.sqlite, -wal, -shm
    d.reject()
    other = [sys.executable, "-m", "workbench", "review", first, "--status", "disputed"]
    subprocess.run([*other, "--db", str(db)], check=True, capture_output=True)
    log.decide(second, Change("needs-correction", reviewer="win"), (log.findings()[1].sources[0],))
    try:  # while the window still holds the log, everyone else sees its decision
        assert _status_seen_by_another_process(db, second) == "needs-correction"
    finally:
        log.close()
    assert _status_seen_by_another_process(db, first) == "disputed"
    assert _status_seen_by_another_process(db, second) == "needs-correction"


def test_the_dialogs_name_files_without_reading_them(qtbot, tmp_path):
    from PySide6.QtCore import QFileInfo

    icons = file_dialogs.BlindIcons()
    wal = tmp_path / "review.sqlite-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82")
    assert icons.type(QFileInfo(str(wal))) == "SQLITE-WAL file"
    assert icons.type(QFileInfo(str(tmp_path))) == "Folder"
    assert not icons.icon(QFileInfo(str(wal))).isNull()
