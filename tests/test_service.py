"""The check service both ``workbench check`` and the window run."""

from __future__ import annotations

import os

import pytest
from conftest import SEEDS, write

from workbench import service
from workbench.analysis import Cancelled
from workbench.articles.unread import Unread
from workbench.store import ReviewLog, StoreError


def no_progress(done: int, total: int, message: str) -> None:
    pass


def test_read_analyse_save_and_what_changed(tmp_path):
    bad = write(tmp_path, "bad.txt", b"\xff\xfe not text \x00")
    copy = write(tmp_path, "copy.txt", SEEDS[0].read_text(encoding="utf-8"))
    seen: list[str] = []
    # a file that cannot be read is refused as `check` refuses it: nothing is added
    # (session 40, polish45), and the message names it and how many were read
    paths = (*map(str, SEEDS), str(SEEDS[0]), str(bad), str(copy))
    with pytest.raises(Unread, match=r"1 of 6 files could not be read .*bad\.txt"):
        service.load_and_analyze((), paths, no_progress, lambda: False)
    paths = (*map(str, SEEDS), str(SEEDS[0]), str(copy))
    loaded = service.load_and_analyze((), paths, lambda d, t, m: seen.append(m), lambda: False)
    assert [a.path for a in loaded.articles] == [str(s) for s in SEEDS]
    assert loaded.notes == (f"{SEEDS[0]}: already open in this review",)
    assert len(loaded.errors) == 1 and "same text as an article already open" in loaded.errors[0]
    assert seen[0] == f"Reading {SEEDS[0].name}"
    log = ReviewLog(tmp_path / "r.sqlite")
    try:
        first = service.save(log, loaded)
        again = service.save(log, service.analyse(loaded.articles))
    finally:
        log.close()
    assert first.changes.new == len(loaded.analysis.discrepancies) > 0
    assert (again.changes.new, again.changes.gone, again.changes.orphaned) == (0, 0, 0)
    assert again.analysis.discrepancies == loaded.analysis.discrepancies


def test_cancelled_before_anything_is_read():
    with pytest.raises(Cancelled):
        service.load_and_analyze((), tuple(map(str, SEEDS)), no_progress, lambda: True)


def test_a_read_only_log_is_not_saved_into(tmp_path, monkeypatch):
    db = tmp_path / "r.sqlite"
    ReviewLog(db).close()
    real_access = os.access  # read-only media (permissions do not stop root)
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode)
    )
    log = ReviewLog(db, create=False)
    try:
        with pytest.raises(service.SaveFailed) as exc:
            service.save(log, service.analyse(service.load(SEEDS)))
    finally:
        log.close()
    assert isinstance(exc.value.cause, StoreError) and "read-only" in str(exc.value)


def test_reopening_a_review_with_all_its_files_says_so_in_one_line(tmp_path):
    # fresh trial: 'open det10/*.txt --db det10.sqlite' gave ten notices
    first = service.load_and_analyze((), tuple(map(str, SEEDS)), no_progress, lambda: False)
    again = service.load_and_analyze(
        first.articles, tuple(map(str, SEEDS)), no_progress, lambda: False
    )
    names = ", ".join(s.name for s in SEEDS)
    # all of them its own files: nothing refused, said as such (trial 33)
    assert again.notes == (f"Reopened this review with its 3 files ({names})",)
    extra = write(tmp_path, "extra.txt", "A fourth report. It says 12 people were hurt.\n")
    more = service.load_and_analyze(
        first.articles, (*map(str, SEEDS), str(extra)), no_progress, lambda: False
    )
    assert more.notes[0] == f"3 files already open in this review ({names}): not added again"
    assert [a.path for a in more.articles][-1] == str(extra)
    one = service.load_and_analyze(first.articles, (str(SEEDS[0]),), no_progress, lambda: False)
    assert one.notes == (f"{SEEDS[0]}: already open in this review",)  # one file added again


def test_the_window_says_once_when_a_web_address_contradicts_a_new_files_date(tmp_path):
    """check prints a doubt about a date the article's own web address
    contradicts; the window's load said nothing (fresh trial). It says it when
    the file comes in, not again at every re-analysis."""
    front = "---\ntitle: T\noutlet: {o}\npublished: {d}\nurl: {u}\n---\n"
    front += "Fire crews fought a blaze.\n"
    paths = []
    for name, d, u in (
        ("a", "2010-11-09", "http://example.com/news/2010/09/11/fire.html"),  # day/month swapped
        ("b", "2010-09-11", "http://example.com/2010/09/11/blaze"),
        ("c", "2010-09-11", ""),
    ):
        p = tmp_path / f"{name}.md"
        p.write_text(front.format(o=name.upper(), d=d, u=u), encoding="utf-8")
        paths.append(str(p))
    first = service.load_and_analyze((), tuple(paths), no_progress, lambda: False)
    said = [n for n in first.notes if "web address says" in n]
    assert len(said) == 1 and said[0].startswith(paths[0])
    assert "2010/09/11" in said[0] and "published 2010-11-09" in said[0]
    again = service.load_and_analyze(first.articles, (), no_progress, lambda: False)
    assert not [n for n in again.notes if "web address says" in n]


def test_the_same_story_under_another_outlet_is_added_as_a_copy(tmp_path):
    """A trial's second paper running one wire story word for word was refused
    by the window ("same text as an article already open") though check
    compares it; the same file saved twice is still refused."""
    body = "Fire crews fought a blaze on Friday. Two people were hurt.\n"
    front = "---\ntitle: {t}\noutlet: {o}\npublished: 2021-06-23\n---\n"
    a = write(tmp_path, "a.md", front.format(t="Blaze", o="Wire") + body)
    b = write(tmp_path, "b.md", front.format(t="Blaze", o="Wire") + "Crews came.\n")
    herald = write(tmp_path, "herald.md", front.format(t="Blaze hits town", o="Herald") + body)
    again = write(tmp_path, "again.md", front.format(t="Blaze", o="Wire") + body)
    paths = (str(a), str(b), str(herald), str(again))
    loaded = service.load_and_analyze((), paths, no_progress, lambda: False)
    assert [x.outlet for x in loaded.articles] == ["Wire", "Wire", "Herald"]
    assert any("under another outlet" in n and "herald.md" in n for n in loaded.notes)
    assert len(loaded.errors) == 1 and loaded.errors[0].startswith(f"{again}: same text")
