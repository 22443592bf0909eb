"""A decision whose flag changes verdict at a later check is pointed out, not
left standing silently (fresh window trial: a finding verified as consistent
became a conflict after a date edit and still read "verified").

The history says the verdict changed after the decision; the decision stays
as the editor made it; the command line, the report and the window say
"decided when it was consistent, now conflict: look again" until an editor
decides again (even the same decision), and an undo of that brings the
question back."""

from __future__ import annotations

import json

import pytest
from conftest import write

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.store.reviews import VERDICT_CHANGED, decided_under

A = "The council voted on Tuesday to close the old bridge to all traffic.\n"
B = "The council voted on June 22 to close the old bridge to all traffic.\n"


def _write(folder, name, published, body):
    path = folder / name
    path.write_text(f"---\ntitle: {name}\npublished: {published}\n---\n{body}", encoding="utf-8")
    return str(path)


@pytest.fixture
def story(tmp_path, monkeypatch):
    """Two articles whose one date finding is consistent as published
    (Tuesday = 22 June in a piece of Wednesday 23 June), and a conflict when
    the first is dated a week later."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    a = _write(tmp_path, "a.txt", "2021-06-23", A)
    b = _write(tmp_path, "b.txt", "2021-06-24", B)
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    return a, b, db


def _finding(db):
    log = ReviewLog(db, create=False)
    try:
        (f,) = log.findings()
        return f
    finally:
        log.close()


def _history(db, ident):
    log = ReviewLog(db, create=False)
    try:
        return [h.event for h in log.history(ident)]
    finally:
        log.close()


def test_a_decided_finding_whose_verdict_flips_is_marked_and_said(story, capsys):
    a, b, db = story
    fid = _finding(db).id
    assert main(["review", fid, "--db", db, "--status", "verified"]) == 0
    capsys.readouterr()
    assert main(["check", a, b, "--db", db, "--published", f"{a}=2021-06-30"]) == 0
    out = capsys.readouterr().out
    f = _finding(db)
    assert (f.verdict, f.status, f.decided_under) == ("conflict", "verified", "consistent")
    assert "decided when it was consistent, now conflict: look again" in out
    assert "Look again: 1 decided finding changed verdict" in out
    assert f"{fid}: verified when it was consistent, now conflict" in out
    events = _history(db, fid)
    assert events[-1] == f"{VERDICT_CHANGED}consistent to conflict after this decision"
    # the report names it in its summary and on the finding
    report = json.loads(_report(db, "json"))
    assert report["summary"]["verdict_changed_since_decided"] == [fid]
    (item,) = [i for i in report["findings"] if i["id"] == fid]
    assert item["decided_under"] == "consistent"
    assert "decided when it was consistent (look again)" in _report(db, "md")


def _report(db, fmt):
    log = ReviewLog(db, create=False)
    try:
        from workbench import report

        return report.render(log, fmt)
    finally:
        log.close()


def test_deciding_again_even_alike_settles_it_and_undo_brings_it_back(story, capsys):
    a, b, db = story
    fid = _finding(db).id
    assert main(["review", fid, "--db", db, "--status", "verified"]) == 0
    assert main(["check", a, b, "--db", db, "-q", "--published", f"{a}=2021-06-30"]) == 0
    capsys.readouterr()
    assert main(["review", fid, "--db", db, "--status", "verified"]) == 0
    assert "nothing changed" not in capsys.readouterr().out  # the confirmation is recorded
    assert _finding(db).decided_under == ""
    assert main(["check", a, b, "--db", db]) == 0
    assert "Look again" not in capsys.readouterr().out
    assert main(["review", fid, "--db", db, "--undo"]) == 0
    f = _finding(db)
    assert (f.status, f.decided_under) == ("verified", "consistent")
    # a further decision, then a second confirmation alike, is "nothing changed"
    assert main(["review", fid, "--db", db, "--status", "disputed"]) == 0
    capsys.readouterr()
    assert main(["review", fid, "--db", db, "--status", "disputed"]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_undo_after_a_flip_takes_back_the_editors_decision_not_the_logs_note(story, capsys):
    a, b, db = story
    fid = _finding(db).id
    assert main(["review", fid, "--db", db, "--status", "verified"]) == 0
    assert main(["check", a, b, "--db", db, "-q", "--published", f"{a}=2021-06-30"]) == 0
    capsys.readouterr()
    assert main(["review", fid, "--db", db, "--undo"]) == 0
    f = _finding(db)
    assert (f.status, f.decided_under) == ("open", "")


def test_a_verdict_back_where_it_was_decided_asks_nothing(story):
    a, b, db = story
    fid = _finding(db).id
    assert main(["review", fid, "--db", db, "--status", "verified"]) == 0
    assert main(["check", a, b, "--db", db, "-q", "--published", f"{a}=2021-06-30"]) == 0
    assert _finding(db).decided_under == "consistent"
    assert main(["check", a, b, "--db", db, "-q", "--published", f"{a}=2021-06-23"]) == 0
    f = _finding(db)
    assert (f.verdict, f.decided_under) == ("consistent", "")
    assert len([e for e in _history(db, fid) if e.startswith(VERDICT_CHANGED)]) == 2


def test_an_undecided_flag_that_flips_writes_no_history(story):
    a, b, db = story
    fid = _finding(db).id
    assert main(["check", a, b, "--db", db, "-q", "--published", f"{a}=2021-06-30"]) == 0
    f = _finding(db)
    assert (f.verdict, f.status, f.decided_under) == ("conflict", "open", "")
    assert _history(db, fid) == []


NOTE = f"{VERDICT_CHANGED}consistent to conflict after this decision"
BACK = f"{VERDICT_CHANGED}conflict to consistent after this decision"
MOVED = "moved from 1a: the words around the values changed"


@pytest.mark.parametrize(
    ("events", "verdict", "expected"),
    [
        ([], "conflict", ""),
        (["decided on finding F1"], "conflict", ""),
        (["decided on finding F1", NOTE], "conflict", "consistent"),
        (["decided on finding F1", NOTE, "decided on finding F1"], "conflict", ""),
        (["", NOTE, "", "undone by Bo: the change at t"], "conflict", "consistent"),
        (["", NOTE, "", "undone by Bo: x", "redone by Bo: x"], "conflict", ""),
        (["", NOTE, BACK], "consistent", ""),
        # a decision carried to a reworded flag was made under the old verdict
        (
            ["", "moved from 1a: the words around the values changed", NOTE],
            "conflict",
            "consistent",
        ),
        (["", NOTE, MOVED], "conflict", ""),
    ],
)
def test_the_verdict_a_decision_was_made_under(events, verdict, expected):
    assert decided_under(events, verdict) == expected


def _entry(event, status="verified", reviewer="Ann"):
    from workbench.store import HistoryEntry

    return HistoryEntry(1, "d1", status, "", "", "", reviewer, "2026-01-02T10:00:00Z", "", event)


@pytest.mark.parametrize(
    ("event", "status", "reviewer", "line"),
    [
        ("", "verified", "Ann", "2026-01-02 10:00:00 · Ann: verified"),
        (NOTE, "verified", "Ann", "2026-01-02 10:00:00 · a check changed the verdict from "
         "consistent to conflict; Ann's verified kept"),
        (MOVED, "disputed", "Ann", "2026-01-02 10:00:00 · the log carried Ann's decision "
         f"(disputed): {MOVED}"),
        ("undone by Bo: the change at 2026-01-02T09:00:00Z", "open", "", "2026-01-02 10:00:00 · "
         "undone by Bo (the change at 2026-01-02T09:00:00Z): now open"),
    ],
)  # fmt: skip
def test_the_windows_history_says_who_did_what(event, status, reviewer, line):
    """A row the log wrote, or an undo, is not shown as the editor deciding
    again then (fresh window trial: a move's time read as the decision's)."""
    from workbench.ui.models import history_line

    assert history_line(_entry(event, status, reviewer), 1) == line


def test_a_decided_finding_gone_while_its_articles_stay_is_no_longer_compared(tmp_path):
    """A date edit can take a comparison away (the engine does not compare
    some values of reports published days apart): the decided finding is
    then "no longer compared, though its articles are unchanged" and check
    asks to look again, not "no longer found" as for an edited article
    (fresh trial: a verified finding vanished after a date change)."""
    import dataclasses

    from test_findings_log import _toll

    from workbench.cli_look_again import verdicts_changed
    from workbench.store.reviews import Change

    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_toll())
        (f,) = log.findings()
        log.decide(f.id, Change("verified", reviewer="ana"))
        log.save_analysis(dataclasses.replace(_toll(), discrepancies=(), findings=()))
        # its discrepancies, decided as one finding, stand together as that finding
        # (session 15: one row per decision, not one per pair)
        gone = log.findings()
        assert len(gone) == 1 and {(g.active, g.uncompared, g.status) for g in gone} == {
            (False, True, "verified")
        }
        assert gone[0].id == f.id and len(gone[0].members) == 3
        lines = verdicts_changed(log)
        assert lines[0].startswith("Look again: 1 decided finding no longer compared")
        assert sorted(line.split(":")[0].strip() for line in lines[1:]) == sorted(
            g.id for g in gone
        )
        # an article edited (its text's hash changes): no longer found, as before
        arts = tuple(
            dataclasses.replace(a, sha256="sha-d2") if a.id == "d" else a for a in _toll().articles
        )
        log.save_analysis(
            dataclasses.replace(_toll(), articles=arts, discrepancies=(), findings=())
        )
        assert {(g.active, g.uncompared) for g in log.findings()} == {(False, False)}
        assert verdicts_changed(log) == []
    finally:
        log.close()


def test_the_window_says_no_longer_compared(qtbot, tmp_path):
    import dataclasses

    from PySide6.QtCore import Qt
    from test_findings_log import _toll

    from workbench.store.reviews import Change
    from workbench.ui.models import DiscrepancyTableModel
    from workbench.ui.rows import counts_text, finding_rows

    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_toll())
        (f,) = log.findings()
        log.decide(f.id, Change("verified", reviewer="ana"))
        log.save_analysis(dataclasses.replace(_toll(), discrepancies=(), findings=()))
        rows = finding_rows(log.findings())
    finally:
        log.close()
    model = DiscrepancyTableModel()
    model.set_rows(rows, {})
    assert model.index(0, 4).data() == "no longer compared"
    assert "its articles are unchanged" in model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert counts_text(rows, 4, 1) == (
        "4 articles · 0 findings · 0 conflicts · 0 to review · 1 no longer compared"
    )


def test_published_takes_a_file_name_without_its_folder_or_extension(story, capsys):
    """Fresh CLI trial: '42_1ecbplus=2013-04-24' was "not one of the files
    being checked", and '2013-4-24' was refused."""
    a, b, db = story
    assert main(["check", a, b, "--db", db, "-q", "--published", "a=2021-6-30"]) == 0
    assert _finding(db).verdict == "conflict"  # Tuesday is now 29 June
    assert main(["check", a, b, "--db", db, "-q", "--published", "a.txt=2021-06-23"]) == 0
    assert _finding(db).verdict == "consistent"
    capsys.readouterr()
    assert main(["check", a, b, "--db", db, "-q", "--published", "c=2021-06-23"]) == 2
    assert "--published c: not one of the files being checked" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "published", "doubted"),
    [
        ("https://blog.example.com/2010/09/10/kraft-shooting/", "2010-11-09", True),  # swapped
        ("https://news.example.org/2010/09/shooting.html", "2010-11-09", True),
        ("https://news.example.org/2010/09/shooting.html", "2010-09-28", False),
        ("https://www.example.com/2013/05/14/q10", "2013-05-16", False),  # updated later
        ("https://www.example.com/news/2013-05-14-q10", "2013-07-14", True),
        ("https://www.example.com/world/europe-12345678", "2013-07-14", False),  # no date
        ("https://www.example.com/2013/13/01/x", "2013-07-14", False),  # not a date
        ("", "2013-07-14", False),
    ],
)
def test_a_date_its_own_web_address_contradicts_is_pointed_out(url, published, doubted):
    """A fresh trial's blog copy dated 2010-11-09 had /2010/09/ in its address:
    its "Thursday evening" resolved two months late and was never compared."""
    from datetime import date as day

    from workbench.model import Article
    from workbench.service import date_doubts

    a = Article("blog", "blog.txt", "t", "", day.fromisoformat(published), url, "x", "s1")
    said = [d for d in date_doubts([a], today=day(2026, 1, 1)) if "web address" in d]
    assert bool(said) == doubted, said
    if doubted:
        assert said[0].startswith(f"blog.txt: published {published}, but its web address says ")


