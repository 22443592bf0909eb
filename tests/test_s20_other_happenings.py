"""Dates of different happenings in undated copy (issue 11, session 20).
Made-up sentences, read on ECB+ 05_ecb (outside the halves).

- two sentences that state figures elsewhere still date different happenings
  when their dates' clauses share no word ("Friday's 101-88 defeat" / "signed
  Reyes over the summer"); one subject in both clauses ("a fireball lit up the
  sky" / "a fireball was seen") keeps the question;
- a date that opens its sentence ("On Saturday, the club fired its coach")
  dates the clause after it;
- a team name written with digits ("the 49ers") is a name: two clauses of one
  story share it whatever each dates.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.dated_words import (
    alike_clauses,
    dated_words,
    figure_beside,
    fronted_stage,
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        paths = [
            write(tmp_path, name, f"---\ntitle: T\noutlet: {outlet}\n---\n{text}\n")
            for name, outlet, text in (("a.md", "Courier", a), ("b.md", "Gazette", b))
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


def _span(text: str, value: str) -> tuple[str, int, int]:
    at = text.index(value)
    return text, at, at + len(value)


def _days(found, left, right):
    return [f for f in found if {f[0], f[1]} == {left, right}]


@pytest.mark.parametrize(
    ("text", "value", "beside"),
    [
        ("The temperature reached 111F yesterday, the highest this year.", "yesterday", True),
        ("Seville recorded 44C on Tuesday.", "Tuesday", True),
        ("The 49ers lost on Sunday, 24-10.", "Sunday", False),
        ("A fireball lit up the sky on Friday night.", "Friday night", False),
    ],
)
def test_a_figure_beside_a_date_in_its_own_clause(text, value, beside):
    assert figure_beside(*_span(text, value)) is beside


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("On Saturday, Cheeks was fired as head coach.", "Saturday", {"cheek", "fired"}),
        ("Last week, the council approved the budget.", "Last week", {"council", "approv"}),
        ("On Monday the board met.", "Monday", set()),  # no comma: nothing fronted
    ],
)
def test_a_fronted_date_dates_the_clause_after_it(text, value, words):
    assert dated_words(*_span(text, value)) == frozenset(words)


def test_a_fronted_date_takes_the_stage_its_clause_names():
    text = "Today, Maurice Reyes became the fifth coach fired this season."
    assert fronted_stage(*_span(text, "Today")) == "fired"
    assert fronted_stage(*_span("The coach was fired on Friday, aides said.", "Friday")) == ""


def test_a_fronted_date_of_one_firing_in_other_words_is_still_compared(flags):
    # "Today" dates the firing its clause names; "his dismissal" is that firing
    a = "Today, the Atlanta Hawks fired head coach Maurice Reyes after a 5-9 start."
    b = (
        "The Atlanta Hawks dismissed head coach Maurice Reyes after a 5-9 start"
        " on Saturday morning."
    )
    assert _days(flags(a, b), "Today", "Saturday morning")


def test_a_team_name_with_digits_is_a_name():
    a = "Fans expected the 49ers to contend after a playoff appearance one year ago."
    b = "The 49ers anticipated a deep run in the playoffs this year."
    c = "The 49ers went on a 12-4 run last spring."
    assert not alike_clauses(_span(a, "one year ago"), _span(b, "this year"))
    assert not alike_clauses(_span(b, "this year"), _span(c, "last spring"))
