"""The window looks like a finished desktop tool (issue 16, part 6): icons on
the toolbar, a list that names its sources, states told apart without
colour, titles elided to their space, a review panel that fits 1280×800."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
from conftest import SEEDS
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser, QToolBar
from test_findings_log import _toll
from test_window import find_row, make_window, wait_analysis

from workbench.model import Article
from workbench.naming import labels
from workbench.store import ReviewLog
from workbench.ui.actions import action_icon
from workbench.ui.columns import ArticleColumn
from workbench.ui.models import DiscrepancyTableModel
from workbench.ui.rows import finding_rows
from workbench.ui.states import LEGEND_ORDER, state_style, swatch

U = QTextCharFormat.UnderlineStyle
STRAIGHT = {U.SingleUnderline, U.DashUnderline, U.DotLine, U.DashDotLine, U.DashDotDotLine}


@pytest.fixture
def seeded(qtbot, tmp_path):
    w = make_window(qtbot)
    w.open_paths([str(s) for s in SEEDS], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == 3 and not w.columns.building())
    return w


# -- 1. toolbar ---------------------------------------------------------------------
def test_every_toolbar_action_has_an_icon_a_short_text_and_its_shortcut_in_the_tooltip(qtbot):
    w = make_window(qtbot)
    toolbar = w.findChild(QToolBar, "mainToolbar")
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 7
    for action in actions:
        assert not action.icon().isNull(), action.objectName()
        assert not action.icon().pixmap(20, 20).isNull(), action.objectName()
        assert len(action.iconText()) <= 16, action.iconText()  # "Next open", not a sentence
        keys = action.shortcut().toString()
        assert keys and keys in action.toolTip(), (action.objectName(), action.toolTip())


def test_toolbar_icons_follow_the_appearance(qtbot):
    light = action_icon("next", False).pixmap(24, 24).toImage()
    dark = action_icon("next", True).pixmap(24, 24).toImage()

    def ink(image: QImage) -> int:  # lightness of the darkest-or-lightest drawn pixel
        seen = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert seen
        return max(c.lightness() for c in seen)

    assert ink(light) < 100 < ink(dark)  # dark strokes on light, light strokes on dark


# -- 2. the list --------------------------------------------------------------------
def test_the_sources_column_names_the_outlets_of_every_version(qtbot, tmp_path):
    analysis = _toll()
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analysis)
    model = DiscrepancyTableModel()
    model.set_rows(finding_rows(log.findings()), labels(analysis.articles))
    shown = model.index(0, 3).data()
    # a count since trial 37 (the names were cut to "Fox News,…" at 1280×800);
    # the tooltip names them as the column headers and explanations do
    assert shown == "4 of 4"
    tip = model.index(0, 3).data(3)  # ToolTipRole: every source with its value
    assert "‘24’ — BBC, Reuters, Independent" in tip and "‘5’ — AFP" in tip
    # no outlet: the file id, as the column header shows it
    model.set_rows(finding_rows(log.findings()), {})
    assert "‘24’ — a, b, c" in model.index(0, 3).data(3)
    log.close()


def test_the_list_is_a_list_not_a_spreadsheet(qtbot):
    w = make_window(qtbot)
    table = w.table  # the findings list (the coverage tab is a table too)
    assert isinstance(table, QTableView) and not table.showGrid()
    header = table.horizontalHeader()
    # every column can be widened (trial 26 could not widen Sources); the last takes the rest
    assert all(
        header.sectionResizeMode(c) == header.ResizeMode.Interactive for c in range(header.count())
    )
    assert header.stretchLastSection()
    assert table.verticalHeader().defaultSectionSize() > table.fontMetrics().height() + 4


def test_the_window_lists_sources_by_the_names_its_columns_show(seeded):
    w = seeded
    w.filter_agreed.setChecked(True)  # the distance is an agreement since session 30
    ident = find_row(w, "about 30 miles", "about 50km")
    row = w.proxy.mapFromSource(w.table_model.index(w.table_model.row_of(ident), 3))
    headers = [c.outlet.text() for c in w.columns.columns]
    tip = row.data(Qt.ItemDataRole.ToolTipRole).split("\n\n")[0]  # the names, by version
    names = [n for line in tip.split("\n") for n in line.split(" — ")[1].split(", ")]
    assert all(name.split("<")[0] in headers for name in names), names


# -- 3. states without colour -------------------------------------------------------
def _shape(state: str) -> tuple:
    """A state's highlight with colour and the fine underline pattern left out:
    dotted, dashed, solid and dash-dot lines look alike at normal size."""
    style = state_style(state)
    line = "line" if style.underline in STRAIGHT else style.underline.name
    return (style.fill, style.overline, style.strike, line)


def test_every_state_differs_from_every_other_in_more_than_colour_and_line_pattern():
    shapes = {state: _shape(state) for state in LEGEND_ORDER}
    for a, b in combinations(LEGEND_ORDER, 2):
        assert shapes[a] != shapes[b], (a, b, shapes[a])
    markers = [state_style(s).marker for s in LEGEND_ORDER]
    assert all(markers) and len(set(markers)) == len(markers)


@pytest.mark.parametrize("dark", [False, True])
def test_states_drawn_in_one_colour_still_look_different(qtbot, dark):
    grey = QColor("#808080")
    images = {s: swatch(s, dark, sample="about 30 miles", color=grey) for s in LEGEND_ORDER}
    # the marker is painted too; compare the highlighted text alone
    for a, b in combinations(LEGEND_ORDER, 2):
        ia, ib = images[a], images[b]
        marker = ia.height() + 4
        assert ia.copy(marker, 0, ia.width() - marker, ia.height()) != ib.copy(
            marker, 0, ib.width() - marker, ib.height()
        ), (a, b)


def test_a_column_draws_each_state_with_its_shape(seeded):
    w = seeded
    ident = find_row(w, "July", "next month")
    w.change_review(ident, {"status": "verified"}, "Verify", "")
    w.select(find_row(w, "about 30 miles", "about 50km"))
    selections = [s for c in w.columns.columns for s in c.text.extraSelections()]
    formats = [QTextCharFormat(s.format) for s in selections]
    assert any(f.fontOverline() and f.underlineStyle() == U.SingleUnderline for f in formats)
    assert any(f.background().style() == state_style("unresolved").fill for f in formats)


def test_the_legend_shows_a_swatch_of_each_state(qtbot):
    w = make_window(qtbot)
    w.act_legend()
    browser = w.findChild(QTextBrowser, "legend")
    assert browser is not None
    html = browser.toHtml()
    for state in LEGEND_ORDER:
        assert f"swatch:{state}" in html
        image = browser.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"swatch:{state}")
        )
        assert isinstance(image, QImage) and not image.isNull(), state
        assert state_style(state).cue in browser.toPlainText()
    # what a fresh window trial looked for in the help and did not find
    shown = browser.toPlainText()
    for sign in ("∅ omits this claim", "◌ a similar sentence", "○ states the claim", "band"):
        assert sign in shown, sign
    for how in ("Alt+wheel", "right-click", "blue bar", "Unlink"):
        assert how in shown, how


def test_f1_again_or_esc_closes_the_help_and_esc_still_cancels_an_analysis(qtbot):
    # fresh window trial: the help stayed over the columns once focus was back
    w = make_window(qtbot)
    help_key, esc = w.actions_by_name["legend"], w.actions_by_name["cancel"]

    def shown() -> list[QTextBrowser]:
        return [b for b in w.findChildren(QTextBrowser, "legend") if b.isVisible()]

    help_key.trigger()
    assert len(shown()) == 1
    help_key.trigger()  # F1 again: closed, not a second copy
    qtbot.waitUntil(lambda: not shown())
    help_key.trigger()
    assert len(shown()) == 1
    esc.trigger()
    qtbot.waitUntil(lambda: not shown())
    help_key.trigger()
    cancelled = []
    w.session.busy = lambda: True  # an analysis under way: Esc is for it
    w.session.cancel = lambda: cancelled.append(True)
    esc.trigger()
    assert cancelled == [True] and len(shown()) == 1


# -- 4. titles ----------------------------------------------------------------------
LONG_TITLE = (
    "The Afghan capital, Kabul, is not in an imminent threat environment despite sudden "
    "territorial gains by the Taliban across the country, a Pentagon spokesperson said"
)


def test_a_column_title_is_elided_to_its_width_with_the_whole_title_in_a_tooltip(qtbot):
    article = Article("x", "x.txt", LONG_TITLE, "Gazette", date(2021, 6, 23), "", "Text.", "s")
    column = ArticleColumn(article)
    qtbot.addWidget(column)
    column.setFixedWidth(260)
    column.show()
    qtbot.waitExposed(column)
    title = column.title
    narrow = title.text()  # at most two lines (every header one height), the last elided
    assert narrow.endswith("…") and narrow.count("\n") <= 1
    assert LONG_TITLE.startswith(narrow.replace("\n", " ")[:-1].rstrip()[:40])
    for line in narrow.split("\n"):
        assert title.fontMetrics().horizontalAdvance(line) <= title.contentsRect().width()
    assert title.height() <= 2 * title.fontMetrics().lineSpacing() + 2
    assert LONG_TITLE in title.toolTip() and title.full == LONG_TITLE
    column.setFixedWidth(900)
    qtbot.waitUntil(lambda: len(title.text()) > len(narrow))


# -- 5. the review panel ------------------------------------------------------------
def test_the_review_panel_shows_its_main_controls_without_scrolling_at_1280x800(seeded):
    w = seeded
    assert (w.width(), w.height()) == (1280, 800)
    w.select(find_row(w, "about 30 miles", "about 50km"))
    panel = w.panel
    viewport = panel.viewport()
    area = viewport.rect()
    controls = [*panel.buttons.values(), panel.status, panel.article, panel.note]
    for widget in controls:
        assert widget.isVisible()
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        bottom_right = widget.mapTo(viewport, QPoint(widget.width() - 1, widget.height() - 1))
        assert area.contains(top_left) and area.contains(bottom_right), widget
    assert panel.note.height() >= 2 * panel.note.fontMetrics().height()  # room to write
    assert panel.verticalScrollBar().value() == 0
    # scrolled down to read the history, then another finding: controls in view
    # again (a fresh window trial's click meant for 'Correct in' hit the history)
    bar = panel.verticalScrollBar()
    if bar.maximum() == 0:  # room for everything here: make the history need scrolling
        w.resize(1280, 560)
        QApplication.processEvents()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    w.select(next(r.id for r in w.session.rows if r.id != w.current_id()))
    assert bar.value() == 0


def test_column_headers_name_articles_as_the_list_does_when_outlets_repeat(qtbot, tmp_path):
    texts = {
        "a.txt": ("Wire", "The fire killed 12 people in the warehouse on Monday."),
        "b.txt": ("Wire", "The fire killed 15 people in the warehouse on Monday."),
        "c.txt": ("Gazette", "The fire killed 14 people in the warehouse on Monday, police said."),
    }
    paths = []
    for name, (outlet, text) in texts.items():
        path = tmp_path / name
        path.write_text(f"---\noutlet: {outlet}\npublished: 2021-06-23\n---\n{text}\n")
        paths.append(str(path))
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.columns.columns) == 3 and not w.columns.building())
    headers = {c.article.id: c.outlet.text() for c in w.columns.columns}
    assert headers == {"a": "a", "b": "b", "c": "Gazette"}  # "Wire" twice named no one
    assert w.proxy.rowCount() >= 1
    for row in range(w.proxy.rowCount()):
        sources = w.proxy.index(row, 3).data(Qt.ItemDataRole.ToolTipRole).split("\n\n")[0]
        names = [n for line in sources.split("\n") for n in line.split(" — ")[1].split(", ")]
        assert {n.split("<")[0] for n in names} <= set(headers.values()), sources


def test_a_value_of_the_selected_finding_shows_only_its_own_state(qtbot):
    # fresh window trial: an open finding's value was drawn struck through with
    # the '–' mark because another finding on the same words was dismissed
    from workbench.ui.column_text import Mark

    text = "It took ten minutes, officials said. Ten minutes later the doors opened."
    article = Article("x", "x.txt", "T", "Gazette", date(2021, 6, 23), "", text, "s")
    column = ArticleColumn(article)
    qtbot.addWidget(column)
    at = text.index("ten minutes")
    span = (at, at + len("ten minutes"))
    later = text.index("Ten minutes")
    marks = [
        Mark(*span, "dismissed"),
        Mark(*span, "unresolved", True),
        Mark(later, later + 11, "dismissed"),  # elsewhere: kept
    ]
    column.set_marks(marks, None, False)
    covering = [
        s
        for s in column.text.extraSelections()
        if s.cursor.selectionStart() < span[1] and s.cursor.selectionEnd() > span[0]
    ]
    assert len(covering) == 1 and not covering[0].format.fontStrikeOut()
    assert [m.state for m in column.text.marks] == ["unresolved", "dismissed"]
    assert [m.state for m in marks] == ["dismissed", "unresolved", "dismissed"]  # caller's list


def test_the_handle_above_the_list_is_wide_enough_to_grab(seeded):
    # fresh window trial: the thin handle sat 3 px under the columns' scrollbar;
    # dragging it grabbed the scrollbar instead
    w = seeded
    handle = w.main_split.handle(1)
    assert handle.height() >= 8
