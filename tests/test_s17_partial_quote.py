"""A partial fix of a quote is not taken for the correction (fresh editor
trial 22: asked to read "and there were another dozen", an article edited to
"and there were dozen" was called "looks made", because its version — the
words where it differs, "there were" — sits inside the words asked for). A
quote's correction looks made when the sentence holds the words asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog

QUOTE = (
    "A fire broke out at a hotel in Leeds on Tuesday night.\n"
    "“All the staff - and {} other guests who were at the dinner - got out safely,” "
    "fire chief Tom Hale said.\n"
)
ASKED = "and all of the other guests"


def _quote_findings(db: str):
    log = ReviewLog(db)
    try:
        return [f for f in log.findings() if f.kind == "quote" and f.active]
    finally:
        log.close()


@pytest.fixture
def asked(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, f"{x}.txt", "2021-06-23", QUOTE.format(words))
        for x, words in (("a", "all of the"), ("b", "the"), ("c", "some"))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    (three,) = [f for f in _quote_findings(db) if len(f.versions) == 3]
    ask = ["--status", "needs-correction", "--article", "c", "--correction", ASKED]
    assert main(["review", three.id, "--db", db, *ask]) == 0
    return db, paths


def _edit_c(paths, words: str) -> None:
    c = Path(paths[2])
    c.write_text(c.read_text(encoding="utf-8").replace("and some other", words), encoding="utf-8")


@pytest.mark.parametrize("partly", ["and all other", "and of the other", "and all the other"])
def test_a_quote_fixed_partly_is_not_made(asked, partly):
    db, paths = asked
    _edit_c(paths, partly)
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        every = log.findings()
    finally:
        log.close()
    assert not any("c" in f.corrected for f in every)
    # still to do: not made yet (the decision followed the edit), or to check
    assert any("c" in f.edited_unmade or "c" in f.asked_unconfirmed for f in every)


def test_a_quote_fixed_as_asked_looks_made(asked):
    db, paths = asked
    _edit_c(paths, ASKED)
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        made = [f for f in log.findings() if "c" in f.corrected]
    finally:
        log.close()
    assert made


def test_one_misquote_is_one_finding_with_each_sources_words(tmp_path, monkeypatch):
    """Trial 22: the same misquote showed as two findings, one naming the
    whole sentence, one the changed word: a quote's version is the source's
    whole quotation, and is named by it (trial 26: an editor copies a version
    into a correction; the words where one pair differs were no quotation)."""
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = [
        _write(tmp_path, f"{x}.txt", "2021-06-23", QUOTE.format(words))
        for x, words in (("a", "all of the"), ("b", "the"), ("c", "some"))
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    (quote,) = _quote_findings(db)
    whole = "All the staff - and {} other guests who were at the dinner - got out safely,"
    assert {v.value: v.sources for v in quote.versions} == {
        whole.format("all of the"): ("a",),
        whole.format("the"): ("b",),
        whole.format("some"): ("c",),
    }
    assert len(quote.members) == 3
