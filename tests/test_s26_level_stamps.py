"""A day right after the level a figure moved to stamps that figure (eng71,
issue 11; judge/running.py).

"Confirmed cases rose to 85 on Wednesday" gives the count as it stood on
Wednesday, as "by Wednesday" or "as of Wednesday" would: against "120 cases,
officials said on Friday" it is a figure of another day, an update or a
question, never a conflict. A day of the happening itself ("capsized on
Tuesday, killing 12") stamps nothing: two tolls of one sinking still conflict.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.judge.running import stamps


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    articles = load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
    )
    return [(str(d.verdict), d.rule) for d in analyze(articles).discrepancies]


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("The number of confirmed cases rose to 85 on Wednesday, officials said.", "Wednesday"),
        ("The death toll climbed to 31 on Saturday as rescuers reached the village.", "Saturday"),
        ("Unemployment fell to 4.2% in March, the lowest in a decade.", "March"),
        ("The fund had grown to 1,200 members on Friday, its organisers said.", "Friday"),
    ],
)
def test_a_day_after_a_level_reached_stamps_the_figure(sentence, day):
    assert [s[2] for s in stamps(sentence, date(2021, 5, 10))] == [day]


def test_a_day_of_the_happening_is_no_stamp():
    assert stamps("The ferry capsized on Tuesday, killing 12 passengers.", date(2021, 5, 10)) == ()


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Health officials said the number of confirmed cases in the county rose to 85 on "
            "Wednesday.",
            "Health officials said on Friday that the number of confirmed cases in the county "
            "was 120.",
        ),
        (
            "The interior ministry said the death toll from the floods in the north climbed to "
            "14 on Monday.",
            "The interior ministry said on Thursday that the death toll from the floods in the "
            "north was 9.",
        ),
    ],
)
def test_figures_stamped_on_different_days_are_no_conflict(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert flags, "the two figures should still be shown"
    assert all(v != "conflict" for v, _ in flags), flags


def test_two_tolls_of_one_happening_still_conflict(tmp_path):
    flags = _flags(
        tmp_path,
        "The ferry capsized off the coast on Tuesday, killing 12 passengers, police said.",
        "The ferry capsized off the coast on Tuesday, killing 15 passengers, police said.",
    )
    assert ("conflict", "fact_module") in flags
