"""Counts that move in time, round two (issue 11, session 32).

Two single counts of one running happening told on different days, neither
with a time of its own, are an update when the later moved as such a count
moves (the dead higher; the missing, the evacuated either way), both days
named; a lower later count of what only grows stays a conflict. An update is
checked against every other count of the same thing in the cluster: a count
below the earlier floor at a later moment, or a count called final,
confirmed or total below the later floor before it, makes it a conflict
naming that count; a report of the earlier day that already told more makes
the earlier count wrong, not older. Cases are made up: other happenings,
numbers and words than the authored events readers judged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import pair, write

from workbench.analysis import analyze_paths
from workbench.judge.recount import called_final

_SKIP = ("date", "time", "quote")


def _counts(tmp_path: Path, a: str, b: str, pub_a: str, pub_b: str):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b))
    return [d for d in found.discrepancies if d.kind not in _SKIP]


def _cluster(tmp_path: Path, *reports: tuple[str, str]):
    """Articles by outlets A, B, C …, each (text, publication day)."""
    paths = []
    for i, (text, pub) in enumerate(reports):
        outlet = "Outlet " + "ABCDEF"[i]
        front = f"---\ntitle: T\noutlet: {outlet}\npublished: {pub}\n---\n"
        paths.append(write(tmp_path, f"{i}.md", front + text))
    found = analyze_paths(paths)
    return [d for d in found.discrepancies if d.kind not in _SKIP]


def _between(flags, *texts: str):
    """The flags whose two sides are the figures written ``texts``."""
    want = sorted(t.lower() for t in texts)
    return [d for d in flags if sorted(s.text.lower() for s in d.sides) == want]


RECOUNTED = {
    "killed-higher": (
        "Floods in the Tavi valley have killed 23 people, officials said.",
        "Floods in the Tavi valley have killed 31 people, officials said.",
        "2026-03-10",
        "2026-03-12",
    ),
    "injured-next-day": (
        "Police said 48 people were injured in the stampede at Vell stadium.",
        "Police said 63 people were injured in the stampede at Vell stadium.",
        "2026-05-02",
        "2026-05-03",
    ),
    # the later report first in the pair: the days order them, not the outlets
    "arrested-later-first": (
        "Police have arrested 212 people after two nights of rioting in Dorn.",
        "Police have arrested 140 people after two nights of rioting in Dorn.",
        "2026-07-09",
        "2026-07-07",
    ),
    # a count that may fall: the missing lower later is an update too
    "missing-lower": (
        "Forty people are missing after floods in the Tavi valley, officials said.",
        "Twenty-two people are missing after floods in the Tavi valley, officials said.",
        "2026-03-10",
        "2026-03-12",
    ),
    "evacuated-rounded-lower": (
        "Some 5,000 residents have been evacuated from Ilva, the mayor said.",
        "Some 1,200 residents have been evacuated from Ilva, the mayor said.",
        "2026-05-02",
        "2026-05-04",
    ),
}


@pytest.mark.parametrize("case", RECOUNTED.values(), ids=RECOUNTED.keys())
def test_a_count_told_higher_on_a_later_day_is_an_update(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert [d.verdict for d in flags] == ["consistent"], [d.explanation for d in flags]
    (d,) = flags
    assert d.rule == "count_recounted_between_days"
    assert "update" in d.explanation and "later" in d.explanation


def test_the_recount_names_both_days(tmp_path):
    (d,) = _counts(tmp_path, *RECOUNTED["arrested-later-first"])
    assert "first '140' ('published 7 Jul'" in d.explanation, d.explanation
    assert "later '212' ('published 9 Jul'" in d.explanation, d.explanation


NOT_RECOUNTED = {
    # what only grows, told lower later: a conflict
    "killed-lower-later": (
        "Floods in the Tavi valley have killed 31 people, officials said.",
        "Floods in the Tavi valley have killed 23 people, officials said.",
        "2026-03-10",
        "2026-03-12",
    ),
    "arrested-lower-later": (
        "Police have arrested 212 people after two nights of rioting in Dorn.",
        "Police have arrested 140 people after two nights of rioting in Dorn.",
        "2026-07-07",
        "2026-07-09",
    ),
    # one day: no moment apart
    "same-day": (
        "Floods in the Tavi valley have killed 23 people, officials said.",
        "Floods in the Tavi valley have killed 31 people, officials said.",
        "2026-03-10",
        "2026-03-10",
    ),
    # a bound is no single count (risen.py decides floors)
    "ceiling": (
        "Up to 23 people were killed by the floods in the Tavi valley, officials said.",
        "Thirty-one people were killed by the floods in the Tavi valley, officials said.",
        "2026-03-10",
        "2026-03-12",
    ),
}


@pytest.mark.parametrize("case", NOT_RECOUNTED.values(), ids=NOT_RECOUNTED.keys())
def test_counts_not_moved_as_they_may_are_no_update(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert flags, "the two counts were compared"
    assert all(d.verdict != "consistent" for d in flags), [d.explanation for d in flags]


def test_a_report_of_the_earlier_day_telling_more_keeps_the_conflict(tmp_path):
    """'Two killed' beside 'four killed' the same day: the two is wrong, not older."""
    flags = _cluster(
        tmp_path,
        ("Two people were killed when a bus overturned near Ulm, police said.", "2026-11-10"),
        ("Five people were killed when a bus overturned near Ulm, police said.", "2026-11-10"),
        ("Five people died when a bus overturned near Ulm on Tuesday, police said.", "2026-11-11"),
    )
    two_five = _between(flags, "Two", "Five")
    assert len(two_five) == 2, [d.explanation for d in flags]
    assert all(d.verdict == "conflict" for d in two_five), [d.explanation for d in two_five]


_FLOOR = re.compile(r"(?:At least|more than) \d+")
RULED_OUT = {
    # a floor a later count of another report is below, passed by a third report
    "floor-broken-by-a-third": (
        (
            "At least 40 people died in the landslide at Sopa, officials said on Thursday.",
            "2026-03-12",
        ),
        ("Thirty-six people had died in the landslide at Sopa as of Friday.", "2026-03-13"),
        (
            "At least 45 people died in the landslide at Sopa, officials said on Saturday.",
            "2026-03-14",
        ),
    ),
    "floor-broken-arrests": (
        ("Police had arrested more than 300 people in Kesh by Monday night.", "2026-06-02"),
        ("By Tuesday evening police had arrested 260 people in Kesh.", "2026-06-03"),
        ("Police had arrested more than 410 people in Kesh by Wednesday.", "2026-06-04"),
    ),
}


@pytest.mark.parametrize("case", RULED_OUT.values(), ids=RULED_OUT.keys())
def test_an_update_the_story_rules_out_is_a_conflict(tmp_path, case):
    flags = _cluster(tmp_path, *case)
    first, _, third = (r[0] for r in case)
    floors = [m.group(0) for s in (first, third) for m in _FLOOR.finditer(s)]
    pair_ = _between(flags, *floors)
    assert pair_, [(d.rule, [s.text for s in d.sides]) for d in flags]
    (d,) = pair_
    assert d.verdict == "conflict" and d.rule == "update_the_story_rules_out", d.explanation
    assert "below the floor" in d.explanation


FINAL = {
    "final-toll-stood": (
        "As of Monday, the final death toll in the collapse of the Rudo mine stood at 52, "
        "the ministry said.",
        "By Wednesday, at least 55 people had died in the collapse of the Rudo mine, the "
        "ministry said.",
        "2026-03-11",
        "2026-03-11",
    ),
    "confirmed-by-evening": (
        "By Sunday evening, the confirmed death toll from the Maro earthquake stood at 118 "
        "people, officials said.",
        "More than 130 people were killed in the Maro earthquake, officials said on Tuesday.",
        "2026-08-04",
        "2026-08-04",
    ),
    "total-as-of": (
        "The total death toll from the Maro earthquake was 118 as of Sunday, officials said.",
        "By Tuesday, more than 130 people had been killed in the Maro earthquake, officials said.",
        "2026-08-04",
        "2026-08-04",
    ),
}


@pytest.mark.parametrize("case", FINAL.values(), ids=FINAL.keys())
def test_a_floor_above_a_count_called_final_is_a_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    assert flags[0].rule == "update_the_story_rules_out"
    assert "final count" in flags[0].explanation


def test_a_floor_raised_without_a_final_count_stays_an_update(tmp_path):
    flags = _counts(
        tmp_path,
        "As of Monday, the death toll in the collapse of the Rudo mine stood at 52, the "
        "ministry said.",
        "By Wednesday, at least 55 people had died in the collapse of the Rudo mine, the "
        "ministry said.",
        "2026-03-11",
        "2026-03-11",
    )
    assert [d.verdict for d in flags] == ["consistent"], [d.explanation for d in flags]


@pytest.mark.parametrize(
    ("sentence", "figure", "final"),
    [
        ("The final death toll stood at 52, the ministry said.", "52", True),
        ("The confirmed toll reached 118 by Sunday.", "118", True),
        ("The total death toll in the fire at the depot was 61.", "61", True),
        ("The death toll from the fire was confirmed at 61.", "61", True),
        ("Rescuers said 61 were confirmed dead.", "61", True),
        ("Officials had confirmed 118 people killed by Sunday.", "118", False),
        ("A total of 61 people have died so far.", "61", False),
        ("The official toll stood at 61.", "61", False),
        ("The toll stood at 61 on Friday.", "61", False),
        ("At least 61 people died in the fire, officials said.", "61", False),
        ("The 61 passengers were taken to a final stop in Ulm.", "61", False),
    ],
)
def test_a_count_called_final_is_read_from_its_words(sentence, figure, final):
    from workbench.facts.quantity.family import QUANTITY
    from workbench.model import Fact

    m = next(m for m in QUANTITY.find(sentence, None) if m.text.endswith(figure))
    f = Fact("f", "c", "a", "number", m.start, m.end, m.text, {}, m)
    assert called_final(f, sentence) is final


NAMED_PARTS = {
    "not-counting-sum": (
        "Eighteen people were arrested, not counting three minors, police said.",
        "Twenty-one people were arrested, police said.",
        "sum",
    ),
    "as-well-as-sum": (
        "The blast killed 14 people, as well as three firefighters, officials said.",
        "The blast killed 17 people, officials said.",
        "sum",
    ),
}


@pytest.mark.parametrize("case", NAMED_PARTS.values(), ids=NAMED_PARTS.keys())
def test_a_count_and_the_sum_or_a_part_of_its_named_parts_agree(tmp_path, case):
    a, b, how = case
    for first, second in ((a, b), (b, a)):
        flags = _counts(tmp_path, first, second, "2026-03-10", "2026-03-10")
        assert [d.verdict for d in flags] == ["consistent"], [d.explanation for d in flags]
        assert flags[0].rule == "a_count_and_its_named_parts"
        assert ("add up to" if how == "sum" else "leaves") in flags[0].explanation


NAMED_PARTS["including-rest"] = (
    "Twelve people were killed in the attack on the market, including two police "
    "officers, officials said.",
    "Ten civilians were killed in the attack on the market, officials said.",
    "rest",
)


# told with parts the other report's figure adds up to: whatever decides, no conflict
SUMMED_ELSEWHERE = {
    "plus-sum": (
        "The ship carried 212 passengers plus 18 crew, the port authority said.",
        "The ship carried 230 people, the port authority said.",
        "sum",
    ),
    "besides-before": (
        "Besides 8 guards, 52 inmates were hurt in the riot at Vorn prison.",
        "Sixty people were hurt in the riot at Vorn prison.",
        "sum",
    ),
}


@pytest.mark.parametrize("case", SUMMED_ELSEWHERE.values(), ids=SUMMED_ELSEWHERE.keys())
def test_a_sum_of_named_parts_is_never_a_conflict(tmp_path, case):
    a, b, _ = case
    flags = _counts(tmp_path, a, b, "2026-03-10", "2026-03-10")
    assert all(d.verdict != "conflict" for d in flags), [d.explanation for d in flags]


NONE_OF_THE_PARTS = {
    "and-rescuers": (
        "About 180 rescuers and 40 soldiers were searching the rubble, the mayor said.",
        "About 150 rescuers were searching the rubble, the mayor said.",
    ),
    "not-counting": (
        "Eighteen people were arrested, not counting three minors, police said.",
        "Twenty-six people were arrested, police said.",
    ),
}


@pytest.mark.parametrize("case", NONE_OF_THE_PARTS.values(), ids=NONE_OF_THE_PARTS.keys())
def test_a_count_none_of_whose_parts_matches_stays_a_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case, "2026-03-10", "2026-03-10")
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    assert flags[0].rule == "a_count_none_of_its_parts"
    assert "neither the part nor the sum" in flags[0].explanation


def test_two_counts_of_different_happenings_are_no_parts(tmp_path):
    flags = _counts(
        tmp_path,
        "The storm destroyed 14 homes and damaged 30, officials said.",
        "The storm destroyed 44 homes, officials said.",
        "2026-03-10",
        "2026-03-10",
    )
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    assert flags[0].rule != "a_count_and_its_named_parts"


def test_a_count_of_a_recalled_happening_rules_out_no_update(tmp_path):
    """'memories of the 2009 collapse, which killed 11 people' counts another
    happening: it is no count below the story's floor."""
    flags = _cluster(
        tmp_path,
        ("At least 40 people died in the landslide at Sopa, officials said.", "2026-03-12"),
        (
            "The landslide revived memories of the 2009 disaster at Sopa, which killed 11 people.",
            "2026-03-13",
        ),
        ("At least 52 people died in the landslide at Sopa, officials said.", "2026-03-14"),
    )
    (d,) = _between(flags, "At least 40", "At least 52")
    assert d.verdict == "consistent", d.explanation


