"""A game clock ("with 7:42 left in the first half") is how long was left,
never a time of day (fresh trial: the report told an editor that "7:41 =
07:41 or 19:41 … the same moment may be read off two clocks"). Two sources
giving the clock a second apart differ; a spelled-out clock agrees with its
figures; a time of day stays a time of day."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.find import find_times

DAY = date(2008, 12, 19)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("He tied the record with 7:42 left in the first half.", "PT7M42S"),
        ("Hansbrough scored with 7:41 remaining in the half.", "PT7M41S"),
        ("The Bruins led 3-1 with 2:30 to go in the third period.", "PT2M30S"),
        ("She hit the winner with 0:04 to play.", "PT4S"),
        ("There were 14:05 left in the game when he scored again.", "PT14M5S"),
    ],
)
def test_a_game_clock_is_the_time_left(sentence, value):
    (t,) = find_times(sentence, DAY)
    assert t.type == "DURATION" and t.timex == value and t.value.endswith(" left")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The game starts at 7:30 tonight.", "TIME"),
        ("Doors open at 7:42 on Friday, the club said.", "TIME"),
    ],
)
def test_a_time_of_day_stays_one(sentence, kind):
    assert any(t.type == kind for t in find_times(sentence, DAY))


def test_two_sources_a_second_apart_differ_and_words_agree_with_figures(tmp_path):
    from workbench.analysis import analyze
    from workbench.articles import load_article

    texts = {
        "a": "Hansbrough passed Phil Ford with 7:42 left in the first half on Thursday.\n",
        "b": "Hansbrough passed Phil Ford with 7:41 left in the first half on Thursday.\n",
        "c": "Hansbrough passed Phil Ford with 7 minutes 42 seconds to go in the first half "
        "on Thursday.\n",
    }
    arts = []
    for name, body in texts.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(f"---\ntitle: {name}\npublished: 2008-12-19\n---\n{body}", encoding="utf-8")
        arts.append(load_article(p))
    analysis = analyze(arts)
    verdicts = {
        frozenset(s.article for s in d.sides): str(d.verdict) for d in analysis.discrepancies
    }
    assert verdicts.get(frozenset("ab")) == "conflict"
    assert verdicts.get(frozenset("ac")) in (None, "consistent")  # the same clock
    assert not any("07:4" in d.explanation for d in analysis.discrepancies)
