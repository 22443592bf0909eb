"""An article file given again changed on disk is read again, as ``check``
reads it (lead, session 19: ``workbench open FILES --db LOG`` after an
editor corrected one of the files kept the log's old text and said "already
open: not added again", so the window never saw the correction ``check``
saw). And the review log keeps each file's absolute path: a log checked with
relative paths and reopened from another folder could not find its files
(Re-run kept the old text; a file given again became a second article)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import SEEDS
from test_window import WAIT, make_window, wait_analysis

from workbench.cli import main as cli_main
from workbench.rereading import given_again
from workbench.service import load

KUNDUZ = "about 50km from Kunduz"


def _copies(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return [Path(shutil.copyfile(s, folder / s.name)) for s in SEEDS]


def _edit(paths: list[Path], new: str) -> Path:
    (path,) = [p for p in paths if KUNDUZ in p.read_text(encoding="utf-8")]
    path.write_text(path.read_text(encoding="utf-8").replace(KUNDUZ, new), encoding="utf-8")
    return path


def test_only_the_given_changed_files_are_read_again(tmp_path):
    paths = _copies(tmp_path / "a")
    articles = tuple(load(paths))
    edited = _edit(paths, "about 90km from Kunduz")
    other = next(p for p in paths if p != edited)
    other.write_text(other.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    # the edited one given again, the other changed one not given, one given unchanged
    unchanged = next(p for p in paths if p not in (edited, other))
    again, newer, notes, rest = given_again(articles, [str(edited), str(unchanged)])
    by_path = {a.path: a for a in again}
    assert "about 90km from Kunduz" in by_path[str(edited)].text
    assert "A line added." not in by_path[str(other)].text  # not given: Re-run's job
    assert [a.id for a in again] == [a.id for a in articles]  # ids and order kept
    assert len(newer) == 1 and notes == (
        f"{edited.name}: changed on disk since it was read; its new text is analysed",
    )
    assert rest == (str(unchanged),)  # still "already open"; the edited one is not


def test_nothing_given_again_changes_nothing(tmp_path):
    paths = _copies(tmp_path / "a")
    articles = tuple(load(paths))
    assert given_again(articles, []) == (articles, {}, (), ())
    assert given_again(articles, [str(paths[0])])[0] == articles


def test_the_log_keeps_absolute_paths(tmp_path, monkeypatch):
    _copies(tmp_path / "a")
    monkeypatch.chdir(tmp_path)
    names = [f"a/{s.name}" for s in SEEDS]
    assert cli_main(["check", *names, "--db", "log.sqlite"]) == 0
    with sqlite3.connect(tmp_path / "log.sqlite") as conn:
        stored = [row[0] for row in conn.execute("SELECT path FROM articles")]
    assert sorted(stored) == sorted(str((tmp_path / n).resolve()) for n in names)


def test_the_window_reads_a_corrected_file_given_again(qtbot, tmp_path, monkeypatch):
    paths = _copies(tmp_path / "a")
    monkeypatch.chdir(tmp_path)  # checked with relative paths, opened from elsewhere
    log = tmp_path / "log.sqlite"
    assert cli_main(["check", *(f"a/{p.name}" for p in paths), "--db", str(log)]) == 0
    edited = _edit(paths, "about 90km from Kunduz")
    monkeypatch.chdir(tmp_path / "a")
    w = make_window(qtbot)
    w.open_paths([str(p) for p in paths], str(log))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert len(w.session.articles) == len(paths)  # not a second article
    (article,) = [a for a in w.session.articles if Path(a.path) == edited]
    assert "about 90km from Kunduz" in article.text
    qtbot.waitUntil(lambda: any(r.verdict == "conflict" for r in w.session.rows), timeout=WAIT)