def _figure(sentence: str, figure: str):
    from workbench.facts.quantity.family import QUANTITY
    from workbench.model import Fact

    m = next(m for m in QUANTITY.find(sentence, None) if m.text.endswith(figure))
    return Fact(figure, "c", "a", "number", m.start, m.end, m.text, {}, m)


def test_key_figures_never_met_are_ordered_by_their_reports_days_too():
    """timeline.by_report_date, which the figures never met are judged by, orders
    two single counts of two days as the aligned rows do."""
    from datetime import date

    from workbench.judge.timeline import Stamped, by_report_date

    a = "The floods have killed 23 people, officials said."
    b = "Thirty-one people have been killed by the floods."
    x = Stamped(_figure(a, "23"), a, "a", (), date(2026, 3, 10))
    y = Stamped(_figure(b, "Thirty-one"), b, "b", (), date(2026, 3, 12))
    assert by_report_date(x, y) == -1
    assert by_report_date(y, x) == 1
    # what only grows told lower by the later report: not ordered
    y = Stamped(_figure(b, "Thirty-one"), b, "b", (), date(2026, 3, 8))
    assert by_report_date(x, y) == 0


def test_an_article_telling_two_figures_of_one_count_rules_out_nothing(tmp_path):
    """A report that gives a count at two moments itself is no witness below a floor."""
    flags = _cluster(
        tmp_path,
        (
            "At least 40 people died in the landslide at Sopa, officials said on Thursday.",
            "2026-03-12",
        ),
        (
            "Thirty-six people had died in the landslide at Sopa as of Friday. By Saturday "
            "evening 44 people had died in the landslide at Sopa.",
            "2026-03-13",
        ),
        (
            "At least 45 people died in the landslide at Sopa, officials said on Saturday.",
            "2026-03-14",
        ),
    )
    (d,) = _between(flags, "At least 40", "At least 45")
    assert d.verdict == "consistent", d.explanation


