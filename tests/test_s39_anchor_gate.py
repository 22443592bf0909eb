"""Which pairs a rare word anchors may be compared (session 39, eng141, issue 11
recall; judge/anchor_gate.py): one subject named, no other each; values that
measure one thing; a name alone anchors nothing. Made-up reports, judged as a
pair left apart, as tests/test_s38_rare_anchor.py does; and the day an arrest
warrant was issued is no day of an arrest (facts/happenings.DATED)."""

from __future__ import annotations

import pytest
from conftest import write
from test_s38_rare_anchor import FRONT, _flags

from workbench.analysis import analyze_paths
from workbench.facts.measure import dated_event_of
from workbench.judge.anchor_gate import name_roots, one_measure, one_subject
from workbench.judge.pairing import Paired
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def test_one_named_person_told_twice_is_still_compared(tmp_path):
    """The case the gate must keep (motivated_by
    test_a_prison_term_told_in_rare_words_alike_is_compared): one name in both."""
    a = "Ellery served 512 months in a county jail for the theft, the magistrate said."
    b = "Ellery later ran a farm near Dunmore, after serving more than five years."
    got = _flags(tmp_path, a, b, ("512 months", "five years"))
    assert [d.verdict for d in got] == [Verdict.UNRESOLVED], got


def test_two_subjects_are_not_compared(tmp_path):
    """Two people each named by one report only: one kind of happening twice."""
    a = "Pierce served 412 months in federal prison for the fraud, the court heard."
    b = "Marlow later ran a boatyard on the coast, after serving more than four years."
    assert _flags(tmp_path, a, b, ("412", "four years")) == []


def _paired(tmp_path, a: str, b: str, words: tuple[str, str]):
    """The claims holding ``words`` in two made-up reports, and their two
    values as a value pair."""
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + b + "\n"),
    ]
    analysis = analyze_paths(paths)
    x = next(f for f in analysis.facts if words[0] in f.text)
    y = next(f for f in analysis.facts if words[1] in f.text)
    claims = {c.id: c for c in analysis.claims}
    return claims[x.claim], claims[y.claim], Paired(x, y, None, ())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "words", "one"),
    [
        # a count of one specific noun; 'people' only of one named happening
        ("At least 30 barges were tied up.", "About 90 barges waited.", ("30", "90"), True),
        ("Nine people were killed.", "Fourteen people were killed.", ("Nine", "Fourteen"), True),
        ("About 320 people work there.", "Some 2,400 people live nearby.", ("320", "2,400"), False),
        ("Two shootings last week.", "He shot three people.", ("Two", "three"), False),
        # a length of time any; a day only of one named stage
        ("He served 412 months.", "He was freed after four years.", ("412", "four"), True),
        ("He was charged on Friday.", "He was charged on Monday.", ("Friday", "Monday"), True),
        ("He was charged on Friday.", "He was arrested on Monday.", ("Friday", "Monday"), False),
        # a sum of money never
        ("Ellery repaid $4.2 million.", "Ellery repaid $2.4 million.", ("4.2", "2.4"), False),
    ],
)  # fmt: skip
def test_one_measure(tmp_path, a, b, words, one):
    assert one_measure(*_paired(tmp_path, a, b, words)) is one


def test_a_count_of_one_specific_noun_is_one_measure(tmp_path):
    """(motivated_by test_a_bound_against_a_count_of_one_rare_thing_is_asked)
    neither sentence names anyone: nothing tells two subjects apart."""
    a = "At least 30 barges were tied up below the lock during the flood, the keeper said."
    b = "About 90 barges waited below the lock in the flood, a bargeman said."
    got = _flags(tmp_path, a, b, ("30 barges", "90 barges"))
    assert [d.verdict for d in got] == [Verdict.UNRESOLVED], got


def test_a_name_in_both_frames_anchors_nothing_by_itself(tmp_path):
    a = "The tour took Vasko to every province in the six weeks before polling day."
    b = "Mr Vasko, 53, who served seven years as mayor, thanked his supporters."
    assert _flags(tmp_path, a, b, ("six weeks", "seven years")) == []
    assert "vasko" in name_roots(a, b)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("LaRue served four months.", "LaRue returned home after four years.", True),
        ("At least 40 trawlers were moored.", "About 120 trawlers sheltered.", True),
        ("Fourteen people died on Tuesday.", "Four people died, said Harrow.", False),
        ("Caldera reported revenue of £310m.", "Veldhoven reported revenue of €2.9bn.", False),
        ("Police said Ames was held in Leeds.", "Police said Ames was held in York.", False),
    ],
)  # fmt: skip
def test_one_subject(a, b, one):
    assert one_subject(a, b) is one


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        (
            "Jeffs ordered the discs burnt after an arrest warrant was issued on June 10, 2005.",
            "June 10, 2005",
            "warrant",
        ),
        ("A search warrant for the flat was issued on Friday.", "Friday", "warrant"),
        ("The suspect was arrested on Friday at the airport.", "Friday", "arrested"),
        ("Police arrested two men on Sunday near the border.", "Sunday", "arrested"),
    ],
)  # fmt: skip
def test_a_warrant_issued_is_no_arrest(text, date, event):
    i = text.index(date)
    assert dated_event_of(text, i, i + len(date)) == event
