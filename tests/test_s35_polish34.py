"""What a new user's trial met in session 35: a review that did not say which
versions its decision was made on after a new source joined, and a report
whose notes column was empty beside a finding needing correction."""

from __future__ import annotations

import re

import pytest
from test_report_once import _hub

from workbench.cli_findings import show_finding
from workbench.report import render
from workbench.report.notes import finding_notes
from workbench.store import Change, ReviewLog
from workbench.store.covered import covered


@pytest.fixture
def log(tmp_path):
    store = ReviewLog(tmp_path / "log.sqlite")
    yield store
    store.close()


# -- 2. the review names what a decision was made on and what joined since -----------


@pytest.mark.parametrize(("before", "after", "values", "new", "whole"), [
    ("ab", "abc", {}, "c", False),  # c states '24', as a and b do
    ("a", "ae", {"e": "31"}, "e", True),  # e brings a third figure
    ("bc", "abce", {"a": "7", "e": "7"}, "a, e", True),  # two sources, one new version
])  # fmt: skip
def test_a_grown_finding_says_which_versions_its_decision_saw(
    log, before, after, values, new, whole
):
    log.save_analysis(_hub(before, values))
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", note="which toll?"))
    log.save_analysis(_hub(after, values))
    (grown,) = log.findings()
    lines = show_finding(log, grown.id)
    made = next(x for x in lines if "Decision made on:" in x)
    seen = {a for group in re.findall(r"\(([^)]*)\)", made) for a in group.split(", ")}
    assert "‘5’ (d)" in made and seen == {*before, "d"}
    joined = next(x for x in lines if "New since the decision" in x)
    assert f"— {new} (" in joined
    assert ("never saw" in joined) == whole and ("joined since" in joined) == (not whole)


def test_nothing_is_said_when_the_decision_covers_every_pair(log):
    log.save_analysis(_hub("ab"))
    (f,) = log.findings()
    log.decide(f.id, Change("verified"))
    assert covered(log.findings()[0]) is None
    assert not any("Decision made on" in x for x in show_finding(log, f.id))
    log.save_analysis(_hub("abc"))
    log.decide(f.id, Change("verified", note="all three"))  # decided again: covers c
    assert not any("New since" in x for x in show_finding(log, f.id))


def test_an_open_finding_says_nothing_of_a_decision(log):
    log.save_analysis(_hub("abc"))
    (f,) = log.findings()
    assert covered(f) is None


# -- 4. every note and proposed correction stands beside its finding -----------------


def _table_row(page: str, ident: str) -> str:
    table = page.split("All findings", 1)[1]
    return next(x for x in table.splitlines() if ident in x)


@pytest.mark.parametrize(("status", "note", "correction"), [
    ("needs-correction", "AFP undercounts", "The toll is 24."),
    ("needs-correction", "", "Say twenty-four, as the police did"),
    ("disputed", "Ask the desk", "Check the figure with police"),
])  # fmt: skip
def test_notes_and_corrections_stand_beside_the_finding_and_under_its_article(
    log, status, note, correction
):
    log.save_analysis(_hub("abc"))
    (f,) = log.findings()
    log.decide(f.id, Change(status, note=note, correction=correction), ("d",))
    for fmt in ("md", "html"):
        page = render(log, fmt)
        row = _table_row(page, f.id)
        said = correction.replace("(", "").split()[-1].rstrip(".")
        assert said in row and "proposed correction in d" in row, (fmt, row)
        assert not note or note in row
        under_d = page.split(f.id, 1)[1].split("All findings", 1)[0]  # its section
        assert correction.split()[0] in under_d and (not note or note in under_d)


def test_a_correction_kept_on_a_verified_finding_asks_nothing_in_the_table():
    one = {"decisions": [{"status": "verified", "note": "fine", "correction": "old text"}]}
    assert finding_notes(one) == ["fine"]
    two = {
        "decisions": [
            {"status": "needs-correction", "note": "", "correction": "24", "correct_articles": []},
            {"status": "verified", "note": "ok", "correction": ""},
        ]
    }
    assert finding_notes(two) == ["needs-correction: proposed correction: 24", "verified: ok"]
