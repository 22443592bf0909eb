"""Session 39 (lead, trying polish44's owed corrections as an editor): adding an
article to those owed with ANOTHER proposed correction re-wrote the correction the
earlier article was owed (3_1 owed "convicted in June 1999"; naming 3_2 with "June
1998" made the report ask 3_1 to print "June 1998"). Session 42 (trial 49):
each article now has its own correction, so the earlier one is kept, never
re-written."""

from __future__ import annotations

from test_s39_owed_corrections import NC, _log, _review

from workbench.store import ReviewLog


def _corrections(db: str) -> dict[str, str]:
    log = ReviewLog(db, create=False)
    (f,) = log.findings()
    log.close()
    return {m.correct_article: m.correction for m in f.members if m.correct_article}


def test_another_correction_for_an_added_article_keeps_the_earlier_one(tmp_path, capsys):
    """Session 42 (trial 49): each article has its own correction; adding one
    with another text no longer re-writes (nor is refused for) the earlier one."""
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "d", "--correction", "24 dead") == 0
    assert _review(db, fid, *NC, "--article", "a", "--correction", "5 dead") == 0
    assert _corrections(db)["d"] == "24 dead"
    assert _corrections(db)["a"] == "5 dead"


def test_the_same_correction_or_the_earlier_article_withdrawn_goes_through(tmp_path):
    db, fid = _log(tmp_path)
    assert _review(db, fid, *NC, "--article", "a", "--correction", "5 dead") == 0
    assert _review(db, fid, *NC, "--article", "b", "--correction", "5 dead") == 0
    assert set(_corrections(db)) == {"a", "b"}
    assert set(_corrections(db).values()) == {"5 dead"}
    withdraw = ("--withdraw", "a", "--withdraw", "b")
    assert _review(db, fid, *NC, "--article", "d", "--correction", "24 dead", *withdraw) == 0
    assert _corrections(db) == {"d": "24 dead"}
