"""A count told at several moments of a story, each figure dated (issue 11,
session 42). Fresh readers of held-out events judged conflicts and questions
raised on counts rising over a week, each figure dated, wrong. Made-up copy: a
gas blast, floods, a tornado, a landslide, a stand collapse, a wildfire, a
quake; traps: two figures for one moment, a stamp holding the other, a count
that only grows told lower as current, a revision, reports of one day."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.judge import rules


def _flags(tmp_path: Path, *reports: tuple[str, str], kind: str = "number"):
    articles = []
    for i, (published, body) in enumerate(reports):
        p = tmp_path / f"{'abcdef'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        articles.append(load_article(p))
    found = analyze(articles).discrepancies
    return [(d.verdict.value, d.rule, d.explanation) for d in found if d.kind == kind]


UPDATES = [
    # stamps that meet only at the edge of a night: a briefing the next day
    (
        (
            "2026-03-02",
            "A gas explosion tore through a block of flats in Brenford on Sunday evening. "
            "Nine people were injured, police said on Sunday night.",
        ),
        (
            "2026-03-03",
            "A gas explosion tore through a block of flats in Brenford on Sunday evening. "
            "Fourteen people were injured, officials said at a Monday briefing.",
        ),
    ),
    # 'at last count' / 'its latest figures', the dead of a cyclone three days on
    (
        (
            "2026-09-21",
            "Cyclone Irusa made landfall near Pemba on Saturday. At last count, 16 people had "
            "been killed, the disaster agency said.",
        ),
        (
            "2026-09-24",
            "Cyclone Irusa made landfall near Pemba on Saturday. The disaster agency said 29 "
            "people had been killed, according to its latest figures.",
        ),
    ),
    # survivors pulled out: 'late Sunday' / 'on Monday', the later report first
    (
        (
            "2026-11-24",
            "A magnitude 6.4 earthquake struck the province of Tarsa on Sunday. Rescuers had "
            "pulled 75 survivors from the rubble, officials said on Monday.",
        ),
        (
            "2026-11-23",
            "A magnitude 6.4 earthquake struck the province of Tarsa on Sunday. Rescuers had "
            "pulled 52 survivors from the rubble, officials said late Sunday.",
        ),
    ),
]


@pytest.mark.parametrize(("a", "b"), UPDATES)
def test_a_count_dated_at_two_moments_is_an_update(tmp_path, a, b):
    found = _flags(tmp_path, a, b)
    assert [f[:2] for f in found] == [("consistent", "count_moved_on_between_its_dates")], found
    assert "an update" in found[0][2] and "first" in found[0][2]
    with rules.without("count_moved_on_between_its_dates"):
        before = _flags(tmp_path, a, b)
    assert [f[0] for f in before] != ["consistent"], before


def test_a_count_told_so_far_in_sentences_that_never_met_is_no_question(tmp_path, monkeypatch):
    """'the latest figures': the sentences never align, the key figures are
    compared apart (judge/timeline.py): an update, so no flag is shown."""
    a = (
        "2026-03-10",
        "Floods swept through the Varda valley on Saturday. Twelve people have died, "
        "according to the latest figures from the interior ministry.",
    )
    b = (
        "2026-03-14",
        "Floods swept through the Varda valley on Saturday. The latest official figures put "
        "the number of dead at 23.",
    )
    assert _flags(tmp_path, a, b) == []
    monkeypatch.setattr("workbench.judge.timeline.never_met_order", lambda x, y: 0)
    assert [f[0] for f in _flags(tmp_path, a, b)] == ["unresolved"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one moment, two figures
        (
            (
                "2026-03-11",
                "A tornado struck Hallam County on Saturday. As of Wednesday, 48 people had "
                "been injured.",
            ),
            (
                "2026-03-11",
                "A tornado struck Hallam County on Saturday. As of Wednesday, 52 people had "
                "been injured.",
            ),
        ),
        # 'Monday' / 'Monday night': one day told, two figures for it
        (
            (
                "2026-03-10",
                "Floods swept through the Varda valley on Saturday. Twelve people had died, "
                "the ministry said on Monday.",
            ),
            (
                "2026-03-10",
                "Floods swept through the Varda valley on Saturday. Fifteen people had died, "
                "the ministry said on Monday night.",
            ),
        ),
        # 'the latest figures' on one day: nothing orders them
        (
            (
                "2026-07-14",
                "A stand collapsed at the Lumio arena on Saturday. The latest figures show 61 "
                "people were injured.",
            ),
            (
                "2026-07-14",
                "A stand collapsed at the Lumio arena on Saturday. According to the latest "
                "figures, 67 people were injured.",
            ),
        ),
    ],
)
def test_two_figures_for_one_moment_stay_a_conflict(tmp_path, a, b):
    assert [f[0] for f in _flags(tmp_path, a, b)] == ["conflict"]


STALE = [
    (
        (
            "2026-03-10",
            "A tornado struck Hallam County on Saturday. By Monday evening 48 people had been "
            "injured, officials said.",
        ),
        (
            "2026-03-12",
            "A tornado struck Hallam County on Saturday. The latest figures show 31 people "
            "were injured.",
        ),
    ),
    (
        (
            "2026-05-04",
            "A landslide buried part of the mining town of Orsk-Vel on Friday. Rescuers had "
            "recovered 23 bodies by Sunday night, the regional governor said.",
        ),
        (
            "2026-05-06",
            "A landslide buried part of the mining town of Orsk-Vel on Friday. So far 17 "
            "bodies have been recovered, the regional governor said.",
        ),
    ),
]


@pytest.mark.parametrize(("a", "b"), STALE)
def test_an_old_figure_told_as_current_is_a_conflict(tmp_path, a, b):
    found = _flags(tmp_path, a, b)
    assert [f[:2] for f in found] == [("conflict", "count_told_current_after_a_higher")], found
    assert "out-of-date" in found[0][2]


NEVER_MET = (
    (
        "2026-03-10",
        "Floods swept through the Varda valley on Saturday. The ministry said on Monday evening "
        "that 48 people had died.",
    ),
    (
        "2026-03-12",
        "Floods swept through the Varda valley on Saturday. The latest official figures put "
        "the number of dead at 31.",
    ),
)


def test_an_old_figure_told_as_current_in_a_sentence_never_met_is_a_conflict(tmp_path):
    found = _flags(tmp_path, *NEVER_MET)
    assert [f[:2] for f in found] == [("conflict", "stale_figure")], found
    assert "out-of-date figure as current" in found[0][2]
    # the same figures the other way round: the dead rose, no flag is shown
    a = (NEVER_MET[0][0], NEVER_MET[0][1].replace("48", "31"))
    b = (NEVER_MET[1][0], NEVER_MET[1][1].replace("31", "48"))
    assert _flags(tmp_path, a, b) == []


def test_a_figure_told_as_current_lower_but_as_a_revision_is_not_called_stale(tmp_path):
    a, b = STALE[1]
    b = (
        b[0],
        "A landslide buried part of the mining town of Orsk-Vel on Friday. So far 17 bodies "
        "have been recovered after the count was revised, the regional governor said.",
    )
    assert all(f[1] != "count_told_current_after_a_higher" for f in _flags(tmp_path, a, b))


def test_a_count_that_may_fall_told_lower_as_current_is_an_update(tmp_path):
    a = (
        "2026-07-13",
        "A stand collapsed at the Lumio arena on Saturday. Twenty-two people were still in "
        "hospital late Sunday, the health service said.",
    )
    b = (
        "2026-07-16",
        "A stand collapsed at the Lumio arena on Saturday. Nine people remain in hospital so "
        "far, the health service said.",
    )
    assert [f[0] for f in _flags(tmp_path, a, b)] in (["consistent"], [])


DAYS = [
    (
        (
            "2026-11-23",
            "A magnitude 6.4 earthquake struck the province of Tarsa on Sunday, killing 31 "
            "people, officials said late Sunday.",
        ),
        (
            "2026-11-24",
            "The earthquake that struck the province of Tarsa on Sunday has killed 44 people, "
            "the interior ministry said on Monday.",
        ),
    ),
    (
        (
            "2026-03-02",
            "A gas explosion tore through a block of flats in Brenford on Sunday evening. "
            "Nine people were injured, police said on Sunday night.",
        ),
        (
            "2026-03-03",
            "A gas explosion tore through a block of flats in Brenford on Sunday evening. "
            "Fourteen people were injured, officials said at a Monday briefing.",
        ),
    ),
]


@pytest.mark.parametrize(("a", "b"), DAYS)
def test_the_days_of_two_briefings_are_no_question(tmp_path, a, b):
    days = _flags(tmp_path, a, b, kind="date")
    assert not [d for d in days if d[0] == "unresolved"], days
    with rules.without("days_of_two_dated_counts"):
        before = _flags(tmp_path, a, b, kind="date")
    assert [d for d in before if d[0] == "unresolved"], before


def test_one_figure_told_with_two_days_still_compares_its_days(tmp_path):
    a = (
        "2026-11-23",
        "A magnitude 6.4 earthquake struck the province of Tarsa on Sunday, killing 31 "
        "people, officials said late Sunday.",
    )
    b = (
        "2026-11-24",
        "A magnitude 6.4 earthquake struck the province of Tarsa on Sunday, killing 31 "
        "people, officials said on Monday.",
    )
    assert all(d[1] != "days_of_two_dated_counts" for d in _flags(tmp_path, a, b, kind="date"))


@pytest.mark.parametrize(
    ("sentence", "day", "dated"),
    [
        (
            "Nineteen people have died, the governor told a news conference on Tuesday.",
            "Tuesday",
            True,
        ),
        ("At a briefing on Monday afternoon, officials said 14 had been hurt.", "Monday", True),
        ("In a statement late on Friday, the agency put the toll at 31.", "Friday", True),
        (
            "The ministry said in its latest update on Thursday that 40 were missing.",
            "Thursday",
            True,
        ),
        ("The bridge collapsed on Tuesday, killing 19 people.", "Tuesday", False),
        ("A news conference is planned for Friday.", "Friday", False),
        ("The statement, issued after the storm on Sunday, gave no toll.", "Sunday", False),
    ],
)
def test_the_day_of_a_briefing_dates_its_figures(sentence, day, dated):
    from workbench.judge.briefing_days import briefing_dated

    assert briefing_dated(sentence, sentence.index(day)) is dated


def test_the_days_of_two_news_conferences_are_no_conflict(tmp_path):
    a = (
        "2026-03-10",
        "Floods swept through the Varda valley on Saturday. At least 12 people have died in "
        "the floods, the governor said on Monday.",
    )
    b = (
        "2026-03-11",
        "Floods swept through the Varda valley on Saturday. At least 19 people have died in "
        "the floods, the governor told a news conference on Tuesday.",
    )
    assert [d[0] for d in _flags(tmp_path, a, b, kind="date")] == []
    assert [d[0] for d in _flags(tmp_path, a, b)] == ["consistent"]
