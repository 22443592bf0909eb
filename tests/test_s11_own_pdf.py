"""The window's own PDF correction report is not read back as an article
(fresh trial: 'check fake/' with the exported out.pdf beside the articles
made the report a source voting in every finding; HTML and Markdown reports
were already left out)."""

from __future__ import annotations

from conftest import SEEDS, run_cli

from workbench.articles import OwnOutput, load_article
from workbench.report import render
from workbench.store import ReviewLog


def _pdf_report(tmp_path, capsys):
    from workbench.ui.export import pdf_bytes

    db = tmp_path / "r.sqlite"
    code, _out, err = run_cli(["check", *SEEDS, "--db", db], capsys)
    assert code == 0, err
    log = ReviewLog(db)
    try:
        data, _pages = pdf_bytes(render(log, "html"))
    finally:
        log.close()
    out = tmp_path / "out.pdf"
    out.write_bytes(data)
    return out


def test_our_pdf_report_is_left_out_as_our_own_output(qtbot, tmp_path, capsys):
    out = _pdf_report(tmp_path, capsys)
    try:
        load_article(out)
    except OwnOutput as exc:
        assert "own output" in str(exc)
    else:
        raise AssertionError("the PDF report was read as an article")
    code, _stdout, err = run_cli(["check", *SEEDS, out, "--db", tmp_path / "j.sqlite"], capsys)
    assert code == 0, err
    assert "out.pdf: this is Claim Workbench's own output" in err
