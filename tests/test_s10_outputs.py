"""Outputs never replace what the workbench did not write, and its own
outputs are never read as articles (fresh CLI trial, session 10: a report
written over an article of another story, which the next check then read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli as run

A = "A storm cut power to 400 homes in the valley on Monday, the utility said.\n"
B = "Monday's storm left 600 valley homes without electricity, the utility said.\n"


@pytest.fixture
def story(tmp_path, capsys) -> tuple[Path, list[Path]]:
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    files[0].write_text(A)
    files[1].write_text(B)
    db = tmp_path / "r.sqlite"
    assert run(["check", *files, "--db", db], capsys)[0] == 0
    return db, files


def as_format(db: Path, fmt: str, capsys) -> list:
    """``--format FMT``; ClaimReview publishes only the findings chosen with
    --publish (trial 47), so one is verified and chosen."""
    if fmt != "claimreview":
        return ["--format", fmt]
    from workbench.store import ReviewLog

    log = ReviewLog(db, create=False)
    first = log.findings()[0].id
    log.close()
    assert run(["review", first, "--status", "verified", "--db", db], capsys)[0] == 0
    return ["--format", fmt, "--publish", first]


@pytest.mark.parametrize("fmt", ["json", "md", "csv", "html", "claimreview"])
def test_a_report_never_replaces_a_file_of_another_story(tmp_path, capsys, story, fmt):
    db, _ = story
    other = tmp_path / "other-story" / "000_article.txt"
    other.parent.mkdir()
    other.write_text("Flood waters rose to 3 metres in the old town on Friday.\n")
    code, _, err = run(["report", "--db", db, "--format", fmt, "-o", other], capsys)
    assert code == 2 and "refusing to overwrite" in err and len(err.strip().splitlines()) == 1
    assert other.read_text().startswith("Flood waters")


@pytest.mark.parametrize("name", ["data.json", "notes.csv"])
def test_json_and_csv_of_an_editors_own_are_not_replaced(tmp_path, capsys, story, name):
    db, files = story
    mine = tmp_path / name
    mine.write_text('{"budget": 12}\n' if name.endswith("json") else "day,visitors\n1,200\n")
    if name.endswith("json"):
        code, _, err = run(["check", *files, "--db", db, "--json", mine], capsys)
    else:
        code, _, err = run(["report", "--db", db, "-o", mine], capsys)
    assert code == 2 and "refusing to overwrite" in err
    assert mine.read_text().startswith(("{", "day"))


@pytest.mark.parametrize("fmt", ["json", "md", "csv", "html", "claimreview"])
def test_a_report_replaces_the_one_it_wrote_before(tmp_path, capsys, story, fmt):
    db, _ = story
    out = tmp_path / f"report.{'json' if fmt == 'claimreview' else fmt}"
    chosen = as_format(db, fmt, capsys)
    for _ in range(2):
        code, _, err = run(["report", "--db", db, *chosen, "-o", out], capsys)
        assert code == 0, err


def test_check_replaces_its_own_json(tmp_path, capsys, story):
    db, files = story
    out = tmp_path / "analysis.json"
    for _ in range(2):
        assert run(["check", *files, "--db", db, "--json", out], capsys)[0] == 0


@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview", "summary with notes"])
def test_the_workbench_own_outputs_are_left_out_not_read(tmp_path, capsys, story, fmt):
    db, files = story
    saved = tmp_path / "saved.txt"
    if fmt == "summary with notes":
        code, out, err = run(["check", *files, "--db", db], capsys)
        note = "workbench: note: a.txt: published 2024-01-02, as the review log has it\n"
        saved.write_text(note + err + out)  # as '> saved.txt 2>&1' keeps it
    else:
        code, out, _ = run(["report", "--db", db, *as_format(db, fmt, capsys)], capsys)
        saved.write_text(out)
    code, out, err = run(["check", *files, saved, "--db", db], capsys)
    assert code == 0, err
    assert "own output" in err and "Checked 2 articles" in out


def test_the_report_names_each_articles_address(tmp_path, capsys):
    a = tmp_path / "a.md"
    a.write_text("---\nurl: https://courier.example/storm\nfirst: x\n---\n" + A)
    b = tmp_path / "b.md"
    b.write_text("---\nurl: https://gazette.example/power-cut\n---\n" + B)
    db = tmp_path / "r.sqlite"
    run(["check", a, b, "--db", db], capsys)
    log_json = run(["report", "--db", db, "--format", "json"], capsys)[1]
    import json

    fid = json.loads(log_json)["findings"][0]["id"]
    run(["review", "--db", db, fid, "--status", "disputed", "--reviewer", "x"], capsys)
    md = run(["report", "--db", db, "--format", "md"], capsys)[1]
    html = run(["report", "--db", db, "--format", "html"], capsys)[1]
    for page in (md, html):
        assert "courier.example/storm" in page and "gazette.example/power-cut" in page
    assert "<a " not in html  # named, never linked
