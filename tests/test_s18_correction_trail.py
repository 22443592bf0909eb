"""A decision keeps up with a chain of edits, including one that brings back
words the log has seen before.

Found by the lead in session 18 (trial 23 saw a request stranded after
repeated edits): "about 30 miles" edited to 80, asked back to 30, edited to 60
(the decision followed), then to 30 — the flag of 30 had been seen at the first
check, so it counted as known, nothing followed onto it, the request was left
on a flag no longer found, and the live flag said "open" with no trace of it.
A flag that was not there at the last run may now take a decision (a returning
one as well as a new one); a flag holding a decision of its own never has it
overwritten."""

from __future__ import annotations

from test_s12_verdict_changed import _write
from test_s16_partial_correction import CREWS, FIRE, _active, _decide, _edit

from workbench.cli import main
from workbench.store import ReviewLog


def _fire(tmp_path, monkeypatch, first: int, other: str = "24"):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    a = _write(tmp_path, "a.txt", "2021-06-23", FIRE.format(first, "Tuesday") + CREWS)
    b = _write(tmp_path, "b.txt", "2021-06-23", FIRE.format(other, "Tuesday") + CREWS)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    return db, a, b


def _set(db: str, ident: str, **fields) -> None:
    log = ReviewLog(db)
    try:
        log.set_review(ident, **fields)
    finally:
        log.close()


