"""Ctrl+C at any point of a check says truly what it left (fresh CLI trial:
a traceback when Ctrl+C came while the program was starting, and an empty
new review log left behind when it came while the log was read or saved)."""

from __future__ import annotations

import sys
import types

from conftest import SEEDS

from workbench import cli_log, entry
from workbench.cli import main
from workbench.store import ReviewLog


def _interrupt(*args, **kwargs):
    raise KeyboardInterrupt


def _files(tmp_path, name):
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name))


def test_ctrl_c_while_the_log_is_read_leaves_no_new_log(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_log, "as_the_log_knows_them", _interrupt)
    db = tmp_path / "new.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 130
    assert capsys.readouterr().err.strip() == "workbench: interrupted; the review log is unchanged"
    assert _files(tmp_path, "new.sqlite") == []


def test_ctrl_c_while_the_log_is_created_leaves_no_new_log(tmp_path, capsys, monkeypatch):
    from workbench.store import log as store_log

    monkeypatch.setattr(store_log.ReviewLog, "_check_andmigrate", _interrupt)
    db = tmp_path / "new.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 130
    assert "the review log is unchanged" in capsys.readouterr().err
    assert _files(tmp_path, "new.sqlite") == []


def test_ctrl_c_after_the_save_says_the_log_was_saved_and_the_report_not(
    tmp_path, capsys, monkeypatch
):
    import workbench.report

    monkeypatch.setattr(workbench.report, "render", _interrupt)
    db, report = tmp_path / "r.sqlite", tmp_path / "report.html"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "--report", str(report)]) == 130
    err = capsys.readouterr().err
    assert "interrupted after the review log was saved" in err
    assert f"{report} was not written" in err
    assert not report.exists()
    log = ReviewLog(db)
    try:
        assert len(log.articles()) == len(SEEDS)  # the saved work is kept
    finally:
        log.close()


def test_ctrl_c_on_a_log_with_work_keeps_it_as_it_was(tmp_path, capsys, monkeypatch):
    db = tmp_path / "r.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 0
    before = db.read_bytes()
    capsys.readouterr()
    monkeypatch.setattr(cli_log, "as_the_log_knows_them", _interrupt)
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 130
    assert "the review log is unchanged" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_ctrl_c_while_the_program_starts_is_one_line_not_a_traceback(capsys, monkeypatch):
    starting = types.ModuleType("workbench.cli")

    def __getattr__(name):  # the import is under way when Ctrl+C comes
        raise KeyboardInterrupt

    starting.__getattr__ = __getattr__
    monkeypatch.setitem(sys.modules, "workbench.cli", starting)
    assert entry.main() == 130
    err = capsys.readouterr().err
    assert err.strip() == "workbench: interrupted before it started; nothing was changed"
