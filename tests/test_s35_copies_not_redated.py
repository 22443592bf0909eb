"""Session 35 (eng109, issue 11): a copy not re-dated. Own cases, never the
held-out sentences.

A sentence a later report carries near word for word from an earlier one, with
the earlier report's own day in it ("yesterday afternoon" in Tuesday's wire and
Wednesday's paper), was set aside with its whole article pair as formulaic daily
reports, or asked about as a time zone: it is a conflict saying the copy was not
re-dated, naming both days (judge/redated.py). Reports sharing only that one
sentence may be daily formulas and are still set aside.
"""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench.judge.redated import copied_sentence


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, *arts: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [
        (d.rule, str(d.verdict), d.explanation)
        for d in analyse_dated(tmp_path, *arts).discrepancies
    ]


ALERT = "The alert was raised {} after the river rose two metres in four hours, officials said."
RESCUE = (
    "Rescuers pulled three survivors from the rubble of the collapsed school {}, the fire "
    "service said."
)
ARREST = (
    "Two men were arrested {} in connection with the robbery of the jewellery shop, police said."
)
ARREST_EDITED = (
    "Two men were arrested {} in connection with the robbery of the jewellery shop, police "
    "told reporters."
)
PLANT = "The company said {} that it would close its plant in Leeds, cutting 400 jobs."
PLANT_EDITED = "The company said {} it would close its plant in Leeds, cutting 400 jobs."

# the rest of the wire paragraph, carried with it
ROAD = " The main road through the valley was closed to traffic, and schools stayed shut."
COPIES = [
    # wire, its copy, the copy's words, the two days the words name
    (
        ("2025-03-04", ALERT),
        ("2025-03-05", ALERT),
        "yesterday afternoon",
        ("Mon 3 Mar", "Tue 4 Mar"),
    ),
    (("2025-11-10", RESCUE), ("2025-11-11", RESCUE), "this morning", ("Mon 10 Nov", "Tue 11 Nov")),
    (
        ("2025-11-10", ARREST),
        ("2025-11-12", ARREST_EDITED),
        "last night",
        ("Sun 9 Nov", "Tue 11 Nov"),
    ),
    (("2025-11-10", PLANT), ("2025-11-11", PLANT_EDITED), "today", ("Mon 10 Nov", "Tue 11 Nov")),
]


@pytest.mark.parametrize("later_first", [False, True])
@pytest.mark.parametrize(("wire", "copy", "words", "named"), COPIES)
def test_a_copy_not_redated_is_a_conflict_naming_both_days(
    tmp_path, wire, copy, words, named, later_first
):
    arts = [(wire[0], wire[1].format(words) + ROAD), (copy[0], copy[1].format(words) + ROAD)]
    got = _flags(tmp_path, *(arts[::-1] if later_first else arts))
    redated = [f for f in got if f[0] == "copy_not_redated" and words in f[2]]
    assert [v for _, v, _ in redated] == ["conflict"], got
    why = redated[0][2]
    assert "without re-dating it" in why, why
    assert all(day in why for day in named), why


def test_a_copy_re_dated_agrees(tmp_path):
    got = _flags(
        tmp_path,
        ("2025-03-04", ALERT.format("yesterday afternoon") + ROAD),
        ("2025-03-05", ALERT.format("on Monday afternoon") + ROAD),
    )
    assert [v for r, v, _ in got if "afternoon" in _] == ["consistent"], got
    assert not any(r == "copy_not_redated" for r, *_ in got), got


def test_one_day_published_twice_on_the_same_day_is_no_flag(tmp_path):
    text = ALERT.format("yesterday afternoon") + ROAD
    assert _flags(tmp_path, ("2025-03-04", text), ("2025-03-04", text)) == []


def test_short_daily_formulas_are_no_copy(tmp_path):
    """'Shares in the bank fell 2% today' on two days: daily reports, set aside."""
    got = _flags(
        tmp_path,
        ("2025-03-04", "Shares in the bank fell 2% today."),
        ("2025-03-05", "Shares in the bank fell 3% today."),
    )
    assert got == []


def test_one_sentence_alike_is_no_copy_but_may_be_a_daily_formula(tmp_path):
    """One sentence with 'today' alike in reports a day apart, the rest in other
    words: each day's formula as much as a copy: the pair is set aside, as before."""
    shares = "Shares in the bank fell sharply today after the results were published."
    got = _flags(
        tmp_path,
        ("2025-03-04", shares + " Traders pointed to weak lending in the quarter."),
        ("2025-03-05", shares + " Analysts said a fine from the regulator weighed on them."),
    )
    assert got == []


def test_a_copy_months_later_is_no_copy_of_one_event(tmp_path):
    text = ALERT.format("yesterday afternoon") + ROAD
    got = _flags(tmp_path, ("2025-03-04", text), ("2025-06-05", text))
    assert not any(r == "copy_not_redated" for r, *_ in got), got


def test_the_same_day_in_other_words_is_not_called_a_copy(tmp_path):
    got = _flags(
        tmp_path,
        ("2025-03-04", ALERT.format("yesterday afternoon")),
        (
            "2025-03-05",
            "Officials said the warning went out yesterday afternoon once the water had "
            "climbed sharply in the valley.",
        ),
    )
    assert not any(r == "copy_not_redated" for r, *_ in got), got


@pytest.mark.parametrize(
    ("a", "b", "copied"),
    [
        (ALERT.format("yesterday"), ALERT.format("yesterday"), True),
        (ARREST.format("last night"), ARREST_EDITED.format("last night"), True),
        ("Shares fell 2% today.", "Shares fell 2% today.", False),  # too short to be a copy
        (
            ALERT.format("yesterday"),
            "Officials said the warning went out yesterday once the water had climbed.",
            False,
        ),
    ],
)
def test_a_copied_sentence_is_near_word_for_word_and_long_enough(a, b, copied):
    assert copied_sentence(a, b) is copied


def test_every_sentence_copied_without_re_dating_is_flagged(tmp_path):
    """A wire paragraph of two sentences, each with its own day: both copied as they were."""
    text = ALERT.format("yesterday afternoon") + " Some 300 homes were evacuated overnight." + ROAD
    got = _flags(tmp_path, ("2025-03-04", text), ("2025-03-05", text))
    redated = sorted(why.split(" = ")[0] for r, _, why in got if r == "copy_not_redated")
    assert redated == ["overnight", "yesterday afternoon"], got
