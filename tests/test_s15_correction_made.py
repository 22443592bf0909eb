"""A correction made as asked is recognised (fresh trial: an editor fixed the
article's file as the correction asked and checked again; the report still
listed that article as needing the correction, and repeated it under seven
orphaned reviews, so a colleague would have corrected it twice).

"needs correction" names an article; when that article's text has changed
since the decision and it no longer differs from the other sources of the
finding (or the edit took the discrepancy away), the correction looks made:
the window, `check` and the report say so and ask an editor to confirm. An
article edited elsewhere that still differs must still act. Nothing changes
the decision by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.report import build_report, render
from workbench.store import ReviewLog
from workbench.ui.rows import counts_text, finding_rows

TOLL = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"
MAYOR = "The mayor of Marlow said on Sunday that the harbour would reopen {}.\n"


@pytest.fixture
def decided(tmp_path, monkeypatch):
    """north 24, west 'two dozen', south 5; the toll finding decided needs
    correction in south (to 24)."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, "north.txt", "2021-06-21", TOLL.format(24) + MAYOR.format("next week")),
        _write(tmp_path, "south.txt", "2021-06-21", TOLL.format(5) + MAYOR.format("soon")),
        _write(
            tmp_path,
            "west.txt",
            "2021-06-21",
            "Officials said the storm killed two dozen people in the coastal town of Marlow "
            "on Sunday.\n",
        ),
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    (toll,) = [f for f in log.findings() if f.kind == "number"]
    assert toll.verdict == "conflict" and set(toll.sources) == {"north", "south", "west"}
    log.set_review(toll.id, status="needs-correction", article="south", correction="24 people")
    log.close()
    return db, paths


def _edit(path: str, old: str, new: str) -> None:
    p = Path(path)
    p.write_text(p.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_correction_made_is_listed_apart_and_asked_to_be_confirmed(decided, capsys):
    db, paths = decided
    _edit(paths[1], "killed 5 people", "killed 24 people")  # south corrected as asked
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Corrections that look made" in out
    assert "south was edited since the decision and no longer differs" in out
    # its reviews counted once, as the report counts them (trial 31): the pairs
    # the edit took away stay on their finding, still found (trial 36), so none
    # is an orphaned review, and the correction is listed once, below
    assert " 0 orphaned reviews kept)." in out
    below = out.split("Corrections that look made")[-1].splitlines()
    (line,) = [x for x in below if x.strip().startswith("south:")]
    assert "," not in line  # one finding, not the one still found and its gone pairs
    log = ReviewLog(db)
    data = build_report(log)
    must_act = {a["id"] for a in data["articles"] if a["items"]}
    assert must_act == set()  # south's correction looks made; north and west never had one
    (south,) = [a for a in data["articles"] if a["id"] == "south"]
    assert south["corrected"] and data["summary"]["corrections_look_made"]
    assert data["summary"]["to_review"] >= 1  # an editor confirms it
    # the pair reviews the edit took away stay on their finding, still found
    # (trial 36: listed apart, they were a second finding of one decision)
    assert data["orphaned"] == []
    # listed once, as a correction that looks made: neither counted nor listed
    # again as orphaned reviews (trial 31 read it under both headings)
    assert data["summary"]["orphaned_reviews"] == 0
    for fmt in ("md", "html"):
        text = render(log, fmt)
        assert "Corrections that look made" in text
        assert "<h2>Orphaned reviews" not in text and "## Orphaned reviews" not in text
        assert "no longer differ" in text  # the finding still found, its correction made
    # the window: to review, with the same words
    rows = [r for r in finding_rows(log.findings()) if r.corrected]
    assert rows and all(r.needs_review for r in rows)
    live = [r for r in rows if not r.orphaned]
    assert live and "the correction looks made" in live[0].look_again
    assert "to review" in counts_text(finding_rows(log.findings()), 3, 1)
    # the decision itself is untouched
    assert {m.status for f in log.findings() for m in f.members if m.correct_article} == {
        "needs-correction"
    }


def test_an_article_edited_elsewhere_that_still_differs_must_still_act(decided, capsys):
    db, paths = decided
    _edit(paths[1], "reopen soon", "reopen within days")  # an edit, not the correction
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    assert "Corrections that look made" not in capsys.readouterr().out
    log = ReviewLog(db)
    data = build_report(log)
    (south,) = [a for a in data["articles"] if a["id"] == "south"]
    assert south["items"] and not south["corrected"]
    assert not data["summary"]["corrections_look_made"]
    assert "Corrections that look made" not in render(log, "md")
    (toll,) = [f for f in log.findings() if f.active and f.kind == "number"]
    assert toll.corrected == () and "south" in toll.corrections


def test_an_unedited_article_is_never_called_corrected(decided, capsys):
    db, paths = decided
    _edit(paths[0], "reopen next week", "reopen next month")  # another source edited
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    assert not any(f.corrected for f in log.findings())
    data = build_report(log)
    assert "south" in {a["id"] for a in data["articles"] if a["items"]}


def test_the_csv_says_which_side_of_each_pair_is_to_correct(decided):
    """A decision on the whole finding is written to each of its pairs; in
    the CSV, a pair that does not hold the article to correct says so (a
    trial's colleague read 17 rows naming an article their pair lacked)."""
    import csv
    import io

    db, _paths = decided
    rows = list(csv.DictReader(io.StringIO(render(ReviewLog(db), "csv"))))
    decided_rows = [r for r in rows if r["status"] == "needs-correction"]
    # both kinds of pair: north/west holds no south
    assert {"south" in (r["left_article"], r["right_article"]) for r in decided_rows} == {
        True,
        False,
    }
    for r in decided_rows:
        holds = "south" in (r["left_article"], r["right_article"])
        side = r["correct_side"]
        assert (side in ("left", "right")) == holds
        if holds:
            assert r[f"{side}_article"] == "south"
        assert "left_outlet" in r and "right_url" in r


def _orphans_made(db: str) -> list[str]:
    log = ReviewLog(db)
    try:
        return [a for f in log.findings() for a in f.corrected]
    finally:
        log.close()


def test_a_correction_written_elsewhere_is_not_made(decided, capsys):
    """Fresh trial 19: the right figure added in another sentence, the one
    decided on left as it was, was called "made" once the finding regrouped."""
    db, paths = decided
    _edit(
        paths[1],
        "reopen soon.",
        "reopen soon.\nThe storm killed 24 people in the coastal town of Marlow on Sunday, "
        "officials later said.",
    )
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    assert "Corrections that look made" not in capsys.readouterr().out
    assert _orphans_made(db) == []


def test_a_partial_correction_is_not_made(decided, capsys):
    """Fresh trial 19: 'A few minutes' changed to 'Several minutes' where
    'About 10 minutes' was asked; the old flags went, and that was read as done."""
    db, paths = decided
    _edit(paths[1], "killed 5 people", "killed 7 people")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    assert "Corrections that look made" not in capsys.readouterr().out
    assert _orphans_made(db) == []
    data = build_report(ReviewLog(db))
    assert not data["summary"]["corrections_look_made"]


def test_removing_another_article_is_not_a_correction(decided, capsys):
    """Fresh trial 19: removing a source took the decided pairs away and the
    edited article to correct was said to be corrected."""
    db, paths = decided
    _edit(paths[1], "reopen soon", "reopen within days")  # south edited elsewhere
    north, south, _west = paths
    assert main(["check", north, south, "--db", db, "-q", "--leave-out"]) == 0  # west removed
    assert "Corrections that look made" not in capsys.readouterr().out
    assert _orphans_made(db) == []
