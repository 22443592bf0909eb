"""The window as an N-way surface: selecting a finding lines up its claim in
every column that carries it, marks each version, says which columns omit
it, and joins every pair of columns that share it, neighbours or not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QWidget
from test_window import make_window

from workbench import findings
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import ReviewLog
from workbench.ui import fold
from workbench.ui.rows import finding_rows
from workbench.ui.window import MainWindow

OUTLETS = ("BBC", "Reuters", "AFP", "Guardian", "Le Monde")


def filler(article: str, k: int) -> str:
    return f"In {article}, background paragraph {k} tells of the region and its long history."


def toll(value: str) -> str:
    return f"Officials said the death toll had risen to {value} by the evening."


def build(plan: dict[str, dict[int, str]], length: int = 40) -> Analysis:
    """Articles ``a``, ``b``, … of ``length`` paragraphs; ``plan[article]``
    puts a toll sentence with a value at a paragraph. Every toll sentence is
    aligned with every other, so they form one claim group, and each pair
    of different values is a conflict (one finding)."""
    articles, claims, places = [], [], {}
    for n, (aid, at) in enumerate(plan.items()):
        paragraphs = [toll(at[k]) if k in at else filler(aid, k) for k in range(length)]
        text = "\n\n".join(paragraphs)
        offset = 0
        for k, p in enumerate(paragraphs):
            claims.append(Claim(f"{aid}:{k}", aid, k, offset, offset + len(p), p))
            if k in at:
                start = offset + p.index(at[k])
                places[aid] = Side(aid, f"{aid}:{k}", start, start + len(at[k]), at[k], at[k])
            offset += len(p) + 2
        outlet = OUTLETS[n] if n < len(OUTLETS) else f"Outlet {n}"
        articles.append(
            Article(aid, f"{aid}.txt", f"Report {aid}", outlet, date(2024, 5, 1), "", text, aid)
        )
    ids = list(places)
    alignments = tuple(
        Alignment(places[x].claim, places[y].claim, 0.9)
        for i, x in enumerate(ids)
        for y in ids[i + 1 :]
    )
    discrepancies = tuple(
        Discrepancy(f"d{x}{y}", "number", Verdict.CONFLICT, "differ", (places[x], places[y]))
        for i, x in enumerate(ids)
        for y in ids[i + 1 :]
        if places[x].text != places[y].text
    )
    analysis = Analysis(tuple(articles), tuple(claims), (), alignments, discrepancies)
    return findings.build(analysis, lambda _a, _b: 1.0)


def attach(w: MainWindow, tmp_path, analysis: Analysis) -> None:
    """Hand the window a saved analysis, as an analysis run does."""
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analysis)
    s = w.session
    s.log, s.articles, s.analysis = log, analysis.articles, analysis
    s.claims = {c.id: c for c in analysis.claims}
    s.rows = finding_rows(log.findings())
    s.changed.emit()


def show(qtbot, tmp_path, analysis: Analysis) -> MainWindow:
    """The window on a saved analysis, as after an analysis run."""
    w = make_window(qtbot)
    attach(w, tmp_path, analysis)
    qtbot.waitUntil(lambda: len(w.columns.columns) == len(analysis.articles))
    qtbot.waitUntil(lambda: not w.columns.building())
    qtbot.waitUntil(lambda: all(c.text.viewport().height() > 100 for c in w.columns.columns))
    return w


def value_top(w: MainWindow, article: str) -> int:
    """Where the finding's value stands in its column, in window coordinates."""
    side = next(s for s in w.session.rows[0].sides if s.article == article)
    column = w.columns.column(article)
    return column.span_y(side.start, side.end, w)[0]


def select_only_finding(qtbot, w: MainWindow) -> None:
    (row,) = w.session.rows
    assert w.select(row.id)
    qtbot.wait(20)  # the selection places the columns again after layout


