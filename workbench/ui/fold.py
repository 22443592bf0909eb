"""Columns folded so a finding's two far columns stand side by side.

User trial 48 (problem 10): with 8 columns, four in view at 1280×800, a
finding of two sources four columns apart (39_1 'yesterday' / 39_10
'Friday') showed one column and a bar "ECB+ 39_10ecbplus →": the editor
clicked to see the other, and lost the first. No sideways scroll can show
two columns further apart than the view is wide. So the columns between them
that state none of the finding's versions are folded, while it is selected,
to a narrow strip naming their source (its tooltip, and a click unfolds
them all); the next selection unfolds them first. Their text, links and
reviews are untouched: only their width changes, never their order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

FOLDED = 30  # px: a strip with its button


def fold_between(area, wanted: Sequence, must: Sequence) -> list:
    """Unfold every column, then fold those strictly between the leftmost
    and rightmost of ``must`` that state no version (not in ``wanted``)
    when ``must`` does not fit in the view unfolded. Returns the folded."""
    unfold(area, relayout=False)
    order = area.columns
    at = sorted(order.index(c) for c in must if c in order)
    folded = []
    if len(at) >= 2:
        per = area._per_column()  # the width unfolded
        gutter = _gutter_width(area)
        span = (at[-1] - at[0] + 1) * per + (at[-1] - at[0]) * gutter
        if span > area.viewport().width():
            folded = [c for c in order[at[0] + 1 : at[-1]] if c not in wanted]
    for column in folded:
        _fold(column, area)
    _relayout(area)
    return folded


def unfold(area, relayout: bool = True) -> None:
    """Every folded column back to its width, its gutters shown."""
    changed = False
    for column in area.columns:
        if getattr(column, "folded", False):
            column.folded = False
            for child in _children(column):
                child.setVisible(child is not getattr(column, "fold_button", None))
            column.setFixedWidth(getattr(column, "unfolded_width", column.width()))
            changed = True
    if changed:
        for gutter in area.gutters:
            gutter.show()
        if relayout:
            _relayout(area)


def is_folded(column) -> bool:
    return bool(getattr(column, "folded", False))


def _fold(column, area) -> None:
    column.unfolded_width = column.width()
    column.folded = True
    button = getattr(column, "fold_button", None)
    if button is None:
        button = QToolButton(column)
        button.setText("⋯")
        button.setAutoRaise(True)
        button.clicked.connect(lambda: unfold(area))
        column.layout().insertWidget(0, button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.fold_button = button
    name = column.outlet.text() or column.article.id
    button.setToolTip(
        f"{name}: folded so the selected finding's two columns stand side by side "
        "(it states none of its versions); click to unfold"
    )
    button.setAccessibleName(f"{name} (folded)")
    for child in _children(column):
        child.setVisible(child is button)
    column.setFixedWidth(FOLDED)
    column.setToolTip(button.toolTip())
    for gutter in area.gutters:
        if gutter.left is column or gutter.right is column:
            gutter.hide()


def _children(column) -> list[QWidget]:
    """The column's own widgets (header lines, date, badge, text)."""
    layout = column.layout()
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out += [
                item.layout().itemAt(k).widget()
                for k in range(item.layout().count())
                if item.layout().itemAt(k).widget() is not None
            ]
    return out


def _gutter_width(area) -> int:
    return max((g.width() for g in area.gutters), default=0)


def _relayout(area) -> None:
    """The strip as wide as what it shows, laid out now (the sideways scroll
    that follows reads the columns' places)."""
    shown = [FOLDED if is_folded(c) else area._per_column() for c in area.columns]
    gutters = sum(g.width() for g in area.gutters if not g.isHidden())
    area.strip.setMinimumWidth(sum(shown) + gutters)
    area.strip.layout().activate()
    area.show_ends()  # the bar above names what is out of view now
