"""One rule for one bad file among several (trial 43, item 10: a missing file
refused the whole check, an empty one was skipped with exit 0, and read as two
rules): a file that may hold a report the tool could not read stops the save;
one with nothing in it to compare is skipped, and its line says why."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS

from workbench.cli import main


def _seeds(tmp_path):
    out = []
    for p in SEEDS:
        shutil.copy(p, tmp_path / p.name)
        out.append(str(tmp_path / p.name))
    return out


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\n"])
def test_a_file_with_nothing_to_compare_is_skipped_saying_why(tmp_path, capsys, content):
    bad = tmp_path / "blank.txt"
    bad.write_bytes(content)
    db = tmp_path / "log.sqlite"
    assert main(["check", *_seeds(tmp_path), str(bad), "--db", str(db), "-q"]) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "skipped" in x]
    assert "blank.txt" in line and "nothing in it to compare; the others are saved" in line
    assert db.exists()


@pytest.mark.parametrize("name", ["nosuch.txt", "typo folder/story.txt"])
def test_a_file_that_may_hold_a_report_stops_the_save(tmp_path, capsys, name):
    db = tmp_path / "log.sqlite"
    assert main(["check", *_seeds(tmp_path), str(tmp_path / name), "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert "not read" in err and "nothing was saved" in err
    assert "nothing in it to compare" not in err
    assert not db.exists()
