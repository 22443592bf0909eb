"""Links dropped on the window (issue 13, part 2): the page is fetched off the
GUI thread from a server on 127.0.0.1, kept in snapshots/ beside the review log
and added as an article with its URL; a link that cannot be fetched is one
message. A snapshot read back by ``check`` keeps its URL too."""

from __future__ import annotations

import sqlite3
import warnings

import pytest
from conftest import write
from helpers.pages_server import PagesServer
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_fetch_check import STORY
from test_window import WAIT, make_window, wait_analysis

from workbench.articles import load_article, snapshots


@pytest.fixture
def server():
    with PagesServer() as s:
        s.set(story=STORY.format(n="Four", extra=""))
        yield s


def drop(w, mime: QMimeData) -> bool:
    pos = QPoint(200, 200)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
        )
    QApplication.sendEvent(w, enter)
    if enter.isAccepted():
        QApplication.sendEvent(
            w,
            QDropEvent(
                pos.toPointF(),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier(0),
            ),
        )
    return enter.isAccepted()


def links(*urls: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(u) for u in urls])
    return mime


def _one_article(qtbot, tmp_path):
    """A window with one local article about the fire, and its review log."""
    w = make_window(qtbot)
    db = tmp_path / "review.sqlite"
    local = write(
        tmp_path,
        "courier.md",
        "---\ntitle: Fire\npublished: 2024-03-13\n---\nThree firefighters were treated for "
        "smoke inhalation at the warehouse on Tuesday night, the fire service said.\n",
    )
    w.open_paths([str(local)], str(db))
    qtbot.waitUntil(lambda: len(w.session.articles) == 1, timeout=WAIT)
    return w, db


def test_a_dropped_link_is_fetched_kept_and_compared(qtbot, tmp_path, server):
    w, db = _one_article(qtbot, tmp_path)
    url = server.url("/changing/fire")
    assert drop(w, links(url))
    qtbot.waitUntil(lambda: len(w.session.articles) == 2, timeout=WAIT)
    wait_analysis(qtbot, w)
    page = next(a for a in w.session.articles if a.url)
    assert page.url == url and page.id == "127.0.0.1-fire"
    (kept,) = snapshots.snapshots(tmp_path / "snapshots")
    assert page.path == str(kept.path) and kept.url == url
    assert {tuple(sorted(s.text for s in r.sides)) for r in w.session.rows} == {("Four", "Three")}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM articles WHERE url != ''").fetchall() == [(url,)]


def test_a_link_that_cannot_be_fetched_is_one_message(qtbot, tmp_path, server):
    w = make_window(qtbot)
    missing = server.url("/missing")
    assert drop(w, links(missing))
    qtbot.waitUntil(lambda: "HTTP 404" in w.messages.text(), timeout=WAIT)
    assert f"{missing}: HTTP 404 Not Found" in w.messages.text()
    assert w.session.articles == ()


def test_a_link_dragged_as_text_is_taken_and_other_text_is_not(qtbot, server):
    w = make_window(qtbot)
    text = QMimeData()
    text.setText("just some words")
    assert not drop(w, text)
    text.setText(server.url("/changing/fire"))
    assert drop(w, text)
    qtbot.waitUntil(lambda: len(w.session.articles) == 1, timeout=WAIT)


def test_a_snapshot_read_back_keeps_its_url(tmp_path, server):
    url = server.url("/changing/fire")
    path = snapshots.fetch_and_keep(url, tmp_path / "snapshots")
    article = load_article(path)
    assert article.url == url and article.id == "127.0.0.1-fire"
    assert "Four firefighters" in article.text
    elsewhere = write(tmp_path, "copy.html", path.read_bytes())
    assert load_article(elsewhere).url == ""  # only a kept page has a record


def test_ctrl_v_outside_a_text_box_fetches_the_link_inside_one_pastes_text(qtbot, tmp_path, server):
    w, _ = _one_article(qtbot, tmp_path)
    url = server.url("/changing/fire")
    QApplication.clipboard().setText(f"see {url} please")
    # in the note box, Ctrl+V pastes the text and fetches nothing
    w.panel.note.setEnabled(True)
    w.panel.note.setFocus()
    qtbot.keyClick(w.panel.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert url in w.panel.note.toPlainText()
    assert len(w.session.articles) == 1 and not (tmp_path / "snapshots").exists()
    # from the list, it fetches the page and adds it
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(w.session.articles) == 2, timeout=WAIT)
    assert any(a.url == url for a in w.session.articles)
