"""Going to a sentence: a column's header line ("◌ a similar sentence, not
compared", a version, "states the claim") and a coverage cell bring their
sentence into view in its column and shade it (trial 34: the editor clicked
and nothing visible happened when the sentence was below the fold)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from test_window_nway import build, select_only_finding, show

from workbench.model import Alignment
from workbench.ui.jump import place_sentences, sentence_at
from workbench.ui.window import MainWindow


def _with_similar(plan, similar: dict[str, int], length: int = 40):
    """``plan`` (see ``build``) with, for each article of ``similar``, its
    paragraph there aligned weakly with the first version's sentence: a
    similar sentence the grouping kept apart."""
    base = build(plan, length=length)
    first = next(a for a, at in plan.items() if at)
    k = next(iter(plan[first]))
    extra = tuple(Alignment(f"{first}:{k}", f"{a}:{n}", 0.45) for a, n in similar.items())
    return replace(base, alignments=(*base.alignments, *extra))


def _sentence(w: MainWindow, claim: str) -> tuple[int, int]:
    c = w.session.claims[claim]
    return c.start, c.end


def _in_view(w: MainWindow, article: str, span: tuple[int, int]) -> bool:
    column = w.columns.column(article)
    top, bottom = column.text.span_rect(*span)
    inside = top >= 0 and bottom <= column.text.viewport().height()
    return inside and not column.visibleRegion().isEmpty()


def _shaded(w: MainWindow, article: str, span: tuple[int, int]) -> bool:
    column = w.columns.column(article)
    return any(
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) == span
        for s in column.text.extraSelections()
    )


def _scroll_alone(w: MainWindow, article: str, value: int) -> None:
    with w.following():  # as Alt+wheel does: this column only
        w.columns.column(article).text.verticalScrollBar().setValue(value)


def test_a_similar_sentence_is_shaded_and_its_header_line_goes_to_it(qtbot, tmp_path):
    plan = {"a": {12: "24"}, "b": {12: "5"}, "c": {}}
    w = show(qtbot, tmp_path, _with_similar(plan, {"c": 37}))
    select_only_finding(qtbot, w)
    column = w.columns.column("c")
    assert "similar sentence" in column.badge.text()
    span = _sentence(w, "c:37")
    assert _shaded(w, "c", span)  # the whole sentence, not only its first letter
    _scroll_alone(w, "c", 0)  # scrolled away: the sentence is below the fold
    assert not _in_view(w, "c", span)
    assert column.badge.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(column.badge, Qt.MouseButton.LeftButton)
    assert _in_view(w, "c", span)
    assert _shaded(w, "c", span)
    assert "similar sentence" in w.statusBar().whole_message()
    # the other columns kept their places
    assert _in_view(w, "a", _sentence(w, "a:12"))


def test_a_version_header_goes_to_its_sentence_too(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build({"a": {3: "24"}, "b": {36: "5"}}, length=40))
    select_only_finding(qtbot, w)
    span = _sentence(w, "b:36")
    _scroll_alone(w, "b", 0)
    assert not _in_view(w, "b", span)
    qtbot.mouseClick(w.columns.column("b").badge, Qt.MouseButton.LeftButton)
    assert _in_view(w, "b", span)


def test_an_omitting_column_header_leads_nowhere(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build({"a": {3: "24"}, "b": {}, "c": {9: "5"}}))
    select_only_finding(qtbot, w)
    badge = w.columns.column("b").badge
    assert "omits" in badge.text()
    assert badge.cursor().shape() != Qt.CursorShape.PointingHandCursor
    value = w.columns.column("b").text.verticalScrollBar().value()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert w.columns.column("b").text.verticalScrollBar().value() == value


def test_a_coverage_cell_of_the_selected_finding_brings_its_far_column_and_sentence(
    qtbot, tmp_path
):
    # twelve sources: the one with the similar sentence lies off to the right,
    # and was scrolled alone past it; the finding is already selected
    ids = [f"s{n:02d}" for n in range(12)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s00"], plan["s01"] = {5: "24"}, {5: "5"}
    w = show(qtbot, tmp_path, _with_similar(plan, {"s10": 34}, length=40))
    select_only_finding(qtbot, w)
    span = _sentence(w, "s10:34")
    _scroll_alone(w, "s10", 0)
    assert not _in_view(w, "s10", span)
    w.list_tabs.setCurrentIndex(1)
    pane = w.coverage
    row = next(
        r for r in range(pane.proxy.rowCount()) if pane.proxy.index(r, 0).data(Qt.UserRole + 1)
    )
    pane.view.clicked.emit(pane.proxy.index(row, 1 + ids.index("s10")))
    qtbot.wait(50)  # the selection's second pass, once the event loop turns
    assert _in_view(w, "s10", span)
    assert _shaded(w, "s10", span)


def test_the_sentence_of_a_place_is_the_whole_claim_holding_it(qtbot, tmp_path):
    plan = {"a": {12: "24"}, "b": {12: "5"}, "c": {}}
    w = show(qtbot, tmp_path, _with_similar(plan, {"c": 20}))
    select_only_finding(qtbot, w)
    claims = w.session.claims
    start, end = _sentence(w, "c:20")
    assert sentence_at(claims, "c", start) == (start, end)
    assert sentence_at(claims, "c", end - 1) == (start, end)
    assert sentence_at(claims, "zz", start) is None
    sentences = place_sentences(w._shown_spread(), claims)
    assert sentences["c"] == (start, end) and sentences["a"] == _sentence(w, "a:12")
    assert w.columns.column("c").text.mapTo(w, QPoint(0, 0)).y() > 0


def test_places_an_analysis_adds_to_the_selected_finding_are_levelled(qtbot, tmp_path):
    # reopening a log: its findings show before the analysis re-runs; the
    # analysis then named a similar sentence in the header, but its column
    # stayed at the top and the thread slanted to it (window42's own trial)
    analysis = _with_similar({"a": {12: "24"}, "b": {12: "5"}, "c": {}}, {"c": 30})
    w = show(qtbot, tmp_path, analysis)
    s = w.session
    s.analysis = None
    s.changed.emit()
    select_only_finding(qtbot, w)
    assert "omits" in w.columns.column("c").badge.text()
    s.analysis = analysis
    s.changed.emit()
    qtbot.wait(20)
    column = w.columns.column("c")
    assert "similar sentence" in column.badge.text()
    start, end = _sentence(w, "c:30")
    value = next(x for x in s.rows[0].sides if x.article == "a")
    level = w.columns.column("a").span_y(value.start, value.end, w)[0]
    assert abs(column.span_y(start, end, w)[0] - level) <= 2
    # a write that moves no place levels nothing: a column scrolled alone stays
    _scroll_alone(w, "c", 0)
    s.changed.emit()
    assert column.text.verticalScrollBar().value() == 0
