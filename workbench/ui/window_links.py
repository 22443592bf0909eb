"""Manual alignment in the window (issue 16): right-click a sentence in a
column to link it with a sentence of another article the engine missed (then
click that sentence; Esc cancels), or to unlink it from a sentence the engine
aligned it with.

Each change is a :class:`LinkChange` on the window's undo stack: its redo and
undo call the review log (the link is kept there with who and when, by the
sentences' content) and re-run the analysis, which applies every manual link.
The columns are not changed: their text boxes are reached from outside (a
custom context menu and, while a link is being made, an application event
filter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
)
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QTextEdit

from ..manual_links import WITHDRAWN
from ..model import Claim
from ..naming import clip
from .notices import LINK
from .plaintext import menu_text
from .session import ReviewSession

LINK_TEXT = "Link with a sentence in another article…"
DIFFERS_LINK_TEXT = "Link with a sentence in another article that differs…"
DIFFERS_LABEL = (
    "{left}\n{right}\n\n"
    "Say what these two sentences state differently: an editor's finding, listed, reported\n"
    "and decided like any other. Empty: nothing differs (the finding is withdrawn, its\n"
    "reviews kept).\n\nThey differ:"
)


class LinkChange(QUndoCommand):
    """Link or unlink two claims of the latest analysis; undo gives the pair
    back the kind it had (none, link or unlink). Every step is written to the
    log's link history under ``who`` on the log's writer thread (the GUI
    thread never waits on the disk), then the analysis re-runs and
    ``done(message)`` confirms it."""

    def __init__(
        self,
        session: ReviewSession,
        kind: str,
        left: str,
        right: str,
        who: str,
        text: str,
        done=None,
        differs: str | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.kind, self.left, self.right, self.who = kind, left, right, who
        self.link_id = ""
        self.before = WITHDRAWN
        self.done = done or (lambda _message: None)
        # what the editor says differs (an editor's finding; None: unchanged),
        # and what the link said before, for the undo
        self.differs, self.said_before = differs, None

    def _run(self, write, message: str) -> None:
        if self.session.log is None:
            self.session.failed.emit("no review log is open")
            return

        def written(_result) -> None:
            self.session.rerun()
            self.done(message)

        def failed(exc: BaseException) -> None:
            self.session.failed.emit(f"could not save the link: {exc}")

        # jobs run in order: an undo queued behind this redo sees its link id
        self.session.write(write, written, failed)

    def redo(self) -> None:
        said = "Linked" if self.kind == "link" else "Unlinked"
        if self.differs:
            said = "Raised: they differ"
        if self.link_id:
            self._run(
                lambda log: log.restore_link(
                    self.link_id, self.kind, self.who, "redo", self.differs
                ),
                f"{said} again",
            )
            return

        def first(log) -> None:
            if self.differs is not None:
                was = log.link_between(self.left, self.right)
                self.said_before = was.differs if was is not None else ""
            link, self.before = log.set_link(
                self.kind, self.left, self.right, self.who, "", self.differs
            )
            self.link_id = link.id

        self._run(first, said)

    def undo(self) -> None:
        def back(log) -> None:
            if self.link_id:  # else the first write failed: nothing to take back
                log.restore_link(self.link_id, self.before, self.who, "undo", self.said_before)

        self._run(back, f"Undid: {self.text()}")


class _LinkPicker(QObject):
    """While a link is being made: a click on a sentence of another column
    ends it, Esc cancels it. Installed on the application; after the click
    that ends it, it stays until that click's release has passed (a release
    on a sentence would select the sentence's flag)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        on_column = self.window._column_of_viewport(watched)
        if kind == QEvent.Type.MouseButtonRelease and on_column is not None:
            if self.ending:
                self.window._drop_picker(self)
            return True
        if self.ending:
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.window.cancel_link("Link cancelled")
                return True
            return False
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and on_column is not None
            and event.button() == Qt.MouseButton.LeftButton
        ):
            pos = on_column.text.cursorForPosition(event.position().toPoint()).position()
            self.window._link_target(on_column.article.id, pos)
            return True
        return False


class LinksMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin)."""

    _link_from: str = ""  # the claim a link is being made from
    _menu_claim: str = ""  # the claim whose context menu is open
    _picker: _LinkPicker | None = None
    _link_differs: bool = False  # the link being made will ask what differs

    def _wire_links(self, column) -> None:
        text = column.text
        text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        text.customContextMenuRequested.connect(
            lambda point, c=column: self._sentence_menu(c, point)
        )

    def _column_of_viewport(self, widget: QObject):
        return next((c for c in self.columns.columns if c.text.viewport() is widget), None)

    def claim_at(self, article: str, pos: int) -> Claim | None:
        """The sentence of ``article`` holding character ``pos`` (latest analysis)."""
        analysis = self.session.analysis
        if analysis is None:
            return None
        return next(
            (c for c in analysis.claims if c.article == article and c.start <= pos < c.end + 1),
            None,
        )

    def aligned_with(self, claim: str) -> list[tuple[Claim, bool]]:
        """The claims aligned with ``claim`` now, and whether an editor linked
        them, in column order (as the editor sees the columns)."""
        analysis, claims = self.session.analysis, self.session.claims
        out = []
        for a in analysis.alignments if analysis is not None else ():
            other = a.right if a.left == claim else a.left if a.right == claim else None
            if other is not None and other in claims:
                out.append((claims[other], a.manual))
        order = {c.article.id: i for i, c in enumerate(self.columns.columns)}
        return sorted(out, key=lambda o: (order.get(o[0].article, len(order)), o[0].start))

    def sentence_menu(self, article: str, pos: int) -> QMenu | None:
        """The context menu of the sentence at ``pos``: copy, link, unlink."""
        claim = self.claim_at(article, pos)
        column = self.columns.column(article)
        menu = QMenu(self)
        if column is not None:
            copy = menu.addAction("&Copy", column.text.copy)
            copy.setEnabled(column.text.textCursor().hasSelection())
            menu.addSeparator()
        if claim is None or self.session.log is None:
            menu.addAction("No sentence here to link").setEnabled(False)
            return menu
        busy = self.session.busy() or self.session.log.read_only
        link = menu.addAction(LINK_TEXT, lambda: self.start_link(claim.id))
        link.setEnabled(not busy and len(self.session.articles) > 1)
        differs = menu.addAction(DIFFERS_LINK_TEXT, lambda: self.start_link(claim.id, True))
        differs.setEnabled(not busy and len(self.session.articles) > 1)
        partners = self.aligned_with(claim.id)
        for other, manual in partners:
            name = self._labels.get(other.article, other.article)
            label = f"Unlink from {name}: {clip(other.text, 50)}"
            action = menu.addAction(
                menu_text(label + (" (linked by hand)" if manual else "")),
                lambda o=other.id: self.push_link("unlink", claim.id, o),
            )
            action.setEnabled(not busy)
        for other, _manual in partners:  # an aligned pair the engine saw no difference in
            name = self._labels.get(other.article, other.article)
            said = " (said)" if self.differs_between(claim.id, other.id) else ""
            action = menu.addAction(
                menu_text(f"They differ from {name}{said}: {clip(other.text, 50)}…"),
                lambda o=other.id: self.ask_differs(claim.id, o),
            )
            action.setEnabled(not busy)
        return menu

    def differs_between(self, left: str, right: str) -> str:
        """What an editor's link between two claims says differs ("" nothing)."""
        analysis = self.session.analysis
        for a in analysis.manual if analysis is not None else ():
            if a.claims and set(a.claims) == {left, right} and a.link.raises:
                return a.link.differs
        return ""

    def ask_differs(self, left: str, right: str) -> None:
        """The link dialog's "They differ: ___": what differs between two
        sentences, recorded as a link that is an editor's finding."""
        was = self.differs_between(left, right)
        claims = self.session.claims
        named = [
            f"{self._labels.get(claims[c].article, claims[c].article)}: {clip(claims[c].text, 90)}"
            if c in claims
            else c
            for c in (left, right)
        ]
        label = DIFFERS_LABEL.format(left=named[0], right=named[1])
        what, ok = QInputDialog.getText(self, "They differ", label, text=was)
        what = " ".join(what.split())
        if ok and what != was:
            self.push_link("link", left, right, what)

    def _sentence_menu(self, column, point: QPoint) -> None:
        pos = column.text.cursorForPosition(point).position()
        menu = self.sentence_menu(column.article.id, pos)
        if menu is None:
            return
        claim = self.claim_at(column.article.id, pos)
        # which sentence the menu is about, marked while it is open
        self._menu_claim = claim.id if claim is not None else ""
        self._paint_highlights()
        try:
            menu.exec(column.text.viewport().mapToGlobal(point))
        finally:
            self._menu_claim = ""
            self._paint_highlights()  # link mode keeps its own mark

    def mark_link_sources(self) -> None:
        """Shade the sentence a link is being made from, or whose menu is open
        (painted after the highlights, which would otherwise replace it)."""
        for claim in {self._link_from, self._menu_claim} - {""}:
            self._mark_source(claim)

    def start_link(self, claim: str, differs: bool = False) -> None:
        """Link mode: the next click on a sentence of another article links it
        (``differs``: then asks what differs, an editor's finding)."""
        self.cancel_link()
        self._link_from = claim
        self._link_differs = differs
        self._picker = _LinkPicker(self)
        QApplication.instance().installEventFilter(self._picker)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.CrossCursor))
        self._mark_source(claim)
        text = self.session.claims[claim].text if claim in self.session.claims else ""
        self._link_prompt = (
            f"Link: click the sentence in another article that states {clip(text, 70)} "
            "(Esc cancels)"
        )
        self.statusBar().showMessage(self._link_prompt)
        # a status tip (a column scrolled, a button passed) cleared it: the
        # editor could not tell whether the link was still being made
        self.statusBar().messageChanged.connect(self._keep_link_prompt)

    def _keep_link_prompt(self, message: str) -> None:
        if not message and self.linking():
            self.statusBar().showMessage(self._link_prompt)

    def cancel_link(self, message: str = "", by_click: bool = False) -> None:
        """Leave link mode: Esc, or (``by_click``) the click that made the link."""
        if self._picker is not None:
            picker, self._picker = self._picker, None
            if by_click:
                picker.ending = True  # removed once the click's release has passed
            else:
                self._drop_picker(picker)
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().messageChanged.disconnect(self._keep_link_prompt)
            self._paint_highlights()  # the sentence being linked loses its mark
            self.statusBar().clearMessage()
            if message:
                self.statusBar().showMessage(message, 4000)
        self._link_from = ""

    def _mark_source(self, claim: str) -> None:
        """The sentence a link is made from, shaded in its column until the
        link is made or cancelled (over the column's own highlights)."""
        c = self.session.claims.get(claim)
        column = self.columns.column(c.article) if c is not None else None
        if column is None:
            return
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(column.text.document())
        cursor.setPosition(c.start)
        cursor.setPosition(c.end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(70, 130, 220, 70))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        sel.format = fmt
        column.text.setExtraSelections([*column.text.extraSelections(), sel])

    def _drop_picker(self, picker: _LinkPicker) -> None:
        QApplication.instance().removeEventFilter(picker)
        picker.deleteLater()

    def linking(self) -> bool:
        return bool(self._link_from)

    def _link_target(self, article: str, pos: int) -> None:
        source = self._link_from
        claim = self.claim_at(article, pos)
        if claim is None:
            return  # between sentences: still linking
        if source in self.session.claims and self.session.claims[source].article == article:
            self.statusBar().showMessage(
                "Link: choose a sentence in another article, not the same one (Esc cancels)"
            )
            return
        differs = self._link_differs
        self.cancel_link(by_click=True)
        if differs:
            self.ask_differs(source, claim.id)
        else:
            self.push_link("link", source, claim.id)

    def _follow_link(self, left: str, right: str) -> None:
        """Once the analysis has used a new link: its finding selected, or,
        with none, the two sentences lined up (a fresh window trial was
        thrown back to the first column and the finding selected before)."""

        def arrived() -> None:
            self.session.analysisFinished.disconnect(arrived)
            rows = [
                r
                for r in self.session.rows
                if not r.orphaned and {left, right} <= {x.claim for x in r.sides}
            ]
            if rows:
                self.select(rows[0].id)
                return
            # compared, and nothing to flag: said, not left to guess (a fresh
            # trial linked '89 people were arrested' with '99 ... members
            # seized' and saw no flag and no word why)
            self.messages.show_message(
                "Linked and compared: no flag between these two sentences. Their values "
                "agree, or none is of one kind, or the words around them say they measure "
                "different things (who or what is counted, which event, whose figure); "
                "if they do differ, right-click a sentence › They differ… to raise it",
                False,
                about=LINK,
            )
            claim = self.session.claims.get(left)
            if claim is not None:
                self._anchor_sentence(claim.article, claim)

        self.session.analysisFinished.connect(arrived)

    def push_link(self, kind: str, left: str, right: str, differs: str | None = None) -> None:
        who = self.panel.reviewer.text().strip()
        text = "Link sentences" if kind == "link" else "Unlink sentences"
        if differs is not None:
            text = "They differ" if differs else "Nothing differs"
        claims = self.session.claims
        pair = " with " if kind == "link" else " from "
        named = pair.join(
            f"{self._labels.get(claims[c].article, claims[c].article)} {clip(claims[c].text, 28)}"
            for c in (left, right)
            if c in claims
        )

        def done(said: str) -> None:
            # a confirmation: nothing else on screen may change at once
            self.statusBar().showMessage(f"{said}: {named} (Ctrl+Z undoes)", 8000)
            if kind == "link":
                self._follow_link(left, right)

        change = LinkChange(self.session, kind, left, right, who, text, done, differs)
        self.undo_stack.push(change)
