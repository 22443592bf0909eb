"""A second partner for a sentence that gives another day of one named
happening (issue 11, recall on real copy; first written on branch align11r,
narrowed on recall13r to days at one precision, within a week).

The aligner gives each sentence one partner per article. When one article
says in its lead what the other says in its lead and again, with the date,
in a later sentence ("filed charges on Wednesday against the leader ..." /
"The criminal charges were filed Tuesday"), the later sentence was never
compared. The sentences are made up; the pattern comes from the ECB+
development half (readers listed such a day among the discrepancies never
shown).

Session 26 (eng72): days that agree take the second partner too
(``align.second_partner_agreeing``): the pair is what its days date, not whether
they resolve (tests/test_s26_measured_pairs.py); such a pair is compared on its
values measured alike only."""

from __future__ import annotations

import math

import pytest
from conftest import write

from workbench import thresholds
from workbench.align import differ_about
from workbench.analysis import _happenings, analyze
from workbench.articles import load_articles

NAN = math.nan
LEAD_A = (
    "Prosecutors filed charges {when}against the leader of a sect that runs a farm "
    "commune near the valley town of Brentmoor, local radio reported."
)
LEAD_B = (
    "Two leaders of a sect that runs a farm commune near the valley town of Brentmoor "
    "have been charged, local radio reported."
)
TAIL = "The sect has about 500 members."
# between a lead and the later sentence: a neighbour of the lead's partner is
# already taken as the second part of a split sentence; a later one was not
BETWEEN = "Its founder left for Canada in the spring of last year with his wife."


