"""The review log articles opened without one already have.

Trial 28 decided findings with ``workbench check ev07 --db ev07.sqlite``,
then ran ``workbench open ev07``: the window started a new, empty review in
the data folder beside the log that held those decisions. Files opened with
no log named (and none open) now go to the log that already holds exactly
these files, if there is one: among the recent logs, and the ``*.sqlite``
in the current folder, the files' folder and the folder above it (beside a
folder given). Two such logs are never guessed between.

Looking reads the disk (folders listed, each candidate log opened), so the
window runs :func:`holding` on a worker (issue 14: the GUI thread never
waits on the disk); the recent logs are read from the settings on the GUI
thread and handed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..store import logs_holding
from . import settings


def candidates(files: Sequence[str], recent: Sequence[str]) -> list[Path]:
    """Where a log of these files may be: the ``recent`` logs first."""
    folders = [Path.cwd()]
    for f in files:
        here = Path(f).resolve().parent
        folders += [here, here.parent]
    found = [Path(p) for p in recent]
    for folder in dict.fromkeys(folders):
        try:
            found += sorted(p for p in folder.glob("*.sqlite") if p.is_file())
        except OSError:
            continue  # an unreadable folder holds nothing we can open
    return found


def recent_logs() -> list[str]:
    """The recent logs, from the settings (on the GUI thread)."""
    return list(settings.get(settings.RECENT_LOGS))


def holding(files: Sequence[str], recent: Sequence[str], progress=None, cancelled=None):
    """The logs whose articles are exactly ``files`` (a worker's job: the
    runner hands in ``progress`` and ``cancelled``, unused — one quick pass)."""
    return logs_holding(files, candidates(files, recent))


def reopened(log: Path, files: int) -> str:
    return (
        f"Opened {log}: it already holds the review of these {files} files, with its "
        "decisions — no new review was started (to start one, File › New review, then add "
        "them; or give --db)"
    )


def ambiguous(logs: list[Path], files: int) -> str:
    named = ", ".join(str(p) for p in logs)
    return (
        f"These {files} files are reviewed in {len(logs)} review logs: {named}. None was "
        "opened and no new one was made: open the one you mean (File › Open review log, "
        "or workbench open LOG), or give --db"
    )
