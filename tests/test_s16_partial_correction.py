"""A decision follows its flag when the article it names was edited and the
value changed (fresh trial 19: "killed 30", asked to read 24, was edited to
25; the decision went orphaned, the new 25-vs-24 difference came up open and
unlinked to the request, and the report said the article had nothing to
correct). The decision moves, in the history, only to the one new flag of
the same kind between the same two articles whose other side is word for
word as decided and whose edited side changed its value between the same
words; the text decided on is kept, so the correction is seen not yet made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.report import build_report, render
from workbench.store import ReviewLog
from workbench.ui.rows import finding_rows

FIRE = "A fire at a warehouse in Leeds killed {} people on {}, the fire service said.\n"
CREWS = "Crews fought the blaze for nine hours before it was out.\n"


def _edit(path: str, old: str, new: str) -> None:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new), encoding="utf-8")


def _decide(db: str, kind: str, article: str, correction: str) -> str:
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.active and f.kind == kind]
        log.set_review(
            f.id, status="needs-correction", article=article, correction=correction, note="desk"
        )
        return f.id
    finally:
        log.close()


@pytest.fixture
def fire(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    a = _write(tmp_path, "a.txt", "2021-06-23", FIRE.format(30, "Tuesday") + CREWS)
    b = _write(tmp_path, "b.txt", "2021-06-23", FIRE.format(24, "Tuesday") + CREWS)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    return db, a, b


def _active(db: str, kind: str):
    log = ReviewLog(db)
    try:
        return [f for f in log.findings() if f.active and f.kind == kind], log.findings()
    finally:
        log.close()


def test_a_partly_made_correction_keeps_its_decision_and_says_it_is_not_made(fire, capsys):
    db, a, b = fire
    _decide(db, "number", "a", "24 people")
    decided_at = "2020-01-02T03:04:05Z"  # decided well before the check that moves it
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE reviews SET updated=? WHERE status='needs-correction'", [decided_at])
    conn.close()
    _edit(a, "killed 30 people", "killed 25 people")  # edited, but not as asked
    capsys.readouterr()
    assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 review moved" in out and "0 orphaned reviews kept" in out
    assert "Corrections not made yet" in out and "  a: F" in out
    (live,), every = _active(db, "number")
    assert [m.status for m in live.members] == ["needs-correction"]
    assert live.members[0].correct_article == "a" and live.members[0].correction == "24 people"
    assert live.members[0].updated == decided_at  # when it was decided, not when it moved
    assert live.edited_unmade == ("a",) and live.corrected == ()
    assert not [f for f in every if f.orphaned]
    # the history shows the decision and why it moved
    log = ReviewLog(db)
    try:
        events = [h.event for h in log.history(live.id)]
        assert events[0].startswith("decided on finding")
        assert "a was edited: ‘30’ now reads ‘25’" in events[-1]
        data = build_report(log)
        (article,) = [x for x in data["articles"] if x["id"] == "a"]
        assert article["items"], "the article must still act"
        assert "now states ‘25’, still differs (the correction is not made yet)" in render(
            log, "md"
        )
        assert "still differs (the correction is not made yet)" in render(log, "html")
        (row,) = [r for r in finding_rows(log.findings()) if r.id == live.id]
        assert "the correction is not made yet" in row.look_again
    finally:
        log.close()
    # a second check says the same: the text decided on is kept
    assert main(["check", a, b, "--db", db]) == 0
    assert "Corrections not made yet" in capsys.readouterr().out
    # and once the edit is the one asked for, the correction looks made
    _edit(a, "killed 25 people", "killed 24 people")
    assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out and "Corrections not made yet" not in out


def test_a_date_edited_to_another_wrong_day_follows_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    body = "The minister resigned on {} after the vote, her office said.\n"
    a = _write(tmp_path, "a.txt", "2021-06-24", body.format("Tuesday"))
    b = _write(tmp_path, "b.txt", "2021-06-24", body.format("Monday"))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    _decide(db, "date", "a", "Monday")
    _edit(a, "on Tuesday", "on Sunday")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (live,), every = _active(db, "date")
    assert live.members[0].status == "needs-correction" and live.edited_unmade == ("a",)
    assert not [f for f in every if f.orphaned]


def test_nothing_follows_when_both_articles_changed_their_values(fire, capsys):
    db, a, b = fire
    _decide(db, "number", "a", "24 people")
    _edit(a, "killed 30 people", "killed 25 people")
    _edit(b, "killed 24 people", "killed 23 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (live,), every = _active(db, "number")
    assert live.members[0].status == "open"  # nothing carried: which value was decided?
    assert [f for f in every if f.orphaned and f.status == "needs-correction"]


def test_nothing_follows_when_the_words_around_the_value_changed_too(fire, capsys):
    db, a, b = fire
    _decide(db, "number", "a", "24 people")
    _edit(a, "Leeds killed 30 people", "Leeds left 25 people dead")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    live, every = _active(db, "number")
    assert all(m.status == "open" for f in live for m in f.members)
    assert [f for f in every if f.orphaned and f.status == "needs-correction"]


def test_the_other_sources_edit_carries_the_decision_and_the_article_still_acts(fire, capsys):
    """The other source changed its figure: the claim decided is the same, so
    the decision follows; the article to correct was not edited, so it must
    still act, and nothing says it was edited."""
    db, a, b = fire
    _decide(db, "number", "a", "24 people")
    _edit(b, "killed 24 people", "killed 26 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (live,), every = _active(db, "number")
    assert live.members[0].status == "needs-correction"
    assert live.edited_unmade == () and live.corrected == ()
    assert live.corrections == {"a": ("24 people",)}
    assert not [f for f in every if f.orphaned]
    log = ReviewLog(db)
    try:
        assert "b was edited: ‘24’ now reads ‘26’" in log.history(live.id)[-1].event
    finally:
        log.close()


def test_a_dispute_follows_an_edit_and_a_verification_does_not(fire, capsys):
    """A decision that asks something follows the edited value (a dispute of
    30 vs 24 still stands when 30 became 25); one that settled the values
    (verified, dismissed) does not: 25 was never verified
    (test_identity.test_a_different_value_is_not_a_move)."""
    db, a, b = fire
    log = ReviewLog(db)
    (f,) = [f for f in log.findings() if f.kind == "number"]
    log.set_review(f.id, status="disputed", note="sources disagree")
    log.close()
    _edit(a, "killed 30 people", "killed 25 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (live,), _ = _active(db, "number")
    assert live.members[0].status == "disputed" and live.members[0].note == "sources disagree"
    log = ReviewLog(db)
    log.set_review(live.members[0].id, status="verified", note="agency confirms")
    log.close()
    _edit(a, "killed 25 people", "killed 26 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (again,), every = _active(db, "number")
    assert again.members[0].status == "open"
    assert [f for f in every if f.orphaned and f.status == "verified"]
