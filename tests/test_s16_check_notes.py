"""What `check` and `review` say that a careless run would otherwise hide
(fresh trial 20): a check that leaves out articles of the review, and a
decision that replaces another editor's."""

from __future__ import annotations

import shutil

from conftest import SEEDS

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.store.reviews import Change


def _check(capsys, db, *paths) -> str:
    capsys.readouterr()
    assert main(["check", *map(str, paths), "--db", str(db), "-q"]) == 0
    return capsys.readouterr().out


def test_a_check_that_leaves_out_articles_of_the_review_says_which(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    _check(capsys, db, *SEEDS)
    out = _check(capsys, db, SEEDS[0], SEEDS[1])
    (line,) = [x for x in out.splitlines() if "not in this check" in x]
    assert SEEDS[2].stem in line and "1 article of this review was" in line
    # the same articles again, or the same files edited in place: nothing to say
    assert "not in this check" not in _check(capsys, db, SEEDS[0], SEEDS[1])
    edited = tmp_path / SEEDS[1].name
    shutil.copy(SEEDS[1], edited)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA late line was added.\n")
    assert "not in this check" not in _check(capsys, db, SEEDS[0], edited)
    # an edited copy stands for its article (same name); the third is named
    _check(capsys, tmp_path / "two.sqlite", *SEEDS)
    out = _check(capsys, tmp_path / "two.sqlite", SEEDS[0], tmp_path / SEEDS[1].name)
    (line,) = [x for x in out.splitlines() if "not in this check" in x]
    assert SEEDS[2].stem in line and SEEDS[1].stem not in line


def test_review_says_when_it_replaces_another_editors_decision(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    _check(capsys, db, *SEEDS)
    log = ReviewLog(str(db))
    fid = log.findings()[0].id
    log.close()

    def review(*args) -> str:
        capsys.readouterr()
        assert main(["review", fid, "--db", str(db), *args]) == 0
        return capsys.readouterr().out

    assert "replaces" not in review("--status", "verified", "--reviewer", "Ana")
    assert "replaces" not in review("--status", "disputed", "--reviewer", "Ana")  # her own
    out = review("--status", "dismissed", "--reviewer", "Ben")
    assert "this replaces Ana's decision (disputed)" in out and "--undo" in out
    assert "replaces" not in review("--note", "seen", "--reviewer", "Cy")  # a note alone


def test_check_takes_files_in_a_shells_order_as_numbers(tmp_path, capsys):
    """A shell sorts 33_10 before 33_2; the check (and so the log the window
    reopens) took them so, and the columns read 33_10, 33_11, 33_1 (trial 20).
    An order the editor chose is kept."""
    texts = {
        "s_1.txt": "The fire at the mill killed 12 people on Tuesday, officials said.\n",
        "s_2.txt": "The fire at the mill killed 13 people on Tuesday, officials said.\n",
        "s_10.txt": "The fire at the mill killed 12 people on Tuesday, police said.\n",
    }
    paths = {name: tmp_path / name for name in texts}
    for name, text in texts.items():
        paths[name].write_text(text, encoding="utf-8")

    def order(*names) -> list[str]:
        db = tmp_path / f"{'-'.join(names)}.sqlite"
        _check(capsys, db, *(paths[n] for n in names))
        log = ReviewLog(str(db))
        try:
            return [a.id for a in log.articles()]
        finally:
            log.close()

    assert order("s_1.txt", "s_10.txt", "s_2.txt") == [
        "s_1",
        "s_2",
        "s_10",
    ]  # as a shell gives them
    assert order("s_2.txt", "s_10.txt", "s_1.txt") == ["s_2", "s_10", "s_1"]  # the editor's order


def test_a_check_that_leaves_out_articles_decisions_rest_on_is_refused(tmp_path, capsys):
    """Trial 21: a colleague checked 3 of 14 files into the shared log; a
    correction still owed went from the report's list, and the open window
    followed. Leaving out an article a decision rests on needs --leave-out."""
    db = tmp_path / "r.sqlite"
    _check(capsys, db, *SEEDS)
    log = ReviewLog(str(db))
    (quote,) = [f for f in log.findings() if f.kind == "quote"]
    log.decide(
        quote.id, Change("needs-correction", correction="the full quote"), (quote.sources[0],)
    )
    left = next(p for p in SEEDS if p.stem not in quote.sources)  # in no decision
    log.close()
    before = db.read_bytes()
    capsys.readouterr()
    kept = [p for p in SEEDS if p.stem != quote.sources[0]]
    assert main(["check", *map(str, kept), "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "leaves out 1" in err and quote.sources[0] in err
    assert "--leave-out" in err and db.read_bytes() == before  # nothing written
    # an article no decision rests on may be left out (with the note)
    out = _check(capsys, db, *[p for p in SEEDS if p != left])
    assert "not in this check" in out
    # and with --leave-out the decided one too: its decision stays, orphaned
    assert main(["check", *map(str, kept), "--db", str(db), "-q", "--leave-out"]) == 0
    log = ReviewLog(str(db))
    try:
        assert [f for f in log.findings() if f.orphaned and f.status == "needs-correction"]
    finally:
        log.close()


def test_an_empty_file_among_good_ones_is_left_out_and_the_check_saved(tmp_path, capsys):
    """Trial 21: one empty file stopped the check from saving anything (exit 2,
    every finding 'not saved'); it holds nothing that could be lost."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = tmp_path / "r.sqlite"
    capsys.readouterr()
    assert main(["check", *map(str, SEEDS), str(empty), "--db", str(db), "-q"]) == 0
    err = capsys.readouterr().err
    assert "empty.txt: empty file, left out" in err and db.exists()
    # a file that cannot be read still stops the save: its text may matter
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xc3 costs \x81\x8d here.")
    before = db.read_bytes()
    assert main(["check", *map(str, SEEDS), str(bad), "--db", str(db), "-q"]) == 2
    assert db.read_bytes() == before
