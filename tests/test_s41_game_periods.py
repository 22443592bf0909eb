"""Periods of a game are no dates (session 41, issue 11): in a story about a
game, "the fourth quarter" or "the second half" with no year is a period of
play even when its own sentence has no word of play
(facts/time/play_periods.py); results copy keeps its calendar quarters."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.facts.time.family import TIME
from workbench.facts.time.play_periods import a_game_story
from workbench.sentences import split_sentences

DAY = date(2012, 2, 6)

GAMES = [
    "Jay Cutler threw two touchdown passes and the Bears beat the Packers 24-17 on Sunday.",
    "LeBron James had 31 points and 11 rebounds as Miami beat Boston 98-90 on Tuesday night.",
    "The Rangers scored twice on the power play and beat the Bruins 4-2 on Saturday.",
    "Rafael Nadal beat Roger Federer 6-4, 3-6, 7-5 in the final of the tournament on Sunday.",
    "Derek Jeter homered in the 10th inning and the Yankees beat Boston 5-4.",
]
LATER = [
    "The Bears took control in the fourth quarter.",
    "Miami pulled away in the final quarter to win at home.",
    "Chicago was held without a point in the third quarter.",
    "Boston's defeat was sealed in the second half.",
    "Federer was broken twice in the second set.",
    "The visitors took the lead in the third period.",
    "Boston tied it in the ninth inning before the rain came.",
    "Johnson sealed it in overtime.",
    "The lead changed hands on the final lap.",
    "Their third-quarter surge ended the contest.",
]


def _times(story: str) -> list[str]:
    texts = [story[s:e] for s, e in split_sentences(story)]
    return [m.text for ms in TIME.find_each(texts, DAY) for m in ms]


@pytest.mark.parametrize("lede", GAMES)
@pytest.mark.parametrize("later", LATER)
def test_a_period_of_a_game_is_no_date(lede, later):
    got = _times(f"{lede} {later}")
    assert not any("quarter" in t or "half" in t for t in got), got


@pytest.mark.parametrize(
    "story, quarter",
    [
        (
            "Acme's profit rose 12% to $1.2 billion. Sales were strongest in the fourth quarter.",
            "the fourth quarter",
        ),
        (
            "The carmaker will cut 8,200 jobs after a 41% fall in profit. "
            "It will book most of the charges in the fourth quarter.",
            "the fourth quarter",
        ),
        (
            "Smith scored twice as the club beat Leeds 3-1 on Saturday. "
            "Its owner said revenue rose to $310 million in the third quarter.",
            "the third quarter",
        ),
        (
            "The new stadium will open in the second half of 2013, the league said. "
            "The team scored 31 points in its last game there.",
            "the second half of 2013",
        ),
        (
            "The Supreme Court ruled 5-4 on Monday. The law takes effect in the fourth quarter.",
            "the fourth quarter",
        ),
        (
            "The A330-300 made a safe touchdown at Heathrow. "
            "The airline expects the repairs to be finished in the first quarter.",
            "the first quarter",
        ),
    ],
)
def test_a_quarter_of_the_year_stays_one(story, quarter):
    assert quarter in _times(story)


def test_a_story_of_scores_alone_is_no_game():
    story = "Ratings among adults 18-49 rose. Among those 25-54 the show gained viewers."
    assert not a_game_story([story[s:e] for s, e in split_sentences(story)])


def _analyse(tmp_path, *bodies: str):
    arts = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"{'abc'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: 2012-02-06\n---\n{body}\n", encoding="utf-8")
        arts.append(load_article(p))
    return analyze(arts)


@pytest.mark.parametrize(
    "other",
    [
        "The Bears took control in the third quarter to win at Soldier Field.",
        "The Bears took control late on Sunday to win at Soldier Field.",
    ],
)
def test_a_game_report_has_no_quarter_of_the_year_to_flag(tmp_path, other):
    an = _analyse(
        tmp_path,
        "Jay Cutler threw two touchdown passes and the Bears beat the Packers 24-17 on Sunday. "
        "The Bears took control in the fourth quarter to win at Soldier Field.",
        "The Bears beat the Packers 24-17 on Sunday as Cutler threw two touchdown passes. " + other,
    )
    assert not [d for d in an.discrepancies if "quarter" in d.sides[0].text + d.sides[1].text]
