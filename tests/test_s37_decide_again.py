"""Session 37: deciding again a finding that sources joined since its
decision (``store.scope``, schema 9) covers them, yet the confirmation did
not say which: ``review F… --status`` and the window now name the sources it
covers now, by version; a decision that covers nothing new says nothing of it."""

from __future__ import annotations

import pytest
from test_findings_log import _toll
from test_s36_decision_scope import _decided, _joined
from test_window import make_window

from workbench.cli import main
from workbench.store import Change, ReviewLog


def _joined_log(tmp_path, status, articles, joins) -> tuple[str, str]:
    """A log whose one finding was decided, then ``joins`` (version, sources)
    joined it without a pair; its path and the finding's id."""
    log = _decided(tmp_path, Change(status, reviewer="Ann"), articles)
    analysis = _toll("a")
    for value, who in joins:
        analysis = _joined(analysis, value, *who)
    log.save_analysis(analysis)
    (f,) = log.findings()
    path = str(log.path)
    log.close()
    return path, f.id


CASES = [  # decided, then joined: (version, sources) …; the decision made again
    ("verified", None, [("24", ("b",))], "verified", "now covers b (‘24’), which joined"),
    (
        "needs-correction",
        ("d",),
        [("24", ("b", "c"))],
        "needs-correction",
        "now covers b, c (‘24’), all joined since the decision before",
    ),
    (
        "verified",
        None,
        [("5", ("c",)), ("24", ("b",))],
        "disputed",
        "now covers b (‘24’); c (‘5’), all joined",
    ),
]


@pytest.mark.parametrize(("status", "articles", "joins", "again", "said"), CASES)
def test_deciding_again_says_the_sources_it_covers_now(
    tmp_path, capsys, status, articles, joins, again, said
):
    db, fid = _joined_log(tmp_path, status, articles, joins)
    capsys.readouterr()
    command = ["review", fid, "--status", again, "--db", db, "--reviewer", "Bo"]
    if again != "verified":  # the article it asks, as an editor names it
        command += ["--article", "d" if again == "needs-correction" else "a"]
    assert main(command) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith(fid)]
    assert said in line
    # the same again covers nothing new, and says nothing of it
    assert main(command) == 0
    assert "now covers" not in capsys.readouterr().out


def test_a_note_alone_covers_nothing_and_says_nothing(tmp_path, capsys):
    db, fid = _joined_log(tmp_path, "verified", None, [("24", ("b",))])
    capsys.readouterr()
    assert main(["review", fid, "--note", "b is new", "--db", db, "--reviewer", "Bo"]) == 0
    assert "now covers" not in capsys.readouterr().out
    log = ReviewLog(db, create=False)
    assert log.findings()[0].scope == ("a", "d")  # nothing covered
    log.close()


def test_the_window_says_the_sources_a_decision_covers_now(qtbot, tmp_path, monkeypatch):
    db, fid = _joined_log(tmp_path, "verified", None, [("24", ("b", "c"))])
    w = make_window(qtbot)
    monkeypatch.setattr(w.session, "_start", lambda *a, **k: None)  # the log's rows, as saved
    assert w.open_log(db)
    qtbot.waitUntil(lambda: w.session.row(fid) is not None and not w.session.busy())
    assert w.session.row(fid).joined_by == (("24", ("b", "c")),)
    w.change_review(fid, {"status": "verified"}, "Mark verified", "")
    qtbot.waitUntil(lambda: not w.session.row(fid).joined_by)
    said = w.statusBar().currentMessage()
    assert "Marked verified: now covers b, c (‘24’), all joined since the decision before" in said
    # once covered, the same decision again says nothing of it
    w.statusBar().clearMessage()
    w.change_review(fid, {"status": "verified"}, "Mark verified", "")
    assert "now covers" not in w.statusBar().currentMessage()