def test_a_day_among_the_key_figures_is_no_count_to_order():
    from datetime import date

    from workbench.facts.time.family import TIME
    from workbench.judge.timeline import Stamped, by_report_date
    from workbench.model import Fact

    a, b = "The quake struck on Wednesday night.", "The quake struck on Tuesday night."
    ma, mb = TIME.find(a, date(2026, 2, 12))[0], TIME.find(b, date(2026, 2, 13))[0]
    x = Stamped(
        Fact("x", "c", "a", "date", ma.start, ma.end, ma.text, {}, ma),
        a,
        "a",
        (),
        date(2026, 2, 12),
    )
    y = Stamped(
        Fact("y", "c", "b", "date", mb.start, mb.end, mb.text, {}, mb),
        b,
        "b",
        (),
        date(2026, 2, 13),
    )
    assert by_report_date(x, y) == 0


def test_a_floor_told_with_a_part_is_no_sum(tmp_path):
    """'At least 18 people, among them six firefighters' / 'at least 29': floors,
    not a count and its parts."""
    flags = _counts(
        tmp_path,
        "At least 18 people, among them six firefighters, were killed when a depot "
        "exploded in Tarn, the mayor said.",
        "At least 29 people were killed when a depot exploded in Tarn, the mayor said.",
        "2026-02-12",
        "2026-02-12",
    )
    assert flags and all(d.rule != "a_count_and_its_named_parts" for d in flags)


