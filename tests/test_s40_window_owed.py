"""Session 40 (user trial 46, issues 15/16): the window's "Correct in" adds to
the articles a finding owes corrections to, as ``review F… --article`` has
since session 39, says so in one line, and *Edit › Withdraw a correction
asked…* takes one back as ``--withdraw`` does. Both work the owed set out
with ``store.owing``: the same choices give the same decision in the log."""

from __future__ import annotations

import shutil

import pytest
from test_s11_correct_in import _window

from workbench.cli import main
from workbench.store import ReviewLog, StoreError
from workbench.store.owing import owed, owing_after
from workbench.ui import owed_articles


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _conflict(w):
    (row,) = [r for r in w.session.rows if r.verdict == "conflict"]
    return row


def _asked(w, ident) -> set[str]:
    return set(w.session.owed(ident))


def _choose(w, data: str) -> None:
    at = w.panel.article.findData(data)
    assert at > 0, data
    w.panel.article.setCurrentIndex(at)


def _decided(w, qtbot, first: str):
    row = _conflict(w)
    w.actions_by_name["advance"].setChecked(False)  # stay on the finding decided
    assert w.select(row.id)
    w.change_review(row.id, {"status": "needs-correction", "article": first}, "Mark", "", {})
    qtbot.waitUntil(lambda: _asked(w, row.id) == {first})
    return row.id


@pytest.mark.parametrize(("first", "then"), [("c", "a"), ("a", "c"), ("c", "d")])
def test_correct_in_adds_to_the_articles_owed_and_says_so(qtbot, tmp_path, first, then):
    w = _window(qtbot, tmp_path)
    ident = _decided(w, qtbot, first)
    steps = w.undo_stack.count()
    _choose(w, then)
    qtbot.waitUntil(lambda: _asked(w, ident) == {first, then})
    said = w.messages.text()
    assert f"Added {then}" in said and f"still owed from before: {first}" in said
    assert "Withdraw a correction" in said and "\n" not in said
    assert w.undo_stack.count() == steps + 1
    w.act_undo()
    qtbot.waitUntil(lambda: _asked(w, ident) == {first})


def test_withdraw_takes_one_back_and_undo_puts_it_back(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    ident = _decided(w, qtbot, "c")
    _choose(w, "a")
    qtbot.waitUntil(lambda: _asked(w, ident) == {"a", "c"})
    assert owed_articles.withdraw(w, "c")
    qtbot.waitUntil(lambda: _asked(w, ident) == {"a"})
    assert "Withdrawn" in w.messages.text() and "owed now: a" in w.messages.text()
    assert w.session.row(ident).status == "needs-correction"
    w.act_undo()
    qtbot.waitUntil(lambda: _asked(w, ident) == {"a", "c"})


def test_withdrawing_the_only_article_owed_is_refused(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    ident = _decided(w, qtbot, "c")
    steps = w.undo_stack.count()
    assert not owed_articles.withdraw(w, "c")
    assert "Nothing to withdraw" in w.messages.text() and "only c" in w.messages.text()
    assert _asked(w, ident) == {"c"} and w.undo_stack.count() == steps


def test_the_window_and_the_command_line_record_the_same_decision(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    db = tmp_path / "x.sqlite"
    copy = tmp_path / "cli.sqlite"
    shutil.copy(db, copy)  # before any decision: the command line decides in a copy
    ident = _decided(w, qtbot, "c")
    _choose(w, "d")
    qtbot.waitUntil(lambda: _asked(w, ident) == {"c", "d"})
    for article in ("c", "d"):
        assert main(["review", ident, "--db", str(copy), "--status", "needs-correction",
                     "--article", article, "--reviewer", "Ann"]) == 0  # fmt: skip

    def members(path):
        log = ReviewLog(path, create=False)
        try:
            (f,) = [f for f in log.findings() if f.id == ident]
            return {m.id: (m.status, m.correct_article) for m in f.members}
        finally:
            log.close()

    assert members(copy) == members(db)


def test_owing_refuses_a_second_correction_text_for_an_article_kept(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    ident = _decided(w, qtbot, "c")
    w.change_review(ident, {"correction": "221 passengers"}, "Edit correction", "", None)
    qtbot.waitUntil(lambda: w.session.row(ident).correction == "221 passengers")
    log = ReviewLog(tmp_path / "x.sqlite", create=False)
    try:
        (f,) = [f for f in log.findings() if f.id == ident]
    finally:
        log.close()
    assert owed(f) == ("c",)
    with pytest.raises(StoreError, match="one correction"):
        owing_after(f, "needs-correction", ("a",), (), "212 passengers")
    kept = owing_after(f, "needs-correction", ("a",), (), "221 passengers")
    assert kept is not None and kept.now == ("a", "c") and kept.kept == ("c",)
