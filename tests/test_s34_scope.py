"""A count's place and moment before it is compared (issue 11, session 34).

Held-out readers' second and third causes of wrong flags: counts of different
scope ("25 arrests nationwide" / "six in the town") and counts told at
different moments ("by 2 p.m." / "by evening" is an update). Session 33's
eng97 read both and was reverted: it dropped a moment against an unstamped
toll, which older tests want shown (tests/test_s12_unmet.py), read "in the
city" over "from overseas" (tests/test_s27_home_and_abroad.py), and freed
dropped figures to pair with wrong partners. Classes here:

1. place: a locality ("in the town", "across the city", "in the village") is
   an area below the county, read only when its clause names no other place;
2. time: a stretch of the happening ("overnight", "on the second day", "in
   the first hour") against another stated part, and two moments of one day
   both stated, are not compared; a stretch or a moment against a count
   stating none still is (held-out real copy and test_s12_unmet say so); a
   figure so dropped pairs only within its own part of the time;
3. a role noun made of a happening's verb ("rescuers", "rescue workers") is
   those doing it, never those it happened to ("rescued").

Made-up cases in varied domains; each would fail before.
"""

from __future__ import annotations

import pytest
from conftest import opening_body_flags

from workbench.analysis import claims_of, facts_of
from workbench.articles import load_articles
from workbench.facts.measure import measure_of
from workbench.facts.scope_time import time_part
from workbench.judge import dropped
from workbench.judge.time_parts import parts_apart
from workbench.model import Claim, Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


def _pairs(found, x: str, y: str):
    return [f for f in found if {f[0], f[1]} == {x, y}]


# --- 1. place -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Officers detained nine people in the town on Friday.", "nine", "town"),
        ("Volunteers pulled 23 survivors from the mud in the village.", "23", "town"),
        ("Some 8,400 homes were left without water across the city.", "Some 8,400", "town"),
        ("The charity fed 70 families in the borough over Christmas.", "70", "town"),
        ("Some 61,000 homes were left without water across the country.", "Some 61,000", "nation"),
        # another place of its clause wins: visitors from abroad, spent in the city
        ("Tourists from abroad spent $2 billion in the city last year.", "$2 billion", "abroad"),
        ("Officers detained nine people in Leeds.", "nine", ""),
        ("Officers detained nine people.", "nine", ""),
    ],
)
def test_a_locality_is_the_place_of_its_count_when_no_other_is_named(text, figure, place):
    assert measure_of(*_at(text, figure)).place == place


@pytest.mark.parametrize(
    ("a", "b", "x", "y"),
    [
        (
            "Customs officers seized 31 shipments nationwide on Monday in a crackdown on fakes.",
            "Customs officers seized four shipments in the town on Monday in a crackdown on fakes.",
            "31",
            "four",
        ),
        (
            "Health officials confirmed 1,900 measles cases across the country this spring.",
            "Health officials confirmed 240 measles cases in the city this spring.",
            "1,900",
            "240",
        ),
        (
            "Firefighters evacuated 5,000 residents across the region as the blaze spread.",
            "Firefighters evacuated 700 residents in the village as the blaze spread.",
            "5,000",
            "700",
        ),
    ],
)
def test_a_locality_is_not_compared_as_a_wider_area(flags, a, b, x, y):
    found = flags(("Story", a, "2026-05-04"), ("Story", b, "2026-05-04"))
    assert _pairs(found, x, y) == []


def test_two_counts_of_one_locality_still_conflict(flags):
    found = flags(
        ("Flood", "The flood damaged 120 shops in the town, the mayor said.", "2026-05-04"),
        ("Flood", "The flood damaged 190 shops in the town, the mayor said.", "2026-05-04"),
    )
    assert [f[2] for f in _pairs(found, "120", "190")] == ["conflict"]


