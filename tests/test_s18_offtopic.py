"""An article that shares no claim with the others is named (trial 24: an
article about undersea cables among seventeen reports of a browser flaw was
compared with nothing, without a word)."""

from __future__ import annotations

import pytest
from conftest import SEEDS, pair
from test_window import make_window, wait_analysis

from workbench.analysis import analyze_paths
from workbench.cli import main
from workbench.findings.offtopic import unmatched, unmatched_note

STRAY = (
    "---\ntitle: Cables\noutlet: Wire\npublished: 2008-12-20\n---\n"
    "Three undersea data cables in the Mediterranean were cut on Friday, disrupting "
    "internet traffic between Europe and the Middle East.\n\n"
    "A repair ship was sent from Catania and should reach the site by Monday.\n"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def with_stray(tmp_path):
    stray = tmp_path / "cables.md"
    stray.write_text(STRAY, encoding="utf-8")
    return [*map(str, SEEDS), str(stray)]


def test_check_names_the_article_that_shares_nothing(with_stray, tmp_path, capsys):
    # refused unless kept on purpose (session 34: trial 40's shopping list was saved)
    db = ["--db", str(tmp_path / "log.sqlite"), "-q"]
    assert main(["check", *with_stray, *db, "--keep-unmatched"]) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "shares no claim" in x]
    assert line.startswith("workbench: warning: Wire ") and "same story?" in line


def test_articles_that_all_share_claims_say_nothing(tmp_path, capsys):
    analysis = analyze_paths(SEEDS)
    assert unmatched(analysis) == [] and unmatched_note(analysis) == ""
    assert main(["check", *map(str, SEEDS), "--db", str(tmp_path / "log.sqlite"), "-q"]) == 0
    assert "shares no claim" not in capsys.readouterr().err


def test_two_unrelated_articles_alone_are_not_called_strays(tmp_path):
    """Nothing is shared at all: which one would be the stray?"""
    analysis = analyze_paths(pair(tmp_path, STRAY.split("---\n", 2)[2], "The mayor resigned.\n"))
    assert unmatched(analysis) == []


def test_the_window_says_so(qtbot, with_stray, tmp_path):
    w = make_window(qtbot)
    w.open_paths(with_stray)
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: "shares no claim" in w.messages.text(), timeout=20000)


def test_an_article_that_shares_nothing_is_not_counted_in_coverage(with_stray):
    """Trial 25: adding an off-topic article turned '5 of 9 sources' into '5 of
    10' and the claims the nine left out vanished from the summary."""
    from workbench.findings import coverage

    with_it = analyze_paths(with_stray)
    without = analyze_paths(with_stray[:-1])
    stray = unmatched(with_it)
    assert len(stray) == 1
    rows = coverage(with_it)
    assert rows and all(stray[0] not in (*c.omitted, *c.carried) for c in rows)
    assert [(c.sources, c.omitted) for c in rows] == [
        (c.sources, c.omitted) for c in coverage(without)
    ]


# outlet, then its paragraphs; each outlet words the claims its own way, as
# independent reports do (a long run of shared words outside quotes makes two
# articles copies since session 27's indep36, and copies are not counted apart)
BRIDGE = {
    "a": (
        "Alpha News",
        "A road bridge over the river Tern collapsed on Monday evening, killing four people.",
        "The mayor of Ternbury said the bridge had been inspected in January.",
        "Divers searched the river through the night for two missing drivers.",
    ),
    "b": (
        "Beta Times",
        "Four people were killed when the Tern road bridge gave way on Monday evening.",
        "Divers searched the river overnight for two drivers who are still missing.",
        "Police closed the main road into Ternbury until further notice.",
    ),
    "c": (
        "Gamma Post",
        "Four people died as the Tern road bridge fell into the river late on Monday.",
        "Ternbury's mayor said the bridge was inspected in January and found safe.",
        "Police have closed the main road into Ternbury.",
    ),
    "d": (
        "Delta Wire",
        "Engineers will examine the remains of the Tern bridge this week.",
        "The mayor said the bridge had been inspected in January.",
        "The main road into Ternbury has been shut by police for now.",
    ),
}


def _article(outlet: str, *paragraphs: str) -> str:
    head = f"---\ntitle: Bridge\noutlet: {outlet}\npublished: 2024-03-05\n---\n"
    return head + "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def bridge(tmp_path):
    """Four reports of one bridge collapse (each claim carried by three, left
    out by one) and the cables article."""
    paths = []
    for name, text in {**{n: _article(*p) for n, p in BRIDGE.items()}, "cables": STRAY}.items():
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.md"))
    return paths


def test_the_report_and_coverage_command_do_not_count_it_either(bridge, tmp_path, capsys):
    """Session 18 left this at the analysis: the report and ``workbench
    coverage``, read from the review log, still named the stray article as
    leaving out every claim the others carry."""
    import json

    log = str(tmp_path / "log.sqlite")
    assert main(["check", *bridge, "--db", log, "-q", "--keep-unmatched"]) == 0
    capsys.readouterr()
    assert main(["report", "--db", log, "--format", "json", "-o", str(tmp_path / "r.json")]) == 0
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["coverage"]
    assert rows and all("cables" not in r["omitted"] for r in rows)
    assert sorted(a for r in rows for a in r["omitted"]) == ["a", "b"]
    assert main(["coverage", "--db", log]) == 0
    out = capsys.readouterr().out
    (note,) = [x for x in out.splitlines() if x.startswith("Not counted:")]
    assert "cables" in note and "same story?" in note
    assert "Coverage of 4 sources" in out and "= cables" not in out


def test_a_stored_review_without_the_stray_counts_every_source(bridge, tmp_path, capsys):
    log = str(tmp_path / "log.sqlite")
    assert main(["check", *bridge[:-1], "--db", log, "-q"]) == 0
    capsys.readouterr()
    assert main(["coverage", "--db", log]) == 0
    out = capsys.readouterr().out
    assert "Not counted" not in out and "Coverage of 4 sources" in out
