"""Columns for many articles are built in later event-loop turns, not in the
one that shows the findings: what ends up on screen is the same as building
them at once."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date

from workbench.model import Article
from workbench.ui import app as ui_app
from workbench.ui.columns import FIRST_BATCH, ColumnsArea


def article(n: int) -> Article:
    text = f"Report {n}. The river rose {n + 2} metres overnight.\n\nOfficials in town {n} spoke."
    return Article(
        id=f"art{n}",
        path=f"/tmp/art{n}.txt",
        title=f"Article number {n}",
        outlet=f"Outlet {n % 3}",
        published=date(2024, 1, 1 + n),
        url="",
        text=text,
        sha256=f"{n:064x}",
    )


def area(qtbot) -> ColumnsArea:
    a = ColumnsArea()
    qtbot.addWidget(a)
    a.resize(1280, 600)
    a.show()
    return a


def shown(a: ColumnsArea) -> list[tuple[str, str, str]]:
    return [(c.article.id, c.article.title, c.text.toPlainText()) for c in a.columns]


def test_a_few_articles_get_their_columns_at_once(qtbot):
    a = area(qtbot)
    articles = tuple(article(n) for n in range(FIRST_BATCH))
    built = a.set_articles(articles)
    assert [c.article.id for c in built] == [x.id for x in articles]
    assert not a.building()


def test_many_articles_get_their_columns_in_later_turns_the_same_as_at_once(qtbot):
    articles = tuple(article(n) for n in range(FIRST_BATCH + 7))
    later = area(qtbot)
    added: list[int] = []
    later.columnsAdded.connect(lambda: added.append(len(later.columns)))
    assert later.set_articles(articles) == []  # nothing built in the calling turn
    assert later.building()
    qtbot.waitUntil(lambda: not later.building())
    assert added == list(range(1, len(articles) + 1))  # one column per turn, in order
    # the same columns as building them all in one go
    at_once = area(qtbot)
    at_once._pending = list(articles)
    at_once._ids = [x.id for x in articles]
    at_once.row.addStretch(1)
    at_once._build(len(articles))
    assert shown(later) == shown(at_once)
    assert shown(later) == [(x.id, x.title, x.text) for x in articles]
    assert len(later.gutters) == len(at_once.gutters) == len(articles) - 1


def test_a_rerun_on_the_same_articles_keeps_the_built_columns(qtbot):
    a = area(qtbot)
    articles = tuple(article(n) for n in range(FIRST_BATCH + 2))
    a.set_articles(articles)
    qtbot.waitUntil(lambda: not a.building())
    before = list(a.columns)
    moved = (replace(articles[0], published=date(2024, 2, 2)),)
    assert a.set_articles(moved + articles[1:]) == before  # updated in place, not rebuilt
    assert a.columns[0].article.published == date(2024, 2, 2)


def test_the_window_lets_the_gui_thread_take_the_gil_sooner(qtbot):
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default
        ui_app.application()
        assert sys.getswitchinterval() == ui_app.GIL_SWITCH_S < 0.005
    finally:
        sys.setswitchinterval(before)
