"""The window's Correction box is for one article at a time when a finding
owes corrections to several (user trial 49, problem 3: the one box held
UPI's wording and saving it proposed that sentence to the LA Times and the
Boston Globe too). A "Correction for" choice above the box lists each owed
article with the value it states; the box shows and saves that article's
own text (``Change.corrections``, ``store.per_article``), the others keep
theirs. With one article owed, the row is hidden and the box is as before.

The "Correct in" choices also show each article's value ("ECB+ 28_11ecbplus
— ‘more than four years’"): a bare id had to be remembered (problem 10)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout

from ..store.per_article import owed_texts
from ..store.reviews import ASKS

MainWindow = Any  # the window (session, panel); not imported: it imports us


def attach(window: MainWindow) -> QComboBox:
    """Add the "Correction for" row above the panel's Correction box (hidden)."""
    panel = window.panel
    combo = QComboBox()
    combo.setObjectName("correctionFor")
    combo.setToolTip("Which article the proposed correction below is for: each has its own")
    form = _form_of(panel)
    row, _role = form.getWidgetPosition(panel.correction)
    form.insertRow(row, "Correction &for:", combo)
    form.setRowVisible(combo, False)
    combo.activated.connect(lambda _i: _chosen(window))
    panel.correction_for = combo
    return combo


def _form_of(panel) -> QFormLayout:
    for form in panel.findChildren(QFormLayout):
        if form.getWidgetPosition(panel.correction)[0] >= 0:
            return form
    raise LookupError("the panel has no Correction row")


def _values(row) -> dict[str, str]:
    """The value each source states, by article."""
    return {a: value for value, sources in row.version_sources for a in sources}


def _owed(window: MainWindow, ident: str) -> tuple[list[str], dict[str, str]]:
    found = window.session._record(ident) if ident else None
    if found is None:
        return [], {}
    asked = {m.correct_article for m in found.members if m.status in ASKS and m.correct_article}
    return [a for a in found.sources if a in asked], owed_texts(found.members)


def shown(window: MainWindow) -> None:
    """After the panel shows a finding: the choice of article, the box's text
    for the article chosen, and each "Correct in" article's value."""
    panel = window.panel
    combo = getattr(panel, "correction_for", None)
    ident = panel.ident
    row = window.session.row(ident) if ident else None
    if combo is None or row is None:
        if combo is not None:
            _form_of(panel).setRowVisible(combo, False)
        return
    values = _values(row)
    labels = window._labels
    for i in range(panel.article.count()):
        a = panel.article.itemData(i)
        if a in values and "‘" not in panel.article.itemText(i):
            panel.article.setItemText(i, f"{labels.get(a, a)} — ‘{values[a]}’")
    owed, texts = _owed(window, ident)
    chosen = window.session.correction_for
    several = len(owed) > 1
    _form_of(panel).setRowVisible(combo, several)
    if not several:
        chosen.pop(ident, None)
        return
    article = chosen.get(ident) if chosen.get(ident) in owed else owed[0]
    chosen[ident] = article
    combo.blockSignals(True)
    combo.clear()
    for a in owed:
        said = "" if texts.get(a) else " (no correction yet)"
        combo.addItem(f"{labels.get(a, a)} — ‘{values.get(a, '')}’{said}", a)
    combo.setCurrentIndex(owed.index(article))
    combo.blockSignals(False)
    if "correction" not in panel._conflicts:  # a refused save keeps the typing
        panel._set_text(panel.correction, texts.get(article, ""))
        panel._base["correction"] = texts.get(article, "")


def _chosen(window: MainWindow) -> None:
    panel = window.panel
    article = panel.correction_for.currentData()
    if not panel.ident or not article:
        return
    panel.commit_pending()  # what was typed goes to the article it was typed for
    window.session.correction_for[panel.ident] = article
    shown(window)
