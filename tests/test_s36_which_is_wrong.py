"""Say which figure is wrong when the other reports settle it (issue 11,
session 36, eng119: judge/weekday_settled.py, judge/own_sum_settled.py).

Fresh readers judged these flags right but said the editor still had to do
the work: "Monday, May 5" (a Tuesday in 2026) said "the weekday or the date is
wrong" though every other report says Tuesday; a breakdown adding up to 221,
not 212, said "one of them is wrong" though the wire gives France 78 where
the sentence gives 87. Explanations only: the flags and verdicts are those of
before. The cases are written for this test, in different words, days,
places and shapes; and the ones that must keep the old wording (the reports
part, or nothing settles it).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, reports: list[tuple[str, str, str]]):
    """Each report as (outlet, published, text)."""
    paths = [
        write(
            tmp_path,
            f"{k}.md",
            f"---\ntitle: T\noutlet: {outlet}\npublished: {pub}\n---\n{text}\n",
        )
        for k, (outlet, pub, text) in enumerate(reports)
    ]
    return analyze_paths(paths).discrepancies


def _about(flags, words: str):
    return [d for d in flags if any(s.text == words for s in d.sides)]


# -- a weekday written with a date it does not fall on -------------------------

WEEKDAY_WRONG = [
    # 9 April 2026 is a Thursday; the others say Thursday or give the date alone
    (
        [
            (
                "Courier",
                "2026-04-10",
                "The Harlow bypass reopened to traffic on Wednesday, April 9, after "
                "six weeks of resurfacing work.",
            ),
            (
                "Gazette",
                "2026-04-10",
                "The Harlow bypass reopened to traffic on Thursday after six weeks of "
                "resurfacing work, the council said.",
            ),
            (
                "Herald",
                "2026-04-12",
                "Traffic returned to the Harlow bypass on April 9, when it reopened after "
                "six weeks of resurfacing work.",
            ),
        ],
        "Wednesday, April 9",
        "the weekday is wrong",
        "Thursday 9 April 2026",
    ),
    # 3 September 2026 is a Thursday; a 'Friday 3 September' met by 'yesterday'
    (
        [
            (
                "Post",
                "2026-09-04",
                "Mr Adeyemi was elected party leader yesterday with 61 per cent of the "
                "members' vote.",
            ),
            (
                "Times",
                "2026-09-07",
                "Mr Adeyemi, elected party leader on Friday 3 September with 61 per cent "
                "of the members' vote, named his cabinet.",
            ),
        ],
        "Friday 3 September",
        "the weekday is wrong",
        "Thursday 3 September 2026",
    ),
]

DATE_WRONG = [
    # 18 July 2026 is a Saturday; both others say Friday, the 17th
    (
        [
            (
                "Courier",
                "2026-07-20",
                "The museum's new wing opened to the public on Friday, July 18, with "
                "queues stretching round the block.",
            ),
            (
                "Gazette",
                "2026-07-17",
                "The museum's new wing opened to the public on Friday, with queues "
                "stretching round the block.",
            ),
            (
                "Herald",
                "2026-07-18",
                "Queues stretched round the block yesterday as the museum's new wing "
                "opened to the public.",
            ),
        ],
        "Friday, July 18",
        "the date is wrong",
        "Friday 17 July 2026",
    ),
]


@pytest.mark.parametrize(("reports", "written", "says", "day"), WEEKDAY_WRONG + DATE_WRONG)
def test_the_other_reports_settle_which_is_wrong(tmp_path, reports, written, says, day):
    flags = _about(_flags(tmp_path, reports), written)
    assert flags, "no flag holds the weekday written with the wrong date"
    others = [outlet for outlet, _, text in reports if written not in text]
    for d in flags:
        assert str(d.verdict) == "conflict", d.explanation
        assert f"{says}:" in d.explanation, d.explanation
        assert f"date it {day}" in d.explanation, d.explanation
        assert "the weekday or the date" not in d.explanation, d.explanation
        assert "the date or the weekday" not in d.explanation, d.explanation
        # the reports that settle it are named
        assert any(o in d.explanation for o in others), d.explanation


def test_reports_that_part_leave_the_question_open(tmp_path):
    # 21 May 2026 is a Thursday: one report says Thursday (the date), one
    # Wednesday, the 20th (the weekday): nothing settles which is wrong
    reports = [
        (
            "Courier",
            "2026-05-22",
            "The strike at the Kelso depot began on Wednesday, May 21, when drivers "
            "walked out over rosters.",
        ),
        (
            "Gazette",
            "2026-05-22",
            "The strike at the Kelso depot began on Thursday, when drivers walked out "
            "over rosters.",
        ),
        (
            "Herald",
            "2026-05-22",
            "The strike at the Kelso depot began on Wednesday, when drivers walked out "
            "over rosters.",
        ),
    ]
    flags = _about(_flags(tmp_path, reports), "Wednesday, May 21")
    assert flags
    for d in flags:
        assert "the weekday or the date is wrong" in d.explanation or (
            "the date or the weekday is wrong" in d.explanation
        ), d.explanation
        assert "the weekday is wrong:" not in d.explanation, d.explanation
        assert "the date is wrong:" not in d.explanation, d.explanation


# -- a breakdown that does not add up to its total ----------------------------

_SUMS = {"breakdown_over_its_total", "breakdown_short_of_its_total"}


def _sum_flag(flags):
    found = [d for d in flags if d.rule in _SUMS]
    assert len(found) == 1, [d.explanation for d in flags]
    return found[0]


SETTLED_SUMS = [
    # by place: Colne's 31 against 22 elsewhere; 41 + 33 + 22 = 96
    (
        "The council counted 96 damaged homes — 41 in Ashby, 33 in Brent and 31 in Colne.",
        [("Gazette", "In Colne, 22 homes were damaged by the flood water, the council said.")],
        "'31 in Colne' — Gazette gives 22, and with 22 the parts add up to 96",
    ),
    # by role, words before the figure in the other report: 24 + 6 = 30
    (
        "Thirty people were hurt, 24 of them passengers and eight cabin crew.",
        [
            ("Gazette", "Six cabin crew were among those hurt, the airline said."),
            ("Herald", "The airline said six cabin crew had been hurt in the landing."),
        ],
        "'eight cabin crew' — Gazette and Herald give 6, and with 6 the parts add up to Thirty",
    ),
    # by employer, the part given in a list of its own: 4 + 2 + 1 = 7
    (
        "The company hired seven workers — four from Alder, two from Brook and two from Cole.",
        [("Gazette", "Cole sent only one worker to the site, a spokesman said.")],
        "'two from Cole' — Gazette gives 1, and with 1 the parts add up to seven",
    ),
]


@pytest.mark.parametrize(("sentence", "others", "says"), SETTLED_SUMS)
def test_the_part_another_report_gives_so_the_sum_holds_is_named(tmp_path, sentence, others, says):
    reports = [("Courier", "2026-03-11", sentence)]
    reports += [(o, "2026-03-11", t) for o, t in others]
    d = _sum_flag(_flags(tmp_path, reports))
    assert str(d.verdict) == "conflict"
    assert says in d.explanation, d.explanation


UNSETTLED_SUMS = [
    # the other figure does not make the sum hold (41 + 33 + 25 = 99)
    [("Gazette", "In Colne, 25 homes were damaged by the flood water, the council said.")],
    # one report agrees with the sentence's own part, another differs: no telling
    [
        ("Gazette", "In Colne, 22 homes were damaged by the flood water, the council said."),
        ("Herald", "In Colne, 31 homes were damaged by the flood water, the council said."),
    ],
    # two different parts could each be the wrong one (41 → 32, or 31 → 22)
    [
        ("Gazette", "In Colne, 22 homes were damaged by the flood water, the council said."),
        ("Herald", "In Ashby, 32 homes were damaged by the flood water, the council said."),
    ],
    # the figure nearest the place counts something else: another total
    [("Gazette", "The council said 22 homes were damaged in all, most of them in Colne.")],
]


@pytest.mark.parametrize("others", UNSETTLED_SUMS)
def test_nothing_settled_keeps_one_of_them_is_wrong(tmp_path, others):
    sentence = "The council counted 96 damaged homes — 41 in Ashby, 33 in Brent and 31 in Colne."
    reports = [("Courier", "2026-03-11", sentence)]
    reports += [(o, "2026-03-11", t) for o, t in others]
    d = _sum_flag(_flags(tmp_path, reports))
    assert "one of them is wrong — conflict" in d.explanation, d.explanation
    assert "gives" not in d.explanation and " give " not in d.explanation, d.explanation
