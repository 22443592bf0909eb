"""User trial 47: two ``check`` runs of one story on one log at the same time
both exited 0 and the last one silently won - the other's date was gone. Two
real processes on a real file: the check that finds the log changed under it
by another check of the story with other articles or dates is refused in one
line, nothing saved, the other's findings kept; with the same articles and
dates both go on (they save the same analysis)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from workbench.cli import main
from workbench.store import ReviewLog

A = "The storm cut power to 400 homes in the valley on Monday, the utility said.\n"
B = "Monday's storm left 600 valley homes without electricity, the utility said on Tuesday.\n"


def gated(gate: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.gated_check", str(gate), "check", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"WORKBENCH_EMBEDDINGS": "0", "PATH": "/usr/bin:/bin"},
    )


def ready(gate: Path, process: subprocess.Popen) -> None:
    """Wait until the check has read the log (or ended: then say why)."""
    deadline = time.monotonic() + 180
    while not Path(f"{gate}.ready").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the check never reached its analysis"
        time.sleep(0.05)


@pytest.mark.parametrize("second_dated", [False, True])
def test_two_checks_of_one_story_at_once_lose_nothing_silently(tmp_path, capsys, second_dated):
    files = []
    for name, text in (("a.txt", A), ("b.txt", B)):
        (tmp_path / name).write_text(text)
        files.append(str(tmp_path / name))
    db = str(tmp_path / "r.sqlite")
    assert main(["check", *files, "--db", db, "-q"]) == 0  # the story, undated
    dated = ["--published", "2024-01-02"]
    first = gated(tmp_path / "one", *files, "--db", db, "-q", *dated)
    second = gated(tmp_path / "two", *files, "--db", db, "-q", *(dated if second_dated else []))
    ready(tmp_path / "one", first)
    ready(tmp_path / "two", second)
    (tmp_path / "one.go").touch()
    out, err = first.communicate(timeout=180)
    assert first.returncode == 0, err
    (tmp_path / "two.go").touch()
    out, err = second.communicate(timeout=180)
    log = ReviewLog(db, create=False)
    dates = {a.published for a in log.articles()}
    log.close()
    assert dates == {"2024-01-02"}  # the first check's date was not silently dropped
    if second_dated:  # the same articles and dates: the same analysis, saved again
        assert second.returncode == 0, err
        return
    assert second.returncode == 2, out + err
    (line,) = [x for x in err.splitlines() if x.startswith("workbench: error:")]
    assert "another check saved this story" in line and "nothing was saved" in line
