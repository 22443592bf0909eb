"""Session 37: the window's save had no racing-story guard. ``workbench
check`` refuses a check of one story when another check saved a different
story into its log while it ran (cli_story); the window saved its own story
over the other without a word. Now the window refuses too: nothing saved,
the other story's findings stay, one line says so, and the window shows the
story the log holds."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS
from test_window import WAIT, make_window, wait_analysis

from workbench.cli import main
from workbench.store import ReviewLog
from workbench.ui import writing

STORIES = {  # two small stories of their own, in other words and figures than cli's tests
    "quake": (
        "A magnitude 5.8 earthquake shook the coastal town of Arlen at 03:10 on Sunday.\n",
        "The 6.1-magnitude quake struck Arlen early Sunday, damaging 40 houses.\n",
    ),
    "strike": (
        "Some 1,200 dock workers walked out at the port of Vessa on Thursday.\n",
        "About 1,500 dockers began a 48-hour strike at Vessa port on Thursday.\n",
    ),
}


def _files(tmp_path, name):
    out = []
    for n, text in enumerate(STORIES[name]):
        p = tmp_path / f"{name}{n}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(str(p))
    return out


def _held(db) -> set[str]:
    log = ReviewLog(str(db), create=False)
    try:
        return {a.id for a in log.articles()}
    finally:
        log.close()


def _racing(monkeypatch, command):
    """Run ``command`` (a check of another story) while the window saves:
    after it read the log's findings, before its transaction."""
    real, ran = writing.kept_ids, []

    def kept_ids(log, loaded):
        if not ran:
            ran.append(main(command))
        return real(log, loaded)

    monkeypatch.setattr(writing, "kept_ids", kept_ids)
    return ran


@pytest.mark.parametrize(("mine", "theirs"), [("seeds", "quake"), ("strike", "quake")])
def test_the_window_refuses_to_save_over_a_story_another_check_saved(
    qtbot, tmp_path, monkeypatch, mine, theirs
):
    db = tmp_path / "story.sqlite"
    if mine == "seeds":
        files = []
        for s in SEEDS:
            shutil.copy(s, tmp_path / s.name)
            files.append(str(tmp_path / s.name))
    else:
        files = _files(tmp_path, mine)
    w = make_window(qtbot)
    w.open_paths(files, str(db))
    wait_analysis(qtbot, w)
    ours = _held(db)
    other = _files(tmp_path, theirs)
    ran = _racing(monkeypatch, ["check", *other, "--db", str(db), "-q"])
    said = len(w.messages.messages)
    w.session.rerun()  # F5: analysed again, saved; another check saves its story meanwhile
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert ran == [0]
    assert _held(db) == {f"{theirs}0", f"{theirs}1"}  # nothing of the window's saved over it
    lines = [t for t, _e in w.messages.messages[said:] if "another story" in t]
    assert len(lines) == 1 and "\n" not in lines[0]
    assert lines[0].startswith(f"{db}: not saved: while this window analysed")
    assert "nothing of this window's was saved" in lines[0] and "2 articles" in lines[0]
    assert "New review" in lines[0] and "could not save" not in lines[0]  # said once
    # the window shows the story the log holds, and saves that one only
    qtbot.waitUntil(lambda: {a.id for a in w.session.articles} == _held(db), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert _held(db) == {f"{theirs}0", f"{theirs}1"} and not ours & _held(db)
    # the refusal stays the latest word: no "changed elsewhere" notice after it
    w.session._check_elsewhere()
    qtbot.waitUntil(lambda: not w.session._looking, timeout=WAIT)
    assert "another story" in w.messages.messages[-1][0]


def test_a_story_of_the_window_checked_again_elsewhere_is_no_other_story(
    qtbot, tmp_path, monkeypatch
):
    """The same story, one of its articles checked again elsewhere with a
    changed text, is no other story: stale, as before (``Stale``)."""
    db = tmp_path / "story.sqlite"
    files = _files(tmp_path, "strike")
    w = make_window(qtbot)
    w.open_paths(files, str(db))
    wait_analysis(qtbot, w)
    (tmp_path / "strike1.txt").write_text(STORIES["strike"][1].replace("48", "72"), "utf-8")
    ran = _racing(monkeypatch, ["check", *files, "--db", str(db), "-q"])
    said = len(w.messages.messages)
    w.session.rerun()
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    shown = " ".join(t for t, _e in w.messages.messages[said:])
    assert "another story" not in shown and "changed elsewhere" in shown
    qtbot.waitUntil(lambda: "72-hour" in w.session.articles[1].text, timeout=WAIT)


def test_a_story_put_in_place_of_the_windows_is_named_when_seen(qtbot, tmp_path):
    """The window at rest sees another check's story in its log: the notice
    names that story (it read as "a text or a date" changed)."""
    db = tmp_path / "story.sqlite"
    w = make_window(qtbot)
    w.open_paths(_files(tmp_path, "strike"), str(db))
    wait_analysis(qtbot, w)
    assert main(["check", *_files(tmp_path, "quake"), "--db", str(db), "-q"]) == 0
    said = len(w.messages.messages)
    w.session._check_elsewhere()
    qtbot.waitUntil(lambda: {a.id for a in w.session.articles} == _held(db), timeout=WAIT)
    (line,) = [t for t, _e in w.messages.messages[said:] if "changed elsewhere" in t]
    assert "another check put another story in place of this window's" in line
    assert "2 articles: quake0, quake1" in line and "a text or a date" not in line