def test_the_count_told_otherwise_is_not_what_is_left_of_it(tmp_path):
    """'9 people, including two children' / '7 people': '7 people' names no group
    apart from the whole (session 25 kept it a conflict); the conflict names the part."""
    flags = _counts(
        tmp_path,
        "The bus crash killed 9 people, including two children, near the border.",
        "The bus crash killed 7 people near the border.",
        "2026-03-10",
        "2026-03-10",
    )
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    assert flags[0].rule == "a_count_none_of_its_parts"
    assert "names no group apart from the whole" in flags[0].explanation


OPEN_PARTS = {
    "more-than-part": (
        "Eighteen people were arrested, as well as more than three minors, police said.",
        "Twenty-six people were arrested, police said.",
    ),
    "wives-and-children": (
        "Tarrant, who has had 26 wives and more than 100 children, spoke to reporters.",
        "Officials removed 439 children from the compound last April.",
    ),
    "at-least-part": (
        "Forty people were evacuated, plus at least 12 patients, the hospital said.",
        "Seventy people were evacuated, the hospital said.",
    ),
}


@pytest.mark.parametrize("case", OPEN_PARTS.values(), ids=OPEN_PARTS.keys())
def test_a_part_with_an_open_bound_is_no_figure_to_add(tmp_path, case):
    """A trial crashed the analysis (ECB+ 36_ecb: 'more than 100 children' as a
    part, OverflowError adding infinity): an open part is not added up."""
    flags = _counts(tmp_path, *case, "2026-03-10", "2026-03-10")
    assert all(
        d.rule not in ("a_count_and_its_named_parts", "a_count_none_of_its_parts") for d in flags
    ), [(d.rule, d.explanation) for d in flags]
