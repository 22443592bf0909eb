"""Session 40 (user trial 46): an editor's finding (``workbench link …
--differs``) shows in the window's Value / Other value columns the values
that differ between its two sentences, not each sentence cut down to
"Williams, … said."; the whole sentence stays in the tooltip."""

from __future__ import annotations

import pytest
from test_window import make_window, wait_analysis

from workbench import cli, raised
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.raised_values import linked_values, parting_words
from workbench.store import ReviewLog
from workbench.ui.models import ID_ROLE

STOP_A = (
    "date 2009-02-03\n"
    "Chargers tackle Jamal Williams was arrested on suspicion of drunk driving. "
    "Williams, 32, was going west in his 2008 Bentley about 1:30 a.m., CHP Officer Brian "
    "Pennings said. He was released on bail later that morning."
)
STOP_B = (
    "date 2009-02-03\n"
    "San Diego defensive tackle Jamal Williams was arrested on suspicion of drunk driving. "
    "According to authorities, he was driving his Bentley at about 1:00 am Sunday on highway "
    "94 when the cops stopped him. He was released on bail later that morning."
)
FEE_A = "date 2024-05-01\nThe council said the new parking fee of £4.50 an hour starts in June."
FEE_B = "date 2024-05-01\nA parking fee of £3 an hour will start in June, the council said."
DIED_A = "date 2025-03-02\nThe driver, named as Karl Mendes, died at the scene of the crash."
DIED_B = (
    "date 2025-03-02\nKarl Mendes was flown to hospital in Leeds, where he died of his injuries."
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _pair(tmp_path, a: str, b: str, words_a: str, words_b: str):
    paths = []
    for name, text in (("first", a), ("second", b)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    analysis = analyze(load_articles(paths))
    left = next(c for c in analysis.claims if c.article == "first" and words_a in c.text)
    right = next(c for c in analysis.claims if c.article == "second" and words_b in c.text)
    facts = {c.id: [f for f in analysis.facts if f.claim == c.id] for c in (left, right)}
    return paths, facts[left.id], facts[right.id], left.text, right.text


@pytest.mark.parametrize(
    ("a", "b", "words", "shown"),
    [
        (STOP_A, STOP_B, ("1:30", "1:00"), ("1:30", "1:00")),  # not the age 32 / road 94
        (FEE_A, FEE_B, ("£4.50", "£3"), ("£4.50", "£3")),
    ],
    ids=["clock-times", "sums"],
)
def test_the_values_of_one_kind_written_differently_are_shown(tmp_path, a, b, words, shown):
    _paths, left, right, left_text, right_text = _pair(tmp_path, a, b, *words)
    mine, theirs = linked_values(left, right, left_text, right_text)
    assert shown[0] in mine and shown[1] in theirs
    assert len(mine) < len(left_text) / 2 and len(theirs) < len(right_text) / 2


def test_sentences_without_a_figure_apart_show_the_words_where_they_part(tmp_path):
    _paths, left, right, left_text, right_text = _pair(
        tmp_path, DIED_A, DIED_B, "at the scene", "flown to hospital"
    )
    mine, theirs = linked_values(left, right, left_text, right_text)
    assert mine and theirs and (mine, theirs) != (left_text, right_text)
    assert parting_words("at the scene", "at the scene") == ("at the scene", "at the scene")
    assert parting_words("died at the scene.", "died in hospital in Leeds.") == (
        "at the scene.",
        "in hospital in Leeds.",
    )


def test_the_window_lists_the_values_the_editor_linked(qtbot, tmp_path):
    paths, *_ = _pair(tmp_path, STOP_A, STOP_B, "1:30", "1:00")
    db = str(tmp_path / "log.sqlite")
    assert cli.main(["check", "-q", *paths, "--db", db]) == 0
    link = ["link", db, "first:about 1:30", "second:about 1:00", "--differs", "time of the stop"]
    assert cli.main([*link, "--reviewer", "eve"]) == 0
    log = ReviewLog(db, create=False)
    (made,) = log.manual_links()
    log.close()
    fid = raised.finding_id(made.id)
    w = make_window(qtbot)
    w.open_paths([db])
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: w.session.row(fid) is not None)
    model = w.table.model()
    (at,) = [i for i in range(model.rowCount()) if model.index(i, 0).data(ID_ROLE) == fid]
    value, other = model.index(at, 1).data(), model.index(at, 2).data()
    assert "1:30" in value and "…" not in value and "Pennings" not in value
    assert "1:00" in other and "highway" not in other
    assert "Pennings said" in model.index(at, 1).data(3)  # the sentence in the tooltip
