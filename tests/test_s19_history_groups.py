"""A history row stands for one change: trial 28 read "2 discrepancies
verified — decided on finding F35603fd1e" on a finding of one discrepancy,
because two changes made in the same second were grouped as one."""

from __future__ import annotations

import pytest
from conftest import run_cli, write

from workbench.store import HistoryEntry, ReviewLog, by_decision
from workbench.store import log as log_module

AT = "2026-12-05T03:37:49Z"


def entry(ident: int, discrepancy: str, status: str = "verified", at: str = AT) -> HistoryEntry:
    return HistoryEntry(ident, discrepancy, status, "", "", "", "ed", at)


def sizes(groups: list[list[HistoryEntry]]) -> list[int]:
    return [len(g) for g in groups]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        # one discrepancy decided twice alike in one second: two changes
        ([entry(1, "d1"), entry(2, "d1")], [1, 1]),
        # verified, reopened, verified again in one second: three, in order
        ([entry(1, "d1"), entry(2, "d1", "open"), entry(3, "d1")], [1, 1, 1]),
        # one decision on a finding of three: one change, oldest or newest first
        ([entry(4, "a"), entry(5, "b"), entry(6, "c")], [3]),
        ([entry(6, "c"), entry(5, "b"), entry(4, "a")], [3]),
        # the same decision made twice on a finding of two, in one second
        ([entry(1, "a"), entry(2, "b"), entry(3, "a"), entry(4, "b")], [2, 2]),
        # alike but not written in one go (another flag's row between them)
        ([entry(1, "a"), entry(3, "b")], [1, 1]),
        # one go, but another moment or another decision
        ([entry(1, "a"), entry(2, "b", at="2026-12-05T03:37:50Z")], [1, 1]),
        ([entry(1, "a"), entry(2, "b", "disputed")], [1, 1]),
    ],
)
def test_only_the_rows_of_one_change_are_grouped(entries, expected):
    groups = by_decision(entries)
    assert sizes(groups) == expected
    assert [e for g in groups for e in g] == entries  # nothing lost, order kept


STORIES = (
    "Flooding forced 30 families from their homes in Carlisle on Tuesday, officials said.\n\n"
    "The river rose 2 metres overnight, the Environment Agency said.\n",
    "Officials said 30 families had to leave their homes in Carlisle on Tuesday as "
    "flood water spread through the town.\n",
    "In Carlisle, 24 families were forced from their homes by flooding on Tuesday.\n\n"
    "According to the Environment Agency the river rose 3 metres overnight.\n",
)


def test_quick_decisions_on_a_finding_of_one_read_as_they_were_made(tmp_path, capsys, monkeypatch):
    # three sources: 30 families in two, 24 in one (a finding of two pairs);
    # the river's rise differs in one pair only (a finding of one)
    files = [
        write(tmp_path, f"{o}.txt", f"---\noutlet: {o}\npublished: 2024-03-13\n---\n{text}")
        for o, text in zip(("Post", "Herald", "Courier"), STORIES, strict=True)
    ]
    db = tmp_path / "review.sqlite"
    assert run_cli(["check", *files, "--db", db], capsys)[0] in (0, 1)
    log = ReviewLog(db)
    found = log.findings()
    log.close()
    one = next(f.id for f in found if len(f.members) == 1)
    several = next(f for f in found if len(f.members) > 1)
    monkeypatch.setattr(log_module, "now", lambda: AT)  # all in one second
    for status in ("verified", "open", "verified"):
        run_cli(["review", one, "--db", db, "--status", status], capsys)
    run_cli(["review", several.id, "--db", db, "--status", "disputed"], capsys)
    _code, out, _err = run_cli(["review", one, "--db", db, "--history"], capsys)
    rows = [line for line in out.splitlines() if line.startswith(AT)]
    assert [r.split()[2] for r in rows] == ["verified", "open", "verified"]
    assert "discrepancies" not in out
    _code, out, _err = run_cli(["review", several.id, "--db", db, "--history"], capsys)
    rows = [line for line in out.splitlines() if line.startswith(AT)]
    assert len(rows) == 1 and f"{len(several.members)} discrepancies" in rows[0]
