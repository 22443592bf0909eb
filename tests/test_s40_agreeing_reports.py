"""Two reports that agree on several values are reports of one event, however
many figures they dispute (issue 11, session 40). The article-pair row
``mostly_conflicting_articles`` drops every flag of two reports whose aligned
sentences disagree on more values than they agree on, as reports of different
events (daily market reports of different days). But six reports of one fire
carry planted and real discrepancies: a wrong report against a right one
disputes four or five figures and still agrees on four, and one more disputed
figure anywhere (a date read more carefully, session 40's denied bounds)
tipped the whole pair over and hid its right flags - 5 right flags of the
authored wildfire event went at once. Reports of different events rarely agree
on three values; from three agreements on, the pair is one event."""

from __future__ import annotations

from conftest import write

from workbench import thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.model import Alignment

# facts of a warehouse fire: five differ, those of AGREE are told alike (the
# pair's tally also counts one agreement of the differing sentences' own words)
DIFFER_A = [
    "Three firefighters were treated for smoke inhalation at the warehouse.",
    "The blaze destroyed 12 lorries parked in the yard overnight.",
    "Crews pumped 40 tonnes of water from the nearby canal.",
    "The owners said the damage would cost 2 million pounds to repair.",
    "The fire alarm sounded at 2am, a night watchman said.",
]
DIFFER_B = [
    "Five firefighters were treated for smoke inhalation at the warehouse.",
    "The blaze destroyed 30 lorries parked in the yard overnight.",
    "Crews pumped 90 tonnes of water from the nearby canal.",
    "The owners said the damage would cost 7 million pounds to repair.",
    "The fire alarm sounded at 4am, a night watchman said.",
]
AGREE = [
    "Eight fire engines attended the blaze at its height.",
    "The warehouse employs 140 people.",
    "The road outside was closed for six hours.",
]


def _conflicts(tmp_path, monkeypatch, agreeing: int) -> list:
    from workbench.judge import judge

    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    left = DIFFER_A + AGREE[:agreeing]
    right = DIFFER_B + AGREE[:agreeing]
    paths = [
        write(tmp_path, "a.md", "\n\n".join(left) + "\n"),
        write(tmp_path, "b.md", "\n\n".join(right) + "\n"),
    ]
    base = analyze(load_articles(paths), thresholds=thresholds.DEFAULT)
    ids = {(c.article, c.text): c.id for c in base.claims}
    alignments = [
        Alignment(ids["a", a], ids["b", b], 0.8) for a, b in zip(left, right, strict=True)
    ]
    found = judge(base.articles, base.claims, base.facts, alignments, [], 0.5)
    return [d for d in found if str(d.verdict) == "conflict"]


def test_reports_agreeing_on_three_values_keep_their_conflicts(tmp_path, monkeypatch):
    # five disputed figures, three agreed: more disputed than agreed, one event still
    assert len(_conflicts(tmp_path, monkeypatch, agreeing=2)) == 5


def test_reports_agreeing_on_fewer_are_still_told_apart(tmp_path, monkeypatch):
    # five disputed figures against one agreed: read as two events, as before
    assert _conflicts(tmp_path, monkeypatch, agreeing=0) == []
