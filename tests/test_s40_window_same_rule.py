"""Session 40, trial 46 P9: the window follows check's rule for files given together.

``workbench open a b binary missing empty`` opened on two articles, the
missing and binary files behind a "3 earlier" button and the status bar
saying "2 articles · 0 findings". Now a file that could not be read stops
it as it stops ``check`` (one line each, status 2, no window, no review
log; in the window, nothing added and no log made), and files with nothing
in them to compare are named in one line and in the status bar.
``open --db /nonexistent/dir/x.sqlite`` showed an error, then an empty
window: it is refused in the terminal, as ``check`` refuses that log."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from test_s19_log_of_files import reviewed  # noqa: F401 - a fixture
from test_window import WAIT, drop, make_window, wait_analysis

from workbench.articles import ArticleError, LeftOut, OwnOutput
from workbench.articles.errors import EmptyArticle
from workbench.articles.unread import NotRead, Unread, named, refuse_unread, said
from workbench.cli import main
from workbench.ui import app
from workbench.ui.rows import left_out_text

WILDFIRE = (
    "A wildfire near Lakeside destroyed 40 homes on Tuesday, the county fire chief said.\n\n"
    "About 300 firefighters were sent to the blaze, which began in dry scrub.\n"
)
WILDFIRE_2 = (
    "Firefighters said a wildfire destroyed 42 homes near Lakeside on Tuesday.\n\n"
    "Some 300 firefighters fought the blaze, which started in dry scrub, officials said.\n"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def window_started(monkeypatch):
    """``workbench open`` up to the window: the call that would start it is recorded."""
    calls: list[tuple] = []
    monkeypatch.setattr(app, "main", lambda paths, db=None: calls.append((paths, db)) or 0)
    return calls


def story(tmp_path, *extra: tuple[str, bytes | None]) -> list[str]:
    """Two readable reports, then each extra (name, bytes; None: not written)."""
    (tmp_path / "lakeside-a.txt").write_text(WILDFIRE, encoding="utf-8")
    (tmp_path / "lakeside-b.md").write_text(WILDFIRE_2, encoding="utf-8")
    out = [str(tmp_path / "lakeside-a.txt"), str(tmp_path / "lakeside-b.md")]
    for name, data in extra:
        if data is not None:
            (tmp_path / name).write_bytes(data)
        out.append(str(tmp_path / name))
    return out


# -- the rule, in the core -------------------------------------------------------------
def test_each_message_is_marked_with_its_rule():
    assert isinstance(said(EmptyArticle("e.txt: empty file, left out")), LeftOut)
    assert isinstance(said(OwnOutput("s.md: a workbench summary")), LeftOut)
    assert isinstance(said(ArticleError("x.pdf: broken PDF file")), NotRead)
    assert not isinstance(said(ArticleError("x.pdf: broken PDF file")), LeftOut)


@pytest.mark.parametrize(
    ("messages", "read", "words"),
    [
        ([NotRead("gone.txt: no such file or folder")], 2, ["1 of 3", "gone.txt", "other 2"]),
        (
            [NotRead("a.md: no such file or folder"), LeftOut("e.txt: empty file, left out")],
            1,
            ["1 of 3", "a.md", "without it"],
        ),
        (
            [NotRead("p.pdf: broken PDF file"), NotRead("dir: is a directory")],
            0,
            ["2 of 3", "p.pdf", "dir: is a directory"],
        ),
    ],
)
def test_a_file_not_read_refuses_the_batch(messages, read, words):
    with pytest.raises(Unread) as refused:
        refuse_unread(messages, 3, read)
    for word in words:
        assert word in str(refused.value)
    assert "nothing was added" in str(refused.value)


def test_files_left_out_or_twice_refuse_nothing():
    refuse_unread([LeftOut("e.txt: empty file, left out")], 3, 2)
    refuse_unread(["b.txt: same text as an article already open; not added twice"], 3, 2)


def test_the_status_bar_names_the_files_left_out():
    skipped = [
        LeftOut("scan.png: binary file, not an article (contains NUL bytes)"),
        LeftOut("notes.txt: empty file, left out"),
    ]
    text = left_out_text(skipped)
    assert "scan.png (binary file)" in text and "notes.txt (empty file)" in text
    assert named(skipped[:1]) == "scan.png (binary file)"
    assert left_out_text([]) == ""


# -- the command line: refused before any window ----------------------------------------
@pytest.mark.parametrize(
    "extra",
    [
        [("missing.txt", None), ("empty.txt", b"")],
        [("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), ("typo-in-name.md", None)],
        [("gone-1.txt", None), ("gone-2.html", None)],
    ],
    ids=["missing-and-empty", "binary-and-missing", "two-missing"],
)
def test_open_refuses_a_file_it_cannot_read_as_check_does(
    tmp_path, monkeypatch, capsys, window_started, extra
):
    monkeypatch.chdir(tmp_path)
    paths = story(tmp_path, *extra)
    assert main(["open", *paths]) == 2
    err = capsys.readouterr().err
    assert not window_started
    missing = [name for name, data in extra if data is None]
    for name in missing:
        assert f"workbench: not read: {tmp_path / name}: no such file or folder" in err
    assert f"{len(missing)} of {len(paths)} files could not be read" in err
    assert "the window was not opened" in err and "open the other" in err
    assert not list(tmp_path.glob("*.sqlite"))


def test_open_with_files_left_out_only_starts_the_window(tmp_path, window_started):
    paths = story(tmp_path, ("empty.txt", b""), ("image.txt", b"GIF89a\x00\x01\x00"))
    assert main(["open", *paths]) == 0
    assert window_started == [(paths, None)]


@pytest.mark.parametrize(
    "db", ["/nonexistent/dir/x.sqlite", "{tmp}/lakeside-a.txt/x.sqlite", "{tmp}"]
)
def test_open_refuses_a_log_it_could_never_write(tmp_path, capsys, window_started, db):
    db = db.format(tmp=tmp_path)
    paths = story(tmp_path)
    assert main(["open", *paths, "--db", db]) == 2
    err = capsys.readouterr().err
    assert db in err and "the window was not opened" in err
    assert not window_started


# -- the window ----------------------------------------------------------------------
def test_window_adds_nothing_and_makes_no_log_when_a_file_cannot_be_read(qtbot, tmp_path):
    from workbench.ui import session

    w = make_window(qtbot)
    w.open_paths(story(tmp_path, ("missing.txt", None), ("empty.txt", b"")))
    qtbot.waitUntil(lambda: "could not be read" in w.messages.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert "missing.txt: no such file or folder" in w.messages.text()
    assert w.session.log is None and not w.session.articles
    reviews = session.default_log_folder()
    assert not reviews.exists() or not list(reviews.iterdir())


def test_a_drop_with_a_broken_file_leaves_the_review_as_it_was(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    ok = tmp_path / "extra.txt"
    ok.write_text("Joe Biden said all US troops will leave Afghanistan by September.\n")
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    drop(w, ok, broken)
    qtbot.waitUntil(lambda: "could not be read" in w.messages.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not w.session.busy(), timeout=WAIT)
    assert "scan.pdf" in w.messages.text() and "add the other 1 without it" in w.messages.text()
    assert len(w.session.articles) == 3 and len(w.columns.columns) == 3


def test_window_names_files_left_out_in_one_line_and_the_status_bar(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths(story(tmp_path, ("blank.md", b""), ("photo.txt", b"\xff\xd8\xff\x00\x10JFIF")))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: "Left out" in w.messages.text(), timeout=WAIT)
    shown = w.messages.text()
    assert "blank.md (empty file)" in shown and "photo.txt (binary file)" in shown
    assert len(w.session.articles) == 2 and w.session.log is not None
    counts = w.counts.text()
    assert counts.startswith("2 articles") and "blank.md" in counts and "photo.txt" in counts


def test_the_log_found_for_the_files_names_those_left_out_too(reviewed, qtbot, tmp_path):  # noqa: F811
    """Files opened without --db go to the log already holding them; a binary
    file among them is named once and in the status bar there too."""
    _folder, files, db, _ident = reviewed
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    w = make_window(qtbot)
    w.open_paths([*map(str, files), str(bad)])
    wait_analysis(qtbot, w)
    assert w.session.log is not None and w.session.log.path.resolve() == db.resolve()
    said = w.messages.text() + w.messages.toolTip()
    assert "Left out, nothing in it to compare: " in said and "scan.txt (binary file)" in said
    qtbot.waitUntil(lambda: "scan.txt (binary file)" in w.counts.text(), timeout=WAIT)
