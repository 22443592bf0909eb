"""The window's appearance (system, light, dark) and its help."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

from .. import __version__
from . import appearance, settings
from .actions import ACTIONS, dress
from .states import LEGEND_ORDER, VERDICT_HELP, state_style, swatch

# what a fresh window trial could not find in the help: the headers' signs,
# the band, hand-made links and how the columns scroll
COLUMNS_HELP = (
    "<h3>In the columns</h3><table cellpadding=3>"
    "<tr><td><b>A · ‘24’</b></td><td>the column states version A of the selected finding</td></tr>"
    "<tr><td><b>● states this claim</b></td><td>the claim chosen in the coverage view</td></tr>"
    "<tr><td><b>○ states the claim; value not compared</b></td>"
    "<td>the claim is there, but none of its values was compared: read it</td></tr>"
    "<tr><td><b>◌ a similar sentence, not compared</b></td><td>a sentence aligned with the "
    "claim that was not grouped with it: none of its values is a version; read it</td></tr>"
    "<tr><td><b>∅ omits this claim</b></td><td>the source leaves the claim out</td></tr>"
    "<tr><td><b>click</b> a header's line</td><td>brings its sentence (shaded) into view in "
    "that column; a cell of the coverage view does the same</td></tr>"
    "<tr><td><b>the band</b></td><td>joins the selected finding across every column that "
    "states it, level; the bar above the columns names the next column out of view that "
    "states a version (click it)</td></tr>"
    "<tr><td><b>a blue bar</b> in the margin</td><td>a sentence linked by hand</td></tr>"
    "<tr><td><b>wheel</b> / <b>Alt+wheel</b></td><td>all columns scroll together / one "
    "column scrolls alone (View › Scroll columns together turns the lock off)</td></tr>"
    "<tr><td><b>right-click</b> a sentence</td><td>Link it with a sentence the tool missed, "
    "or Unlink a wrong link (Ctrl+Z undoes)</td></tr>"
    "<tr><td><b>click</b> a sentence</td><td>lines up its wording in the other columns</td></tr>"
    "</table>"
)


class HelpMixin:
    """Part of :class:`~workbench.ui.window.MainWindow` (a mixin): it uses
    the window's session, views and actions."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no part of the window took (a date field, a link being
        drawn, an open menu) puts the messages away (trial 26: only their ✕ did)."""
        if event.key() == Qt.Key.Key_Escape and self.messages.isVisible():
            self.messages.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    # -- appearance -----------------------------------------------------------------
    def act_appearance_system(self) -> None:
        self._apply_appearance("system")

    def act_appearance_light(self) -> None:
        self._apply_appearance("light")

    def act_appearance_dark(self) -> None:
        self._apply_appearance("dark")

    def _apply_appearance(self, mode: str) -> None:
        if mode not in appearance.MODES:
            mode = "system"
        settings.put(settings.APPEARANCE, mode)
        self.actions_by_name[f"appearance_{mode}"].setChecked(True)
        appearance.apply(mode)
        self._appearance()

    def _appearance(self) -> None:
        self._dark = appearance.is_dark()
        dress(self.actions_by_name, self._dark)
        self._refresh()

    def _name_columns(self) -> None:
        """Column headers name articles as the list, the panel and the
        explanations do (``naming.labels``): the outlet, or the file id when
        there is none or two articles share it — two columns headed "Reuters"
        could not be told apart in the list."""
        for column in self.columns.columns:
            name = self._labels.get(column.article.id, column.article.id)
            if column.outlet.text() != name:
                column.outlet.setText(name)

    # -- help -------------------------------------------------------------------------
    def act_legend(self) -> None:
        """F1 opens the help beside the work (not modal); F1 again, or Esc with
        no analysis to cancel, closes it (a fresh window trial: it stayed over
        the columns once focus was back in the window)."""
        if self._help_open():
            self._help.close()
            return
        # each state as the columns show it: a swatch, its name, its cues in words
        lines = ["<h3>Highlights</h3><table cellpadding=3>"]
        for state in LEGEND_ORDER:
            style = state_style(state, self._dark)
            lines.append(
                f"<tr><td><img src='swatch:{state}'></td>"
                f"<td><b>{style.label}</b></td><td>{style.cue}</td></tr>"
            )
        lines.append("</table>")
        lines.append(COLUMNS_HELP)
        lines.append("<h3>Verdicts</h3><ul>")
        for verdict, help_text in VERDICT_HELP.items():
            lines.append(f"<li><b>{verdict}</b>: {help_text}</li>")
        lines.append("</ul><h3>Keyboard</h3><table cellpadding=2>")
        for spec in ACTIONS:
            if spec.shortcuts:
                keys = ", ".join(
                    QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                    for s in spec.shortcuts
                )
                lines.append(f"<tr><td>{keys}</td><td>{spec.text.replace('&', '')}</td></tr>")
        lines.append("</table>")
        # a scrolling, resizable dialog: the full text is taller than a laptop screen
        dialog = QDialog(self)
        dialog.setWindowTitle("Highlights, verdicts and keys")
        text = QTextBrowser(dialog)
        text.setObjectName("legend")
        for state in LEGEND_ORDER:
            text.document().addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"swatch:{state}"),
                swatch(state, self._dark),
            )
        text.setHtml("".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(560, min(620, max(360, self.height() - 80)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._help = dialog
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self, self._update_actions))
        dialog.show()
        self._update_actions()  # Esc closes it

    def _help_open(self) -> bool:
        help_ = getattr(self, "_help", None)
        try:
            return help_ is not None and help_.isVisible()
        except RuntimeError:  # closed: Qt deleted it
            return False

    def _cancel_or_close_help(self) -> None:
        """Esc: cancel the analysis under way; with none, close the help."""
        if self.session.busy() or not self._help_open():
            self.session.cancel()
        else:
            self._help.close()

    def act_about(self) -> None:
        QMessageBox.about(
            self,
            "About Claim Workbench",
            f"<b>Claim Workbench {__version__}</b><br>Compare news reports of the same event: "
            "aligned claims, normalised values, reviewed discrepancies.",
        )

    def act_quit(self) -> None:
        self.close()
