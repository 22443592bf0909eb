"""A correction made as asked while another source still differs: the
article now states the version asked for, and the finding is still a
conflict (between the other sources). Trial 32 read "no longer differs from
the other sources: the correction looks made" beside a conflict that still
named the corrected article; what is said must be true of both."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog

TOLL = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"
SOUTH = "Officials said {} people died when the storm hit the coastal town of Marlow on Sunday.\n"
WEST = "A storm on Sunday killed {} people in Marlow, a coastal town, according to officials.\n"


@pytest.mark.parametrize(("wrong", "asked", "other"), [(5, 24, 30), (12, 40, 9), (7, 70, 17)])
def test_made_as_asked_with_another_source_still_differing(
    tmp_path, monkeypatch, capsys, wrong, asked, other
):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, "north.txt", "2021-06-21", TOLL.format(asked)),
        _write(tmp_path, "south.txt", "2021-06-21", SOUTH.format(wrong)),
        _write(tmp_path, "west.txt", "2021-06-21", WEST.format(other)),
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    log.set_review(toll.id, status="needs-correction", article="south", correction=str(asked))
    log.close()
    south = Path(paths[1])
    south.write_text(
        south.read_text(encoding="utf-8").replace(f"said {wrong} ", f"said {asked} "),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number" and f.active]
    log.close()
    assert toll.verdict == "conflict" and "south" in toll.corrected  # west still differs
    assert toll.corrected_differing == ("south",)
    assert main(["review", toll.id, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "now states the version asked for" in out
    assert "no longer differs" not in out


def test_made_and_no_source_differing_still_says_no_longer_differs(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, "north.txt", "2021-06-21", TOLL.format(24)),
        _write(tmp_path, "south.txt", "2021-06-21", SOUTH.format(5)),
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    log.set_review(toll.id, status="needs-correction", article="south", correction="24")
    log.close()
    south = Path(paths[1])
    south.write_text(south.read_text(encoding="utf-8").replace("said 5 ", "said 24 "))
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    found = [f for f in log.findings() if "south" in f.corrected]
    log.close()
    assert found and all(f.corrected_differing == () for f in found)
