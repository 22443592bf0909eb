"""A misspelt name draws only its variant as the dissenting version.

Editor's trial on ECB+ 42 (window44): selecting the finding "BlackBery" (one
source) against "BlackBerry" (nine) painted every correctly spelled
"BlackBerry" in every column as the conflict (✗, orange), and the source
writing both spellings was headed by the usual one (its coverage cell too). The usual spelling (the
one more sources write than any other, as ``findings.spellings`` takes it) is
drawn apart ("•", grey: trial 42 read a green "≈" as fine); the variant keeps
the finding's state. Two spellings with
as many sources each, and figures (the majority of a count is no proof), keep
every version as a side of the verdict.

Cases written for this test: a council auditor's surname, a basketball
player's surname, a chief executive's given name; a tie; a count.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.ui.coverage_rows import coverage_rows
from workbench.ui.nway import letter, shown_agreeing, spread, usual_spelling
from workbench.ui.rows import FindingRow

WAIT = 60_000


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


COUNCIL = [
    "The council voted on Tuesday to close the Elm Street library.\n"
    "The decision followed a report by {name}, the council's auditor.\n"
    "Residents said they would appeal.\n",
    "Campaigners have vowed to fight the closure of a library in Elm Street.\n"
    "{name} told the meeting the building needed repairs costing millions.\n"
    "A petition has 4,000 names.\n",
    "Elm Street library will shut in the spring after a council vote.\n"
    "Reading groups will move to the town hall.\n"
    "The auditor, {name}, was not at the vote.\n",
    "Library users were angry after the council vote on Tuesday.\n"
    "Children's events will end in March.\n"
    "Questions were raised about the costs {name} put forward in his report.\n",
]
SPORT = [
    "The Warriors beat the Lakers 112-104 on Friday night.\n{name} scored 31 points in the win.\n"
    "The crowd of 19,000 cheered late.\n",
    "Golden State won again on Friday.\nCoach Steve Kerr praised {name} after the game.\n"
    "The team travels to Denver next.\n",
    "A late run sealed the game for the Warriors.\n"
    "{name} hit four three-pointers in the fourth quarter.\nInjuries kept two starters out.\n",
    "The Lakers lost their third game in a row.\nFans booed as {name} celebrated at the buzzer.\n"
    "Los Angeles plays Boston on Sunday.\n",
]
BUSINESS = [
    "Shares in Harbour Foods rose 4% on Monday.\n"
    "Chief executive {name} said sales had recovered.\nThe firm employs 2,000 people.\n",
    "Harbour Foods reported a return to profit.\n"
    "{name} told analysts the worst was over.\nThe dividend was kept.\n",
    "Investors cheered the grocer's results.\n"
    "The company, led by {name}, will open ten stores.\nIts debt fell.\n",
    "Harbour Foods expects a better year.\n"
    "Analysts praised {name} for cutting costs.\nThe shares closed higher.\n",
]


def _analyse(tmp_path: Path, story: list[str], names: list[str]):
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / f"s{n}.txt"
        path.write_text(story[n].format(name=name))
        paths.append(str(path))
    return analyze(load_articles(paths)), paths


def _row(finding) -> FindingRow:
    sides = tuple(s for v in finding.versions for s in v.sides)
    return FindingRow(
        finding.id, finding.kind, finding.verdict.value, finding.explanation, sides,
        "open", "", "", "", "", "", False, (), len(finding.versions), 0,
    )  # fmt: skip


CASES = [
    (COUNCIL, ["Robert Wetzler", "Robert Wetzler", "Robert Welzler", "Robert Wetzler"], "s2"),
    (SPORT, ["Andre Iguodala", "Andre Iguodola", "Andre Iguodala", "Andre Iguodala"], "s1"),
    (
        BUSINESS,
        ["Margaret Ellison", "Margaret Ellison", "Margaret Ellison", "Margret Ellison"],
        "s3",
    ),
]


@pytest.mark.parametrize(("story", "names", "variant"), CASES)
def test_the_usual_spelling_agrees_and_the_variant_dissents(tmp_path, story, names, variant):
    analysis, _paths = _analyse(tmp_path, story, names)
    (found,) = [f for f in analysis.findings if f.kind == "name"]
    assert found.verdict.value == "conflict"
    usual = next(
        i for i, v in enumerate(found.versions) if variant not in {s.article for s in v.sides}
    )
    assert shown_agreeing(found) == {usual}
    claims = {c.id: c for c in analysis.claims}
    places = spread(_row(found), analysis, claims, [f"s{n}" for n in range(4)]).places
    assert {p.article for p in places if p.version and not p.agrees} == {variant}
    assert all(p.usual for p in places if p.version and p.article != variant)


def test_a_source_writing_both_spellings_is_headed_by_its_variant(tmp_path):
    analysis, _paths = _analyse(tmp_path, SPORT, ["Andre Iguodala", "Andre Iguodala",
                                                   "Andre Iguodola", "Andre Iguodala"])  # fmt: skip
    (found,) = [f for f in analysis.findings if f.kind == "name"]
    usual = next(i for i, v in enumerate(found.versions) if v.value == "Andre Iguodala")
    # s2 also writes the name right further on (as ECB+ 42_10ecb did): its column's
    # header names the misspelling, not the usual spelling it shares with the rest
    later = next(c for c in analysis.claims if c.article == "s2" and "Injuries" in c.text)
    extra = dataclasses.replace(
        found.versions[usual].sides[0], article="s2", claim=later.id, start=later.start,
        end=later.start + 8,
    )  # fmt: skip
    versions = list(found.versions)
    versions[usual] = dataclasses.replace(versions[usual], sides=(extra, *versions[usual].sides))
    found = dataclasses.replace(found, versions=tuple(versions))
    analysis = dataclasses.replace(analysis, findings=(found,))
    claims = {c.id: c for c in analysis.claims}
    place = spread(_row(found), analysis, claims, ["s0", "s1", "s2", "s3"]).place("s2")
    assert place is not None and place.value == "Andre Iguodola" and not place.agrees
    # and its cell in the coverage matrix is the misspelling's letter, not the usual one's
    variant = letter(1 - usual)
    (row,) = [r for r in coverage_rows(analysis, claims) if r.finding == found.id]
    assert row.cells["s2"] == variant
    assert {a for a, mark in row.cells.items() if mark == variant} == {"s2"}


def test_two_spellings_as_common_as_each_other_both_dissent(tmp_path):
    names = ["Andre Iguodala", "Andre Iguodola", "Andre Iguodola", "Andre Iguodala"]
    analysis, _paths = _analyse(tmp_path, SPORT, names)
    (found,) = [f for f in analysis.findings if f.kind == "name"]
    assert shown_agreeing(found) == set()
    assert usual_spelling("name", [2, 2]) is None


def test_the_majority_of_a_figure_is_not_drawn_as_agreeing():
    assert usual_spelling("quantity", [3, 1]) is None
    assert usual_spelling("date", [9, 1]) is None
    assert usual_spelling("name", [9, 1]) == 0
    assert usual_spelling("name", [1, 3, 1]) == 1


def test_the_window_marks_only_the_misspelling_as_the_conflict(qtbot, tmp_path):
    from workbench.ui.window import MainWindow

    paths = []
    for n, name in enumerate(CASES[0][1]):
        path = tmp_path / f"s{n}.txt"
        path.write_text(COUNCIL[n].format(name=name))
        paths.append(str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.open_paths(paths, str(tmp_path / "review.sqlite"))
    qtbot.waitUntil(lambda: not w.session.busy() and w.session.analysis is not None, timeout=WAIT)
    (row,) = [r for r in w.session.rows if r.kind == "name"]
    assert w.select(row.id)
    for column in w.columns.columns:
        chosen = [m.state for m in column.text.marks if m.selected]
        assert chosen, column.article.id
        if column.article.id == "s2":  # the one writing "Welzler"
            assert set(chosen) == {"conflict"}
            assert column.badge.text().startswith("✗")
            assert "Welzler" in column.badge.text()
        else:
            # the usual spelling is no agreement: never the green "≈" (trial 42
            # read half a conflict as fine), nor hatched as the conflict
            assert set(chosen) == {"usual"}, column.article.id
            assert column.badge.text().startswith("•")
            assert "≈" not in column.badge.text()
            assert "most sources write" in column.badge.toolTip()
