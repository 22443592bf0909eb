"""The coverage view's claim labels read at a laptop's size (trial 34 at
1280×800: the tab got about 720 px, ten sources took their cells, and claims
were cut to "He secretly guide…office buildings.": which claim a row was
could not be told). A claim now takes two lines, cut in the middle at a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from test_window_nway import build, show

from workbench.ui import coverage_fit
from workbench.ui.coverage_fit import PADDING, claim_lines
from workbench.ui.coverage_view import CoverageRow

# (label, words that tell the row apart: who or what opens it, and how it ends)
CLAIMS = [
    (
        "He secretly guided Woodward in meetings in underground parking garages "
        "and office buildings.",
        ["He secretly guided Woodward", "buildings."],
    ),
    (
        "yesterday / Friday / this morning / … — The passing yesterday of W. Mark Felt, "
        "the man who was the infamous secret source for reporters, died yesterday.",
        ["yesterday / Friday / this morning", "yesterday."],
    ),
    (
        "Felt blew the whistle on a corrupt White House that used the FBI and the CIA "
        "against its political opponents.",
        ["Felt blew the whistle", "opponents."],
    ),
    (
        "24 / 5 — Officials in the northern province said on Monday that the death "
        "toll from the landslide near the border had risen to 24.",
        ["24 / 5 — Officials in the", "to 24."],
    ),
    (
        "Le gouvernement a annoncé mardi une hausse de 4,5 % du salaire minimum, "
        "applicable dès le premier janvier.",
        ["Le gouvernement a annoncé", "janvier."],
    ),
]
TEN = {f"s{n}": ({3 + n: str(20 + n % 3)} if n % 3 else {}) for n in range(10)}


def _rows(articles: list[str]) -> list[CoverageRow]:
    cells = dict.fromkeys(articles, "●")
    return [
        CoverageRow(f"g{n}", label, "", "", (), cells, {}, 10, 8, 8, 10)
        for n, (label, _words) in enumerate(CLAIMS)
    ]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_claim_labels_hold_their_key_words_at_laptop_sizes(qtbot, tmp_path, size):
    w = show(qtbot, tmp_path, build(TEN, length=12))
    w.resize(*size)
    w.act_coverage(True)
    pane, view = w.coverage, w.coverage.view
    qtbot.waitUntil(view.isVisible)
    articles = [a.id for a in w.session.articles]
    pane.set_rows(_rows(articles), articles, {a: a for a in articles})
    QApplication.processEvents()
    assert isinstance(view.itemDelegateForColumn(0), coverage_fit.ClaimLines)
    assert isinstance(pane.frozen.itemDelegateForColumn(0), coverage_fit.ClaimLines)
    metrics = view.fontMetrics()
    width = view.columnWidth(0) - PADDING
    assert pane.frozen.columnWidth(0) == view.columnWidth(0)
    for r, (label, words) in enumerate(CLAIMS):
        lines = claim_lines(label, metrics, width)
        assert view.rowHeight(r) >= len(lines) * metrics.lineSpacing()
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        shown = " ".join(lines)
        for word in words:
            assert word in shown, (size, shown)
    # the whole claim stays in the tooltip
    index = pane.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == CLAIMS[0][0]
    view.viewport().grab()  # the delegate paints without error


@pytest.mark.parametrize("width", [60, 120, 220, 400])
def test_claim_lines_stay_within_their_lines_and_width(qtbot, width):
    metrics = QFontMetrics(QApplication.font())
    texts = [label for label, _ in CLAIMS] + [
        "Short claim.",
        "See https://example.org/a/very/long/address/that/never/breaks/anywhere/at/all now.",
        "",
    ]
    for text in texts:
        lines = claim_lines(text, metrics, width)
        assert len(lines) <= coverage_fit.CLAIM_LINES
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        whole = " ".join(text.split())
        if whole and metrics.horizontalAdvance(whole) <= width:
            assert lines == [whole]  # fits: shown as written, never cut
        if text:  # the opening word leads, whole or cut at its end
            first = text.split()[0]
            assert lines[0].startswith(first) or lines[0].startswith(first[:2])
