"""Ctrl+C during a check's analysis (fresh CLI trial: a SIGABRT from inside
the embedding model's threads, and an empty new review log left behind)."""

from __future__ import annotations

import os
import signal

import pytest

from workbench.analysis import Cancelled
from workbench.cli_log import Interrupted, guarded, interruptible
from workbench.store import ReviewLog


def test_a_first_ctrl_c_asks_the_analysis_to_stop_a_second_stops_at_once(tmp_path, capsys):
    log = ReviewLog(tmp_path / "r.sqlite")
    try:
        with pytest.raises(KeyboardInterrupt), interruptible() as stop:
            assert not stop()
            os.kill(os.getpid(), signal.SIGINT)  # the analysis goes on to its next step
            assert stop()
            # and says so at once (fresh CLI trial: a minute-long step looked hung)
            assert capsys.readouterr().err == (
                "workbench: stopping after the step under way; Ctrl+C again stops at once\n"
            )
            os.kill(os.getpid(), signal.SIGINT)  # now it stops here
            pytest.fail("the second Ctrl+C did not stop")
    finally:
        log.close()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    assert (tmp_path / "r.sqlite").exists()  # an existing log is never removed


def test_a_log_this_check_created_and_never_saved_into_is_removed(tmp_path):
    log = ReviewLog(tmp_path / "new.sqlite")
    with pytest.raises(Interrupted), guarded(log, True, None), interruptible():
        raise Cancelled()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("new.sqlite")]


def test_the_command_ends_as_interrupted_with_the_log_as_it_was(tmp_path, capsys, monkeypatch):
    from conftest import SEEDS

    from workbench import service
    from workbench.cli import main

    def stopped(articles, progress=None, cancelled=None, manual=(), decided=(), known=()):
        os.kill(os.getpid(), signal.SIGINT)
        assert cancelled is not None and cancelled()  # the analysis is asked, not killed
        raise Cancelled()

    monkeypatch.setattr(service, "analyse", stopped)
    db = tmp_path / "fresh.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert not db.exists()
