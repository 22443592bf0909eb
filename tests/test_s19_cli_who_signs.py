"""``workbench review`` names the reviewer it recorded (trial 26: a note by
"CLI Colleague" on a finding root had decided printed "by root", while the
history recorded CLI Colleague)."""

from __future__ import annotations

import pytest
from conftest import run_cli

from workbench.cli_output import signed
from workbench.store import ReviewLog


@pytest.fixture
def decided(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    paths = []
    for name, text in (
        ("a", "The council approved a budget of 4 million euros on Monday.\n"),
        ("b", "On Monday the council approved a budget of 5 million euros.\n"),
    ):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(tmp_path / f"{name}.txt")
    db = tmp_path / "log.sqlite"
    assert run_cli(["check", *paths, "--db", db], capsys)[0] == 0
    log = ReviewLog(db)
    finding = log.findings()[0].id
    pair = log.findings()[0].members[0].id
    log.close()
    return db, finding, pair


@pytest.mark.parametrize("on_finding", [True, False])
def test_a_note_names_its_writer_and_the_decision_that_stands(decided, capsys, on_finding):
    db, finding, pair = decided
    ident = finding if on_finding else pair
    base = ["review", ident, "--db", db]
    assert run_cli([*base, "--status", "disputed", "--reviewer", "Desk Chief"], capsys)[0] == 0
    code, out, _err = run_cli([*base, "--note", "Checked", "--reviewer", "CLI Colleague"], capsys)
    assert code == 0
    assert "(decided by Desk Chief; this change by CLI Colleague)" in out
    history = run_cli([*base, "--history"], capsys)[1].splitlines()
    assert "CLI Colleague" in history[-1] and "note: Checked" in history[-1]


def test_a_decision_names_its_maker(decided, capsys):
    db, finding, _pair = decided
    base = ["review", finding, "--db", db]
    run_cli([*base, "--status", "disputed", "--reviewer", "Desk Chief"], capsys)
    code, out, _err = run_cli([*base, "--status", "verified", "--reviewer", "Ana"], capsys)
    assert code == 0 and "verified" in out and "by Ana" in out and "this change" not in out


@pytest.mark.parametrize(
    ("decider", "by", "said"),
    [
        ("root", "root", " by root"),
        ("", "Ana", " by Ana"),
        ("Ana", "", " by Ana"),
        ("", "", ""),
        ("root", "Ana", " (decided by root; this change by Ana)"),
    ],
)
def test_signed(decider, by, said):
    assert signed(decider, by) == said
