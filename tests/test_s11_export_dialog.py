"""The export dialog asks whether to replace the file it will really write
(fresh trial: it asked "wire.txt already exists. Replace it?", and on Yes
wrote wire.txt.html, the article untouched)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.ui import export, file_dialogs


def _answering(monkeypatch, name: str, answer):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [name])
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or answer
    )
    return asked


def _save(name_filter: str):
    return file_dialogs.save_file(
        None,
        "Export",
        "",
        export.FILTERS,
        name_filter,
        lambda name, kind: export.format_for(name, kind)[1],
    )


def test_an_article_name_is_not_asked_about_when_another_file_is_written(
    qtbot, tmp_path, monkeypatch
):
    article = tmp_path / "wire.txt"
    article.write_text("An article.", encoding="utf-8")
    asked = _answering(monkeypatch, str(article), QMessageBox.StandardButton.Yes)
    path, _ = _save(export.FORMATS[".html"][1])
    assert path == str(article)  # export.format_for then writes wire.txt.html
    assert asked == []  # wire.txt.html does not exist: nothing to replace


def test_replacing_the_file_written_is_asked_and_no_keeps_it(qtbot, tmp_path, monkeypatch):
    report = tmp_path / "wire.txt.html"
    report.write_text("<p>an earlier report</p>", encoding="utf-8")
    asked = _answering(monkeypatch, str(tmp_path / "wire.txt"), QMessageBox.StandardButton.No)
    assert _save(export.FORMATS[".html"][1]) == ("", "")
    assert asked == ["wire.txt.html already exists. Do you want to replace it?"]


def test_save_as_never_replaces_a_file_and_asks_nothing(qtbot, tmp_path, monkeypatch):
    """Fresh trial, BLOCKER: Save review log as over another story's log (or an
    article) asked Qt's 'Replace?', and Yes wiped that review."""
    import test_window

    other = tmp_path / "other-story.sqlite"
    other.write_bytes(b"SQLite format 3\x00 another story's review")
    asked = _answering(monkeypatch, str(other), QMessageBox.StandardButton.Yes)
    path, _ = file_dialogs.save_file(None, "Save review log as", "", "*.sqlite", replaces=False)
    assert path == str(other) and asked == []
    w = test_window.make_window(qtbot)
    w.open_paths([str(s) for s in test_window.SEEDS[:2]])
    test_window.wait_analysis(qtbot, w)
    assert not w.save_log_as(str(other))
    assert "already exists" in w.messages.text()
    assert other.read_bytes() == b"SQLite format 3\x00 another story's review"


def test_the_window_export_never_replaces_a_file_that_is_not_its_report(qtbot, tmp_path):
    """Fresh window trial: export to a_wire.md (an article of another story,
    not open here) replaced it after Qt's 'Replace?'; the command line refuses."""
    import test_window

    from workbench.files import WriteError

    w = test_window.make_window(qtbot)
    w.open_paths([str(s) for s in test_window.SEEDS[:2]])
    test_window.wait_analysis(qtbot, w)
    article = tmp_path / "a_wire.md"
    article.write_text("# Ferry capsizes\n\nFourteen people died.\n", encoding="utf-8")
    try:
        export.export(w.session.log, str(article), "md")
    except WriteError as exc:
        assert "not a workbench report" in str(exc)
    else:
        raise AssertionError("an article was replaced by a report")
    assert article.read_text(encoding="utf-8").startswith("# Ferry capsizes")
    # its own reports, PDF included, are replaced as before
    for name, fmt in (("r.md", "md"), ("r.pdf", "pdf"), ("r.html", "html")):
        export.export(w.session.log, str(tmp_path / name), fmt)
        export.export(w.session.log, str(tmp_path / name), fmt)


def test_a_file_the_export_would_refuse_is_said_so_instead_of_asking_to_replace(
    qtbot, tmp_path, monkeypatch
):
    """Fresh trial: 'notes.html already exists. Replace it?', Yes, and then
    'refusing to overwrite a page that is not a workbench report': the two
    contradicted each other. The refusal now comes first, alone."""
    from workbench.store import ReviewLog

    notes = tmp_path / "notes.html"
    notes.write_text("<p>my own notes</p>", encoding="utf-8")
    asked = _answering(monkeypatch, str(notes), QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    log = ReviewLog(tmp_path / "log.sqlite")
    try:
        got = file_dialogs.save_file(
            None,
            "Export",
            "",
            export.FILTERS,
            export.FORMATS[".html"][1],
            lambda name, kind: export.format_for(name, kind)[1],
            refused=lambda target: export.refusal(log, target),
        )
        assert got == ("", "") and asked == []
        assert len(warned) == 1 and "not a workbench report" in warned[0]
        assert notes.read_text(encoding="utf-8") == "<p>my own notes</p>"
        # an earlier report of ours is still offered to be replaced
        ours = tmp_path / "ours.html"
        export.export(log, str(ours), "html")
        asked[:] = []
        monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(ours)])
        file_dialogs.save_file(
            None,
            "Export",
            "",
            export.FILTERS,
            export.FORMATS[".html"][1],
            lambda name, kind: export.format_for(name, kind)[1],
            refused=lambda target: export.refusal(log, target),
        )
        assert asked == ["ours.html already exists. Do you want to replace it?"]
    finally:
        log.close()
