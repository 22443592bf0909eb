"""A date joined by a preposition to a noun of what was told or shown dates
that noun, not the happening of its sentence (trial 31).

"The announcement confirms rumors from December" dates when the rumours ran;
it was asked as one date with "the official product announcement on Tuesday"
(both read as the announcement). The class: rumours, reports, speculation,
talks, e-mails, photos … "from / of / since" a date ("in" joins the verb as
often). Such a date is never compared with the day of another happening."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import analyze
from workbench.facts.measure import Measure, date_measure
from workbench.model import Article


def _event(text: str, value: str) -> str:
    i = text.index(value)
    return date_measure(text, i, i + len(value)).event


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("The announcement confirms rumors from December.", "from December", "rumours"),
        ("Reports from March said the plant would close.", "from March", "reports"),
        ("The leak of February 11 named the phone.", "February 11", "leaks"),
        ("Police released e-mails from 2008 showing the threats.", "from 2008", "emails"),
        ("The talks since January have stalled.", "since January", "talks"),
        ("Photos from Tuesday show the damage.", "from Tuesday", "photos"),
        ("She dismissed the speculation from last week.", "from last week", "speculation"),
    ],
)
def test_a_date_joined_to_a_told_thing_dates_it(text, value, event):
    assert _event(text, value) == event


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        # a verb's date, though a noun stands before it
        ("T-Mobile will offer the Curve 8900 to customers in February.", "in February", "launched"),
        ("They made the official product announcement on Tuesday.", "Tuesday", "announced"),
        # "in" joins the verb as often: the posing is dated
        ("She posed for her first pin-up photos in 1947.", "in 1947", ""),
        # what a rumour says is rumoured, as before
        (
            "The rumors that it would release the phone on February 11 were wrong.",
            "February 11",
            "",
        ),
        ("The report was published on Monday after a long delay.", "Monday", ""),
    ],
)
def test_a_date_not_joined_to_a_told_thing_is_read_as_before(text, value, event):
    got = _event(text, value)
    assert got not in ("rumours", "reports") and (not event or got == event)


def test_a_told_things_date_differs_from_any_other_happening():
    rumours = Measure(event="rumours")
    assert rumours.differs(Measure(event="announced")) == "event"
    assert rumours.differs(Measure()) == "event"  # a day no stage is named for
    assert Measure().differs(rumours) == "event"
    assert rumours.differs(Measure(event="rumours")) == ""


def _article(n: int, text: str, published: date | None) -> Article:
    return Article(f"a{n}", f"a{n}.txt", f"A{n}", f"Outlet {n}", published, "", text, f"s{n}")


@pytest.mark.parametrize("published", [None, date(2010, 5, 14)])
@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Police arrested the suspect in the bank robbery on Friday.",
            "Police arrested the bank robbery suspect after e-mails from October linked him.",
        ),
        (
            "The minister resigned on Thursday over the scandal.",
            "The minister's resignation over the scandal follows speculation since January.",
        ),
        (
            "The company recalled the cars on Wednesday.",
            "The company's car recall follows complaints and photos from March.",
        ),
    ],
)
def test_the_day_of_a_happening_and_of_a_told_thing_are_not_compared(
    monkeypatch, published, one, other
):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    analysis = analyze([_article(1, one, published), _article(2, other, published)])
    assert [d for d in analysis.discrepancies if d.kind == "date"] == []


def test_two_days_of_one_happening_are_still_compared(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    texts = [
        "The minister resigned on Thursday over the scandal, following reports from May.",
        "The minister resigned on Friday over the scandal.",
    ]
    published = date(2010, 5, 14)
    analysis = analyze([_article(n, t, published) for n, t in enumerate(texts, 1)])
    dates = [d for d in analysis.discrepancies if d.kind == "date"]
    assert [sorted(s.text for s in d.sides) for d in dates] == [["Friday", "Thursday"]]
    assert dates[0].verdict.value == "conflict"
