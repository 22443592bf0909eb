"""Publication dates an editor gave are kept by the next check, and dates an
editor would want to look at again are pointed out (fresh user trial)."""

from __future__ import annotations

import shutil
from datetime import date

from conftest import SEEDS

from workbench.cli import main
from workbench.model import Article
from workbench.service import date_doubts
from workbench.store import ReviewLog


def _seeds(tmp_path):
    out = []
    for p in SEEDS:
        shutil.copy(p, tmp_path / p.name)
        out.append(str(tmp_path / p.name))
    return out


def _dates(db) -> dict[str, str | None]:
    log = ReviewLog(str(db))
    try:
        return {a.id: a.published for a in log.articles()}
    finally:
        log.close()


def test_a_date_given_once_is_kept_by_the_next_check_and_said(tmp_path, capsys):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    first = files[0]
    assert main(["check", *files, "--db", str(db), "-q", "--published", f"{first}=2021-06-23"]) == 0
    given = _dates(db)
    assert "2021-06-23" in given.values()
    capsys.readouterr()
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    assert _dates(db) == given
    err = capsys.readouterr().err
    assert "published 2021-06-23, as the review log has it" in err
    # another date given replaces it
    assert main(["check", *files, "--db", str(db), "-q", "--published", f"{first}=2021-06-24"]) == 0
    assert "2021-06-24" in _dates(db).values()


def test_a_copy_edited_article_keeps_the_date_given_for_its_file_and_says_why(tmp_path, capsys):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    first, other = files[0], files[1]
    argv = ["check", *files, "--db", str(db), "-q"]
    assert main([*argv, "--published", f"{first}=2021-06-20"]) == 0
    with open(first, "a", encoding="utf-8") as fh:  # a copy-edit: one more sentence
        fh.write("\nThe story was updated with a correction.\n")
    capsys.readouterr()
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "published 2021-06-20, as the review log has it (given earlier for this file" in err
    log = ReviewLog(str(db))
    try:
        by_path = {a.path: a.published for a in log.articles()}
    finally:
        log.close()
    assert by_path[first] == "2021-06-20"
    assert by_path[other] != "2021-06-20"  # the date stays with its own file


def _article(name: str, day: date | None) -> Article:
    return Article(name, f"{name}.txt", name, "", day, "", "text", name)


def test_a_date_in_the_future_or_a_year_from_the_others_is_pointed_out():
    today = date(2024, 5, 1)
    fine = [_article("a", date(2024, 4, 2)), _article("b", date(2024, 4, 3)), _article("c", None)]
    assert date_doubts(fine, today) == []
    future = [*fine, _article("d", date(2034, 4, 2))]
    (line,) = date_doubts(future, today)
    assert line.startswith("d.txt: published 2034-04-02 is in the future")
    typo = [*fine, _article("e", date(2014, 4, 2))]
    (line,) = date_doubts(typo, today)
    assert "e.txt: published 2014-04-02, ten months or more from the other articles" in line
    # a year typed one off, a day before the others' (a fresh CLI trial's)
    (line,) = date_doubts([*fine, _article("f", date(2025, 4, 1))], date(2026, 1, 1))
    assert "f.txt: published 2025-04-01, ten months or more" in line
    (line,) = date_doubts([*fine, _article("g", date(2023, 4, 4))], today)
    assert line.startswith("g.txt: published 2023-04-04")
    # a follow-up a few months on is not questioned
    assert date_doubts([*fine, _article("h", date(2024, 9, 2))], date(2024, 10, 1)) == []
    # with only one other dated article, which one is wrong cannot be told
    assert date_doubts([fine[0], _article("e", date(2014, 4, 2))], today) == []