def test_a_correction_back_to_words_seen_before_looks_made(tmp_path, monkeypatch, capsys):
    db, a, b = _fire(tmp_path, monkeypatch, 24, "two dozen")  # flagged consistent
    (seen,), _ = _active(db, "number")
    _edit(a, "killed 24 people", "killed 30 people")  # a wrong figure goes in
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    _decide(db, "number", "a", "24 people")
    for wrong, right in (("30", "25"), ("25", "24")):  # a partial fix, then the full one
        _edit(a, f"killed {wrong} people", f"killed {right} people")
        capsys.readouterr()
        assert main(["check", a, b, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out and "  a: F" in out
    assert "0 orphaned reviews kept" in out
    (live,), every = _active(db, "number")
    assert live.id == seen.id and live.members[0].status == "needs-correction"
    assert live.corrected == ("a",)
    assert not [f for f in every if f.orphaned]


def test_words_seen_before_come_back_with_the_decision_in_force(tmp_path, monkeypatch, capsys):
    """a says 30, b 24: asked to be corrected, then edited to 25 (the request
    follows), disputed there, and edited back to 30 — the first flag returns, and
    the decision in force (made on the 25 flag) returns with it, not the
    copy the first flag kept when its decision moved on."""
    db, a, b = _fire(tmp_path, monkeypatch, 30)
    first = _decide(db, "number", "a", "24 people")
    _edit(a, "killed 30 people", "killed 25 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (moved,), _ = _active(db, "number")
    assert moved.id != first and moved.members[0].status == "needs-correction"
    _set(db, moved.members[0].id, status="disputed", note="the agency says 30")
    _edit(a, "killed 25 people", "killed 30 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (back,), every = _active(db, "number")
    assert back.id == first
    assert back.members[0].status == "disputed"
    assert back.members[0].note == "the agency says 30"
    assert not [f for f in every if f.orphaned]
    log = ReviewLog(db)
    try:
        assert "‘25’ now reads ‘30’" in log.history(back.id)[-1].event
    finally:
        log.close()


def test_a_returning_flag_keeps_a_decision_of_its_own(tmp_path, monkeypatch, capsys):
    """A flag dismissed, then its value edited (a dismissal does not follow),
    the new flag asked to be corrected, then the edit reverted: the first
    flag comes back with its own dismissal, never overwritten; the request
    made on the other is kept, visible as no longer found."""
    db, a, b = _fire(tmp_path, monkeypatch, 30)
    (first,), _ = _active(db, "number")
    _set(db, first.members[0].id, status="dismissed", note="different counts")
    _edit(a, "killed 30 people", "killed 25 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (second,), _ = _active(db, "number")
    assert second.members[0].status == "open"
    _decide(db, "number", "a", "24 people")
    _edit(a, "killed 25 people", "killed 30 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    (back,), every = _active(db, "number")
    assert back.id == first.id and back.members[0].status == "dismissed"
    assert back.members[0].note == "different counts"
    assert [f for f in every if f.orphaned and f.status == "needs-correction"]


def test_a_correction_made_is_not_also_not_made_on_the_pairs_that_carried_it(
    tmp_path, monkeypatch, capsys
):
    """Trial 24: a, b say 'three' cables, c '3', d 'two'; a correction asked of d
    is written to every pair of the finding, a-c (consistent) too. d edited to
    'three': d's pairs go (made), and a-c, still there, said "names d, which
    states none of its versions" and "not made yet" at once. The pair that
    carried the request now finds nothing differing: it looks made too."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    line = "Traffic was cut after {} undersea cables in the Mediterranean were damaged on Friday.\n"
    paths = [
        _write(tmp_path, f"{n}.txt", "2008-12-20", line.format(v))
        for n, v in (("a", "three"), ("b", "three"), ("c", "3"), ("d", "two"))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    _decide(db, "number", "d", "after three undersea cables")
    _edit(paths[3], "after two undersea", "after three undersea")
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections not made yet" not in out and "states none of its versions" not in out
    made = out[out.index("Corrections that look made") :]
    assert "  d: F" in made
    log = ReviewLog(db)
    try:
        for f in log.findings():
            if any(m.status == "needs-correction" for m in f.members):
                assert f.corrected == ("d",) and f.strays == () and f.edited_unmade == ()
                assert "d" not in f.corrections
    finally:
        log.close()


def test_a_confirmed_correction_is_reported_as_confirmed_not_as_orphaned(
    tmp_path, monkeypatch, capsys
):
    """Trial 24: a correction that looked made and was confirmed (verified) was
    listed only under "Orphaned reviews", quoting the sentence before the fix."""
    from workbench.report import build_report, render

    db, a, b = _fire(tmp_path, monkeypatch, 30)
    fid = _decide(db, "number", "a", "killed 24 people")
    _edit(a, "killed 30 people", "killed 24 people")
    assert main(["check", a, b, "--db", db]) == 0
    assert "Corrections that look made" in capsys.readouterr().out
    _set(db, fid, status="verified", reviewer="Ben")
    log = ReviewLog(db)
    try:
        (item,) = build_report(log)["orphaned"]
        assert item["confirmed"]["article"] == "a"
        assert item["confirmed"]["correction"] == "killed 24 people"
        assert item["confirmed"]["reviewer"] == "Ben"
        md = render(log, "md")
        section = md[md.index("## Corrections confirmed") :]
        assert "`a` was asked to read “killed 24 people”" in section
        assert "confirmed made by Ben" in section
        assert "## Orphaned reviews" not in md
        html = render(log, "html")
        assert "<h2>Corrections confirmed</h2>" in html and "Orphaned reviews</h2>" not in html
    finally:
        log.close()


def test_an_orphaned_decision_that_confirms_nothing_stays_orphaned(tmp_path, monkeypatch):
    from workbench.report import build_report, render

    db, a, b = _fire(tmp_path, monkeypatch, 30)
    (f,), _ = _active(db, "number")
    _set(db, f.id, status="verified", note="the wire says 30")  # never asked to correct
    _edit(a, "killed 30 people", "killed 24 people")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (item,) = build_report(log)["orphaned"]
        assert item["confirmed"] is None
        md = render(log, "md")
        assert "## Orphaned reviews" in md and "## Corrections confirmed" not in md
    finally:
        log.close()


def _cables(tmp_path, monkeypatch, extra: str):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    line = "Traffic was cut after {} undersea cables in the Mediterranean were damaged on Friday.\n"
    paths = [
        _write(tmp_path, f"{n}.txt", "2008-12-20", line.format(v) + (extra if n == "d" else ""))
        for n, v in (("a", "three"), ("b", "three"), ("c", "3"), ("d", "two"))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    _decide(db, "number", "d", "after three undersea cables")
    _edit(paths[3], "after two undersea", "after three undersea")
    return db, paths


def test_a_correction_is_not_made_while_another_sentence_keeps_the_value(
    tmp_path, monkeypatch, capsys
):
    """Trial 24: "two undersea cables" corrected to three was called made while
    "two sub-sea cables went down just off Alexandria" stood further down."""
    extra = "\nExperts said two sub-sea cables went down just off Alexandria.\n"
    db, paths = _cables(tmp_path, monkeypatch, extra)
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" not in out
    unmade = out[out.index("Corrections not made yet") :]
    assert "  d: F" in unmade
    assert "it still says ‘two’ at line 7: “Experts said two sub-sea" in unmade
    log = ReviewLog(db)
    try:
        live = [f for f in log.findings() if f.active and "d" in f.edited_unmade]
        assert live and all("‘two’" in f.still_says["d"] for f in live)
        assert not [f for f in log.findings() if "d" in f.corrected]
    finally:
        log.close()
    # once that sentence is corrected too, the correction looks made
    _edit(paths[3], "Experts said two sub-sea", "Experts said three sub-sea")
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out and "Corrections not made yet" not in out


def test_the_same_number_of_another_thing_does_not_stop_a_correction(tmp_path, monkeypatch, capsys):
    extra = "\nTwo repair ships were sent from Catania on Saturday.\n"
    db, paths = _cables(tmp_path, monkeypatch, extra)
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out and "still says" not in out


def test_confirming_a_correction_in_the_window_confirms_it_wherever_it_looks_made(
    qtbot, tmp_path, monkeypatch
):
    """Trial 25: one edit made a correction on two findings (the pair it left,
    and the pair no longer found); confirming one left the other to confirm.
    Trial 36: the pairs no longer found stay on the finding still found, so
    the correction is one finding, and confirming it confirms every pair."""
    from test_window import make_window

    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    line = "Traffic was cut after {} undersea cables in the Mediterranean were damaged on Friday.\n"
    paths = [
        _write(tmp_path, f"{n}.txt", "2008-12-20", line.format(v))
        for n, v in (("a", "three"), ("b", "three"), ("c", "3"), ("d", "two"))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    _decide(db, "number", "d", "after three undersea cables")
    _edit(paths[3], "after two undersea", "after three undersea")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    made = [f.id for f in log.findings() if "d" in f.corrected]
    orphans = [f.id for f in log.findings() if f.orphaned]
    log.close()
    assert len(made) == 1 and orphans == []
    w = make_window(qtbot)
    assert w.open_log(db)
    qtbot.waitUntil(lambda: w.session.row(made[0]) is not None, timeout=20000)
    w.actions_by_name["advance"].setChecked(False)
    w.select(made[0])
    w.act_verified()
    log = ReviewLog(db)
    try:
        for ident in made:
            assert {m.status for f in log.findings() if f.id == ident for m in f.members} == {
                "verified"
            }
    finally:
        log.close()
    w.act_undo()  # one step undoes both
    assert "could not save" not in w.messages.text()
    log = ReviewLog(db)
    try:
        after = [(f.id, m.id, m.status) for f in log.findings() if f.id in made for m in f.members]
        assert all(status == "needs-correction" for *_, status in after), after
    finally:
        log.close()
