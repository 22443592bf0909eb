"""A decision stays on one finding (issue 15, session 27, trial 36 on ECB+
22_ecbplus): after 22_11's "wounding two others" was corrected, the pairs the
edit took away stayed decided under a second finding never seen before, the
correction was listed twice, and Ctrl+1 marked both verified. Pairs no longer
found whose finding is still found, of articles still checked, stay on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog

SHOOTING = "The gunman killed two workers and wounded {} at the plant on Thursday, police said.\n"


@pytest.fixture
def corrected(tmp_path, monkeypatch):
    """a says two others were wounded, b, c and d one; a is asked to read one,
    and corrected in other words than the others' ('one more')."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, f"{name}.txt", "2021-05-14", SHOOTING.format(value))
        for name, value in (
            ("a", "two others"),
            ("b", "a third"),
            ("c", "a third"),
            ("d", "another"),
        )
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (wounded,) = [f for f in log.findings() if f.kind == "number" and f.verdict == "conflict"]
    assert set(wounded.correct) == {"a"}
    log.close()
    named = ["--article", "a"]  # never guessed (s38); the minority, as the default was
    assert main(["review", wounded.id, "--db", db, "--status", "needs-correction", *named]) == 0
    p = Path(paths[0])
    p.write_text(p.read_text(encoding="utf-8").replace("two others", "one more"), "utf-8")
    return db, paths, wounded.id


def test_a_correction_that_takes_its_pairs_away_stays_one_finding(corrected, capsys):
    db, paths, ident = corrected
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    below = out.split("Corrections that look made")[-1].splitlines()
    assert [x.strip() for x in below if x.strip().startswith("a:")] == [f"a: {ident}"]
    log = ReviewLog(db)
    try:
        assert [f.id for f in log.findings() if f.orphaned] == []
        assert [f.id for f in log.findings() if "a" in f.corrected] == [ident]
    finally:
        log.close()


def test_confirming_it_confirms_every_pair_it_was_decided_on(corrected, capsys):
    db, paths, ident = corrected
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    assert main(["review", ident, "--db", db, "--status", "verified"]) == 0
    log = ReviewLog(db)
    try:
        every = [m.status for f in log.findings() for m in f.members if not m.active]
        (f,) = [f for f in log.findings() if f.id == ident]
        assert every and set(every) == {"verified"} and f.status == "verified"
    finally:
        log.close()
