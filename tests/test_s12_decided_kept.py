"""A flag an editor decided on is never left out in silence: when a rule
would now leave its pair out (a publication date edited, an article added),
the pair stays as a question naming the rule, and the decision is shown as
made under another verdict (fresh window trial, SERIOUS: correcting a date
turned a verified agreement into nothing; the finding went to "no longer
compared")."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze, analyze_paths
from workbench.articles import load_articles
from workbench.cli import main
from workbench.judge.engine import reason_of
from workbench.store import ReviewLog

RULE = "measured_on_one_side_in_other_words"
A = (
    "Harlan Pike was serving a life sentence for aggravated robbery after being "
    "convicted in May 2004."
)
B = "Pike returned to prison in May 2005 to serve a life sentence for aggravated robbery."


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")


@pytest.fixture
def paths(tmp_path):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    return [
        str(write(tmp_path, "a.md", front.format("Courier") + A + "\n")),
        str(write(tmp_path, "b.md", front.format("Gazette") + B + "\n")),
    ]


def _dates(analysis):
    return [d for d in analysis.discrepancies if d.kind == "date"]


def test_a_pair_a_rule_leaves_out_is_kept_as_a_question_when_decided(paths):
    with judge.rules.without(RULE, "days_of_two_happenings"):
        (shown,) = _dates(analyze_paths(paths))  # what an editor decided on, earlier
    assert _dates(analyze_paths(paths)) == []  # the rule leaves it out
    articles = load_articles(paths)
    (kept,) = _dates(analyze(articles, decided=frozenset({shown.id})))
    assert kept.id == shown.id and str(kept.verdict) == "unresolved"
    # since session 30 the row that drops two claims' only, differing dates
    # with no word in common leaves it out first
    skipper = "days_of_two_happenings"
    assert kept.rule == skipper
    assert kept.explanation.endswith(
        "kept as a question because an editor decided on it: the comparison would now "
        f"leave it out ({reason_of(next(r for r in judge.rules.RULES if r.name == skipper))})"
    )
    assert skipper not in kept.explanation  # a rule's name is not an editor's word (trial 22)
    # other decided ids change nothing
    assert _dates(analyze(articles, decided=frozenset({"0123456789"}))) == []


def _decided(paths, db: str, status: str):
    """The date finding as a check without the rule showed it, decided."""
    with judge.rules.without(RULE, "days_of_two_happenings"):
        assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db, create=False)
    try:
        (f,) = [f for f in log.findings() if f.kind == "date"]
    finally:
        log.close()
    assert main(["review", f.id, "--db", db, "--status", status]) == 0
    return f


def test_check_keeps_a_decided_pair_and_asks_to_look_again(paths, tmp_path, capsys):
    db = str(tmp_path / "log.sqlite")
    f = _decided(paths, db, "verified")
    verdict = f.verdict
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0  # the rule is back in force
    out = capsys.readouterr().out
    assert f"[{f.id}] UNRESOLVED date" in out and "(status: verified" in out
    assert "kept as a question because an editor decided on it" in out
    if verdict != "unresolved":  # decided under another verdict: asked to look again
        assert f"{f.id}: verified when it was {verdict}, now unresolved" in out


def test_the_window_keeps_a_decided_pair_too(qtbot, paths, tmp_path):
    """The window's analysis (on a worker) is given the log's decided flags."""
    from test_window import make_window, wait_analysis

    db = str(tmp_path / "log.sqlite")
    f = _decided(paths, db, "disputed")
    w = make_window(qtbot)
    assert w.open_log(db)  # analysed again on opening, the rule in force
    wait_analysis(qtbot, w)
    kept = w.session.row(f.id)
    assert kept is not None and not kept.orphaned
    assert (kept.verdict, kept.status) == ("unresolved", "disputed")
