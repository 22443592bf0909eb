"""``workbench link`` on a pair the engine already compared says what the link
adds (trial 27: an editor linked two aligned sentences and was told nothing);
``unlink`` on a pair never compared says so too."""

from __future__ import annotations

from conftest import run_cli
from test_links import _articles

from workbench.cli_links import what_it_changes
from workbench.store import ReviewLog


def _checked(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert run_cli(["check", *_articles(tmp_path), "--db", db, "-q"], capsys)[0] == 0
    return db


def test_linking_an_aligned_pair_says_it_was_already_compared(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    log = ReviewLog(str(db), create=False)
    try:
        # "About 300 homes were destroyed…" / "About 400 homes were destroyed…"
        # (claim ids count from 0; the command line's sentence numbers from 1)
        score = log.alignment_score("alpha:2", "beta:2")
        assert score is not None and score == log.alignment_score("beta:2", "alpha:2")
        assert log.alignment_score("alpha:1", "beta:2") is None
    finally:
        log.close()
    code, out, err = run_cli(["link", db, "alpha:3", "beta:3", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "already compared as a pair" in out and f"score {score:.2f}" in out
    assert "same claim" in out
    # linked again: "(it was already linked)", and not the line twice over
    code, out, err = run_cli(["link", db, "alpha:3", "beta:3", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "(it was already linked)" in out and "already compared as a pair" not in out


def test_linking_a_pair_the_engine_missed_says_nothing_of_the_kind(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    code, out, err = run_cli(["link", db, "alpha:2", "beta:2", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "linked alpha:2 and beta:2" in out and "already compared" not in out


def test_unlinking_a_pair_never_compared_says_so(tmp_path, capsys):
    db = _checked(tmp_path, capsys)
    code, out, err = run_cli(["unlink", db, "alpha:2", "beta:3", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "were not compared as a pair" in out
    code, out, err = run_cli(["unlink", db, "alpha:3", "beta:3", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "were not compared as a pair" not in out


def test_what_it_changes_only_when_the_engine_agreed_already():
    assert "already compared" in what_it_changes("link", 0.5)
    assert what_it_changes("link", None) == ""
    assert what_it_changes("unlink", 0.9) == ""
    assert "not compared" in what_it_changes("unlink", None)
