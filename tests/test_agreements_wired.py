"""Agreements through the product: marked in the JSON, saved in the log,
out of ``check``'s count, the report's "Still to review" and the window's
list by default, listed short ("Agreed"); a decision already made on one
keeps it in view. Three articles: three figures stated alike (agreements),
a distance that agrees by conversion and a hedge (an agreement by arithmetic
since session 30), and a count and a length that differ (two conflicts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import report
from workbench.cli import main
from workbench.store import ReviewLog

TEXTS = {
    "a": "Two firefighters were injured in Riverton on 22 November 2013.\n"
    "The blaze spread 30 miles before it was contained, officials said.\n"
    "The fire destroyed 40 homes, the mayor said.\n"
    "Damage was estimated at $13.9 billion by the insurer.\n"
    "Crews fought the fire for three days, the chief said.\n",
    "b": "2 firefighters were injured in Riverton on November 22, 2013.\n"
    "The blaze spread 48 km before it was contained, officials said.\n"
    "The fire destroyed 45 homes, the mayor said.\n"
    "Damage was estimated at $13.9bn by the insurer.\n"
    "Crews fought the fire for five days, the chief said.\n",
    "c": "Two firefighters were injured in Riverton on November 22, 2013.\n"
    "The blaze spread about 30 miles before it was contained, officials said.\n"
    "The fire destroyed 40 homes, the mayor said.\n"
    "Damage was estimated at $13.9 billion by the insurer.\n"
    "Crews fought the fire for three days, the chief said.\n",
}


@pytest.fixture
def checked(tmp_path: Path, capsys) -> tuple[Path, dict, str]:
    files = []
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(f"Riverton fire\n\n{text}", encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    db, out = tmp_path / "r.sqlite", tmp_path / "out.json"
    assert main(["check", *files, "--db", str(db), "--json", str(out)]) == 0
    return db, json.loads(out.read_text(encoding="utf-8")), capsys.readouterr().out


def _by_value(data: dict) -> dict[str, dict]:
    return {" / ".join(v["value"] for v in f["versions"]): f for f in data["findings"]}


def test_the_json_marks_agreements_and_only_them(checked) -> None:
    _, data, _ = checked
    agreed = {k for k, f in _by_value(data).items() if f["agreement"]}
    assert any("$13.9bn" in k for k in agreed) and any("2" in k.split(" / ") for k in agreed)
    assert any("November" in k for k in agreed)
    kept = [f for f in data["findings"] if not f["agreement"]]
    assert {f["verdict"] for f in kept} == {"conflict"}
    assert any("48 km" in k for k, f in _by_value(data).items() if f["agreement"])


def test_check_counts_agreements_apart_and_lists_them_short(checked) -> None:
    _, data, out = checked
    n = sum(f["agreement"] for f in data["findings"])
    items = len(data["findings"]) - n
    assert f"{items} findings across all sources" in out
    assert f"{n} more where every source agrees" in out
    listed = out.split("Agreed (every source")[1].split("\n\n")[0]
    for f in data["findings"]:
        assert (f"[{f['id']}]" in listed) == f["agreement"]


def test_the_report_lists_agreements_apart_from_the_findings_to_review(checked) -> None:
    db, data, _ = checked
    log = ReviewLog(db, create=False)
    try:
        built = report.build_report(log)
        markdown = report.render(log, "md")
    finally:
        log.close()
    agreed = {f["id"] for f in data["findings"] if f["agreement"]}
    assert {i["id"] for i in built["agreed"]} == agreed
    assert not agreed & {i["id"] for i in built["findings"]}
    assert built["summary"]["to_review"] == len(data["findings"]) - len(agreed)
    assert built["summary"]["agreed"] == len(agreed)
    section = markdown.split("## Agreed")[1]
    assert all(fid in section for fid in agreed)


def test_a_decided_agreement_stays_an_item_in_view(checked, capsys) -> None:
    db, data, _ = checked
    fid = next(f["id"] for f in data["findings"] if f["agreement"])
    assert main(["review", fid, "--db", str(db), "--status", "verified", "--reviewer", "ana"]) == 0
    log = ReviewLog(db, create=False)
    try:
        found = {f.id: f for f in log.findings()}
        built = report.build_report(log)
    finally:
        log.close()
    assert found[fid].agreement and not found[fid].agreed
    assert fid in {i["id"] for i in built["findings"]}
    assert fid not in {i["id"] for i in built["agreed"]}
    capsys.readouterr()
    assert main(["review", fid, "--db", str(db)]) == 0
    assert "agreed" not in capsys.readouterr().out.split("\n")[0]


def test_the_windows_rows_leave_agreements_out_of_to_review(checked) -> None:
    from workbench.ui.rows import counts_text, finding_rows

    db, data, _ = checked
    log = ReviewLog(db, create=False)
    try:
        rows = finding_rows(log.findings())
    finally:
        log.close()
    agreed = [r for r in rows if r.agreed]
    assert len(agreed) == sum(f["agreement"] for f in data["findings"]) > 0
    assert not any(r.needs_review for r in agreed)
    text = counts_text(rows, 3, len(rows) - len(agreed))
    assert f"{len(rows) - len(agreed)} to review" in text
    assert f"{len(agreed)} more agreed" in text


def test_check_the_report_and_the_window_count_findings_the_same_way(checked) -> None:
    """Trial 29: check said "25 findings … 1 more agreed", the report
    "Findings: 26". Each counts the items to review, then the agreements."""
    from workbench.ui.rows import counts_text, finding_rows

    db, data, out = checked
    n = sum(f["agreement"] for f in data["findings"])
    items = len(data["findings"]) - n
    log = ReviewLog(db, create=False)
    try:
        built = report.build_report(log)
        markdown, html = report.render(log, "md"), report.render(log, "html")
        rows = finding_rows(log.findings())
    finally:
        log.close()
    more = f"{n} more where every source agrees (agreed, not to review)"
    assert f"{items} findings across all sources" in out and more in out
    assert built["summary"]["findings"] == items and built["summary"]["agreed"] == n
    assert sum(built["summary"]["by_verdict"].values()) == items
    assert f"- Findings: {items} (" in markdown and more in markdown
    assert f"<tr><th>Findings</th><td>{items}</td></tr>" in html
    assert counts_text(rows, 3, len(rows)).startswith(f"3 articles · {items} findings")


def test_the_window_hides_agreements_until_asked(qtbot, tmp_path) -> None:
    """One visible toggle ("Show agreements") shows them; selecting one by id
    (the coverage view, an undo) turns it on rather than select nothing."""
    from test_window import make_window, wait_analysis

    from workbench.ui.models import ID_ROLE

    files = []
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(f"Riverton fire\n\n{text}", encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    w = make_window(qtbot)
    w.open_paths(files, str(tmp_path / "r.sqlite"))
    wait_analysis(qtbot, w)
    agreed = {r.id for r in w.session.rows if r.agreed}
    assert agreed

    def listed() -> set[str]:
        return {w.proxy.index(n, 0).data(ID_ROLE) for n in range(w.proxy.rowCount())}

    assert not listed() & agreed and listed()
    assert not w.filter_agreed.isChecked() and w.filter_agreed.isVisible()
    w.filter_agreed.setChecked(True)
    assert agreed <= listed()
    w.filter_agreed.setChecked(False)
    assert w.select(next(iter(agreed))) and w.filter_agreed.isChecked()