def test_checking_another_story_into_a_log_with_decisions_says_so(tmp_path, capsys):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    first = log.findings()[0].id
    log.close()
    assert main(["review", first, "--status", "verified", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    assert "other articles" not in capsys.readouterr().err  # the same story again
    other = []
    for n, text in enumerate(("Rain fell on 3 May in Leeds.", "Rain fell on 4 May in Leeds.")):
        p = tmp_path / f"other{n}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        other.append(str(p))
    # another story into a log with decisions is refused, the log unchanged (fresh CLI
    # trial: the note went unread and the report came out empty) ...
    before = db.read_bytes()
    assert main(["check", *other, "--db", str(db), "-q"]) == 2
    err = capsys.readouterr().err
    assert "holds the review of 3 other articles" in err and "--replace-story" in err
    assert len(err.strip().splitlines()) == 1 and db.read_bytes() == before
    # ... unless the editor says so
    assert main(["check", *other, "--db", str(db), "-q", "--replace-story"]) == 0
    err = capsys.readouterr().err
    assert "its last check compared other articles" in err and "1 decided" in err
    # back to the first story (the other had no decisions): its decisions come back
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    assert next(f for f in log.findings() if f.id == first).status == "verified"
    log.close()


def test_needs_correction_on_a_tie_asks_which_article_and_history_is_one_line_a_decision(
    tmp_path, capsys
):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    (quote,) = [f for f in log.findings() if f.kind == "quote"]  # one source against one
    log.close()
    capsys.readouterr()
    args = ["review", quote.id, "--status", "needs-correction", "--correction", "x"]
    assert main([*args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "which article is wrong is yours to say" in err and "--article" in err
    assert main([*args, "--article", quote.sources[0], "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["review", quote.id, "--history", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "needs-correction" in lines[1]


def test_review_undo_takes_back_the_last_change_and_keeps_the_history(tmp_path, capsys):
    files = _seeds(tmp_path)
    db = tmp_path / "log.sqlite"
    assert main(["check", *files, "--db", str(db), "-q"]) == 0
    log = ReviewLog(str(db))
    fid = log.findings()[0].id
    log.close()
    base = ["review", fid, "--db", str(db)]
    assert main([*base, "--status", "disputed", "--note", "n1", "--reviewer", "Ana"]) == 0
    assert main([*base, "--status", "verified", "--reviewer", "Ben"]) == 0
    capsys.readouterr()
    assert main([*base, "--undo", "--reviewer", "Cy"]) == 0
    said = capsys.readouterr().out
    assert "now disputed" in said and "undid Ben's change" in said  # a colleague's: say whose
    log = ReviewLog(str(db))
    (f,) = [x for x in log.findings() if x.id == fid]
    decided = log.review(f.members[0].id)
    history = log.history(fid)
    log.close()
    assert (f.status, decided.reviewer) == ("disputed", "Ana")
    assert len(history) == 3 and "undone by Cy" in history[-1].event
    # undoing again steps back further, as in an editor (fresh CLI trial: it was a toggle)
    assert main([*base, "--undo", "--reviewer", "Cy"]) == 0
    said = capsys.readouterr().out
    assert "undid Ana's change" in said and "now open" in said
    assert main([*base, "--undo", "--reviewer", "Cy"]) == 2
    assert "no decision to undo" in capsys.readouterr().err
    assert main([*base, "--redo", "--reviewer", "Cy"]) == 0
    assert "redid Ana's change" in (said := capsys.readouterr().out) and "now disputed" in said
    assert main([*base, "--redo", "--reviewer", "Cy"]) == 0
    assert "now verified" in capsys.readouterr().out
    assert main([*base, "--redo"]) == 2
    assert "nothing undone to redo" in capsys.readouterr().err
    assert main([*base, "--undo", "--reviewer", "Cy"]) == 0
    assert main([*base, "--status", "dismissed", "--reviewer", "Cy"]) == 0  # a new change ...
    capsys.readouterr()
    assert main([*base, "--redo"]) == 2  # ... ends what could be redone
    assert main([*base, "--undo", "--reviewer", "Cy"]) == 0
    assert "now disputed" in capsys.readouterr().out
    assert main([*base, "--undo", "--status", "open"]) == 2
    other = ReviewLog(str(db))
    untouched = next(x.id for x in other.findings() if x.id != fid)
    other.close()
    capsys.readouterr()
    assert main(["review", untouched, "--undo", "--db", str(db)]) == 2
    assert "no decision to undo" in capsys.readouterr().err


def test_a_day_and_month_swapped_is_pointed_out_when_the_swap_fits_the_others():
    """A trial's 2007-12-04 for 2007-04-12 (no web address to contradict it) was
    eight months from the others, under the ten-month doubt: nothing was said,
    and two date conflicts blamed the text."""
    today = date(2024, 5, 1)
    near = [_article(n, date(2007, 4, d)) for n, d in (("a", 9), ("b", 10), ("c", 10))]
    (line,) = date_doubts([*near, _article("s", date(2007, 12, 4))], today)
    assert line.startswith("s.txt: published 2007-12-04; with day and month swapped (2007-04-12)")
    assert "check the date" in line
    # a date near the others, or whose swap lands nowhere near them: nothing
    assert date_doubts([*near, _article("t", date(2007, 4, 12))], today) == []
    assert date_doubts([*near, _article("u", date(2007, 7, 30))], today) == []
    assert date_doubts([*near, _article("v", date(2007, 6, 8))], today) == []  # 8 June -> 6 Aug
    # with one other dated article, which one is wrong cannot be told
    assert date_doubts([near[0], _article("s", date(2007, 12, 4))], today) == []


def test_a_run_that_saves_nothing_still_says_which_dates_to_look_at(tmp_path, capsys):
    """A trial: with one unreadable file the findings were shown (not saved)
    but the "in the future" note of a clean run was not."""
    from conftest import write

    from workbench.cli import main

    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\nThe toll rose to {} on Friday.\n"
    files = [
        write(tmp_path, "a.md", front.format("A", "2021-06-23", 3)),
        write(tmp_path, "b.md", front.format("B", "2121-06-23", 4)),
        write(tmp_path, "bad.txt", b"\xff\xfe\x00\x00 not text"),
    ]
    db = tmp_path / "log.sqlite"
    assert main(["check", *map(str, files), "--db", str(db)]) != 0
    err = capsys.readouterr().err
    assert "published 2121-06-23 is in the future" in err
    assert "nothing was saved" in err and not db.exists()