@pytest.fixture(params=["0", "1"], ids=["lexical", "default"])
def path(request, monkeypatch):
    """Both alignment paths: lexical only, and the default (embeddings when installed)."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", request.param)
    return request.param


def _run(tmp_path, a: list[str], b: list[str], table=thresholds.DEFAULT, published=""):
    front = f"---\ntitle: T\noutlet: {{}}\npublished: {published}\n---\n" if published else ""
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "\n".join(a) + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + "\n".join(b) + "\n"),
    ]
    return analyze(load_articles(paths), thresholds=table)


def _aligned(analysis, left: str, right: str) -> bool:
    text = {c.id: c.text for c in analysis.claims}
    return any(
        sorted((text[al.left], text[al.right]))[k].startswith(left)
        and sorted((text[al.left], text[al.right]))[1 - k].startswith(right)
        for al in analysis.alignments
        for k in (0, 1)
    )


def test_a_lead_takes_the_later_sentence_that_dates_the_same_happening(tmp_path, path):
    a = [LEAD_A.format(when="on Wednesday "), TAIL]
    b = [LEAD_B, BETWEEN, "The criminal charges were filed Tuesday in Brentmoor.", TAIL]
    found = _run(tmp_path, a, b)
    assert _aligned(found, "Prosecutors filed charges", "Two leaders")  # the leads stay
    assert _aligned(found, "Prosecutors filed charges", "The criminal charges")
    flagged = [
        d for d in found.discrepancies if {s.text for s in d.sides} == {"Wednesday", "Tuesday"}
    ]
    # undated, yet a Wednesday is never a Tuesday (session 37, eng128:
    # facts/time/weekdays_apart.py; before, a question)
    assert [str(d.verdict) for d in flagged] == ["conflict"]


def test_off_no_second_partner(tmp_path, path):
    a = [LEAD_A.format(when="on Wednesday "), TAIL]
    b = [LEAD_B, BETWEEN, "The criminal charges were filed Tuesday in Brentmoor.", TAIL]
    off = thresholds.with_value("align.second_partner", -1)
    # the runner-up check (judge/runner_up.py) compares the same days on its own
    off = thresholds.with_value("align.runner_up", -1, off)
    found = _run(tmp_path, a, b, off)
    assert not _aligned(found, "Prosecutors filed charges", "The criminal charges")
    assert not [d for d in found.discrepancies if "Tuesday" in {s.text for s in d.sides}]


def test_without_a_second_partner_the_runner_up_still_asks_about_the_day(tmp_path, path):
    """The later sentence left apart is a runner-up of the lead: one named
    happening (charges filed, in Brentmoor) dated two ways is still shown
    without aligning the sentences."""
    a = [LEAD_A.format(when="on Wednesday "), TAIL]
    b = [LEAD_B, BETWEEN, "The criminal charges were filed Tuesday in Brentmoor.", TAIL]
    runner_ups_on = thresholds.with_value("align.runner_up", 0.0)  # off by default
    found = _run(tmp_path, a, b, thresholds.with_value("align.second_partner", -1, runner_ups_on))
    assert not _aligned(found, "Prosecutors filed charges", "The criminal charges")
    flagged = [
        d for d in found.discrepancies if {s.text for s in d.sides} == {"Wednesday", "Tuesday"}
    ]
    assert [str(d.verdict) for d in flagged] == ["conflict"]  # two weekdays: never one day


def test_the_same_day_twice_adds_no_partner_when_only_differing_days_count(tmp_path, path):
    """With ``second_partner_agreeing`` off (before session 26), agreeing values
    take no partner: the alignment is what it is without second partners. (In
    undated articles two weekdays have no value to compare: they may pair, and
    the judge finds them the same.)"""
    a = [LEAD_A.format(when="on Tuesday "), TAIL]
    b = [LEAD_B, BETWEEN, "The criminal charges were filed Tuesday in Brentmoor.", TAIL]
    off = thresholds.with_value("align.second_partner", -1)
    differing_only = thresholds.with_value("align.second_partner_agreeing", False)
    found = _run(tmp_path, a, b, differing_only, published="2024-03-06")
    assert found.alignments == _run(tmp_path, a, b, off, "2024-03-06").alignments
    assert not _run(tmp_path, a, b, differing_only).discrepancies


def test_a_day_of_another_stage_adds_no_partner(tmp_path, path):
    """'arrested Tuesday' dates the arrest, not the charges of the lead."""
    a = [LEAD_A.format(when="on Wednesday "), TAIL]
    b = [LEAD_B, BETWEEN, "The two men were arrested Tuesday in Brentmoor.", TAIL]
    found = _run(tmp_path, a, b)
    assert not _aligned(found, "Prosecutors filed charges", "The two men were arrested")


def test_a_death_toll_told_again_takes_no_second_partner(tmp_path, path):
    """Figures do not take a second partner (days do): on the ECB+ development
    half the one such pair was people shot read against people injured."""
    a = [
        "A gas explosion tore through a bakery in the harbour district of Portvale on "
        "Monday morning, killing two workers, the fire service said.",
        "The bakery had reopened in spring.",
    ]
    b = [
        "A gas explosion wrecked a bakery in the harbour district of Portvale on Monday "
        "morning, the fire service said.",
        "Its owner had bought it from his uncle in the spring of last year.",
        "Three bakery workers died in the gas explosion, the fire service said.",
        "The bakery had reopened in spring.",
    ]
    found = _run(tmp_path, a, b, published="2024-03-04")
    assert not _aligned(found, "A gas explosion tore", "Three bakery workers died")


def test_a_day_at_another_precision_adds_no_partner(tmp_path, path):
    """'opens in June' and 'opened on April 29' are two stages told at two
    precisions, not one day misreported."""
    a = [LEAD_A.format(when="in June "), TAIL]
    b = [LEAD_B, BETWEEN, "The charges were filed on April 29 in Brentmoor.", TAIL]
    found = _run(tmp_path, a, b, published="2024-05-02")
    assert not _aligned(found, "Prosecutors filed charges", "The charges were filed")


def test_a_toll_of_another_scale_adds_no_partner(tmp_path, path):
    """'two workers' and '2,000 deaths' are not one toll told twice."""
    a = [
        "A gas explosion tore through a bakery in the harbour district of Portvale on "
        "Monday morning, killing two workers, the fire service said.",
    ]
    b = [
        "A gas explosion wrecked a bakery in the harbour district of Portvale on Monday "
        "morning, the fire service said.",
        "Gas explosions killed 2,000 workers across the country in the last decade.",
    ]
    found = _run(tmp_path, a, b, published="2024-03-04")
    assert not _aligned(found, "A gas explosion tore", "Gas explosions killed")


def test_happenings_name_what_a_date_is_of(tmp_path):
    found = _run(
        tmp_path,
        [LEAD_A.format(when="on Wednesday ") + " Two guards were injured."],
        ["The sect grew to about 500 members over 20 years."],
        published="2024-03-04",
    )
    keys = {k for values in _happenings(found.claims, found.facts).values() for k, *_ in values}
    assert keys == {"when:charged"}  # figures are not read for second partners
    assert not {k for k in keys if k.endswith(":")}  # a date naming nothing adds nothing


DAY = 86400.0


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ([("when:charged", NAN, NAN)], [("when:charged", NAN, NAN)], True),  # undated days
        ([("when:charged", 1.0, 2.0)], [("when:charged", 1.5, 3.0)], False),  # overlap
        ([("when:charged", 1.0, 2.0)], [("when:arrested", 5.0, 6.0)], False),  # other stage
        ([("when:charged", 0, DAY - 1)], [("when:charged", DAY, 2 * DAY - 1)], True),  # a day off
        ([("when:charged", 0, DAY - 1)], [("when:charged", 9 * DAY, 10 * DAY - 1)], False),
        ([("when:charged", 0, DAY - 1)], [("when:charged", 2 * DAY, 32 * DAY)], False),  # month
        ([("number:killed", 2, 2)], [("number:killed", 3, 3)], False),  # figures: never
        ([("number:killed", 23, 23)], [("number:killed", NAN, NAN)], False),
        ([], [("number:killed", 3, 3)], False),
    ],
)
def test_differ_about(a, b, differ):
    assert differ_about(a, b, 7.0) is differ
    assert differ_about(b, a, 7.0) is differ
