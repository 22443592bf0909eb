"""Running figures whose times settle them (issue 11, session 24). Readers of
the authored ferry cluster judged "given at different times … check which is
current" borderline when each report says when its figure held and the later
is what the earlier may have moved to ("nine dead on Wednesday morning" / "14
by the evening": a toll that rose), and "a count like this is often updated"
too soft when a later report repeats a figure the story had moved past (19
missing on Friday, eight by Wednesday night). Made-up copy: floods, a fire, a
mine, a ferry, a market; traps: a toll lower at the later time, stamps that
meet, a figure with no time of its own and no earlier report to match."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import analyse_bodies

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.judge.grows import only_grows
from workbench.model import Fact


def _rules(tmp_path, a, b, published="2026-03-11"):
    found = analyse_bodies(tmp_path, a, b, published=published).discrepancies
    return [(d.verdict.value, d.rule) for d in found if d.kind != "date"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a toll that rose
        (
            "At least nine people died in the floods, the regional governor said on Monday "
            "morning.",
            "By Monday evening, 14 people had died in the floods, the regional governor said.",
        ),
        (
            "As of 6 a.m. on Tuesday, 31 miners had been rescued from the collapsed shaft.",
            "By Tuesday evening 38 miners had been rescued from the collapsed shaft.",
        ),
        # the missing fell as people were found
        (
            "As of 8 a.m. on Wednesday, 19 people were still missing after the ferry sank.",
            "By Wednesday evening, 8 people were still missing after the ferry sank.",
        ),
        # the later time first in reading order
        (
            "The death toll from the quake stood at 44 at 8pm on Sunday, the ministry said.",
            "The death toll from the quake stood at 27 at midday on Sunday, the ministry said.",
        ),
    ],
)
def test_a_running_figure_moved_between_its_times(tmp_path, a, b):
    found = analyse_bodies(tmp_path, a, b, published="2026-03-11").discrepancies
    moved = [d for d in found if d.rule == "update_told_by_its_times"]
    assert [d.verdict.value for d in moved] == ["consistent"], _rules(tmp_path, a, b)
    assert "an update" in moved[0].explanation and "first" in moved[0].explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a toll lower at the later time stays a question
        (
            "As of 9 a.m. on Monday, 22 people had died in the floods.",
            "By Monday evening, 17 people had died in the floods.",
            "unresolved",
        ),
        # two currencies: a question of the currencies, whatever the times
        (
            "As of 10 a.m. on Monday, the fund had raised $5 million for the flood victims.",
            "By Monday evening, the fund had raised €6 million for the flood victims.",
            "unresolved",
        ),
        # one stamp: nothing says they are two moments
        (
            "By Monday evening, 14 people had died in the floods, officials said.",
            "Seventeen people died in the floods, officials said.",
            "conflict",
        ),
    ],
)
def test_what_the_times_do_not_settle(tmp_path, a, b, verdict):
    assert [v for v, r in _rules(tmp_path, a, b)] == [verdict]


_LEAD = "The storm brought down power lines across the region.\n"


def test_an_update_never_met_is_not_shown(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _LEAD + "As of 8 a.m. on Wednesday, 215 people had been rescued, the coast guard "
        "spokesman told reporters in the port.",
        _LEAD + "Helicopters and fishing boats joined the search overnight, and by Wednesday "
        "evening 221 had been rescued from the sea.",
        published="2026-03-11",
    ).discrepancies
    assert not [d for d in found if d.kind != "date" and d.verdict.value != "consistent"]


# one story: the sentence every report shares, so the reports count as related
_STORY = (
    "The Agia Thekla ferry capsized in a gale off the Greek island of Andros late on Tuesday.\n"
)


def _articles(tmp_path: Path, *dated: tuple[str, str]):
    out = []
    for i, (published, body) in enumerate(dated):
        p = tmp_path / f"{'abcdef'[i]}.txt"
        text = f"---\ntitle: t{i}\npublished: {published}\n---\n{_STORY}{body}\n"
        p.write_text(text, encoding="utf-8")
        out.append(load_article(p))
    return analyze(out)


_MORNING = (
    "2026-03-11",
    "Nine people died and 19 were missing after the ferry capsized off Andros, the coast "
    "guard said on Wednesday morning.",
)
_NIGHT = (
    "2026-03-12",
    "The coast guard said eight people were still missing on Wednesday night, as divers "
    "searched the wreck of the ferry.",
)


def test_a_stale_figure_is_a_conflict_that_says_so(tmp_path):
    friday = (
        "2026-03-13",
        "Three days later, as divers prepare to examine her hull and 19 people remain "
        "missing, Greece is asking how long its island ferries can be kept running.",
    )
    found = _articles(tmp_path, _MORNING, _NIGHT, friday).discrepancies
    stale = [d for d in found if d.rule == "stale_figure"]
    assert stale and all(d.verdict.value == "conflict" for d in stale)
    assert "moved past" in stale[0].explanation and "Wed 11 Mar" in stale[0].explanation


def test_a_later_figure_no_earlier_report_gave_is_not_called_stale(tmp_path):
    friday = (
        "2026-03-13",
        "Three days later, as divers prepare to examine her hull and 11 people remain "
        "missing, Greece is asking how long its island ferries can be kept running.",
    )
    found = _articles(tmp_path, _MORNING, _NIGHT, friday).discrepancies
    assert not [d for d in found if d.rule == "stale_figure"]
    # session 29 (eng81): Friday's 11 with no time of its own holds at its report's
    # date, after Wednesday's counts: the missing move either way, an update the
    # moments settle (timeline.by_report_date), no conflict
    eleven = [d for d in found if "11" in d.explanation and "missing" in d.explanation]
    assert not [d for d in eleven if d.verdict.value == "conflict"]


def _fact(sentence: str, text: str) -> Fact:
    at = sentence.index(text)
    return Fact("f", "c", "a", "quantity", at, at + len(text), text, {})


@pytest.mark.parametrize(
    ("sentence", "figure", "grows"),
    [
        ("Nine people died and 19 were missing after the ferry capsized.", "Nine", True),
        ("Nine people died and 19 were missing after the ferry capsized.", "19", False),
        ("The storm killed at least 14 people and left eight missing.", "14", True),
        ("The storm killed at least 14 people and left eight missing.", "eight", False),
        ("By the evening 221 had been rescued from the sea.", "221", True),
        ("Shares were down 5.3% at 1400 GMT.", "5.3%", False),
    ],
)
def test_what_only_grows(sentence, figure, grows):
    assert only_grows(_fact(sentence, figure), sentence) is grows
