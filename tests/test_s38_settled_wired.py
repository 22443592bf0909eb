"""Settled findings through the product (trial 44, P4 and P7): a consistent
date all sources put on one day goes with the agreements in ``check``'s
count and list, the report and the window's list and counts, and so does a
day inside a month since user trial 48 (both still listed); a decision on a
settled finding keeps it in view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import report
from workbench.cli import main
from workbench.store import ReviewLog

TEXTS = {
    "post": ("2024-03-15", "on Thursday evening", 12, "in January"),
    "courier": ("2024-03-15", "last night", 14, "on January 9"),
    "mail": ("2024-03-16", "on Thursday night", 12, "on January 9"),
}
BODY = (
    "A fire broke out at the Hallam paper mill {when}, injuring {n} workers, fire officials "
    "said.\nThe mill had reopened {month} after a long refit, the owner said.\n"
)


def _files(tmp_path: Path) -> list[str]:
    out = []
    for name, (pub, when, n, month) in TEXTS.items():
        body = BODY.format(when=when, n=n, month=month)
        (tmp_path / f"{name}.txt").write_text(
            f"---\noutlet: {name.title()}\npublished: {pub}\n---\n{body}", encoding="utf-8"
        )
        out.append(str(tmp_path / f"{name}.txt"))
    return out


@pytest.fixture
def checked(tmp_path: Path, capsys):
    db, out = tmp_path / "r.sqlite", tmp_path / "out.json"
    assert main(["check", *_files(tmp_path), "--db", str(db), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    night = next(f["id"] for f in data["findings"] if "Thursday evening" in json.dumps(f))
    month = next(f["id"] for f in data["findings"] if "January" in json.dumps(f))
    assert night != month
    return db, data, capsys.readouterr().out, night, month


def test_check_lists_one_day_with_the_agreements(checked) -> None:
    _db, data, out, night, month = checked
    verdicts = {f["id"]: f["verdict"] for f in data["findings"]}
    assert verdicts[night] == verdicts[month] == "consistent"  # verdicts unchanged
    assert "1 finding across all sources: 1 conflict" in out
    assert "2 more where every source agrees" in out
    agreed = out.split("\nAgreed (")[1].split("\n\n")[0]
    assert night in agreed and month in agreed  # listed, with its versions
    assert f"[{month}] CONSISTENT date" not in out


def test_the_report_and_the_window_count_it_apart(checked) -> None:
    from workbench.ui.rows import counts_text, finding_rows

    db, _data, _out, night, month = checked
    log = ReviewLog(db, create=False)
    try:
        built = report.build_report(log)
        markdown = report.render(log, "md")
        rows = finding_rows(log.findings())
    finally:
        log.close()
    assert {i["id"] for i in built["agreed"]} == {night, month}
    assert built["summary"]["to_review"] == 1 and built["summary"]["agreed"] == 2
    assert night in markdown.split("## Agreed")[1] and month in markdown.split("## Agreed")[1]
    agreed = [r for r in rows if r.agreed]
    assert {r.id for r in agreed} == {night, month}
    assert not any(r.needs_review for r in agreed)
    assert "1 to review" in counts_text(rows, 3, 1) and "2 more agreed" in counts_text(rows, 3, 1)


def test_a_note_on_a_settled_finding_keeps_it_in_view(checked, capsys) -> None:
    db, _data, _out, night, _month = checked
    assert main(["review", night, "--db", str(db), "--note", "two papers, one night"]) == 0
    log = ReviewLog(db, create=False)
    try:
        found = {f.id: f for f in log.findings()}
        built = report.build_report(log)
    finally:
        log.close()
    assert found[night].settled and not found[night].agreement and not found[night].agreed
    assert night in {i["id"] for i in built["findings"]}
    assert "two papers, one night" in json.dumps(built)
