"""``check`` reads and validates its dates, files and outputs before the
engine is imported (issue 14, session 18): a refusal comes at once, not after
0.3-0.5 s of importing the analysis, the judge and the fact readers.
``service`` imports the analysis only when it analyses."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

ENGINE = ("workbench.analysis", "workbench.judge", "workbench.align", "workbench.facts")

RUN = """
import sys
from workbench.cli import main
status = main(sys.argv[1:])
print(status, sorted(m for m in {engine!r} if m in sys.modules))
"""


def _check(tmp_path, *args: str) -> tuple[int, list[str], str]:
    """``check ARGS`` in a fresh interpreter (the model not loaded ahead):
    its status and which engine modules it had imported when it returned."""
    env = {**os.environ, "WORKBENCH_PRELOAD": "0", "WORKBENCH_CACHE_DIR": str(tmp_path / "c")}
    env["WORKBENCH_EMBEDDINGS"] = "0"  # the lexical path: the same order, quicker
    got = subprocess.run(
        [sys.executable, "-c", RUN.format(engine=ENGINE), "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    status, _, imported = got.stdout.strip().splitlines()[-1].partition(" ")
    return int(status), ast.literal_eval(imported), got.stderr


def _seeds() -> list[str]:
    return [str(s) for s in SEEDS]


@pytest.mark.parametrize(
    "extra, said",
    [
        (["--published", f"{SEEDS[0].name}=2021-13-45"], "invalid date"),
        (["--published", "nosuchfile.txt=2021-06-01"], "not one of the files"),
        (["--published", "June 2021"], "expected PATH=YYYY-MM-DD"),  # a date alone is read
    ],
    ids=["bad day", "unknown file", "no file named"],
)
def test_a_bad_date_is_refused_before_the_engine(tmp_path, extra, said):
    status, imported, err = _check(tmp_path, *_seeds(), *extra, "--db", str(tmp_path / "l.db"))
    assert status == 2 and said in err
    assert imported == []
    assert not (tmp_path / "l.db").exists()


def test_missing_or_unreadable_files_are_refused_before_the_engine(tmp_path):
    empty = tmp_path / "folder"
    empty.mkdir()
    cases = [
        ([_seeds()[0], str(tmp_path / "gone.txt")], "gone.txt"),
        ([str(empty), _seeds()[0]], "folder with no"),
        ([_seeds()[0], _seeds()[0]], "given twice"),
    ]
    for files, said in cases:
        status, imported, err = _check(tmp_path, *files, "--db", str(tmp_path / "l.db"))
        assert status == 2 and said in err, err
        assert imported == []


def test_an_output_that_cannot_be_written_is_refused_before_the_engine(tmp_path):
    db = str(tmp_path / "l.db")
    status, imported, err = _check(tmp_path, *_seeds(), "--db", db, "--report", db)
    assert status == 2 and err
    assert imported == []


def test_a_check_that_goes_on_imports_the_engine_and_analyses(tmp_path):
    db = tmp_path / "l.db"
    status, imported, err = _check(tmp_path, *_seeds(), "--db", str(db), "-q")
    assert status in (0, 1), err  # 1: discrepancies found
    assert "workbench.analysis" in imported and "workbench.judge" in imported
    assert db.exists()
