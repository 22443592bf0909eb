"""What `check` and `review` say that a careless run would otherwise hide
(fresh trial 20): a check that leaves out articles of the review, and a
decision that replaces another editor's."""

from __future__ import annotations

import shutil

from conftest import SEEDS

from workbench.cli import main
from workbench.store import ReviewLog


def _check(capsys, db, *paths) -> str:
    capsys.readouterr()
    assert main(["check", *map(str, paths), "--db", str(db), "-q"]) == 0
    return capsys.readouterr().out


def test_a_check_that_leaves_out_articles_of_the_review_says_which(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    _check(capsys, db, *SEEDS)
    out = _check(capsys, db, SEEDS[0], SEEDS[1])
    (line,) = [x for x in out.splitlines() if "not in this check" in x]
    assert SEEDS[2].stem in line and "1 article of this review was" in line
    # the same articles again, or the same files edited in place: nothing to say
    assert "not in this check" not in _check(capsys, db, SEEDS[0], SEEDS[1])
    edited = tmp_path / SEEDS[1].name
    shutil.copy(SEEDS[1], edited)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA late line was added.\n")
    assert "not in this check" not in _check(capsys, db, SEEDS[0], edited)
    # an edited copy stands for its article (same name); the third is named
    _check(capsys, tmp_path / "two.sqlite", *SEEDS)
    out = _check(capsys, tmp_path / "two.sqlite", SEEDS[0], tmp_path / SEEDS[1].name)
    (line,) = [x for x in out.splitlines() if "not in this check" in x]
    assert SEEDS[2].stem in line and SEEDS[1].stem not in line


def test_review_says_when_it_replaces_another_editors_decision(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    _check(capsys, db, *SEEDS)
    log = ReviewLog(str(db))
    fid = log.findings()[0].id
    log.close()

    def review(*args) -> str:
        capsys.readouterr()
        assert main(["review", fid, "--db", str(db), *args]) == 0
        return capsys.readouterr().out

    assert "replaces" not in review("--status", "verified", "--reviewer", "Ana")
    assert "replaces" not in review("--status", "disputed", "--reviewer", "Ana")  # her own
    out = review("--status", "dismissed", "--reviewer", "Ben")
    assert "this replaces Ana's decision (disputed)" in out and "--undo" in out
    assert "replaces" not in review("--note", "seen", "--reviewer", "Cy")  # a note alone