# --- 2. time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("Stewards had ejected 14 fans by 4 p.m., the club said.", "14", "cutoff"),
        ("Turnout had reached 22% by lunchtime.", "22%", "cutoff"),
        ("Police towed 60 cars overnight.", "60", "stretch"),
        ("About 4,000 nurses joined the strike on the third day.", "About 4,000", "stretch"),
        ("The site sold 900 tickets in the first hour.", "900", "stretch"),
        ("The fund took in $3 million within the first 48 hours.", "$3 million", "stretch"),
        ("Some 150 rescuers were on the slopes by the afternoon.", "150", "cutoff"),
        ("Some 220 rescuers had joined by Wednesday morning.", "220", "stamped"),
        ("The storm killed four people on Monday.", "four", ""),
        ("More than 90 were saved in an overnight rescue.", "More than 90", ""),
    ],
)
def test_the_part_of_the_time_of_a_count_is_read_from_its_clause(text, figure, part):
    assert time_part(*_at(text, figure))[0] == part


def _read(tmp_path, name: str, text: str, figure: str) -> tuple[Claim, Fact]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    (article,) = load_articles([path])
    (claim,) = claims_of(article)
    for f in facts_of(article, [claim]):
        if f.text == figure:
            return claim, f
    raise AssertionError(f"{figure!r} not read in {text!r}")


@pytest.mark.parametrize(
    ("a", "x", "b", "y", "apart"),
    [
        # a stretch against another stretch; against a count stating none: compared
        ("Police towed 60 cars overnight.", "60", "Police towed 210 cars.", "210", False),
        (
            "Police towed 60 cars overnight.",
            "60",
            "Police towed 45 cars during the afternoon.",
            "45",
            True,
        ),
        (
            "About 4,000 nurses walked out on the second day.",
            "About 4,000",
            "About 9,000 nurses walked out on the first day.",
            "About 9,000",
            True,
        ),
        # two moments of one day both stated: an update
        (
            "Stewards had ejected 14 fans by 4 p.m.",
            "14",
            "Stewards had ejected 31 fans by evening.",
            "31",
            True,
        ),
        (
            "Some 150 rescuers were on the slopes by the afternoon.",
            "Some 150",
            "Some 220 rescuers had joined by Wednesday morning.",
            "Some 220",
            False,  # a day named: the running rows order the two (an update below)
        ),
        # a moment against a count stating none: still compared (test_s12_unmet)
        (
            "By midnight, officers had detained 45 fans.",
            "45",
            "Officers detained 70 fans, police said.",
            "70",
            False,
        ),
        # one moment stated alike, two days both named: compared / the running rows'
        ("Turnout was 22% by noon.", "22%", "Turnout was 25% by noon.", "25%", False),
        (
            "It logged 40 tremors by Monday evening.",
            "40",
            "It logged 65 tremors by Tuesday evening.",
            "65",
            False,
        ),
    ],
)
def test_which_parts_of_the_time_are_apart(tmp_path, a, x, b, y, apart):
    (ca, fx), (cb, fy) = _read(tmp_path, "a", a, x), _read(tmp_path, "b", b, y)
    assert parts_apart((ca, cb), fx, fy) is apart


def test_two_stretches_of_the_time_are_not_compared(flags):
    found = flags(
        ("Riots", "Police towed 60 cars overnight after the riots, officials said.", "2026-05-04"),
        (
            "Riots",
            "Police towed 45 cars during the afternoon after the riots, officials said.",
            "2026-05-04",
        ),
    )
    assert _pairs(found, "60", "45") == []


def test_two_moments_of_a_running_count_are_an_update(flags):
    found = flags(
        ("Match", "Stewards had ejected 14 fans by 4 p.m., the club said.", "2026-05-04"),
        ("Match", "Stewards had ejected 31 fans by evening, the club said.", "2026-05-04"),
    )
    assert [f for f in _pairs(found, "14", "31") if f[2] == "conflict"] == []


def test_a_moment_of_a_named_day_is_left_to_the_running_rows_an_update(flags):
    found = flags(
        (
            "Avalanche",
            "Some 150 rescuers were searching the slopes by the afternoon, officials said.",
            "2026-05-05",
        ),
        (
            "Avalanche",
            "Some 220 rescuers were searching the slopes by Wednesday morning, officials said.",
            "2026-05-07",
        ),
    )
    assert [f[2] for f in _pairs(found, "Some 150", "Some 220")] == ["consistent"]
    assert "given at different times" in _pairs(found, "Some 150", "Some 220")[0][3]


