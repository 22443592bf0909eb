"""A command that ends while the sentence model is still loaded ahead
(workbench/embed_preload.py) does not wait for it (issue 14, session 17):
workbench/entry.py ends the process at once, with its status and what it
printed. The model's loading is made to never finish here: a process that
waited for it would never end."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from workbench import embed_preload, entry

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

NEVER_LOADS = """
import sys, threading
from workbench import embed, entry
loading = threading.Event()
def never():
    loading.set()
    threading.Event().wait()
embed._get = never
sys.argv = ["workbench", *sys.argv[1:]]
status = entry.main()
print("main returned", status)  # not reached while the thread is alive
sys.exit(status)
"""


def run_never_loading(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, WORKBENCH_PRELOAD="1", WORKBENCH_EMBEDDINGS="1")
    env["WORKBENCH_CACHE_DIR"] = str(tmp_path / "cache")
    return subprocess.run(
        [sys.executable, "-c", NEVER_LOADS, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a hang, not a speed: the model never loads
    )


@pytest.fixture(autouse=True)
def _extra(monkeypatch):
    if not embed_preload.wanted("check"):
        pytest.skip("the embeddings extra is not installed: nothing is loaded ahead")


def test_a_check_refused_for_a_bad_date_does_not_wait_for_the_model(tmp_path):
    db = tmp_path / "log.sqlite"
    seeds = [str(s) for s in SEEDS]
    got = run_never_loading(tmp_path, "check", *seeds, "--published", "x=notadate", "--db", str(db))
    assert got.returncode == 2, got.stderr
    assert got.stderr.startswith("workbench: error:") and "notadate" in got.stderr
    assert "main returned" not in got.stdout
    assert not db.exists()


def test_a_usage_error_and_help_do_not_wait_either(tmp_path):
    seeds = [str(s) for s in SEEDS]
    got = run_never_loading(tmp_path, "check", *seeds, "--no-such-option")
    assert got.returncode == 2 and "--no-such-option" in got.stderr
    got = run_never_loading(tmp_path, "check", *seeds, "--help")
    assert got.returncode == 0 and "usage:" in got.stdout  # flushed before the end


def test_a_missing_file_does_not_wait_for_the_model(tmp_path):
    got = run_never_loading(tmp_path, "check", str(SEEDS[0]), str(tmp_path / "gone.txt"))
    assert got.returncode != 0 and "gone.txt" in got.stderr


def test_without_a_thread_still_running_the_status_is_returned(monkeypatch):
    done = threading.Thread(target=lambda: None)
    done.start()
    done.join()
    monkeypatch.setattr(entry.os, "_exit", lambda status: pytest.fail("ended the process"))
    assert entry.end(3, done) == 3
    assert entry.end(0, None) == 0


FINISHED_CHECK = """
import atexit, sys
from pathlib import Path
from workbench import entry
marker = Path(sys.argv[1])
atexit.register(lambda: marker.write_text("torn down"))  # the teardown's own hook
sys.argv = ["workbench", *sys.argv[2:]]
sys.exit(entry.main())
"""


def test_a_finished_check_skips_the_teardown_with_everything_written(tmp_path):
    """A check that is done ends without the interpreter's teardown
    (0.1-0.2 s of CPU): what it printed, its log and its --json are all there."""
    import json

    from workbench.store import ReviewLog

    marker, db, out = tmp_path / "marker", tmp_path / "log.sqlite", tmp_path / "out.json"
    env = dict(os.environ, WORKBENCH_EMBEDDINGS="0")
    seeds = [str(s) for s in SEEDS]
    args = ["check", *seeds, "--db", str(db), "--json", str(out)]
    got = subprocess.run(
        [sys.executable, "-c", FINISHED_CHECK, str(marker), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert got.returncode == 0, got.stderr
    assert not marker.exists()  # no teardown ran
    assert "orphaned reviews kept)." in got.stdout  # the summary, all of it
    assert f"\nJSON: {out}\n" in got.stdout
    assert got.stdout.splitlines()[-1].startswith("Next: ")  # then what to do next
    assert json.loads(out.read_text())["articles"]
    log = ReviewLog(db, create=False)
    assert len(log.articles()) == len(SEEDS) and log.findings()
    log.close()
    assert not Path(f"{db}-wal").exists()  # closed by check itself, checkpointed
    got = subprocess.run(  # other commands end as before
        [sys.executable, "-c", FINISHED_CHECK, str(marker), "links", str(db)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert marker.read_text() == "torn down", got.stderr
