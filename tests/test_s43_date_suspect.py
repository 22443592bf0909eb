"""A publication date that looks wrong is said once for the story (user trial
49: an ECB+ report dated a week late met the editor as three unrelated
conflicts, "this morning", "8.40am", each "one of them is wrong, or one
publication date is", and no line asked whether that one date was wrong).

The stories are made up: a fire and an arrest, a court hearing, a storm; in
each one report is dated a week (or days) off while the others agree.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.date_suspect import suspect_line, suspects

FIRE = {
    "a": (
        "2024-06-09",
        "A fire destroyed a furniture warehouse in Dunmore early yesterday, "
        "the fire service said.\n"
        "The blaze broke out at about 3am on Saturday and took six hours to bring under control.\n"
        "Police arrested a 41-year-old man on Saturday evening on suspicion of arson.\n",
    ),
    "b": (
        "2024-06-10",
        "Police investigating a fire that destroyed a furniture warehouse in Dunmore "
        "arrested a man.\n"
        "The fire started at about 3am on Saturday, according to the county fire service.\n"
        "Officers arrested the 41-year-old suspect on Saturday evening, police said.\n",
    ),
    "c": (
        "2024-06-17",
        "Firefighters spent six hours fighting a blaze at a furniture warehouse in Dunmore.\n"
        "The fire broke out at about 3am yesterday, the county fire service said.\n"
        "A 41-year-old man was arrested last night on suspicion of arson, police said.\n",
    ),
}
COMMON = "About 40 firefighters and eight fire engines attended, and damage was put at £2m.\n"

COURT = {
    "a": (
        "2023-03-15",
        "A man accused of killing his neighbour appeared at Carlisle Crown Court this morning.\n"
        "The victim, 58, was found at her home at about 7.15pm on Saturday, police said.\n"
        "He was remanded in custody until a hearing in May, the court heard.\n",
    ),
    "b": (
        "2023-03-15",
        "A 33-year-old man charged with murdering his neighbour appeared in court today.\n"
        "Police found the 58-year-old woman at her home at 7.15pm on Saturday.\n"
        "He was remanded in custody until a hearing in May.\n",
    ),
    "c": (
        "2023-03-14",
        "A 33-year-old man charged with the murder of his neighbour appeared at Carlisle Crown "
        "Court on Wednesday.\n"
        "The 58-year-old was found at her home at about 7.15pm on Saturday, police said.\n"
        "He was remanded in custody until a hearing in May, a spokeswoman said.\n",
    ),
}


def _story(tmp_path, story, common=COMMON, dates=None):
    paths = []
    for name, (day, body) in story.items():
        day = (dates or {}).get(name, day)
        paths.append(write(tmp_path, f"{name}.txt", f"---\npublished: {day}\n---\n{body}{common}"))
    return analyze_paths(paths)


def test_a_report_dated_a_week_late_is_named_once(tmp_path):
    found = suspects(_story(tmp_path, FIRE))
    assert [s.article.id for s in found] == ["c"]
    s = found[0]
    assert s.later and s.others == 2 and s.days == (8, 8)
    line = suspect_line(s)
    assert line.startswith("c: its publication date (Mon 17 Jun 2024) may be wrong")
    assert "'yesterday'" in line and "'last night'" in line
    assert "fall 8 days after the days 2 other reports give" in line
    assert line.endswith("--published c.txt=YYYY-MM-DD")
    assert suspect_line(s, "window").endswith("type the right one in its column")


def test_the_right_date_says_nothing(tmp_path):
    """The same report dated the day it was written (the Sunday): its days
    agree with the others', no line."""
    assert suspects(_story(tmp_path, FIRE, dates={"c": "2024-06-09"})) == []


