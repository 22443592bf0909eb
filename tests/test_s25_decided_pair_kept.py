"""Trial 33: giving two articles their publication dates made "earlier this
year" and "in September" (a constitution adopted) agree, the aligner no
longer took the second partner they had been compared in, and the disputed
finding went to the orphaned reviews ("no longer compared") instead of
turning consistent with "look again", as the same kind of finding did
elsewhere. The class: the aligner lets go of a sentence pair a decided flag
was compared in while both sentences stand as they were. Such a pair is now
kept aligned (at the score it had), so the decision stays on its finding and
the judge compares it again; a pair an editor unlinked stays apart, and an
undecided flag is not held."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench import align
from workbench.cli import main
from workbench.store import ReviewLog

STORIES = {
    "a count": (
        "Rescuers said seven miners were trapped in the flooded shaft on Monday.",
        "Rescuers said five miners were trapped in the flooded shaft on Monday.",
    ),
    "a sum": (
        "The council approved a budget of $12 million for the new bridge on Tuesday.",
        "The council approved a budget of $15 million for the new bridge on Tuesday.",
    ),
    "a day": (
        "The ferry ran aground off Mull on 3 March, the coastguard said.",
        "The ferry ran aground off Mull on 4 March, the coastguard said.",
    ),
}


def _check(tmp_path, monkeypatch, story: str):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    first, second = STORIES[story]
    a = _write(tmp_path, "a.txt", "2021-03-05", first + "\n")
    b = _write(tmp_path, "b.txt", "2021-03-05", second + "\n")
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.active]
    finally:
        log.close()
    return db, a, b, f.id


def _aligner_lets_go(monkeypatch):
    """The aligner makes no pair (as dating made it drop one in trial 33)."""
    monkeypatch.setattr(align, "align", lambda *args, **kw: [])


def _findings(db):
    log = ReviewLog(db)
    try:
        return log.findings()
    finally:
        log.close()


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_decided_pair_the_aligner_lets_go_stays_compared(tmp_path, monkeypatch, capsys, story):
    db, a, b, fid = _check(tmp_path, monkeypatch, story)
    assert main(["review", fid, "--status", "disputed", "--note", "desk", "--db", db]) == 0
    _aligner_lets_go(monkeypatch)
    capsys.readouterr()
    assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "0 no longer found, 0 orphaned reviews kept" in out
    (f,) = _findings(db)
    assert f.id == fid and f.active and f.status == "disputed"
    # and again: the pair was saved with its score, so it holds run after run
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (f,) = _findings(db)
    assert f.active and f.status == "disputed"


@pytest.mark.parametrize("story", sorted(STORIES))
def test_an_undecided_pair_the_aligner_lets_go_is_not_held(tmp_path, monkeypatch, capsys, story):
    db, a, b, _ = _check(tmp_path, monkeypatch, story)
    _aligner_lets_go(monkeypatch)
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    assert not [f for f in _findings(db) if f.active]


def test_a_decided_pair_an_editor_unlinked_stays_apart(tmp_path, monkeypatch, capsys):
    db, _, _, fid = _check(tmp_path, monkeypatch, "a count")
    assert main(["review", fid, "--status", "verified", "--db", db]) == 0
    assert main(["unlink", db, "a:1", "b:1"]) == 0
    (f,) = _findings(db)
    assert not f.active and f.status == "verified"  # kept, as an orphaned review


def test_a_decided_pair_whose_sentence_was_rewritten_is_not_held(tmp_path, monkeypatch, capsys):
    db, a, b, fid = _check(tmp_path, monkeypatch, "a sum")
    assert main(["review", fid, "--status", "disputed", "--db", db]) == 0
    _aligner_lets_go(monkeypatch)
    with open(b, encoding="utf-8") as f:
        text = f.read()
    with open(b, "w", encoding="utf-8") as out:
        out.write(text.replace("for the new bridge", "for the long-awaited bridge"))
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    assert not [f for f in _findings(db) if f.active]
