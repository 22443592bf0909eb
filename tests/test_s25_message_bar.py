"""One notice at a time (window41: an editor's trial saw several notices stack
up in the message bar and push the columns up): the newest is shown, the
earlier ones counted on a button that lists them; a notice about the same thing
as one already up replaces it; one that reports something done goes sooner
than one to read, and errors stay."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_window import seeded as seeded  # the fixture

from workbench.ui import message_bar
from workbench.ui.message_bar import MessageBar
from workbench.ui.notices import CHANGED_ELSEWHERE, ELSEWHERE, date_of


def _bar(qtbot) -> MessageBar:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.resize(1200, 40)
    bar.show()
    return bar


def test_several_notices_take_the_room_of_one(qtbot, seeded):
    w, _db = seeded
    w.messages.show_message("a.txt: published 2021-06-23, as given earlier", False)
    QApplication.processEvents()
    one = w.messages.height(), w.main_split.height()
    for text, error in [
        ("b.txt: published 2102-06-23 is in the future", True),
        ("Decisions are signed “root”: type your name under Reviewer", False),
        ("c.txt: the same text as Reuters, under another outlet", False),
    ]:
        w.messages.show_message(text, error)
    QApplication.processEvents()
    assert (w.messages.height(), w.main_split.height()) == one  # nothing pushed further
    assert w.messages.text() == "ℹ c.txt: the same text as Reuters, under another outlet"
    assert "2102-06-23" not in w.messages.text() and w.messages.earlier.text() == "3 earlier (⚠ 1)"


def test_the_earlier_ones_are_listed_and_one_can_be_shown_again(qtbot):
    bar = _bar(qtbot)
    for text in ("first: a.txt could not be read", "second notice", "third notice"):
        bar.show_message(text, text.startswith("first"))
    menu = bar.earlier.menu()
    menu.aboutToShow.emit()
    listed = [a.text() for a in menu.actions() if a.text()]
    assert listed[:2] == ["ℹ second notice", "⚠ first: a.txt could not be read"]
    next(a for a in menu.actions() if "first" in a.text()).trigger()
    assert bar.text() == "⚠ first: a.txt could not be read"
    assert bar.property("kind") == "error"  # the bar's colour is the shown one's
    bar.dismiss_shown()  # the ✕: that one goes, the newest left shows
    assert bar.text() == "ℹ third notice" and len(bar.messages) == 2


def test_a_notice_about_the_same_thing_replaces_the_earlier(qtbot):
    bar = _bar(qtbot)
    bar.show_message("an unrelated error", True)
    bar.show_message("ECB+ 10_2ecb: invalid date '2008-02-30'", True, about=date_of("10_2ecb"))
    bar.show_message(
        "ECB+ 10_3ecb: published 2099-12-08 is in the future", True, about=date_of("10_3ecb")
    )
    bar.show_message(
        "ECB+ 10_2ecb: published 2031-02-03 is in the future", True, about=date_of("10_2ecb")
    )
    texts = [t for t, _e in bar.messages]
    assert texts == [
        "ECB+ 10_2ecb: published 2031-02-03 is in the future",
        "ECB+ 10_3ecb: published 2099-12-08 is in the future",
        "an unrelated error",
    ]


def test_the_log_changed_elsewhere_is_said_once_however_often(qtbot, seeded):
    w, _db = seeded
    w.session.info.emit("This review log was changed elsewhere: 2 articles' texts", ELSEWHERE)
    w.session.info.emit(CHANGED_ELSEWHERE, ELSEWHERE)
    w.session.info.emit(CHANGED_ELSEWHERE, ELSEWHERE)
    said = [t for t, _e in w.messages.messages if "changed elsewhere" in t]
    # the list brought up to date goes to the status bar (user trial 48), what
    # changed there stays in the bar, once
    assert said == ["This review log was changed elsewhere: 2 articles' texts"]
    assert not w.messages.earlier.isVisible()


def test_a_success_goes_sooner_than_a_notice_and_an_error_stays(qtbot, monkeypatch):
    monkeypatch.setattr(message_bar, "DONE_MS", 50)
    monkeypatch.setattr(message_bar, "NOTICE_MS", 3_600_000)
    bar = _bar(qtbot)
    bar.show_message("b.txt: could not be read", True)
    bar.show_message("c.txt: shares no claim with the others", False)
    bar.show_message("Opened review.sqlite, which holds these files", False, done=True)
    assert bar.text().endswith("which holds these files")
    qtbot.waitUntil(lambda: len(bar.messages) == 2, timeout=5000)
    assert bar.messages == [
        ("c.txt: shares no claim with the others", False),
        ("b.txt: could not be read", True),
    ]
    assert bar.text() == "ℹ c.txt: shares no claim with the others"


def test_an_error_is_never_marked_done(qtbot, monkeypatch):
    monkeypatch.setattr(message_bar, "DONE_MS", 10)
    monkeypatch.setattr(message_bar, "NOTICE_MS", 10)
    bar = _bar(qtbot)
    bar.show_message("x.sqlite: not a review log", True, done=True)
    qtbot.wait(100)
    assert bar.messages == [("x.sqlite: not a review log", True)]


def test_a_notice_never_covers_an_error_about_the_same_thing(qtbot):
    """A colleague's note arrived while the editor typed: the warning naming
    it stays shown, not hidden behind the general "changed elsewhere"."""
    bar = _bar(qtbot)
    warning = "⚠ Note changed elsewhere; the log has: “theirs”. Your note below is not saved yet"
    bar.show_message(warning, True, about=ELSEWHERE)
    bar.show_message(CHANGED_ELSEWHERE, False, about=ELSEWHERE)
    assert bar.messages == [(warning, True)]
    bar.withdraw(warning)  # settled
    bar.show_message(CHANGED_ELSEWHERE, False, about=ELSEWHERE)
    assert bar.messages == [(CHANGED_ELSEWHERE, False)]
