"""The correction report as a desk reads it, after polish50 (user trial 48,
problem 8): the note on a dismissed finding says why the tool was wrong —
the review team's business — and stood in the desk's "All findings" table;
a name's reading that only repeats it followed each source, under the
engine's word "value:"."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.report import build_report, render
from workbench.report.desk import READ_AS, shows_reading
from workbench.report.notes import KEPT_APART
from workbench.store import ReviewLog

KEPT = Path(__file__).parent / "fixtures" / "reports" / "decided.sqlite"
NOTE = "false pairing: two different speakers matched by the engine"


@pytest.fixture
def db(tmp_path) -> Path:
    db = tmp_path / "review.sqlite"
    shutil.copyfile(KEPT, db)
    return db


def _a_date(db: Path) -> str:
    log = ReviewLog(db, create=False)
    try:
        data = build_report(log)
    finally:
        log.close()
    return next(f["id"] for f in data["findings"] if f["kind"] == "date")


def test_a_dismissed_findings_note_stays_out_of_the_desks_report(db, capsys):
    ident = _a_date(db)
    assert main(["review", ident, "--status", "dismissed", "--note", NOTE, "--db", str(db)]) == 0
    capsys.readouterr()
    log = ReviewLog(db, create=False)
    try:
        md, page = render(log, "md"), render(log, "html")
        rows, whole = render(log, "csv"), render(log, "json")
    finally:
        log.close()
    assert "false pairing" not in md and "false pairing" not in page
    row = next(x for x in md.splitlines() if x.startswith(f"| `{ident}`"))
    assert "dismissed" in row
    assert "Notes on dismissed findings" in md and "Notes on dismissed findings" in page
    # kept for the review team in the data
    assert any(NOTE in " ".join(r) for r in csv.reader(io.StringIO(rows)))
    assert NOTE in json.dumps(json.loads(whole))


def test_no_word_about_dismissed_notes_when_there_are_none(db):
    log = ReviewLog(db, create=False)
    try:
        md = render(log, "md")
    finally:
        log.close()
    assert "Notes on dismissed findings" not in md and KEPT_APART


@pytest.mark.parametrize(("kind", "value", "reading", "shown"), [
    ("name", "Malcom Tucker", "Malcom Tucker", False),
    ("name", "Armando Iannucci", "armando iannucci", False),
    ("attribution", "THR", "THR", False),
    ("date", "Friday", "on Friday = Fri 2 Aug 2013", True),
    ("number", "some 20,000", "about 20000 scientists", True),
])  # fmt: skip
def test_a_reading_that_only_repeats_the_value_is_no_line(kind, value, reading, shown):
    assert shows_reading({"kind": kind}, {"value": value, "normalized": reading}) is shown


def test_a_dates_reading_is_said_as_read_as_not_value(db, capsys):
    log = ReviewLog(db, create=False)
    try:
        md = render(log, "md")
    finally:
        log.close()
    assert "      - value: " not in md
    said = [x.strip() for x in md.splitlines() if x.strip().startswith(f"- {READ_AS}: ")]
    assert "- read as: “next month” → by next month = no later than July 2021" in "\n".join(said)
