"""Session 38, trial 45: never a silent empty check; a correction goes to
the article that is wrong.

P1: two reports of different events gave "0 findings" and exit 0 with no
word, while a third file sharing nothing with two others was refused. A
check none of whose articles shares an aligned sentence with another is
refused the same way (``--keep-unmatched`` keeps them, with a warning).
P3: ``review F --status needs-correction`` without ``--article`` filed the
correction against the less supported versions, one of them right; a
finding of more than one version now needs its article named."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.cli import main

TAKEOVER = (
    "Advanced Micro Devices agreed on Monday to buy graphics chip maker ATI Technologies "
    "for about $5.4 billion in cash and shares.\n\n"
    "The combined company would have annual sales of about $7.3 billion, AMD said.\n"
)
FIRE = (
    "A fire destroyed much of the Waitrose supermarket in Wellington on Saturday night.\n\n"
    "Forty firefighters fought the blaze for six hours, the fire service said.\n"
)
VOTE = (
    "The council voted 7 to 2 on Thursday to close the public library on Elm Street.\n\n"
    "Residents will be able to borrow books from a mobile van from April.\n"
)
FLOOD = (
    "Heavy rain flooded 300 homes along the river Severn overnight, the Environment "
    "Agency said.\n\nA 72-year-old man was rescued from his car near Shrewsbury.\n"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def files(tmp_path, *texts) -> list[str]:
    out = []
    for i, text in enumerate(texts):
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(str(p))
    return out


@pytest.mark.parametrize(
    "texts", [(TAKEOVER, FIRE), (FIRE, VOTE), (VOTE, FLOOD, TAKEOVER)], ids=["2a", "2b", "3"]
)
def test_articles_that_share_nothing_are_refused_in_one_line_and_nothing_is_written(
    tmp_path, capsys, texts
):
    paths = files(tmp_path, *texts)
    db = tmp_path / "log.sqlite"
    assert main(["check", *paths, "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith("workbench: error: ") and "share no aligned sentence" in line
    assert "different stories" in line and "--keep-unmatched" in line
    assert all(p in line for p in paths)
    assert not db.exists()  # a refused check writes no log


def test_keep_unmatched_keeps_them_with_a_warning_and_a_later_check_passes(tmp_path, capsys):
    paths = files(tmp_path, FIRE, FLOOD)
    db = tmp_path / "log.sqlite"
    assert main(["check", *paths, "--db", str(db), "-q", "--keep-unmatched"]) == 0
    err = capsys.readouterr().err
    assert "warning: the 2 articles share no aligned sentence" in err
    assert "0 findings does not mean they agree" in err
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from articles").fetchone() == (2,)
    assert main(["check", *paths, "--db", str(db), "-q"]) == 0  # the log holds them
    assert "workbench: error" not in capsys.readouterr().err


def test_a_new_article_added_to_kept_ones_sharing_nothing_is_refused(tmp_path, capsys):
    kept = files(tmp_path, FIRE, FLOOD)
    db = tmp_path / "log.sqlite"
    assert main(["check", *kept, "--db", str(db), "-q", "--keep-unmatched"]) == 0
    other = tmp_path / "vote.txt"
    other.write_text(VOTE, encoding="utf-8")
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["check", *kept, str(other), "--db", str(db), "-q"]) == 2
    assert "share no aligned sentence" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_articles_of_one_story_are_not_refused(tmp_path, capsys):
    other = FIRE.replace("Forty", "About 40").replace("six hours", "seven hours")
    paths = files(tmp_path, FIRE, other)
    assert main(["check", *paths, "--db", str(tmp_path / "l.sqlite"), "-q"]) == 0
    assert "share no aligned sentence" not in capsys.readouterr().err


# -- P3: needs correction names its article ----------------------------------------
TAILS = (  # each outlet in its own words: independent sources, no copies
    "Investigators are still looking for the cause of the blaze.\n",
    "The depot had stood empty since March, its owner told reporters.\n",
    "Roads near the canal stayed closed overnight while crews worked.\n",
    "Neighbours said they heard two loud bangs shortly before midnight.\n",
    "The city council offered rooms to families evacuated from nearby flats.\n",
    "Smoke could be seen across the city centre until the morning.\n",
)


def _majority(tmp_path, word_a: str, word_b: str, n: int, unit: str) -> list[str]:
    """``n`` outlets stating one figure, one stating another."""
    out = []
    for i, lead in enumerate(["Crews", "Firefighters", "Teams", "Units", "Brigades"][:n]):
        p = tmp_path / f"s{i}.txt"
        p.write_text(
            f"{lead} said the warehouse fire in Leeds {word_a} {unit} on Tuesday.\n\n" + TAILS[i]
        )
        out.append(str(p))
    p = tmp_path / "odd.txt"
    p.write_text(
        f"Officials said the warehouse fire in Leeds {word_b} {unit} on Tuesday.\n\n" + TAILS[-1]
    )
    return [*out, str(p)]


def _finding(db, tmp_path, capsys) -> dict:
    out = tmp_path / "x.json"
    assert main(["report", "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    capsys.readouterr()
    (f,) = [f for f in json.loads(out.read_text())["findings"] if len(f["versions"]) > 1]
    return f


@pytest.mark.parametrize(
    "a, b, n, unit",
    [("killed 14", "killed 12", 5, "people"), ("destroyed 30", "destroyed 40", 2, "lorries")],
)
def test_needs_correction_without_article_is_refused_naming_versions(
    tmp_path, capsys, a, b, n, unit
):
    db = tmp_path / "r.sqlite"
    assert main(["check", *_majority(tmp_path, a, b, n, unit), "--db", str(db), "-q"]) == 0
    f = _finding(db, tmp_path, capsys)
    before = db.read_bytes()
    args = ["review", f["id"], "--status", "needs-correction", "--db", str(db), "--reviewer", "Ed"]
    assert main([*args, "--correction", "x"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "which article is wrong is yours to say" in line and "--article" in line
    assert "odd" in line and "s0" in line  # each version with its articles
    assert a.split()[1] in line and b.split()[1] in line
    assert db.read_bytes() == before  # nothing decided
    assert main([*args, "--article", "odd"]) == 0
    assert "(in odd)" in capsys.readouterr().out
    # the article now chosen is the editor's: marking again needs no --article
    assert main([*args, "--note", "again"]) == 0


def test_a_finding_verified_without_article_is_not_asked_for_one(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    files_ = _majority(tmp_path, "killed 14", "killed 12", 3, "people")
    assert main(["check", *files_, "--db", str(db), "-q"]) == 0
    f = _finding(db, tmp_path, capsys)
    assert (
        main(["review", f["id"], "--status", "verified", "--db", str(db), "--reviewer", "Ed"]) == 0
    )
