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
    chosen = tmp_path / "reports"
    chosen.mkdir()
    settings.put(settings.LAST_FOLDER, str(chosen))  # the editor chose one since
    assert w._output_folder() == chosen
    settings.put(settings.LAST_FOLDER, str(tmp_path / "gone"))  # no longer there
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
