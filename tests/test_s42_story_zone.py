"""A bare clock read in the zone the other reports of its cluster establish for
its place (session 42, issue 11: unresolved precision).

Readers of authored development judged wrong the question "check the zone" on
'14:00 local time' / '1pm London time' when another report says "Estravia runs
two hours ahead of London", and on '8.18am' in a local paper / '0718 GMT' when
the other reports' datelines put the town in England. Cases are made up; the
patterns are the readers'."""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench.facts.time.story_zone import stated_offsets
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _clock_flags(analysis) -> list:
    return [
        d
        for d in analysis.discrepancies
        if any(w in d.explanation for w in ("GMT", "local time", "UTC", "BST"))
    ]


def _one(tmp_path, *arts):
    got = _clock_flags(analyse_dated(tmp_path, *arts))
    assert len(got) == 1, [d.explanation for d in got]
    return got[0]


BANK = (
    "The Estravian central bank cut its main rate on Tuesday. "
    "The decision was announced at {}, the bank said."
)
AHEAD = [
    (
        "Estravia runs two hours ahead of London at this time of year.",
        "2026-01-20",
        "1pm London time",
        Verdict.CONFLICT,
    ),
    ("Estravia is two hours ahead of GMT.", "2026-01-20", "noon London time", Verdict.CONSISTENT),
    # London keeps summer time in July: two hours ahead of it is UTC+3
    ("Estravia runs two hours ahead of London.", "2026-07-21", "noon GMT", Verdict.CONFLICT),
    ("Estravia runs two hours ahead of London.", "2026-07-21", "11:00 GMT", Verdict.CONSISTENT),
    (
        "Estravia sits three and a half hours behind UTC.",
        "2026-03-03",
        "17:30 GMT",
        Verdict.CONSISTENT,
    ),
]


@pytest.mark.parametrize("said, pub, other, verdict", AHEAD)
def test_an_offset_stated_in_words_zones_a_bare_local_clock(tmp_path, said, pub, other, verdict):
    third = f"The central bank of Estravia cut rates on Tuesday. {said} Markets fell."
    got = _one(
        tmp_path,
        (pub, BANK.format("14:00 local time")),
        (pub, BANK.format(other).replace("The Estravian", "Estravia's")),
        (pub, third),
    )
    assert got.verdict == verdict, got.explanation
    assert "another report states" in got.explanation


def test_a_statement_about_another_place_zones_nothing(tmp_path):
    """The clock's report names no Estravia: its 'local time' is not Estravia's."""
    got = _one(
        tmp_path,
        ("2026-01-20", BANK.format("14:00 local time").replace("Estravian ", "")),
        ("2026-01-20", BANK.format("1pm London time").replace("Estravian ", "")),
        (
            "2026-01-20",
            "The central bank of Estravia cut rates on Tuesday. "
            "Estravia runs two hours ahead of London.",
        ),
    )
    assert got.verdict == Verdict.UNRESOLVED
    assert "check the zone" in got.explanation


TRAIN = (
    "{} — A passenger train derailed near {} on Tuesday after heavy rain, killing four "
    "people. The train left the tracks at {}, police said."
)
LOCAL = (
    "{} — The family of a driver killed in the derailment near {} paid tribute to him. "
    "The train came off the track at {}, police said."
)


@pytest.mark.parametrize(
    "pub, town, dateline, theirs, ours, verdict",
    [
        (
            "2026-11-11",
            "Brackenfold",
            "BRACKENFOLD, England",
            "0718 GMT",
            "8.18am",
            Verdict.CONFLICT,
        ),
        (
            "2026-07-08",
            "Alderby",
            "ALDERBY, United Kingdom (AFP)",
            "0718 GMT",
            "8.18am",
            Verdict.CONSISTENT,
        ),
        (
            "2026-02-04",
            "Carrow Vale",
            "CARROW VALE, Scotland",
            "1540 GMT",
            "3:40 p.m.",
            Verdict.CONSISTENT,
        ),
        (
            "2026-02-04",
            "Carrow Vale",
            "CARROW VALE, Scotland",
            "1540 GMT",
            "4:40 p.m.",
            Verdict.CONFLICT,
        ),
    ],
)
def test_the_datelines_zone_a_local_papers_clock(
    tmp_path, pub, town, dateline, theirs, ours, verdict
):
    got = _one(
        tmp_path,
        (pub, TRAIN.format(dateline, town, theirs)),
        (pub, LOCAL.format("KELBRIDGE", town, ours)),
    )
    assert got.verdict == verdict, got.explanation
    assert "where other reports' datelines put" in got.explanation


def test_a_report_that_names_no_town_of_the_datelines_is_not_zoned(tmp_path):
    got = _one(
        tmp_path,
        ("2026-11-11", TRAIN.format("BRACKENFOLD, England", "Brackenfold", "0718 GMT")),
        ("2026-11-11", LOCAL.format("KELBRIDGE", "the village", "8.18am")),
    )
    assert got.verdict == Verdict.UNRESOLVED


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("Estravia runs two hours ahead of London at this time of year", 120),
        ("Varnia is three hours behind GMT", -180),
        ("Kolvia is an hour ahead of UTC", 60),
        ("Ostmark sits 5.5 hours ahead of Greenwich", 330),
    ],
)
def test_stated_offsets_read_the_words(text, minutes):
    from datetime import date

    ((_, got, _),) = stated_offsets([text], date(2026, 1, 10))
    assert got == minutes


def test_hours_ahead_of_a_rival_are_no_zone():
    from datetime import date

    assert not stated_offsets(
        ["The bid puts Estravia two hours ahead of schedule."], date(2026, 1, 10)
    )
    assert not stated_offsets(["Estravia is two hours ahead of its rivals."], date(2026, 1, 10))


def test_the_town_named_is_the_one_the_report_names_first():
    """Two datelines' towns named in one report: the explanation names the one
    the report names first, on every run (it came from a set, whose order
    changes with the hash seed: 'Athens' on one run, 'Andros' on the next)."""
    from workbench.facts.time.story_zone import _named_first

    towns = {"Athens", "Andros", "Piraeus"}
    text = "Coastguards in Andros said the ferry left Piraeus for Athens at 9pm."
    assert _named_first(text, towns) == ["Andros", "Piraeus", "Athens"]
    assert _named_first("From Athens, a ship reached Andros.", towns) == ["Athens", "Andros"]
    assert _named_first("Nothing of them here.", towns) == []