def test_review_history_names_a_partly_decided_finding_as_check_does(tmp_path):
    """Fresh window trial: the window and the report said 'needs-correction,
    2 discrepancies not decided yet', review --history 'mixed'."""
    from test_findings_log import _toll

    from workbench.cli_findings import finding_history

    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        log.save_analysis(_toll())
        log.set_review("da", "verified", reviewer="kim")  # one of its three pairs
        (f,) = log.findings()
        assert (
            finding_history(log, f.id)[0]
            == f"{f.id}: verified (3 discrepancies, 2 not decided yet)"
        )
        log.set_review("db", "disputed", reviewer="bo")  # editors disagree: mixed
        said = "decided pair by pair: disputed for b vs d; verified for a vs d; 1 not decided yet"
        assert finding_history(log, f.id)[0] == f"{f.id}: {said} (3 discrepancies)"
    finally:
        log.close()


def test_published_takes_the_start_of_one_files_name(tmp_path, capsys):
    """As ids may be shortened: '27_13' for 27_13ecb.txt (fresh trial:
    refused as "not one of the files being checked"); a start that fits
    several files names them as ambiguous, and one under four characters is
    not taken as a start."""
    front = "---\ntitle: T\noutlet: {}\n---\nThe toll rose to {} on Tuesday.\n"
    files = [write(tmp_path, f"{n}.txt", front.format(n, k)) for k, n in enumerate(
        ("27_13ecb", "27_1ecb", "27_10ecb"), start=3)]  # fmt: skip
    db = str(tmp_path / "log.sqlite")
    args = ["check", *map(str, files), "--db", db, "-q"]
    assert main([*args, "--published", "27_13=2021-06-23"]) == 0
    log = ReviewLog(db, create=False)
    try:
        dates = {a.id: a.published for a in log.articles()}
    finally:
        log.close()
    assert dates["27_13ecb"] == "2021-06-23" and not dates["27_10ecb"]
    capsys.readouterr()
    assert main([*args, "--published", "27_1=2021-06-23"]) == 2
    said = capsys.readouterr().err  # which files, and how to be exact (trial 50)
    assert "--published 27_1: names 3 of them (27_1ecb.txt, 27_10ecb.txt, 27_13ecb.txt)" in said
    assert "give the full name of one, e.g. --published 27_1ecb=DATE" in said
    assert main([*args, "--published", "27_=2021-06-23"]) == 2
    # too short to be taken as a start, and said so (trial 22 read "not one of the files")
    assert "27_: begins 3 of the files' names: give more of one name" in capsys.readouterr().err
    assert main([*args, "--published", "28_=2021-06-23"]) == 2
    assert "not one of the files being checked" in capsys.readouterr().err


def test_published_fitting_many_files_names_a_few_and_the_way_to_be_exact(tmp_path):
    """Trial 50: "--published 43_1=..." of fifteen files named none of the
    seven it fitted. A few are named, the rest counted; one name in two
    folders is told apart by its path; a start naming no file exactly
    suggests the first one's whole name."""
    from workbench.cli_dates import several

    many = [f"d/43_{n}ecbplus.xml" for n in (1, 10, 11, 12, 13, 14, 15)]
    said = several("43_1", many)
    assert said.startswith("names 7 of them (43_1ecbplus.xml, 43_10ecbplus.xml, ")
    assert "43_12ecbplus.xml and 3 more)" in said and "43_15" not in said
    assert said.endswith("e.g. --published 43_1ecbplus=DATE")
    twice = several("a", ["x/a.txt", "y/a.txt"])
    assert "(x/a.txt, y/a.txt)" in twice and twice.endswith("--published x/a.txt=DATE")
    assert several("43_1e", ["43_1ecb.txt", "43_1ecbplus.txt"]).endswith("43_1ecb=DATE")