def test_a_finding_of_the_first_and_third_source_is_level_and_joined_through_the_second(
    qtbot, tmp_path
):
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {3: "5"}}))
    select_only_finding(qtbot, w)
    first, middle, third = w.columns.columns
    sides = {s.article: s for s in w.session.rows[0].sides}
    for column in (first, third):
        side = sides[column.article.id]
        assert column.span_visible(side.start, side.end)
    assert abs(value_top(w, "a") - value_top(w, "c")) <= 2
    # each version marked in its column, and the column between says it omits the claim
    assert "A" in first.badge.text() and "24" in first.badge.text()
    assert "B" in third.badge.text() and "5" in third.badge.text()
    assert "omits this claim" in middle.badge.text()
    assert first.badge.isVisible() and middle.badge.isVisible()
    # one thread from the first to the third column, crossing the second level
    (thread,) = w.columns.threads
    assert (thread.left, thread.right) == (0, 2)
    band = w.columns.overlay.band_over(middle)
    assert band is not None
    top, bottom = band  # in the strip of columns
    offset = w.columns.strip.mapTo(w, QPoint(0, 0)).y()
    assert abs(top + offset - value_top(w, "a")) <= 2 and bottom > top


def test_the_band_through_the_omitting_column_is_painted(qtbot, tmp_path):
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {3: "5"}}))
    select_only_finding(qtbot, w)
    middle = w.columns.columns[1]
    top, bottom = w.columns.overlay.band_over(middle)
    # a point on the band in the middle column's margin, where no text is drawn
    x = middle.text.mapTo(w.columns.strip, middle.text.rect().topLeft()).x() + 4
    y = (top + bottom) // 2
    selected = w.columns.strip.grab().toImage().pixelColor(x, y)
    w.table.setCurrentIndex(QModelIndex())
    qtbot.waitUntil(lambda: not w.columns.threads)
    assert w.columns.overlay.band_over(middle) is None
    assert "omits" not in middle.badge.text()
    plain = w.columns.strip.grab().toImage().pixelColor(x, y)
    assert selected != plain