def test_a_report_dated_a_week_early_is_named_too(tmp_path):
    """Dated a week before it was written: its "this morning" and "on
    Saturday" fall a week before the other reports' days."""
    story = dict(COURT)
    story["c"] = (
        "2023-03-08",
        "A 33-year-old man charged with the murder of his neighbour appeared at Carlisle Crown "
        "Court this morning.\n"
        "The 58-year-old was found at her home at about 7.15pm on Saturday, police said.\n"
        "He was remanded in custody until a hearing in May, a spokeswoman said.\n",
    )
    found = suspects(_story(tmp_path, story, common="Carlisle is in Cumbria.\n"))
    assert [s.article.id for s in found] == ["c"]
    assert not found[0].later and found[0].days == (7, 7)
    assert "fall 7 days before the days 2 other reports give" in suspect_line(found[0])


def test_a_day_off_is_left_to_the_clock(tmp_path):
    """Dated a day early, each of its days is a day off, which the pair's own
    flag leaves a question of time zones and deadlines (a_day_off_by_the_clock)
    or names both dates: the story line is for a date that slipped further."""
    story = dict(COURT)
    story["c"] = (
        "2023-03-14",
        "A 33-year-old man charged with the murder of his neighbour appeared at Carlisle Crown "
        "Court this morning.\n"
        "He was remanded in custody until a hearing in May, a spokeswoman said.\n",
    )
    assert suspects(_story(tmp_path, story, common="Carlisle is in Cumbria.\n")) == []


def test_one_sentence_off_is_no_date_question(tmp_path):
    """One report gives one day that differs (a real error in one sentence):
    the conflict says it; no line doubts the publication date."""
    story = dict(FIRE)
    story["c"] = (
        "2024-06-09",
        "Firefighters spent six hours fighting a blaze at a furniture warehouse in Dunmore.\n"
        "The fire broke out at about 3am yesterday, the county fire service said.\n"
        "A 41-year-old man was arrested on Friday evening on suspicion of arson, police said.\n",
    )
    assert suspects(_story(tmp_path, story)) == []


def test_two_reports_alone_cannot_say_which_date(tmp_path):
    """With two reports, either date may be the wrong one: no line (each
    conflict already says "or one publication date is")."""
    story = {k: FIRE[k] for k in ("a", "c")}
    assert suspects(_story(tmp_path, story)) == []


def test_a_report_a_day_late_is_left_to_its_flags(tmp_path):
    """Written on the Sunday, dated the Monday: every day it counts falls a
    day late, which a late-night piece or a clock may explain: the pairs' own
    flags say it, no story line."""
    assert suspects(_story(tmp_path, FIRE, dates={"c": "2024-06-10"})) == []


@pytest.mark.parametrize("late", ["2024-06-11", "2024-06-12", "2024-06-13"])
def test_days_off_by_a_few_days_are_named(tmp_path, late):
    found = suspects(_story(tmp_path, FIRE, dates={"c": late}))
    assert [s.article.id for s in found] == ["c"] and found[0].later


def test_check_prints_it_as_a_warning(tmp_path, capsys):
    from workbench.cli import main

    story = _story(tmp_path, FIRE)  # writes the files
    files = [a.path for a in story.articles]
    assert main(["check", *files, "--db", str(tmp_path / "log.sqlite"), "-q"]) == 0
    said = [x for x in capsys.readouterr().err.splitlines() if "may be wrong" in x]
    assert len(said) == 1 and said[0].startswith("workbench: warning: c: its publication date")


def test_the_window_says_it_in_its_run_notes(tmp_path):
    from workbench.service import Checked
    from workbench.store import SaveResult
    from workbench.ui import run_notes

    analysis = _story(tmp_path, FIRE)
    said: list[str] = []
    notes = run_notes.RunNotes(said.append, lambda _n: None)
    notes.saved(analysis.articles, Checked(analysis.articles, analysis, SaveResult(0, 0, 0, 0)))
    wanted = [suspect_line(suspects(analysis)[0], "window")]
    assert [n for n in said if "may be wrong" in n] == wanted
