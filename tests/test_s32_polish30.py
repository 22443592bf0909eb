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
        row = _row_of(outputs[fmt], ident)
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
