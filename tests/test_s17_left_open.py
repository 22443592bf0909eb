"""A decision on a finding covers the whole finding (trial 29): the article
named is where to correct, not a subset of pairs decided. With 30 in a and b
and 24 in c, asking a to read 24 decides b vs c too (naming a). Session 17
left that pair open (trial 21 had seen it read as a stray request); trial 29
then read "1 discrepancy added since, not decided" where nothing was added,
and the window sent the editor back to the finding. Logs written that way
are upgraded (schema 6): the pair left open is given the decision."""

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


def test_asking_one_majority_article_decides_every_pair(blast, capsys):
    db, _ = blast
    f = _toll(db)
    capsys.readouterr()
    assert main(["review", f.id, "--db", db, "--status", "needs-correction", "--article", "a"]) == 0
    said = capsys.readouterr().out
    assert "needs-correction on 2 discrepancies" in said and "(in a)" in said
    assert "left open" not in said
    f = _toll(db)
    assert _pairs(f) == {
        ("a", "c"): ("needs-correction", "a"),
        ("b", "c"): ("needs-correction", "a"),
    }
    assert standing(f) == ("needs-correction", 0)
    assert f.corrections == {"a": ("",)}
    capsys.readouterr()
    assert main(["review", f.id, "--db", db]) == 0
    assert "not decided" not in capsys.readouterr().out


def test_naming_the_minority_decides_every_pair(blast, capsys):
    db, _ = blast
    f = _toll(db)
    assert main(["review", f.id, "--db", db, "--status", "needs-correction"]) == 0
    assert "left open" not in capsys.readouterr().out
    assert set(_pairs(_toll(db)).values()) == {("needs-correction", "c")}


def test_settling_decisions_still_cover_every_pair(blast):
    db, _ = blast
    f = _toll(db)
    assert main(["review", f.id, "--db", db, "--status", "disputed", "--article", "a"]) == 0
    assert set(_pairs(_toll(db)).values()) == {("disputed", "a")}
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
    # b (30) still differs from a and c (24): the pair b vs c keeps the
    # decision (naming a, whose correction looks made); a vs b is new since;
    # a vs c, gone with the edit, stays on the finding (trial 36)
    assert {a for v in live.versions for a in v.sources} == {"a", "b", "c"}
    assert _pairs(live) == {
        ("b", "c"): ("needs-correction", "a"),
        ("a", "b"): ("open", ""),
        ("a", "c"): ("needs-correction", "a"),
    }
    assert [m.active for m in live.members if {s.article for s in m.sides} == {"a", "c"}] == [False]
    assert live.corrected == ("a",) and not live.corrections and not live.strays
    assert standing(live) == ("needs-correction", 1)  # a vs b: made by the edit
    looks_made = out.split("Corrections that look made", 1)[1]
    assert looks_made.count("a: ") == 1
    assert "Corrections not made yet" not in out


def test_the_window_decides_the_whole_finding_naming_the_article_chosen(qtbot, tmp_path):
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
    assert row.undecided == 0 and not row.needs_review
    assert "left open" not in w.statusBar().whole_message()
    assert w.session.review_fields(toll.id).get("article") == "a"
