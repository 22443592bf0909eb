"""Session 43 (polish53; user trial 49): the window counted what a decision
left open in PAIRS of articles ("to correct · 13 open" beside "2 findings · 2
to review"), a unit no editor counts; ``check`` says "partly decided,
versions still open: C …; D …". The list, the panel and the status bar now
count versions (and sources a decision does not cover), never pairs."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.ui.models import DiscrepancyTableModel
from workbench.ui.rows import counts_text, finding_rows

TEXTS = (
    "A bomb blast at a crowded market in the city of Kadra killed {} people on Tuesday, "
    "police said.\nThe attack also wounded about 40 people, officials said.\n",
    "A bomb exploded at a busy market in Kadra on Tuesday, killing {} people, according "
    "to police.\nAbout 40 others were wounded in the attack.\n",
    "A bomb blast at a crowded market in Kadra killed {} people on Tuesday, police said.\n"
    "Some 40 people were wounded, officials said.\n",
    "Police in Kadra said {} people died when a bomb went off in a packed market on "
    "Tuesday.\nAround 40 were hurt.\n",
    "Tuesday's market bombing in Kadra left {} people dead, police told reporters.\n"
    "Forty more were injured.\n",
)


@pytest.fixture
def five(tmp_path, monkeypatch):
    """30 in a and b, 24 in c, 25 in d, 27 in e: one finding of four versions."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    paths = [
        _write(tmp_path, f"{x}.txt", "2021-06-23", text.format(v))
        for x, v, text in zip("abcde", (30, 30, 24, 25, 27), TEXTS, strict=True)
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    return db, paths


def _rows(db: str):
    log = ReviewLog(db)
    try:
        return finding_rows(log.findings())
    finally:
        log.close()


def _label(rows, row) -> str:
    model = DiscrepancyTableModel()
    model.set_rows(rows, {})
    return model.index(rows.index(row), 5).data()


def _conflict(rows):
    (row,) = [r for r in rows if r.verdict == "conflict" and not r.agreed]
    return row


def test_a_correction_asked_of_one_version_counts_the_versions_left_open(five, capsys):
    db, _paths = five
    fid = _conflict(_rows(db)).id
    assert main(["review", fid, "--status", "needs-correction", "--article", "c", "--db", db]) == 0
    said = capsys.readouterr().out
    assert "versions still open: C ‘25’ (d) against A; D ‘27’ (e) against A, C" in said
    rows = _rows(db)
    row = _conflict(rows)
    assert row.undecided > 2  # pairs of articles: more than the versions open
    label = _label(rows, row)
    assert label.startswith("to correct") and "· 2 versions open" in label, label
    assert f"{row.undecided} open" not in label
    said = row.look_again
    assert said.startswith("2 of its 4 versions still open. Decision made on: "), said
    assert "source pairs" not in said
    # the status bar counts findings, as check's summary does
    assert "1 finding · 1 conflict · 1 to review" in counts_text(rows, 5, len(rows))


def test_a_correction_asked_of_the_lone_dissenter_leaves_nothing_open(five, capsys):
    """A near miss: naming the majority's other side closes every pair."""
    db, _paths = five
    fid = _conflict(_rows(db)).id
    for article in ("c", "d", "e"):
        args = ["review", fid, "--status", "needs-correction", "--article", article, "--db", db]
        assert main(args) == 0
    capsys.readouterr()
    rows = _rows(db)
    row = _conflict(rows)
    assert row.undecided == 0
    assert _label(rows, row) == "to correct"
    assert "0 to review" in counts_text(rows, 5, len(rows))


def test_a_source_added_after_the_decision_is_counted_as_a_source(five, tmp_path, capsys):
    db, paths = five
    fid = _conflict(_rows(db)).id
    assert main(["review", fid, "--status", "disputed", "--db", db]) == 0
    extra = _write(tmp_path, "f.txt", "2021-06-23", TEXTS[3].format(31).replace("Police", "Cops"))
    assert main(["check", *paths, extra, "--db", db, "-q"]) in (0, 1)
    capsys.readouterr()
    rows = _rows(db)
    row = _conflict(rows)
    if not row.undecided:  # the new article did not join this finding: nothing to count
        pytest.skip("the added article was not aligned")
    label = _label(rows, row)
    assert "· 1 source open" in label, label
    assert "pairs" not in row.look_again.split(".", 1)[0]
