"""The window's export and Save as never replace the review log or an open
article, and a dropped review log that is already open stays one connection."""

from __future__ import annotations

import hashlib
import shutil

from conftest import SEEDS
from test_window import make_window, wait_analysis


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_and_save_as_refuse_the_log_and_open_articles(qtbot, tmp_path):
    copies = []
    for s in SEEDS:  # one as Markdown: a name an export could plausibly be given
        copies.append(tmp_path / (s.stem + (".md" if s == SEEDS[0] else ".txt")))
        shutil.copy(s, copies[-1])
    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(c) for c in copies], str(db))
    wait_analysis(qtbot, w)
    article = copies[0]
    link = tmp_path / "corrections.md"
    link.symlink_to(copies[1])
    log_link = tmp_path / "log.html"
    log_link.symlink_to(db)
    before = {p: sha(p) for p in [*copies, db]}
    for target in (str(log_link), str(article), str(link)):
        assert not w.export_report(target, "Markdown (*.md)")
        assert "refusing to overwrite" in w.messages.text()
    assert not w.save_log_as(str(article))
    assert "refusing to overwrite" in w.messages.text()
    assert {p: sha(p) for p in before} == before
    held = w.session.log
    w.open_paths([str(db)])  # dropping the open log again: a refresh, same connection
    assert w.session.log is held


def test_exports_are_offered_beside_the_log_not_where_the_program_started(
    qtbot, tmp_path, monkeypatch
):
    # fresh window trial: the first export dialog opened in the folder the
    # program was started from, full of its source code
    from workbench.ui import settings

    monkeypatch.chdir(SEEDS[0].parent.parent)  # started from the project
    story = tmp_path / "story"
    story.mkdir()
    w = make_window(qtbot)
    settings.put(settings.LAST_FOLDER, "")
    w.open_paths([str(s) for s in SEEDS], str(story / "review.sqlite"))
    wait_analysis(qtbot, w)
    assert w._output_folder() == story.resolve()
    # a folder chosen for another review (or to add articles) does not pull
    # this review's exports away from it (fresh trial: the report of one
    # review was offered in the other's folder)
    elsewhere = tmp_path / "other-review"
    elsewhere.mkdir()
    settings.put(settings.LAST_FOLDER, str(elsewhere))
    assert w._output_folder() == story.resolve()
    chosen = tmp_path / "reports"
    chosen.mkdir()
    assert w.export_report(str(chosen / "corrections.md"), "Markdown (*.md)")
    assert w._output_folder() == chosen  # where this review's last export went
    chosen.joinpath("corrections.md").unlink()
    chosen.rmdir()  # no longer there
    assert w._output_folder() == story.resolve()


def test_a_new_review_names_the_one_it_closed_and_the_way_back(qtbot, tmp_path):
    # fresh window trial: Ctrl+N (one key from Ctrl+Shift+N, a note) closed the
    # review without a word
    w = make_window(qtbot)
    db = tmp_path / "kraft.sqlite"
    w.open_paths([str(s) for s in SEEDS], str(db))
    wait_analysis(qtbot, w)
    w.actions_by_name["new_review"].trigger()
    assert w.session.log is None
    said = w.messages.text()
    assert str(db) in said and "Open recent" in said and "kept" in said
    w.actions_by_name["new_review"].trigger()  # nothing open: nothing to say
    assert "Closed" not in w.messages.text()


def test_correct_in_names_every_source_stating_one_version(qtbot, tmp_path):
    # fresh window trial: two reports printed the same wrong quote and 'Correct
    # in' could name only one; with '(not said)' the report asked the right one too
    from workbench.store import ReviewLog

    texts = {
        "a": "The warehouse fire on Monday killed 24 people, officials said.",
        "b": "The warehouse fire on Monday killed 15 people, officials said.",
        "c": "Officials said the warehouse fire on Monday killed 15 people.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Fire\noutlet: Outlet {name.upper()}\npublished: 2024-05-01\n---\n"
            f"{text}\n",
            encoding="utf-8",
        )
    db = tmp_path / "review.sqlite"
    w = make_window(qtbot)
    w.open_paths([str(tmp_path / f"{n}.md") for n in texts], str(db))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.kind == "number"]
    assert w.select(row.id)
    combo = w.panel.article
    entries = [combo.itemText(i) for i in range(combo.count())]
    assert "All stating ‘15’: Outlet B, Outlet C" in entries, entries
    combo.setCurrentIndex(combo.findData("b\nc"))
    w.act_needs_correction()
    row = w.session.row(row.id)
    assert row.status == "needs-correction" and row.correct_article == "b\nc"
    assert w.panel.article.currentData() == "b\nc"  # shown as chosen
    log = ReviewLog(db, create=False)
    (found,) = [f for f in log.findings() if f.id == row.id]
    named = {m.correct_article for m in found.members}
    log.close()
    assert named == {"b", "c"}  # the right source is never asked
    w.act_undo()
    assert w.session.row(row.id).status == "open"
    w.act_redo()
    assert w.session.row(row.id).correct_article == "b\nc"
