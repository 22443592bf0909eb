"""A decision never closes a disagreement the editor did not decide (trial
42). With 30 in a and b and 24 in c, asking a to read 24 decides a vs c; b vs
c (two other versions, neither named) stays open and the finding reads as
partly decided, on the command line, in the report and in the window. Trial
42 named 32_4 ("Kathryn") and saw the Catherine / Katherine pairs closed as
"correct in 32_4". Trial 29 had read such a pair as "added since, not
decided": that wording is kept for pairs that really joined since."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.store.findings import standing

# three outlets' wording (word-for-word copies are compared once, as one source)
BLAST = (
    "A bomb blast at a crowded market in the city of Kadra killed {} people on Tuesday, "
    "police said.\nThe attack also wounded about 40 people, officials said.\n",
    "A bomb exploded at a busy market in Kadra on Tuesday, killing {} people, according "
    "to police.\nAbout 40 others were wounded in the attack.\n",
    "A bomb blast at a crowded market in Kadra killed {} people on Tuesday, police said.\n"
    "Some 40 people were wounded, officials said.\n",
)


def _three(tmp_path, values):
    return [
        _write(tmp_path, f"{x}.txt", "2021-06-23", text.format(v))
        for x, v, text in zip("abc", values, BLAST, strict=True)
    ]


def _toll(db: str):
    log = ReviewLog(db)
    try:
        (f,) = [f for f in log.findings() if f.active and f.verdict == "conflict"]
        return f
    finally:
        log.close()


@pytest.fixture
def blast(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = _three(tmp_path, (30, 30, 24))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    return db, paths


def _pairs(f) -> dict[tuple[str, ...], tuple[str, str]]:
    return {
        tuple(sorted({s.article for s in m.sides})): (m.status, m.correct_article)
        for m in f.members
    }


def test_asking_one_majority_article_leaves_the_other_versions_pair_open(blast, capsys):
    db, _ = blast
    f = _toll(db)
    capsys.readouterr()
    assert main(["review", f.id, "--db", db, "--status", "needs-correction", "--article", "a"]) == 0
    said = capsys.readouterr().out
    assert "needs-correction on 1 discrepancy" in said and "(in a)" in said
    # session 42 (trial 49): told by version and source, never by pair ids
    assert "partly decided, versions still open: A ‘30’ (b) against B" in said
    assert "--article b" in said
    f = _toll(db)
    assert _pairs(f) == {("a", "c"): ("needs-correction", "a"), ("b", "c"): ("open", "")}
    assert standing(f) == ("needs-correction", 1)
    capsys.readouterr()
    assert main(["review", f.id, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "Partly decided — versions still open: A ‘30’ (b) against B" in shown
    assert "added since" not in shown and "never saw" not in shown
    # check's status says partly decided, not "added since", and sends the
    # editor to it (it is still to review)
    assert main(["check", *blast[1], "--db", db]) == 0
    out = capsys.readouterr().out
    assert "partly decided, versions still open: A ‘30’ (b)" in out
    assert "added since" not in out
    assert f"Next: decide a finding with workbench review {f.id}" in out


def test_naming_the_minority_decides_every_pair(blast, capsys):
    db, _ = blast
    f = _toll(db)
    assert main(["review", f.id, "--db", db, "--status", "needs-correction"]) == 2  # s38
    named = ["--article", "c"]
    assert main(["review", f.id, "--db", db, "--status", "needs-correction", *named]) == 0
    assert "left open" not in capsys.readouterr().out
    assert set(_pairs(_toll(db)).values()) == {("needs-correction", "c")}
    assert standing(_toll(db)) == ("needs-correction", 0)


def test_naming_both_sides_of_the_open_pair_decides_it(blast, capsys):
    db, _ = blast
    f = _toll(db)
    ask = ["review", f.id, "--db", db, "--status", "needs-correction"]
    assert main([*ask, "--article", "a", "--article", "b"]) == 0
    assert "left open" not in capsys.readouterr().out
    assert standing(_toll(db)) == ("needs-correction", 0)


def test_settling_decisions_still_cover_every_pair(blast):
    db, _ = blast
    f = _toll(db)
    assert main(["review", f.id, "--db", db, "--status", "disputed", "--article", "a"]) == 0
    assert _pairs(_toll(db))[("b", "c")] == ("open", "")  # disputing a settles nothing of b
    assert main(["review", f.id, "--db", db, "--status", "verified"]) == 0
    assert {s for s, _ in _pairs(_toll(db)).values()} == {"verified"}


def test_after_the_asked_article_is_edited_no_stray_request_remains(blast, capsys):
    db, paths = blast
    f = _toll(db)
    ask = ["--status", "needs-correction", "--article", "a", "--correction", "killed 24 people"]
    assert main(["review", f.id, "--db", db, *ask]) == 0
    text = Path(paths[0]).read_text(encoding="utf-8")
    Path(paths[0]).write_text(text.replace("killed 30", "killed 24"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    out = capsys.readouterr().out
    live = _toll(db)
    # b (30) still differs from a and c (24): open, nothing asked of a on it
    assert all(
        m.status == "open" and not m.correct_article
        for m in live.members
        if m.active and "a" not in {s.article for s in m.sides}
    )
    assert not live.strays
    looks_made = out.split("Corrections that look made", 1)[1]
    assert looks_made.count("a: ") == 1


def test_the_window_says_which_pairs_a_correction_left_open(qtbot, tmp_path):
    from test_window import make_window, wait_analysis

    paths = _three(tmp_path, (30, 30, 24))
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    (toll,) = [r for r in w.session.rows if r.verdict == "conflict"]
    assert w.select(toll.id)
    a = next(i for i in range(w.panel.article.count()) if w.panel.article.itemData(i) == "a")
    w.panel.article.setCurrentIndex(a)  # "Correct in": a, of the majority
    qtbot.waitUntil(lambda: w.session.review_fields(toll.id).get("article") == "a")
    w.act_needs_correction()
    qtbot.waitUntil(lambda: w.session.row(toll.id).status == "needs-correction")
    row = w.session.row(toll.id)
    assert row.undecided == 1 and row.needs_review  # still to review: b vs c
    qtbot.waitUntil(lambda: "left open" in w.statusBar().whole_message())
    # by version, as the list and check count (trial 49 read "13" pairs)
    assert "Partly decided: 1 version left open — A ‘30’ (b) against B" in (
        w.statusBar().whole_message()
    )
    assert "pair" not in w.statusBar().whole_message()
    assert w.table_model.index(0, 5).data().endswith("· 1 version open")
    assert "Partly decided — versions still open: A ‘30’ (b) against B" in row.look_again
