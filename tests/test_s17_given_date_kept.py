"""A date an editor gave survives a copy-edit of the article (trial 23: typed
in the window or given with --published, it went back to the header's date
after one word of the text changed, without a note)."""

from __future__ import annotations

from pathlib import Path

from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.store import ReviewLog

TEXT = "A fire at a warehouse in Leeds killed {} people on Tuesday, the fire service said.\n"


def _dates(db: str) -> dict[str, str | None]:
    log = ReviewLog(db, create=False)
    try:
        return {r.id: r.published for r in log.articles()}
    finally:
        log.close()


def test_a_given_date_survives_a_copy_edit_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    a = _write(tmp_path, "a.txt", "2021-06-23", TEXT.format(30))
    b = _write(tmp_path, "b.txt", "2021-06-23", TEXT.format(24))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", a, b, "--db", db, "-q", "--published", "a.txt=2021-06-22"]) == 0
    assert _dates(db)["a"] == "2021-06-22"
    p = Path(a)
    p.write_text(p.read_text(encoding="utf-8").replace("said", "reported"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", a, b, "--db", db, "-q"]) == 0
    assert _dates(db)["a"] == "2021-06-22"
    assert "published 2021-06-22, as given earlier" in capsys.readouterr().err


def test_the_window_keeps_a_given_date_when_the_edited_file_is_read_again(qtbot, tmp_path):
    from test_window import make_window, wait_analysis

    from workbench.ui.undo import with_published

    a = _write(tmp_path, "a.txt", "2021-06-23", TEXT.format(30))
    b = _write(tmp_path, "b.txt", "2021-06-23", TEXT.format(24))
    db = str(tmp_path / "review.sqlite")
    w = make_window(qtbot)
    w.open_paths([a, b], db)
    wait_analysis(qtbot, w)
    from datetime import date

    w.session.set_articles(with_published(w.session.articles, "a", date(2021, 6, 22)))
    wait_analysis(qtbot, w)
    w.close()
    again = make_window(qtbot)  # reopened from the log, then the file edited and F5
    assert again.session.open_log(db)
    wait_analysis(qtbot, again)
    p = Path(a)
    p.write_text(p.read_text(encoding="utf-8").replace("said", "reported"), encoding="utf-8")
    again.session.rerun()
    wait_analysis(qtbot, again)
    got = next(x for x in again.session.articles if x.id == "a")
    assert "reported" in got.text and got.published == date(2021, 6, 22)