def test_the_band_tints_the_gutters_but_not_the_text_of_the_column_it_crosses(qtbot, tmp_path):
    # fresh window trial: the tint mixed with other findings' highlighted values
    # in the columns between; there only the band's two edges are drawn
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {3: "5"}}))
    select_only_finding(qtbot, w)
    _first, middle, _third = w.columns.columns
    overlay = w.columns.overlay
    top, bottom = overlay.band_over(middle)
    assert bottom - top > 4
    image = QImage(overlay.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    overlay.render(image, QPoint(), QRegion(), QWidget.RenderFlag(0))  # the overlay alone
    y = (top + bottom) // 2

    def alpha_at(widget) -> int:
        strip = w.columns.strip
        x = overlay.mapFrom(strip, widget.mapTo(strip, QPoint(widget.width() // 2, 0))).x()
        return image.pixelColor(x, y).alpha()

    assert alpha_at(w.columns.gutters[0]) > 0  # tinted between the columns
    assert alpha_at(middle.text.viewport()) == 0  # not over the text it crosses


def test_every_column_that_carries_it_is_level_even_near_the_end_of_a_text(qtbot, tmp_path):
    # the value is in the last paragraph of one article and the first of another
    w = show(qtbot, tmp_path, build({"a": {39: "24"}, "b": {0: "24"}, "c": {20: "5"}}))
    select_only_finding(qtbot, w)
    tops = [value_top(w, a) for a in "abc"]
    assert max(tops) - min(tops) <= 2, tops
    # not pulled to the top edge by the value in b's first line: b gets room above it
    viewport = w.columns.columns[1].text.viewport()
    assert tops[1] - viewport.mapTo(w, QPoint(0, 0)).y() > viewport.height() // 4
    assert [(t.left, t.right) for t in w.columns.threads] == [(0, 1), (1, 2)]
    badges = [c.badge.text() for c in w.columns.columns]
    assert "A" in badges[0] and "A" in badges[1] and "B" in badges[2]
    assert "2 sources" in badges[0].lower() or "2 sources" in w.columns.columns[0].badge.toolTip()


def test_twenty_columns_join_the_first_and_last_through_every_other(qtbot, tmp_path):
    ids = [f"s{n:02d}" for n in range(20)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s00"] = {12: "24"}
    plan["s19"] = {25: "5"}
    w = show(qtbot, tmp_path, build(plan, length=30))
    select_only_finding(qtbot, w)
    # the two columns side by side, the 18 between folded (user trial 48) ...
    assert [fold.is_folded(c) for c in w.columns.columns] == [False, *[True] * 18, False]
    qtbot.waitUntil(lambda: w.columns.overlay.edge_hints() == [])
    fold.unfold(w.columns)  # ... and unfolded (a click on one), the band runs through all
    qtbot.wait(20)
    (thread,) = w.columns.threads
    assert (thread.left, thread.right) == (0, 19)
    between = w.columns.columns[1:19]
    assert all("omits this claim" in c.badge.text() for c in between)
    assert all(w.columns.overlay.band_over(c) is not None for c in between)
    assert abs(value_top(w, "s00") - value_top(w, "s19")) <= 2
    # the last source is far off to the right: the band says where it leads
    assert w.columns.overlay.edge_hints() == ["Outlet 19 →"]
    # scrolled sideways, the band names the sources at both ends
    bar = w.columns.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert sorted(w.columns.overlay.edge_hints()) == ["Outlet 19 →", "← BBC"]


def test_the_bar_above_leads_to_the_next_version_not_to_a_similar_sentence(qtbot, tmp_path):
    # fresh window trial: versions in the first and last of 14 columns, similar
    # sentences between; the bar named each similar column in turn (seven clicks)
    ids = [f"s{n:02d}" for n in range(12)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s00"], plan["s11"] = {12: "24"}, {12: "5"}
    base = build(plan, length=30)
    similar = tuple(Alignment("s00:12", f"s{n:02d}:12", 0.45) for n in (4, 6, 8))
    w = show(qtbot, tmp_path, replace(base, alignments=(*base.alignments, *similar)))
    select_only_finding(qtbot, w)
    assert "similar sentence" in w.columns.column("s04").badge.text()
    assert fold.is_folded(w.columns.column("s04"))  # the pair side by side (user trial 48)
    fold.unfold(w.columns)  # unfolded: the bar leads to the far version
    qtbot.wait(20)
    right = w.columns.ends.right
    assert right.isVisible() and right.text() == "Outlet 11 →"
    right.click()
    qtbot.waitUntil(lambda: w.columns.columns[11].visibleRegion().isEmpty() is False)
    # both versions in view, only similar sentences beyond: said so
    plan = {a: {} for a in ids}
    plan["s00"], plan["s01"] = {12: "24"}, {12: "5"}
    base = build(plan, length=30)
    w = show(qtbot, tmp_path, replace(base, alignments=(*base.alignments, *similar)))
    select_only_finding(qtbot, w)
    right = w.columns.ends.right
    # (a column cut at the view's edge counts as beyond: s04, "Le Monde", may be named)
    names = {w.columns.columns[n].outlet.text() for n in (4, 6, 8)}
    assert right.isVisible() and right.text() in {f"{n} (no version) →" for n in names}
    assert "none of the finding's versions" in right.toolTip()


def test_level_on_screen_when_one_title_is_much_longer(qtbot, tmp_path):
    analysis = build({"a": {30: "24"}, "b": {}, "c": {3: "5"}})
    long = "A headline that goes on and on " * 6
    articles = (replace(analysis.articles[0], title=long), *analysis.articles[1:])
    w = show(qtbot, tmp_path, replace(analysis, articles=articles))
    first, _, third = w.columns.columns
    assert first.title.toolTip() and "…" in first.title.text()  # elided, whole in the tooltip
    assert first.text.mapTo(w, QPoint(0, 0)).y() == third.text.mapTo(w, QPoint(0, 0)).y()
    select_only_finding(qtbot, w)
    assert abs(value_top(w, "a") - value_top(w, "c")) <= 2


def test_a_finding_selected_while_columns_are_built_is_level_once_they_are(qtbot, tmp_path):
    ids = [f"s{n}" for n in range(10)]
    plan: dict[str, dict[int, str]] = {a: {} for a in ids}
    plan["s0"], plan["s4"], plan["s9"] = {20: "24"}, {1: "24"}, {14: "5"}
    analysis = build(plan, length=30)
    w = make_window(qtbot)
    attach(w, tmp_path, analysis)
    s = w.session
    assert w.columns.building()
    w.select(s.rows[0].id)  # as the window does when an analysis ends
    qtbot.waitUntil(lambda: not w.columns.building())
    qtbot.wait(50)
    tops = [value_top(w, a) for a in ("s0", "s4", "s9")]
    assert max(tops) - min(tops) <= 2, tops
    viewport = w.columns.columns[0].text.viewport()
    assert tops[0] - viewport.mapTo(w, QPoint(0, 0)).y() > viewport.height() // 4


def test_the_band_leaves_the_columns_between_when_one_end_is_scrolled_away(qtbot, tmp_path):
    # scrolling one end column on its own must not turn the band into a slash
    # across the text of the columns between (fresh user trial under Xvfb)
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {3: "5"}}))
    select_only_finding(qtbot, w)
    _first, middle, third = w.columns.columns
    assert w.columns.overlay.band_over(middle) is not None
    w.actions_by_name["scroll_together"].setChecked(False)  # one column moves alone
    bar = third.text.verticalScrollBar()
    step = 5 * third.text.fontMetrics().lineSpacing()
    bar.setValue(bar.value() - step if bar.value() - step >= bar.minimum() else bar.value() + step)
    qtbot.waitUntil(lambda: abs(value_top(w, "a") - value_top(w, "c")) > 8)
    assert w.columns.overlay.band_over(middle) is None
    assert w.columns.threads  # the finding stays selected; re-selecting levels it again


def test_locking_the_columns_again_levels_the_selected_finding(qtbot, tmp_path):
    # the status bar says "the selected finding level" as soon as the lock is on
    w = show(qtbot, tmp_path, build({"a": {30: "24"}, "b": {}, "c": {3: "5"}}))
    select_only_finding(qtbot, w)
    _first, middle, third = w.columns.columns
    lock = w.actions_by_name["scroll_together"]
    lock.trigger()  # as the menu, the toolbar or the bar above the columns do
    assert not lock.isChecked()
    bar = third.text.verticalScrollBar()
    step = 5 * third.text.fontMetrics().lineSpacing()
    bar.setValue(bar.value() - step if bar.value() - step >= bar.minimum() else bar.value() + step)
    qtbot.waitUntil(lambda: abs(value_top(w, "a") - value_top(w, "c")) > 8)
    lock.trigger()
    assert lock.isChecked()
    qtbot.waitUntil(lambda: abs(value_top(w, "a") - value_top(w, "c")) <= 2)
    assert w.columns.overlay.band_over(middle) is not None
    # and the columns move together from there
    first_bar = w.columns.columns[0].text.verticalScrollBar()
    before = value_top(w, "a") - value_top(w, "c")
    first_bar.setValue(first_bar.value() + 3 * third.text.fontMetrics().lineSpacing())
    qtbot.wait(20)
    assert value_top(w, "a") - value_top(w, "c") == before


def test_a_column_with_a_sentence_aligned_to_the_claim_is_not_said_to_omit_it(qtbot, tmp_path):
    # b has a sentence aligned with a's toll sentence that the grouping kept
    # apart: "omits this claim" over it misled (fresh user trial)
    base = build({"a": {30: "24"}, "b": {}, "c": {3: "5"}})
    extra = Alignment("a:30", "b:12", 0.45)
    w = show(qtbot, tmp_path, replace(base, alignments=(*base.alignments, extra)))
    select_only_finding(qtbot, w)
    middle = w.columns.column("b")
    # and it says its values are not one of the versions (a trial read a value
    # highlighted level in the band as counting for a version)
    assert "similar sentence, not compared" in middle.badge.text()
    assert "omits" not in middle.badge.text()