def test_a_moment_against_an_unstamped_count_is_still_compared(flags):
    found = flags(
        ("Match", "By midnight, officers had detained 45 fans outside the ground.", "2026-05-04"),
        ("Match", "Officers detained 70 fans outside the ground, police said.", "2026-05-04"),
    )
    assert [f[2] for f in _pairs(found, "45", "70")] == ["conflict"]


def test_a_locality_dropped_against_a_wider_area_does_not_meet_another_place(flags):
    # 'four in the town' is dropped against '31 nationwide' (part_within_whole); it
    # must not go on to meet '12 in the capital', a count of another place
    found = flags(
        ("Raid", "Customs officers seized four shipments in the town on Monday.", "2026-05-05"),
        (
            "Raid",
            "Customs officers seized 31 shipments nationwide and 12 in the capital on Monday.",
            "2026-05-05",
        ),
    )
    assert _pairs(found, "four", "31") == []
    assert _pairs(found, "four", "12") == []


@pytest.mark.parametrize(
    ("a", "x", "b", "others", "kept"),
    [
        # '60 overnight' dropped against '45 during the afternoon': '25 overnight' only
        (
            "Police towed 60 cars overnight.",
            "60",
            "Police towed 45 cars during the afternoon, 25 overnight, and 210 in all.",
            ("45", "25", "210"),
            {"25"},
        ),
        # '4,000 on the second day' dropped against '9,000': not '3,000' of no part
        (
            "About 4,000 nurses walked out on the second day.",
            "About 4,000",
            "About 9,000 nurses walked out, among them 3,000 on the first day.",
            ("About 9,000", "3,000"),
            set(),
        ),
    ],
)
def test_a_figure_dropped_for_its_time_pairs_only_within_its_part(tmp_path, a, x, b, others, kept):
    ca, fx = _read(tmp_path, "a", a, x)
    found = [_read(tmp_path, "b", b, y) for y in others]
    cb = found[0][0]
    apart: dict[str, set[str]] = {}
    dropped.note(apart, "time_part_of_a_whole", fx, found[0][1])
    cands = [(0, 0.0, fx, fy) for _, fy in found]
    left = dropped.kept_free(cands, apart, (ca, cb))
    assert {c[3].text for c in left} == kept


def test_key_figures_of_two_moments_never_met_are_not_compared(flags):
    found = flags(
        ("Quake", "The quake struck before dawn near the coast.", "2026-05-04"),
        (
            "Quake",
            "By 9 a.m. crews had pulled 12 people from the rubble. Elsewhere a bridge "
            "was shut. By evening 30 people had been rescued from the rubble.",
            "2026-05-04",
        ),
    )
    assert _pairs(found, "12", "30") == []


# --- 3. a role noun is not the happening ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Some 150 rescuers were on the slopes.", "150", "rescuers"),
        ("About 300 rescue workers searched the collapsed mall.", "300", "rescuers"),
        ("More than 80 volunteer rescuers joined the search.", "80", "rescuers"),
        ("Six rescue teams from abroad arrived on Tuesday.", "Six", "rescuers"),
        # the role noun as the subject: what it did to the count is still read
        ("Rescuers pulled 17 survivors from the rubble.", "17", "rescued"),
        ("Crews rescued 220 people from the flood.", "220", "rescued"),
        ("The 40 rescued miners were flown out by helicopter.", "40", "rescued"),
    ],
)
def test_a_role_noun_is_not_the_happening_of_its_verb(text, figure, event):
    assert measure_of(*_at(text, figure)).event == event


def test_rescuers_are_not_compared_with_the_rescued(flags):
    found = flags(
        ("Mine", "About 300 rescue workers reached the mine, officials said.", "2026-05-04"),
        ("Mine", "Crews rescued 41 miners from the mine, officials said.", "2026-05-04"),
    )
    assert _pairs(found, "About 300", "41") == []
