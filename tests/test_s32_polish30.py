"""What a new user's trial found (session 32): notes beside their findings in
every report format, a hint about one finding going when the selection moves,
the command line's wording, hints and dates for many files."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import SEEDS
from PySide6.QtWidgets import QApplication
from test_window import seeded as seeded  # the fixture

from workbench import report
from workbench.cli import main
from workbench.store import ReviewLog

# -- 1. every note an editor wrote is in the report, beside its finding --------------

NOTES = {
    "verified": "Checked with the desk: both right <b>|</b>",
    "dismissed": "Same week either way; no action",
    "disputed": "Wire copy disagrees",
}


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    """The seeds checked, each finding (and an agreement) decided with a note."""
    folder = tmp_path_factory.mktemp("decided")
    db = folder / "review.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    store = ReviewLog(db)
    try:
        data = report.build_report(store)
    finally:
        store.close()
    ids = [f["id"] for f in data["findings"]] + [f["id"] for f in data["agreed"]]
    statuses = ["verified", "dismissed", "disputed", "verified"]
    notes = [*NOTES.values(), "An agreement noted: 50km is 31 miles"]
    for ident, status, note in zip(ids, statuses, notes, strict=False):
        args = ["review", ident, "--db", str(db), "--status", status, "--note", note]
        assert main([*args, "--reviewer", "kim"]) == 0
    store = ReviewLog(db, create=False)
    try:
        return {fmt: report.render(store, fmt) for fmt in ("md", "html", "csv", "json")}, dict(
            zip(ids, notes, strict=False)
        )
    finally:
        store.close()


def _row_of(text: str, ident: str) -> str:
    rows = [line for line in text.splitlines() if "|" in line or "<tr>" in line]
    return next(line for line in rows if ident in line)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_note_stands_in_its_findings_row(decided, fmt):
    outputs, notes = decided
    for ident, note in notes.items():
        if note == NOTES["disputed"]:  # its own section and its row (session 35)
            assert outputs[fmt].count(note) == 2, (ident, fmt)
        row = _row_of(outputs[fmt], ident)
        if note == NOTES["dismissed"]:  # the review team's (user trial 48): said where it is
            assert "Same week" not in outputs[fmt] and "Notes on dismissed findings" in outputs[fmt]
            continue
        words = note.split(":")[0].split()[0:3]
        assert all(w in row for w in words), (ident, row)


def test_every_note_is_in_the_json_and_csv(decided):
    outputs, notes = decided
    data = json.loads(outputs["json"])
    by_id = {f["id"]: f for f in data["findings"] + data["agreed"]}
    for ident, note in notes.items():
        assert note in [d["note"] for d in by_id[ident]["decisions"]]
    cells = [cell for row in csv.reader(io.StringIO(outputs["csv"])) for cell in row]
    assert all(note in cells for note in notes.values())


def test_a_note_is_escaped_in_its_row(decided):
    outputs, _notes = decided
    assert "<b>|</b>" not in outputs["md"] and r"\<b\>\|\</b\>" in outputs["md"]
    assert "&lt;b&gt;|&lt;/b&gt;" in outputs["html"] and "<b>|</b>" not in outputs["html"]


def test_notes_of_decisions_that_differ_name_their_decision():
    from workbench.report.notes import finding_notes

    one = {"decisions": [{"status": "verified", "note": "fine"}]}
    assert finding_notes(one) == ["fine"]
    two = {
        "decisions": [
            {"status": "verified", "note": "fine"},
            {"status": "dismissed", "note": ""},
            {"status": "disputed", "note": "not here"},
        ]
    }
    # a disputed decision's note is in its own section of the report and in the
    # table beside its finding (session 35: the table read empty beside it)
    assert finding_notes(two) == ["verified: fine", "disputed: not here"]
    assert finding_notes({"decisions": []}) == []


# -- 2. a hint about one finding goes when the selection moves -----------------------


def test_needs_correction_hint_goes_with_the_selection(seeded, qtbot):
    w, _db = seeded
    w.actions_by_name["advance"].setChecked(True)
    first, second, *_ = [r.id for r in w.session.rows if r.needs_review]
    assert w.select(first)
    w.set_status("needs-correction")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.panel.correction)
    assert "write the correction" in w.statusBar().whole_message()
    assert w.select(second)
    assert "write the correction" not in w.statusBar().whole_message()


def test_a_plain_message_stays_when_the_selection_moves(seeded):
    w, _db = seeded
    first, second, *_ = [r.id for r in w.session.rows]
    assert w.select(first)
    w.statusBar().showMessage("Report written to x.md")
    assert w.select(second)
    assert w.statusBar().whole_message() == "Report written to x.md"


def test_a_hint_stays_while_its_finding_is_selected(seeded):
    w, _db = seeded
    first, second, *_ = [r.id for r in w.session.rows]
    assert w.select(first)
    w.statusBar().show_about("About the first", first)
    assert w.select(first)
    assert w.statusBar().whole_message() == "About the first"
    w.statusBar().show_about("About the second", second)
    assert w.select(second)
    assert w.statusBar().whole_message() == "About the second"


# -- 4. wording: counts in agreement, one word for an agreement, hints ---------------


@pytest.mark.parametrize(
    ("n", "noun", "nouns", "said"),
    [
        (1, "near-verbatim sentence", "", "1 near-verbatim sentence"),
        (3, "near-verbatim sentence", "", "3 near-verbatim sentences"),
        (0, "claim", "", "0 claims"),
        (1, "discrepancy", "discrepancies", "1 discrepancy"),
        (2, "discrepancy", "discrepancies", "2 discrepancies"),
        (1, "aligned claim pair", "", "1 aligned claim pair"),
    ],
)
def test_a_count_agrees_with_its_noun(n, noun, nouns, said):
    from workbench.cli_counts import many

    assert many(n, noun, nouns) == said


def test_the_undated_note_agrees_with_its_count():
    from workbench.cli_counts import undated_note

    assert "1 article has no" in undated_note(1) and "in it stay" in undated_note(1)
    assert "4 articles have no" in undated_note(4) and "in them stay" in undated_note(4)
    assert "(s)" not in undated_note(1) + undated_note(2)


def test_copy_reasons_say_one_sentence():
    from types import SimpleNamespace

    from workbench.cli_findings import copy_reasons

    assert copy_reasons(SimpleNamespace(shared=1, credit="")) == "1 near-verbatim sentence"
    assert copy_reasons(SimpleNamespace(shared=7, credit="")) == "7 near-verbatim sentences"


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("checked")
    db = folder / "story.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db), "-q"]) == 0
    return db


def test_coverage_says_agreed_and_keys_its_columns_first(checked, capsys):
    assert main(["coverage", "--db", str(checked)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.endswith("  claim"))
    keys = [i for i, line in enumerate(lines) if line.startswith("#")]
    assert len(keys) == 3 and max(keys) < header  # the key before the table
    store = ReviewLog(checked, create=False)
    try:
        agreed = [f.id for f in store.findings() if f.agreed]
    finally:
        store.close()
    assert agreed
    for ident in agreed:
        line = next(line for line in lines if line.strip().startswith(ident))
        assert f"{ident} agreed " in line and "consistent" not in line


def test_check_ends_with_the_next_commands(tmp_path, capsys):
    db = tmp_path / "other.sqlite"
    assert main(["check", *map(str, SEEDS), "--db", str(db)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("Next: ")
    for said in ("workbench review F", "workbench report", "workbench open", f"--db {db}"):
        assert said in last


@pytest.mark.parametrize("command", [["report", "--format", "md"], ["coverage"]])
def test_no_default_log_hints_at_db(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    assert main(command) == 2
    assert "(give the log with --db PATH)" in capsys.readouterr().err
    assert main([*command, "--db", "elsewhere.sqlite"]) == 2
    err = capsys.readouterr().err
    assert "no such review log" in err and "--db PATH" not in err  # named: no hint


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["check", "a.txt", "b.txt", "--reprot", "r.md"], "--report"),
        (["report", "--fromat", "md"], "--format"),
        (["review", "F1", "--stauts", "verified"], "--status"),
        (["coverage", "--omited"], "--omitted"),
        (["report", "--format", "md", "--outptu=x.md"], "--output"),
    ],
)
def test_an_unknown_option_close_to_one_is_named(argv, meant, capsys):
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert f"did you mean {meant}?" in err and err.count("\n") == 1


def test_an_unknown_option_like_none_gets_no_guess(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--zebra"])
    assert "did you mean" not in capsys.readouterr().err


# -- 5. one date for every undated article ----------------------------------------------


def _undated(folder, names, dated=()):
    paths = []
    for i, name in enumerate(names):
        head = "---\npublished: 2020-05-04\n---\n" if name in dated else ""
        body = f"The council voted {i + 5} to 2 on Tuesday to close the pool, the mayor said.\n"
        p = folder / f"{name}.txt"
        p.write_text(head + "Pool to close\n\n" + body, encoding="utf-8")
        paths.append(str(p))
    return paths


def _dates(db) -> dict[str, str]:
    store = ReviewLog(db, create=False)
    try:
        return {a.id: str(a.published) for a in store.articles()}
    finally:
        store.close()


def test_a_date_alone_dates_every_undated_article(tmp_path):
    paths = _undated(tmp_path, ["ward", "gazette", "courier", "herald"], dated={"herald"})
    db = tmp_path / "r.sqlite"
    assert main(["check", *paths, "--db", str(db), "-q", "--published", "2019-11-19"]) == 0
    assert _dates(db) == {
        "ward": "2019-11-19",
        "gazette": "2019-11-19",
        "courier": "2019-11-19",
        "herald": "2020-05-04",  # its file gives a date: kept
    }


def test_a_date_by_file_and_alone_together(tmp_path, capsys):
    paths = _undated(tmp_path, ["ward", "gazette", "herald"], dated={"herald"})
    db = tmp_path / "r.sqlite"
    # the same date both ways, and another for a file that gives its own: fine
    argv = ["check", *paths, "--db", str(db), "-q", "--published", "2019-11-19"]
    assert main([*argv, "--published", "ward=2019-11-19", "--published", "herald=2020-05-05"]) == 0
    assert _dates(db) == {"ward": "2019-11-19", "gazette": "2019-11-19", "herald": "2020-05-05"}
    capsys.readouterr()
    # two dates for a file that gives none: refused, in one line, nothing saved
    other = tmp_path / "other.sqlite"
    argv = ["check", *paths, "--db", str(other), "--published", "gazette=2019-11-18"]
    assert main([*argv, "--published", "2019-11-19"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gazette" in err and "2019-11-18" in err
    assert not other.exists()


def test_two_dates_alone_are_refused(tmp_path, capsys):
    paths = _undated(tmp_path, ["ward", "gazette"])
    argv = ["check", *paths, "--db", str(tmp_path / "r.sqlite")]
    assert main([*argv, "--published", "2019-11-19", "--published", "2019-11-20"]) == 2
    assert "two dates alone" in capsys.readouterr().err
    assert main([*argv, "--published", "2019-11-19", "--published", "2019-11-19", "-q"]) == 0


# -- 3. the README's tour reviews findings a user would review -----------------------


def test_the_readme_tour_reviews_items_not_agreements(tmp_path):
    import re
    import shutil

    from conftest import ROOT

    tour = (ROOT / "README.md").read_text(encoding="utf-8")
    asked = set(re.findall(r"workbench review (F[0-9a-f]+) ", tour))
    assert asked
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / seed.name)
    db = tmp_path / "review.sqlite"
    files = [str(tmp_path / s.name) for s in SEEDS]
    first = str(tmp_path / SEEDS[0].name)
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    assert main(["check", *files, "--db", str(db), "-q", "--published", f"{first}=2021-06-23"]) == 0
    store = ReviewLog(db, create=False)
    try:
        found = store.findings()
    finally:
        store.close()
    for prefix in asked:
        (finding,) = [f for f in found if f.id.startswith(prefix)]
        assert not finding.agreed, prefix  # listed under "Agreed … not to review"
