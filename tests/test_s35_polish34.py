"""What a new user's trial met in session 35: a review that did not say which
versions its decision was made on after a new source joined, and a report
whose notes column was empty beside a finding needing correction."""

from __future__ import annotations

import itertools
import re

import pytest
from conftest import SHARED
from test_report_once import _hub

from workbench.cli_findings import show_finding
from workbench.report import render
from workbench.report.notes import finding_notes
from workbench.store import Change, ReviewLog
from workbench.store.covered import covered


@pytest.fixture
def log(tmp_path, monkeypatch):
    from workbench.store import log as log_module

    ticks = itertools.count()  # a second for each stamp: a check after a decision is later
    monkeypatch.setattr(log_module, "now", lambda: f"2026-01-01T{next(ticks):08d}Z")
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
    assert ("never saw" in joined) == whole and ("does not cover" in joined) == (not whole)


def test_the_window_says_it_as_the_review_does(log):
    from workbench.ui.rows import finding_rows

    log.save_analysis(_hub("a"))
    (f,) = log.findings()
    log.decide(f.id, Change("verified", note="checked"))
    log.save_analysis(_hub("ae", {"e": "31"}))
    (row,) = finding_rows(log.findings())
    said = row.look_again
    # by source, as the list counts (session 43: "1 of its 2 source pairs")
    assert "1 of its 3 sources not covered by the decision. Decision made on: " in said
    made = said.split("Decision made on: ", 1)[1].split(". New since", 1)[0]
    assert "(a)" in made and "(d)" in made and "e" not in made.replace("‘", "")
    assert "New since the decision, not covered by it: B ‘31’ — e (a version it never" in said


def test_pairs_decided_one_by_one_are_not_called_new(log):
    log.save_analysis(_hub("abc"))
    (f,) = log.findings()
    log.set_review(f.members[0].id, "verified", reviewer="kim")  # one pair, by itself
    (lines,) = [x for x in show_finding(log, f.id) if "covered by" in x]
    assert "Not covered by the decision: " in lines and "New since" not in lines


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


# -- 1. a report of another event that the aligner paired with a sentence or two -----


def _story(stray_pairs: list[float], stray_sentences: int = 6, manual: bool = False):
    """Three reports of one story sharing strong pairs, and "s", whose first
    sentences are each aligned with one of a's at the scores given."""
    from datetime import date

    from workbench.model import Alignment, Analysis, Article, Claim

    sizes = {"a": 6, "b": 6, "c": 6, "s": stray_sentences}
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2021, 6, 23), "", "", f"s{x}") for x in sizes
    )
    claims = tuple(
        Claim(f"{x}:{k}", x, k, 0, 10, "Some words.") for x, n in sizes.items() for k in range(n)
    )
    strong = [Alignment(f"a:{k}", f"b:{k}", 0.8) for k in range(4)]
    strong += [Alignment(f"b:{k}", f"c:{k}", 0.75) for k in range(3)]
    weak = [
        Alignment(f"s:{k}", f"a:{k}", score, manual=manual) for k, score in enumerate(stray_pairs)
    ]
    return Analysis(arts, claims, (), tuple(strong + weak), ())


@pytest.mark.parametrize(("pairs", "sentences", "manual", "named"), [
    ([0.42], 6, False, True),  # one sentence, loosely: another topic (ECB+ 30_11ecb)
    ([0.41, 0.49], 7, False, True),  # two sentences, both under the floor
    ([0.41, 0.44, 0.46], 12, False, False),  # three: it shares claims
    ([0.42, 0.55], 6, False, False),  # one pair strong enough to carry a conflict
    ([0.45], 1, False, False),  # a one-sentence article: its sentence is all it says
    ([0.45, 0.47], 3, False, False),  # two of three sentences aligned
    ([0.42], 6, True, False),  # an editor linked it
])  # fmt: skip
def test_a_report_sharing_a_loose_sentence_or_two_is_named(pairs, sentences, manual, named):
    from workbench.findings.offtopic import unmatched, weakly_matched, weakly_matched_note

    analysis = _story(pairs, sentences, manual)
    assert unmatched(analysis) == []  # the old rule passed it
    assert (weakly_matched(analysis, embeddings=True) == ["s"]) == named
    note = weakly_matched_note(analysis, embeddings=True)
    assert ("s.txt shares almost no claim" in note) == named
    assert "\n" not in note


def test_the_lexical_scale_has_its_own_floor():
    from workbench.findings.offtopic import weakly_matched

    analysis = _story([0.45])  # above the lexical conflict floor (0.40), under 0.50
    assert weakly_matched(analysis, embeddings=True) == ["s"]
    assert weakly_matched(analysis, embeddings=False) == []


def test_no_story_no_stray():
    """Only loose pairs anywhere: nothing says which article is the odd one."""
    from dataclasses import replace

    from workbench.findings.offtopic import weakly_matched

    analysis = _story([0.42])
    loose = tuple(replace(a, score=0.42) for a in analysis.alignments)
    assert weakly_matched(replace(analysis, alignments=loose), True) == []


ECB = SHARED / "eval" / "ecbplus_dev"


@pytest.mark.skipif(not ECB.is_dir(), reason="needs the ECB+ development events")
def test_check_warns_of_a_report_of_another_event(tmp_path, capsys):
    """Six reports of Maurice Cheeks hired by the 76ers and one of another
    topic's event, which the aligner paired with one sentence: exit 0 before,
    with no word."""
    from workbench.cli import main

    files = [*sorted((ECB / "05_ecbplus").glob("*.txt"))[:6], ECB / "30_ecb" / "30_11ecb.txt"]
    assert main(["check", *map(str, files), "--db", str(tmp_path / "log.sqlite"), "-q"]) == 0
    said = [x for x in capsys.readouterr().err.splitlines() if "almost no claim" in x]
    assert len(said) == 1 and said[0].startswith("workbench: warning: ")
    assert "30_11ecb.txt shares almost no claim" in said[0] and "5_" not in said[0]


def test_the_window_names_it_too(monkeypatch):
    from workbench.service import Checked
    from workbench.store import SaveResult
    from workbench.ui import run_notes

    monkeypatch.setattr(run_notes, "embeddings_wanted", lambda: True)
    said: list[str] = []
    notes = run_notes.RunNotes(said.append, lambda _n: None)
    analysis = _story([0.42])
    notes.saved(analysis.articles, Checked(analysis.articles, analysis, SaveResult(0, 0, 0, 0)))
    assert [n for n in said if "s.txt shares almost no claim" in n] == said and len(said) == 1
