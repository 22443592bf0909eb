"""Re-run (F5) reads again the articles whose files changed on disk (fresh
trial: an editor corrected a file as the correction asked, pressed F5, and
the window kept analysing the text it had read before; only `check` on the
command line saw the edit). An undo of an earlier change never brings back a
text the file no longer has; a file gone or unreadable keeps the text read
before; a date an editor gave is kept."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from conftest import SEEDS
from test_window import WAIT, make_window, wait_analysis

from workbench.articles import load_article
from workbench.rereading import reread, with_newer

KUNDUZ = "about 50km from Kunduz"


def _copies(tmp_path: Path) -> list[Path]:
    out = []
    for s in SEEDS:
        shutil.copyfile(s, tmp_path / s.name)
        out.append(tmp_path / s.name)
    return out


def _with(paths: list[Path]) -> Path:
    (path,) = [p for p in paths if KUNDUZ in p.read_text(encoding="utf-8")]
    return path


def test_rerun_reads_a_changed_file_again(qtbot, tmp_path):
    paths = _copies(tmp_path)
    w = make_window(qtbot)
    w.open_paths([str(p) for p in paths], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert not any(r.verdict == "conflict" for r in w.session.rows)
    edited = _with(paths)
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(KUNDUZ, "about 90km from Kunduz"),
        encoding="utf-8",
    )
    w.act_rerun()
    wait_analysis(qtbot, w)
    (article,) = [a for a in w.session.articles if a.path == str(edited)]
    assert "about 90km from Kunduz" in article.text
    qtbot.waitUntil(lambda: any(r.verdict == "conflict" for r in w.session.rows), timeout=WAIT)
    assert f"{edited.name}: changed on disk" in w.messages.toolTip()
    column = w.columns.column(article.id)
    assert "about 90km" in column.text.toPlainText()


def test_an_undo_keeps_the_text_read_again(qtbot, tmp_path):
    paths = _copies(tmp_path)
    w = make_window(qtbot)
    w.open_paths([str(p) for p in paths], str(tmp_path / "review.sqlite"))
    wait_analysis(qtbot, w)
    edited = _with(paths)
    other = next(a for a in w.session.articles if a.path != str(edited))
    w._remove_article(other.id)  # an undoable change made before the edit
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: len(w.session.articles) == len(paths) - 1, timeout=WAIT)
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(KUNDUZ, "about 90km from Kunduz"),
        encoding="utf-8",
    )
    w.act_rerun()
    wait_analysis(qtbot, w)
    w.act_undo()  # the removed article comes back; the edited one keeps its new text
    qtbot.waitUntil(lambda: len(w.session.articles) == len(paths), timeout=WAIT)
    wait_analysis(qtbot, w)
    (article,) = [a for a in w.session.articles if a.path == str(edited)]
    assert "about 90km from Kunduz" in article.text


def test_reread_keeps_ids_given_dates_and_unreadable_files(tmp_path):
    paths = _copies(tmp_path)
    articles = tuple(load_article(p) for p in paths)
    given = articles[0].__class__  # Article
    first = _with(paths)
    dated = [
        given(**{**a.__dict__, "published": date(2021, 6, 20), "date_given": True})
        if a.path == str(first)
        else a
        for a in articles
    ]
    first.write_text(
        first.read_text(encoding="utf-8").replace(KUNDUZ, "about 90km from Kunduz"),
        encoding="utf-8",
    )
    gone = next(p for p in paths if p != first)
    gone.unlink()
    again, newer, notes = reread(tuple(dated))
    by_path = {a.path: a for a in again}
    new = by_path[str(first)]
    assert "90km" in new.text and new.published == date(2021, 6, 20) and new.date_given
    assert [a.id for a in again] == [a.id for a in dated]
    assert by_path[str(gone)] is dated[[a.path for a in dated].index(str(gone))]
    assert len(notes) == 1 and "changed on disk" in notes[0]
    # an older set (an undo's) gets the new text, with its own date
    (old,) = [a for a in articles if a.path == str(first)]
    (fresh,) = [a for a in with_newer((old,), newer) if a.path == str(first)]
    assert "90km" in fresh.text and fresh.published == old.published
    assert with_newer(articles, {}) == articles
