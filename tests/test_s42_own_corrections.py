"""Session 42 (user trial 49, problem 3): each article named in a decision on a
finding gets its OWN proposed correction, or none, never another article's
sentence. Trial 49 chose "Correct in 28_11" with UPI's wording, then named 28_12
and 28_5: the report proposed UPI's sentence to both, and a second --correction
was refused. Now ``--article A --correction TEXT`` repeats per article; an
article named with no text is proposed none; the report shows under each article
only its own; the log keeps one text per pair (old logs read as before)."""

from __future__ import annotations

import json

import pytest
from test_s39_owed_corrections import NC, _log, _review

from workbench.cli import main
from workbench.store import Change, ReviewLog


def _texts(db: str) -> dict[str, set[str]]:
    """Each article asked, with the texts its pairs hold."""
    log = ReviewLog(db, create=False)
    (f,) = log.findings()
    log.close()
    out: dict[str, set[str]] = {}
    for m in f.members:
        if m.correct_article and m.status != "open":
            out.setdefault(m.correct_article, set()).add(m.correction)
    return out


def _report(db: str, tmp_path, fmt: str) -> str:
    out = tmp_path / f"r.{fmt}"
    assert main(["report", "--db", db, "--format", fmt, "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _under(md: str, article: str) -> str:
    """The md report's section of one article (its heading to the next)."""
    parts = md.split("\n## ")
    mine = [p for p in parts if p.split("\n", 1)[0].strip() == article]
    assert mine, article
    return mine[0]


def test_each_article_named_gets_its_own_correction(tmp_path):
    db, fid = _log(tmp_path)
    given = ("--article", "a", "--correction", "24 dead, says a")
    given += ("--article", "b", "--correction", "24 dead, says b")
    assert _review(db, fid, *NC, *given) == 0
    texts = _texts(db)
    assert texts["a"] == {"24 dead, says a"}
    assert texts["b"] == {"24 dead, says b"}
    assert all(t <= {"", "24 dead, says a", "24 dead, says b"} for t in texts.values())
    data = json.loads(_report(db, tmp_path, "json"))
    (item,) = [f for f in data["findings"] if f["id"] == fid]
    (decision,) = item["decisions"]
    assert decision["corrections"]["a"] == "24 dead, says a"
    assert decision["corrections"]["b"] == "24 dead, says b"
    assert decision["correction"] == ""  # no one text shown as every article's


def test_an_article_added_without_a_correction_is_proposed_none(tmp_path, capsys):
    """The trial's steps: one article with a correction, then two more named
    with none; they must not be proposed the first article's wording."""
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "d", "--correction", "5 dead, says d") == 0
    assert _review(db, fid, *NC, "--article", "a", "--article", "b") == 0
    texts = _texts(db)
    assert texts["d"] == {"5 dead, says d"}
    assert texts["a"] == {""} and texts["b"] == {""}
    md = _report(db, tmp_path, "md")
    assert "5 dead, says d" not in _under(md, "a") + _under(md, "b")
    assert "5 dead, says d" in _under(md, "d")
    html = _report(db, tmp_path, "html")
    assert html.count("5 dead, says d") >= 1


def test_another_text_for_an_added_article_keeps_the_earlier_ones(tmp_path, capsys):
    """Session 39 refused it (one text for every article asked); each article
    now has its own, and the earlier one is never re-written."""
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "a", "--correction", "5 dead") == 0
    capsys.readouterr()
    assert _review(db, fid, *NC, "--article", "d", "--correction", "24 dead") == 0
    out = capsys.readouterr().out
    texts = _texts(db)
    assert texts["a"] == {"5 dead"} and texts["d"] == {"24 dead"}
    assert "in a: 5 dead; in d: 24 dead" in out


def test_two_corrections_for_one_article_are_refused(tmp_path, capsys):
    db, fid = _log(tmp_path)
    with pytest.raises(SystemExit):
        _review(db, fid, *NC, "--article", "a", "--correction", "x", "--correction", "y")
    assert "give one --correction after each --article" in capsys.readouterr().err
    assert _texts(db) == {}


def test_a_correction_before_the_articles_goes_to_each_named_without_its_own(tmp_path):
    db, fid = _log(tmp_path)
    opts = ("--correction", "24 dead", "--article", "a", "--article", "b")
    assert _review(db, fid, *NC, *opts, "--correction", "24 dead (b)") == 0
    texts = _texts(db)
    assert texts["a"] == {"24 dead"} and texts["b"] == {"24 dead (b)"}


def test_a_log_written_with_one_text_for_two_articles_reads_as_before(tmp_path):
    """A log from before: one decision's text held by the pairs of both
    articles it asks. The report shows it once per article, unchanged."""
    db, fid = _log(tmp_path)
    log = ReviewLog(db, create=False)
    log.decide(fid, Change("needs-correction", None, "24 dead", "Ann", whole=True), ("a", "b"))
    log.close()
    assert _texts(db)["a"] == {"24 dead"} == _texts(db)["b"]
    md = _report(db, tmp_path, "md")
    assert "**Proposed correction:** 24 dead" in _under(md, "a")
    assert "**Proposed correction:** 24 dead" in _under(md, "b")
    data = json.loads(_report(db, tmp_path, "json"))
    (item,) = [f for f in data["findings"] if f["id"] == fid]
    assert item["decisions"][0]["correction"] == "24 dead"


def _two_texts(tmp_path) -> tuple[str, str]:
    db, fid = _log(tmp_path)
    given = ("--article", "a", "--correction", "text a", "--article", "b", "--correction", "text b")
    assert _review(db, fid, *NC, *given) == 0
    return db, fid


def test_a_note_added_later_keeps_each_articles_own_text(tmp_path):
    """The window saves a note on the whole finding; the finding's latest
    correction was copied to every pair, giving one article another's."""
    db, fid = _two_texts(tmp_path)
    log = ReviewLog(db, create=False)
    log.decide(fid, Change(None, "checked with the desk", None, "Ann"), None)
    log.close()
    texts = _texts(db)
    assert texts["a"] == {"text a"} and texts["b"] == {"text b"}


def test_one_articles_text_typed_alone_leaves_the_others(tmp_path):
    db, fid = _two_texts(tmp_path)
    log = ReviewLog(db, create=False)
    log.decide(fid, Change(reviewer="Ann", corrections=(("b", "text b, again"),)), None)
    log.close()
    texts = _texts(db)
    assert texts["a"] == {"text a"} and texts["b"] == {"text b, again"}


def test_a_pair_left_open_is_given_no_articles_correction(tmp_path):
    """Trial 49: "Decision: open (for 4 of its 29 pairs)" printed with the
    finding's correction: a pair asking no article was given the latest one."""
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "d", "--correction", "5 dead, says d") == 0
    log = ReviewLog(db, create=False)
    (f,) = log.findings()
    opened = f.members[0].id
    log.set_review(opened, "open", None, "", "Ann", "", whole=True)
    log.decide(fid, Change(None, "a note", None, "Ann"), None)
    (f,) = log.findings()
    log.close()
    (m,) = [m for m in f.members if m.id == opened]
    assert (m.status, m.correct_article, m.correction) == ("open", "", "")
