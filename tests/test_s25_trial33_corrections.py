"""Trial 33: a partial correction, a decision no longer found, and the counts
that must say so.

- A correction asked of an article, made in one sentence while another
  sentence of it still states the old figure of the same counted thing,
  took the finding away; ``check`` said only "no longer found" and the report
  nothing (the other sentence was never part of the finding). Now ``check``,
  ``review`` and every report format say where it still says it, by line.
- The report's summary counted the status of the findings found now only:
  "0 verified" above a correction listed as confirmed, "0 disputed" above a
  disputed decision among the orphaned reviews. It now counts the decided
  findings no longer found too, by the section that lists them.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_s12_verdict_changed import _write
from test_s16_partial_correction import _edit

from workbench.cli import main
from workbench.report import build_report, render
from workbench.store import ReviewLog

# (right sentence, wrong sentence, the other sentence of the wrong article
# still stating the old figure, words to fix in the first, the correction asked,
# the old figure as the other sentence writes it)
PARTIAL = {
    "cables, digits below": (
        "Traffic was cut after three undersea cables in the Mediterranean were damaged.",
        "Traffic was cut after two undersea cables in the Mediterranean were damaged.",
        "Experts said 2 sub-sea cables went down just off Alexandria.",
        ("after two undersea", "after three undersea"),
        "after three undersea cables",
        "‘2’",
    ),
    "miners, words below": (
        "Rescuers said seven miners were trapped in the flooded shaft on Monday.",
        "Rescuers said five miners were trapped in the flooded shaft on Monday.",
        "Families waited at the gate for news of the five miners all night.",
        ("said five miners", "said seven miners"),
        "seven miners were trapped",
        "‘five’",
    ),
    "ferries, a paragraph on": (
        "The operator cancelled 14 ferries to the islands after the storm warning.",
        "The operator cancelled 12 ferries to the islands after the storm warning.",
        "Passengers on the 12 ferries were offered refunds or a later crossing.",
        ("cancelled 12 ferries", "cancelled 14 ferries"),
        "cancelled 14 ferries",
        "‘12’",
    ),
}


def _story(tmp_path, monkeypatch, right: str, wrong: str, below: str):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    filler = "The company gave no other details on Saturday.\n"
    a = _write(tmp_path, "a.txt", "2008-12-20", f"{right}\n{filler}")
    d = _write(tmp_path, "d.txt", "2008-12-20", f"{wrong}\n{filler}\n{below}\n")
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, d, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.active and f.verdict == "conflict"]
    finally:
        log.close()
    return db, a, d, f.id


_ASK = ("review", "--status", "needs-correction", "--article", "d")


def _line_of(path: str, words: str) -> int:
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    return next(n for n, line in enumerate(lines, 1) if words in line)


@pytest.mark.parametrize("case", sorted(PARTIAL))
def test_a_partial_fix_that_takes_the_finding_away_says_where_it_still_says_it(
    tmp_path, monkeypatch, capsys, case
):
    right, wrong, below, (old, new), asked, still = PARTIAL[case]
    db, a, d, fid = _story(tmp_path, monkeypatch, right, wrong, below)
    assert main([*_ASK, "--correction", asked, "--db", db, fid]) == 0
    _edit(d, old, new)
    capsys.readouterr()
    assert main(["check", a, d, "--db", db]) == 0
    out = capsys.readouterr().out
    line = _line_of(d, below[:20])
    where = f"it still says {still} at line {line}: “{below}”"
    assert "Corrections to check" in out and where in out, out
    assert "Corrections that look made" not in out
    # review says it too
    assert main(["review", fid, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert f"d, edited since, is not corrected yet: it still says {still} at line {line}" in shown
    # and every report format
    log = ReviewLog(db)
    try:
        md, html = render(log, "md"), render(log, "html")
        assert f"it still says {still} at line {line}" in md
        assert f"it still says {still} at line {line}" in html
        rows = list(csv.DictReader(io.StringIO(render(log, "csv"))))
        assert [r["still_says"] for r in rows if r["still_says"]] == [
            f"{still} at line {line}: “{below}”"
        ]
        data = json.loads(render(log, "json"))
        (item,) = data["orphaned"]
        assert item["discrepancies"][0]["still_says"].startswith(f"{still} at line {line}")
    finally:
        log.close()
    # once that sentence is fixed as well, the correction looks made
    figure = still.strip("‘’")
    _edit(d, below, below.replace(figure, new.split()[-2], 1))
    assert main(["check", a, d, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "still says" not in out and "Corrections that look made" in out


@pytest.mark.parametrize(
    "below",
    [
        "Two repair ships were sent from Catania on Saturday.",  # another counted thing
        "The outage began two hours before dawn.",
        "Two engineers said the damage was severe.",
    ],
)
def test_the_same_figure_of_another_thing_holds_no_fix_back(tmp_path, monkeypatch, capsys, below):
    right, wrong, _, (old, new), asked, _ = PARTIAL["cables, digits below"]
    db, a, d, fid = _story(tmp_path, monkeypatch, right, wrong, below)
    assert main([*_ASK, "--correction", asked, "--db", db, fid]) == 0
    _edit(d, old, new)
    capsys.readouterr()
    assert main(["check", a, d, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "still says" not in out and "Corrections that look made" in out


def _summary_line(md: str, start: str) -> str:
    return next(line for line in md.splitlines() if line.startswith(start))


def test_the_summary_counts_a_confirmed_correction_and_orphaned_decisions(
    tmp_path, monkeypatch, capsys
):
    """Confirmed after a fix: counted under Corrections confirmed, never "0
    verified" alone; a disputed decision left behind when an article is no
    longer checked: counted under Orphaned reviews."""
    right, wrong, _, (old, new), asked, _ = PARTIAL["miners, words below"]
    pumps = "The pumps removed {} tonnes of water from the shaft overnight."
    db, a, d, fid = _story(tmp_path, monkeypatch, right, wrong, pumps.format(400))
    e = _write(tmp_path, "e.txt", "2008-12-20", pumps.format(650) + "\n")
    assert main(["check", a, d, e, "--db", db, "-q"]) == 0
    args = ["review", fid, "--status", "needs-correction", "--article", "d", "--correction"]
    assert main([*args, asked, "--db", db]) == 0
    log = ReviewLog(db)
    try:
        (other,) = [f for f in log.findings() if f.active and "e" in f.sources]
    finally:
        log.close()
    assert main(["review", other.id, "--status", "disputed", "--db", db]) == 0
    _edit(d, old, new)
    assert main(["check", a, d, "--db", db, "-q", "--leave-out"]) == 0  # e left out
    assert main(["review", fid, "--status", "verified", "--db", db]) == 0
    log = ReviewLog(db)
    try:
        data = build_report(log)
        gone = {(g["status"], g["section"]): g["count"] for g in data["summary"]["no_longer_found"]}
        assert [i["id"] for i in data["orphaned"] if i.get("confirmed")] == [fid]
        assert gone == {
            ("verified", "Corrections confirmed"): 1,
            ("disputed", "Orphaned reviews"): 1,
        }
        md = render(log, "md")
        line = _summary_line(md, "- Decided findings no longer found")
        assert line == (
            "- Decided findings no longer found (2): 1 verified (listed under Corrections "
            "confirmed); 1 disputed (listed under Orphaned reviews)"
        )
        assert "## Corrections confirmed" in md and "## Orphaned reviews" in md
        html = render(log, "html")
        assert "status: verified (no longer found, listed under Corrections confirmed)" in html
        assert "status: disputed (no longer found, listed under Orphaned reviews)" in html
        # the articles still checked that the orphaned decision names are not "quiet"
        assert f"name as a source: d \\({other.id}\\)" in md
    finally:
        log.close()
