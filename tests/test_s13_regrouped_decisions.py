"""A decision that a later check's regrouping carries onto a finding whose
versions the article it names to correct does not state is pointed out, and
never listed as that article's correction (fresh trial: removing an
unrelated source regrouped the findings, a dispute naming NBC ended on a
finding of six other sources, the report listed it in NBC's section and the
window showed only that decision's note, hiding the other's correction).

A decision on a finding is written to each of its discrepancies; which
finding a discrepancy belongs to is decided anew at every check. The state
a regrouping leaves (a discrepancy whose decision names an article that is
no source of its finding now) is made here directly in the log, since which
groups a check forms is the grouping's business, not this test's."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.report import build_report, render
from workbench.store import ReviewLog
from workbench.ui.models import DiscrepancyTableModel
from workbench.ui.rows import finding_rows

TOLL = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"
OTHER = "The mayor of Marlow said on Sunday that the harbour would reopen next week.\n"


@pytest.fixture
def regrouped(tmp_path, monkeypatch):
    """Four sources; the toll finding is between north and west (24) and
    south (5), two discrepancies; a
    needs-correction on it names south, and a dispute carried from another
    finding names east, which does not state the toll."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, "north.txt", "2021-06-21", TOLL.format(24)),
        _write(tmp_path, "south.txt", "2021-06-21", TOLL.format(5)),
        _write(tmp_path, "east.txt", "2021-06-21", OTHER),
        _write(
            tmp_path,
            "west.txt",
            "2021-06-21",
            "Officials said the storm killed 24 people in the coastal town of Marlow on Sunday.\n",
        ),
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (finding,) = [f for f in log.findings() if f.kind == "number"]
    assert set(finding.sources) == {"north", "south", "west"}
    assert len(finding.members) == 2
    log.set_review(finding.id, status="needs-correction", article="south", correction="24 dead")
    # what a regrouping leaves: one of its discrepancies carries a dispute
    # made on another finding, naming that finding's source 'east'
    member = finding.members[0].id
    with log.db.conn:
        log.db.execute(
            "UPDATE reviews SET status = 'disputed', article = 'east', article_sha = "
            "(SELECT sha256 FROM articles WHERE id = 'east'), correction = '', "
            "note = 'east says the harbour, not the toll' WHERE discrepancy = ?",
            [member],
        )
    log.close()
    return db, finding.id, paths


def test_the_stray_article_is_named_and_asked_about(regrouped):
    db, fid, _ = regrouped
    log = ReviewLog(db)
    (finding,) = [f for f in log.findings() if f.id == fid]
    assert finding.strays == ("east",)
    assert "east" not in finding.corrections
    (row,) = [r for r in finding_rows(log.findings()) if r.id == fid]
    assert row.needs_review
    assert "names east to correct, though it states none of its versions" in row.look_again
    # every decision on a mixed finding is shown, not the latest one alone
    assert row.status == "mixed"
    assert "disputed on 1 pair, to correct: east — note: “east says" in row.look_again
    assert "needs-correction" in row.look_again and "“24 dead”" in row.look_again
    # the article to correct offered is the finding's own, never the stray one
    assert "east" not in row.correct_article
    model = DiscrepancyTableModel()
    model.set_rows([row], {})
    assert model.index(0, 5).data().endswith("⚠")


def test_the_report_lists_it_under_no_stray_article(regrouped):
    db, fid, _ = regrouped
    log = ReviewLog(db)
    data = build_report(log)
    sections = {a["id"]: [i["id"] for i in a["items"]] for a in data["articles"]}
    assert fid not in sections["east"]
    assert fid in sections["south"]
    assert data["summary"]["decided_before_regrouping"] == [fid]
    md = render(log, "md")
    assert "names east to correct though it states none of its versions" in md
    # in south's section, with the decision naming south alone
    section = md[md.index("## south") :]
    assert section.index("names east to correct though") < section.index("24 dead")
    assert "names east to correct though it states none" in render(log, "html")


def test_the_command_line_says_look_again(regrouped, capsys):
    db, fid, paths = regrouped
    assert main(["review", fid, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "to correct: east (states none of its versions: look again)" in out
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    out = capsys.readouterr().out
    assert "Look again: 1 decided finding names an article to correct" in out
    assert f"{fid}: mixed — names east to correct" in out
