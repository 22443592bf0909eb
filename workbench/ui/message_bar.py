"""The window's message bar: errors and notices, never modal."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from .plaintext import menu_text, plain_label

KEPT = 8  # messages kept (one shown, the rest counted and listed under "N earlier")
# a notice (not an error) goes by itself after this long: trial 25 found notices
# ("changed on disk …") still standing long after
NOTICE_MS = 45_000
# a notice that only reports something done goes sooner (window41: the editor
# read it as it came; left up, it covered the next one)
DONE_MS = 8_000
MENU_WAIT_MS = 1_000  # a notice due while the earlier list is open: looked at again after this
LISTED = 110  # characters of an earlier message in the "N earlier" list (all in its tooltip)


class Message(NamedTuple):
    text: str
    error: bool
    about: str  # what it is news of: a later message about the same replaces it
    done: bool  # it reports something done (a success): it goes sooner
    serial: int
    # it reports one step of the editor's (done, or ``step``): it goes when
    # the next step begins (``withdraw_steps``), its news about an earlier action
    step: bool = False
    # it tells a state that holds (which review log the window uses and why):
    # it stays until dismissed or replaced by news about the same
    lasting: bool = False
    # (words, what it does): a button beside the message ("Show them": trial 50
    # read "19 flags no longer compared", which named none and opened nothing)
    action: tuple[str, Callable[[], object]] | None = None

    def line(self) -> str:
        return ("⚠ " if self.error else "ℹ ") + self.text


_serials = itertools.count(1)


class MessageBar(QFrame):
    """Errors and notices inside the window; never modal, never lost.

    One message is shown at a time, the newest: several in a row stacked up
    and pushed the columns up (window41's trial). The earlier ones are
    counted on a button that lists them (choose one to show it again) and
    are all in the tooltip. A message about the same thing as one already
    up replaces it (``about``: a second "changed elsewhere", another date of
    the same article) instead of adding another. Notices go by themselves,
    those that report something done sooner; errors stay until dismissed
    (the ✕ puts away the one shown, Esc where no other part of the window
    claims the key all of them) or withdrawn. It takes its own row in the
    layout, under the columns and the list: it never lies over text the
    editor reads (trial 26)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # messages quote file names and article text: plain text
        self.label = plain_label(QLabel())
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.earlier = QToolButton()
        self.earlier.setObjectName("earlierMessages")
        self.earlier.setAutoRaise(True)
        self.earlier.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.earlier.setMenu(QMenu(self.earlier))
        self.earlier.menu().aboutToShow.connect(self._fill_earlier)
        self.act = QPushButton()  # the shown message's action, when it has one
        self.act.setObjectName("messageAction")
        self.act.clicked.connect(self._act)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss this message (Esc dismisses them all)")
        close.clicked.connect(self.dismiss_shown)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.act, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.earlier, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._items: list[Message] = []
        self.hide()

    @property
    def messages(self) -> list[tuple[str, bool]]:
        """Every message up, newest first, as (text, error)."""
        return [(m.text, m.error) for m in self._items]

    def show_message(
        self,
        text: str,
        error: bool = True,
        *,
        about: str = "",
        done: bool = False,
        step: bool = False,
        lasting: bool = False,
        action: tuple[str, Callable[[], object]] | None = None,
        below_errors: bool = False,
    ) -> None:
        """Show ``text`` over the others. ``about``: what it is news of
        (a message up about the same, or with the same text, is replaced);
        ``done``: it reports something done, and goes sooner; ``done`` or
        ``step``: it reports a step, and goes when the next one begins;
        ``lasting``: it tells a state that holds, and stays until dismissed
        or replaced (user trial 47: which log the window reopened, and why,
        went in eight seconds); ``action``: (words, what it does), a button;
        ``below_errors``: a notice less important than the errors up (what a
        run found): it comes in under them."""
        if self._items and self._items[0][:4] == (text, error, about or text, done):
            return  # the same news twice in a row is said once
        key = about or text
        if not error and any(m.error and m.about == key for m in self._items):
            return  # an error up about the same says more (two writers: trial 28's warning)
        self._items = [m for m in self._items if m.about != key and m.text != text]
        lasting = lasting and not error
        ended = not error and not lasting and (done or step)
        done = done and not error and not lasting
        message = Message(text, error, key, done, next(_serials), ended, lasting, action)
        # the most important first: a run's notice comes in under the errors up
        # (trial 50: "the date change moved what is compared" covered the warning
        # that the date disagrees with the web address, under "1 earlier (⚠ 1)")
        under = below_errors and not error
        self._items.insert(sum(m.error for m in self._items) if under else 0, message)
        del self._items[KEPT:]
        self._render()
        self._time(message)

    def _time(self, message: Message) -> None:
        """A notice goes by itself (an error or a lasting one stays)."""
        if not message.error and not message.lasting:
            ms = DONE_MS if message.done else NOTICE_MS
            QTimer.singleShot(ms, self, lambda: self._expire(message.serial))

    def _expire(self, serial: int) -> None:
        """A notice's time is up (unless it was said again since). Not while
        the editor reads the list of earlier ones: a notice gone from under
        the open list left nothing to bring back, and the bar went empty
        (user trial 47); it goes once the list is closed."""
        if self.earlier.menu().isVisible():
            QTimer.singleShot(MENU_WAIT_MS, self, lambda: self._expire(serial))
            return
        kept = [m for m in self._items if m.serial != serial]
        if len(kept) != len(self._items):
            self._items = kept
            self._render()

    def withdraw_steps(self) -> None:
        """The next step begins: the notices reporting earlier ones go."""
        kept = [m for m in self._items if not m.step]
        if len(kept) != len(self._items):
            self._items = kept
            self._render()

    def withdraw(self, text: str) -> None:
        """Take back one message whose news no longer holds (a date warning
        after the date was undone stayed up: fresh trial)."""
        kept = [m for m in self._items if m.text != text]
        if len(kept) != len(self._items):
            self._items = kept
            self._render()

    def withdraw_lasting(self, about: str) -> None:
        """Take back a lasting notice about ``about`` (the log it named is
        no longer the one open)."""
        kept = [m for m in self._items if not (m.lasting and m.about == about)]
        if len(kept) != len(self._items):
            self._items = kept
            self._render()

    def bring_back(self, serial: int) -> None:
        """Show an earlier message again (chosen from the "N earlier" list),
        for a notice's whole time from now: brought back with the time it had
        left, a notice reporting something done went at once (user trial 47:
        choosing it from "1 earlier" emptied the bar). The editor asked for
        it: the next step does not take it back."""
        chosen = [m for m in self._items if m.serial == serial]
        if chosen:
            again = chosen[0]._replace(serial=next(_serials), done=False, step=False)
            self._items = [again] + [m for m in self._items if m.serial != serial]
            self._render()
            self._time(again)

    def _render(self) -> None:
        if not self._items:
            self.hide()
            return
        shown, rest = self._items[0], self._items[1:]
        self.setProperty("kind", "error" if shown.error else "info")
        self.style().unpolish(self)  # the stylesheet keys on the property
        self.style().polish(self)
        self.label.setText(shown.line())
        self.act.setVisible(shown.action is not None)
        self.act.setText(shown.action[0] if shown.action else "")
        errors = sum(m.error for m in rest)
        count = f"{len(rest)} earlier" + (f" (⚠ {errors})" if errors else "")
        self.earlier.setText(count)
        self.earlier.setToolTip(f"{count}: choose one to show it again")
        self.earlier.setVisible(bool(rest))
        self.setToolTip("\n".join(m.line() for m in self._items))
        self.show()

    def _act(self) -> None:
        if self._items and self._items[0].action:
            self._items[0].action[1]()

    def _fill_earlier(self) -> None:
        menu = self.earlier.menu()
        menu.clear()
        menu.setToolTipsVisible(True)
        for m in self._items[1:]:
            line = m.line()
            cut = line if len(line) <= LISTED else line[: LISTED - 1] + "…"
            action = menu.addAction(menu_text(cut))
            action.setToolTip(line)
            action.triggered.connect(lambda _c=False, s=m.serial: self.bring_back(s))
        menu.addSeparator()
        menu.addAction("Dismiss all (Esc)").triggered.connect(self.dismiss)

    def text(self) -> str:
        """The message shown ("" when the bar is hidden)."""
        return self.label.text() if self.isVisible() else ""

    def dismiss_shown(self) -> None:
        """The ✕: the message shown goes; the one before it shows."""
        self._items = self._items[1:]
        self._render()

    def dismiss(self) -> None:
        self._items.clear()
        self._render()
