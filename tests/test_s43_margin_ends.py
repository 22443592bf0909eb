"""Session 43 (eng169): a margin compared with the wrong figures.

Fresh readers judged the first flags of the two margin checks (judge/margins.py:
a margin one report states against another's two figures; judge/own_margin.py:
against two figures of its own sentence) and found three classes of wrong
pairing (judge/margin_ends.py):

1. a gap at a moment (with 4:12 remaining, at half-time, at the 30km mark, at
   one point, trailed, were down) is not the final margin, and a score of
   another meeting is not this game's;
2. a length of time (four days, a 12-night cruise) is no endpoint of a margin:
   endpoints are two points of one scale (two finishing times);
3. a margin between named people is checked against those people's figures
   only; when the owners are unknown or other, no flag.

Every case is our own invented sentence; the near-misses at the end must still
flag.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles

_OTHER = "Rescue teams worked through the night, officials said on Tuesday.\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _margins(tmp_path, a: str, b: str):
    found = analyze(load_articles(pair(tmp_path, a, b))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found if d.rule.startswith("margin_")]


def _own(tmp_path, text: str):
    return _margins(tmp_path, text + "\n", _OTHER)


GAME = "The Hawks beat the Lions 93-90 on Saturday."
RACE = "Kiprop won in 2:05:41, ahead of Bekele in 2:06:19."

# class 1: a gap at a moment, a score of another meeting (figures, margin)
MOMENTS = [
    (GAME, "The Hawks trailed the Lions by nine with 4:12 remaining."),
    (GAME, "The Hawks were down by 12 points against the Lions at half-time."),
    (GAME, "At one point the Hawks were 15 points ahead of the Lions."),
    (GAME, "The Hawks led the Lions by 11 points after three quarters."),
    (RACE, "Kiprop led Bekele by 20 seconds at the 30km mark."),
    (RACE, "Kiprop was 30 seconds ahead of Bekele after the first lap."),
    ("The Hawks beat the Lions 101-88 in their January meeting.", "The Hawks beat the Lions by 5."),
    ("The Hawks led the Lions 50-38 at half-time.", "The Hawks beat the Lions by three points."),
    ("United beat City 3-0 last season.", "United beat City by one goal on Sunday."),
]

OWN_MOMENTS = [
    "Kiptum, who led by 20 seconds at the 30km mark, won in 2:05:41 ahead of Kipruto in 2:06:19.",
    "Kiptum won in 2:05:41, ahead of Kipruto in 2:06:19, having been 20 seconds ahead at halfway.",
    "She finished in 2:21:10 and her rival in 2:21:52, after trailing by 15 seconds at the split.",
    "Bolt won in 9.58 seconds, ahead of Gay in 9.71 seconds, after leading by 0.05 seconds at 50m.",
    "Kiptum finished in 2:05:41 and Kipruto in 2:06:19, a gap of 50 seconds with 5km to go.",
    "The motion was carried by 312 votes to 290, a lead of 40 at one point in the count.",
]

# class 2: lengths of time are no endpoints
LENGTHS = [
    (
        "The Aurora cut short its 12-night cruise after four days.",
        "The Aurora docked nine days ahead of schedule.",
    ),
    (
        "Hale served 18 months of a five-year sentence.",
        "Hale was freed 40 months ahead of schedule.",
    ),
    (
        "Repairs at Dover took 14 days instead of the planned 10 days.",
        "Dover reopened five days behind schedule.",
    ),
    ("Okafor's first lap took 65 seconds and her second 58 seconds.", "Okafor won by 12 seconds."),
    (
        "Patel worked 14 days on, then took 7 days off.",
        "Patel came back three days ahead of the team.",
    ),
    (
        "The Halden recount took 10 days after a two-week delay.",
        "Halden declared six days behind Oslo.",
    ),
]

OWN_LENGTHS = [
    "Kiptum won in 2:05:41, ahead of Kipruto in 2:06:19, three days after a 48-second win in Rome.",
    "She finished in 2:21:10 and her rival in 2:21:52, by two weeks her best run of the year.",
]

# class 3: whose gap
WHOSE = [
    (
        "Obiri won in 2:21:38, and Kerubo was third in 2:22:13.",
        "Lokedi finished 30 seconds ahead of Kerubo.",
    ),
    ("Obiri won in 2:21:38, with Kerubo third in 2:22:13.", "Obiri won by 25 seconds."),
    (
        "Kiprop won in 2:05:41, and Tola was third in 2:06:40.",
        "Bekele was 33 seconds ahead of Tola.",
    ),
    (
        "Harris took 14,212 votes and Lee, in third, 9,870 votes.",
        "Patel finished 4,100 votes ahead of Lee.",
    ),
    ("Harris took 14,212 votes to Patel's 13,980.", "Harris won by 332 votes over Khan."),
    (
        "The Hawks beat the Lions 98-87 on Saturday.",
        "The Hawks beat the Bears by 13 points on Saturday.",
    ),
    (
        "Verstappen finished in 1:32:05, with Norris next in 1:32:17.",
        "Leclerc finished 21 seconds ahead of Norris.",
    ),
]

OWN_WHOSE = [
    "Obiri won in 2:21:38, 35 seconds ahead of Kerubo, with Lokedi second in 2:22:01.",
    "Kiptum won in 2:05:41 and Kipruto was second in 2:06:19, "
    "a gap of 33 seconds between second and third.",
    "Kiptum won in 2:05:41, 20 seconds clear of Tola, and Kipruto was second in 2:06:19.",
    "Hassan clocked 14:21:07, beating Gidey by 30 seconds, and Tsegay was third in 14:21:51.",
    "Labour took 218 votes to 206 for the Greens, a lead of 30 over the Tories.",
    "Bolt won in 9.58 seconds, 0.21 seconds ahead of Blake, with Gay second in 9.71 seconds.",
]


@pytest.mark.parametrize(("a", "b"), MOMENTS + LENGTHS + WHOSE)
def test_a_margin_of_other_figures_stays_silent(tmp_path, a, b):
    assert _margins(tmp_path, a, b) == []


@pytest.mark.parametrize("sentence", OWN_MOMENTS + OWN_LENGTHS + OWN_WHOSE)
def test_an_own_margin_of_other_figures_stays_silent(tmp_path, sentence):
    assert _own(tmp_path, sentence) == []


# near-misses: the final margin, between the figures' own people, still flags
STILL = [
    (GAME, "The Hawks beat the Lions by nine points on Saturday.", "93-90 is a margin of 3"),
    (RACE, "Kiprop won by 48 seconds from Bekele at the finish.", "are 38 seconds apart"),
    (
        "Obiri won in 2:21:38, and Kerubo was third in 2:22:13.",
        "Obiri finished 30 seconds ahead of Kerubo.",
        "are 35 seconds apart",
    ),
    ("Harris took 14,212 votes to Patel's 13,980.", "Harris won by 332 votes over Patel.", "232"),
    (
        "Verstappen finished in 1:32:05, with Norris next in 1:32:17.",
        "Verstappen finished 21 seconds ahead of Norris.",
        "are 12 seconds apart",
    ),
    (
        "The Hawks beat the Lions 98-87 on Saturday.",
        "The Hawks won by 13 points.",
        "is a margin of 11",
    ),
    # this event's own year or date is no other occasion
    (
        "Kiprop won the 2024 race in 2:05:41, ahead of Bekele in 2:06:19.",
        "Kiprop won by 48 seconds from Bekele.",
        "are 38 seconds apart",
    ),
    (
        "On 12 April the Hawks beat the Lions 93-90 at home.",
        "The Hawks beat the Lions by nine points in April.",
        "93-90 is a margin of 3",
    ),
]


@pytest.mark.parametrize(("a", "b", "says"), STILL)
def test_the_final_margin_of_the_same_people_still_flags(tmp_path, a, b, says):
    got = _margins(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("sentence", "says"),
    [
        ("Kiptum won in 2:05:41, 48 seconds ahead of Kipruto in 2:06:19.", "38 seconds"),
        ("Kiptum won in 2:05:41, ahead of Kipruto in 2:06:19, a margin of 48 seconds.", "38"),
        ("Her time of 4:02:15 beat Lopez, who ran 4:03:05, by 40 seconds at the line.", "50"),
        ("The bill passed by 218 votes to 206, a majority of 14 on Tuesday.", "is 12,"),
    ],
)
def test_an_own_final_margin_still_flags(tmp_path, sentence, says):
    got = _own(tmp_path, sentence)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]
