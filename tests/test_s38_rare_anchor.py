"""A second chance for sentences the aligner left apart (session 38, eng135,
issue 11 recall): one value of one kind on each side, told in words alike that
are rare in the story (judge/rare_anchor.py). Made-up reports; the pair is
handed to the judge as a left-apart pair (what ``align.align`` collects within
``align.anchored`` of accept), so each test reads the judge's decision alone."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import thresholds
from workbench.analysis import analyze_paths
from workbench.judge import judge
from workbench.judge.rare_anchor import common_words
from workbench.model import Alignment, Verdict

FRONT = "---\ntitle: T\noutlet: {}\npublished: 2024-11-15\n---\n"

# Sentences every report of the made-up story shares, so that the two reports
# are related (judge.related) and the story has words of its own.
STORY = (
    "The harbour board met on Monday to discuss the new ferry timetable. "
    "Ferries will run twice a day from June, the harbour board said. "
    "The harbour board will publish the ferry timetable in May."
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, words: tuple[str, str], anchored: float = 0.15):
    """The discrepancies between the sentence of report A holding ``words[0]``
    and that of report B holding ``words[1]``, judged as a pair left apart at
    0.25 (below accept)."""
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + STORY + " " + a + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + STORY + " " + b + "\n"),
    ]
    analysis = analyze_paths(paths)
    arts = analysis.articles
    left = next(c for c in analysis.claims if c.article == arts[0].id and words[0] in c.text)
    right = next(c for c in analysis.claims if c.article == arts[1].id and words[1] in c.text)
    aligned = [al for al in analysis.alignments if {al.left, al.right} != {left.id, right.id}]
    table = thresholds.with_value("align.anchored", anchored)
    with thresholds.use(table):
        found = judge(
            analysis.articles,
            analysis.claims,
            analysis.facts,
            aligned,
            [],
            conflict_floor=0.5,
            runner_ups=[Alignment(left.id, right.id, 0.25)],
        )
    return [d for d in found if {s.claim for s in d.sides} == {left.id, right.id}]


def test_a_prison_term_told_in_rare_words_alike_is_compared(tmp_path):
    a = "Marlow served 412 months in federal prison for the fraud, the court heard."
    b = "Marlow later ran a boatyard on the coast, after serving more than four years."
    got = _flags(tmp_path, a, b, ("412", "four years"))
    assert [d.verdict for d in got] == [Verdict.UNRESOLVED], got
    assert _flags(tmp_path, a, b, ("412", "four years"), anchored=-1) == []


def test_a_bound_against_a_count_of_one_rare_thing_is_asked(tmp_path):
    a = "At least 40 trawlers were moored off the point during the gale, the coastguard said."
    b = "About 120 trawlers sheltered behind the breakwater in the gale, a skipper said."
    got = _flags(tmp_path, a, b, ("40 trawlers", "120 trawlers"))
    assert [d.verdict for d in got] == [Verdict.UNRESOLVED], got
    assert _flags(tmp_path, a, b, ("40 trawlers", "120 trawlers"), anchored=-1) == []


def test_a_conflict_below_the_floor_stays_unshown(tmp_path):
    """The pair is weakly aligned: two lengths of a contract that differ are no
    conflict unless the floor's rows say both measure one thing."""
    a = "Ostrander was offered an eight-year contract by the Falcons, his agent said."
    b = "Ostrander was reluctant, scouts said: the Falcons had offered a contract of five years."
    got = _flags(tmp_path, a, b, ("eight-year", "five years"))
    assert all(d.verdict != Verdict.CONFLICT for d in got), got


def test_frames_sharing_no_word_are_not_compared(tmp_path):
    a = "At least 40 trawlers were moored off the point during the gale, the coastguard said."
    b = "About 120 yachts were lost across the estuary last winter, insurers said."
    assert _flags(tmp_path, a, b, ("40 trawlers", "120 yachts")) == []


def test_agreeing_values_show_nothing(tmp_path):
    a = "Marlow served 52 months in federal prison for the fraud, the court heard."
    b = "Marlow later ran a boatyard on the coast, after serving 52 months."
    assert _flags(tmp_path, a, b, ("52 months", "52 months")) == []


def test_two_values_of_one_kind_in_a_sentence_give_no_second_chance(tmp_path):
    a = "Marlow served 412 months in federal prison and then 18 months on probation."
    b = "Marlow later ran a boatyard on the coast, after serving more than four years."
    assert _flags(tmp_path, a, b, ("412", "four years")) == []


def test_values_of_two_kinds_are_not_compared(tmp_path):
    a = "Marlow served in federal prison after a fraud of $4.2 million, the court heard."
    b = "Marlow later ran a boatyard on the coast, after serving more than four years."
    assert _flags(tmp_path, a, b, ("$4.2", "four years")) == []


def test_a_word_the_story_repeats_anchors_nothing(tmp_path):
    a = "The ferry timetable was drawn up in 14 weeks, the harbour board said."
    b = "The ferry timetable took the harbour board more than nine months, a member said."
    assert _flags(tmp_path, a, b, ("14 weeks", "nine months")) == []


def test_common_words_are_those_of_most_sentences(tmp_path):
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + STORY + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + STORY + "\n"),
    ]
    claims = analyze_paths(paths).claims
    common = common_words(claims, 0.2)
    assert {"harbour", "board", "ferry"} <= common
    assert "publish" not in common  # said once in each report
