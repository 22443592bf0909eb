"""Reviews that a check no longer finds show once per decision, not once per
pair (fresh trial: removing one article of a decided finding put eleven
"no longer found" rows, one per pair, at the top of the list). Pairs decided
on one finding stay together as one finding no longer found; a group of one
keeps the id it always had; pairs decided one by one stay one each."""

from __future__ import annotations

from test_s15_correction_made import decided as decided  # the fixture

from workbench.cli import main
from workbench.report import build_report
from workbench.store import ReviewLog
from workbench.ui.rows import finding_rows


def test_pairs_decided_on_one_finding_go_as_one(decided, capsys):
    db, paths = decided
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    with_south = {m.id for m in toll.members if "south" in (m.left_article, m.right_article)}
    assert len(with_south) == 2
    log.close()
    north, _south, west = paths
    assert main(["check", north, west, "--db", db, "-q", "--leave-out"]) == 0  # south left out
    capsys.readouterr()
    log = ReviewLog(db)
    gone = [f for f in log.findings() if not f.active]
    assert len(gone) == 1  # one row, not one per pair
    (f,) = gone
    assert {m.id for m in f.members} == with_south
    assert f.verdict == "conflict" and {m.status for m in f.members} == {"needs-correction"}
    assert {"north", "south", "west"} == set(f.sources)
    rows = [r for r in finding_rows(log.findings()) if r.orphaned]
    assert len(rows) == 1
    data = build_report(log)
    assert len(data["orphaned"]) == 1 and data["summary"]["orphaned_reviews"] == 2
    # it can be looked up and decided again by its id, as any finding
    assert main(["review", f.id, "--db", db]) == 0
    assert "needs-correction" in capsys.readouterr().out


def test_pairs_decided_one_by_one_stay_one_each(decided, capsys):
    db, paths = decided
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    pairs = [m.id for m in toll.members if "south" in (m.left_article, m.right_article)]
    for pair in pairs:  # decided again, pair by pair
        log.set_review(pair, status="verified")
    log.close()
    north, _south, west = paths
    assert main(["check", north, west, "--db", db, "-q", "--leave-out"]) == 0
    log = ReviewLog(db)
    gone = [f for f in log.findings() if not f.active]
    assert sorted(m.id for f in gone for m in f.members) == sorted(pairs)
    assert len(gone) == 2
