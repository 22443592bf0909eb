"""The filter bar over the list of findings: kind, verdict, status, words,
and whether agreements (every source states the same figure as written; no
item to review) are shown. Built on the window it sets the widgets of."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit

from ..store import STATUSES
from .states import STATUS_LABELS


def filter_bar(self) -> QHBoxLayout:
    """The row of filters; ``self`` is the window (its ``_filter`` applies them)."""
    row = QHBoxLayout()
    self.filter_kind = QComboBox()
    self.filter_kind.addItem("All kinds", "")
    self.filter_verdict = QComboBox()
    self.filter_verdict.addItem("All verdicts", "")
    for v in ("conflict", "unresolved", "consistent"):
        self.filter_verdict.addItem(v.capitalize(), v)
    self.filter_verdict.addItem("Raised by an editor", "raised")  # an editor's finding
    self.filter_status = QComboBox()
    self.filter_status.addItem("All statuses", "")
    self.filter_status.addItem("Decided (not open)", "decided")
    for s in STATUSES:
        self.filter_status.addItem(STATUS_LABELS[s].capitalize(), s)
    self.filter_text = QLineEdit()
    self.filter_text.setPlaceholderText("Filter: words in values, sentences, notes (Ctrl+F)")
    self.filter_text.setClearButtonEnabled(True)
    for combo, key in (
        (self.filter_kind, "kind"),
        (self.filter_verdict, "verdict"),
        (self.filter_status, "status"),
    ):
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, k=key: self._filter(**{k: c.currentData() or ""})
        )
        combo.setAccessibleName(f"Filter by {key}")
    self.filter_text.textChanged.connect(lambda t: self._filter(text=t))
    row.addWidget(self.filter_kind)
    row.addWidget(self.filter_verdict)
    row.addWidget(self.filter_status)
    row.addWidget(self.filter_text, 1)
    # agreements (every source states the same figure) are no item to review:
    # out of the list until asked for (trials 24 and 25)
    self.filter_agreed = QCheckBox("Show agreements")
    self.filter_agreed.setToolTip(
        "Findings where every source states the same figure as written, or figures "
        "that agree by conversion, bound or rounding, or one value in every source, or "
        "dates that fall on one day or name one period, or one inside the other "
        "('March 3' / 'March'): not to review"
    )
    self.filter_agreed.toggled.connect(lambda on: self._filter(agreements="1" if on else ""))
    row.addWidget(self.filter_agreed)
    return row
