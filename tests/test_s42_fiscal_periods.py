"""Session 42 (eng152, issue 11): a company's fiscal periods read as their own months.

Fresh readers of a held-out results story found 'fiscal second quarter, the three
months to Dec. 31' read as April to June, 'the first half of its financial year,
the six months to September 30' read as January to June, and 'fiscal 2026, which
ends in June' read as the calendar year. Each case is our own sentence: a fiscal
period named with its months is that span; the fiscal year a story states once
places its other fiscal periods; a fiscal period with no months is never compared
as a calendar one (a question naming both readings at most).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.facts.time.family import TimeFamily


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _span(texts: list[str], pub: str, head: str) -> tuple[date, date] | None:
    found = TimeFamily().find_each(texts, date.fromisoformat(pub))
    got = [m for ms in found for m in ms if m.text.lower() == head]
    assert got, [(m.text, m.value) for ms in found for m in ms]
    if got[0].interval is None:
        return None
    lo, hi = got[0].interval
    return lo.date(), (hi - timedelta(days=1)).date()


@pytest.mark.parametrize(
    ("texts", "pub", "head", "first", "last"),
    [
        (  # named with its months after a comma
            ["Acme said profit rose in its fiscal second quarter, the three months to Dec. 31."],
            "2024-02-01",
            "fiscal second quarter",
            "2023-10-01",
            "2023-12-31",
        ),
        (  # the ordinal before 'fiscal', its end right after it
            ["Profit at the chipmaker fell 8% in the second fiscal quarter ended Dec. 31."],
            "2024-02-01",
            "second fiscal quarter",
            "2023-10-01",
            "2023-12-31",
        ),
        (  # a half of a financial year, its six months in apposition
            [
                "Revenue climbed 8% in the first half of its financial year, the six months to "
                "September 30."
            ],
            "2024-11-10",
            "first half of its financial year",
            "2024-04-01",
            "2024-09-30",
        ),
        (  # months named before it
            ["Sales grew 4% in the July-September quarter, the group's fiscal first quarter."],
            "2023-10-30",
            "fiscal first quarter",
            "2023-07-01",
            "2023-09-30",
        ),
        (  # the story states the fiscal year's end once, elsewhere
            ["Microhard's fiscal year ends in June.", "It earned $9 billion in Q2 FY26."],
            "2026-01-28",
            "q2 fy26",
            "2025-10-01",
            "2025-12-31",
        ),
        (  # a fiscal year the story gives an end
            ["Acme expects sales of $5 billion in fiscal 2026, which ends in June."],
            "2025-09-10",
            "2026",
            "2025-07-01",
            "2026-06-30",
        ),
        (  # one fiscal period anchored places a bare quarter of the same story
            [
                "Acme earned $3 million in its fiscal third quarter ended March 31.",
                "In the second quarter, it had earned $2 million.",
            ],
            "2024-04-25",
            "the second quarter",
            "2023-10-01",
            "2023-12-31",
        ),
        (  # a bare 'Q2' of a story naming its fiscal periods, its year from publication
            [
                "Acme's fiscal year runs to September 30.",
                "Its fiscal first quarter was weak.",
                "Sales fell 3% in Q2, the company said on Thursday.",
            ],
            "2024-05-02",
            "q2",
            "2024-01-01",
            "2024-03-31",
        ),
    ],
)
def test_fiscal_periods_take_their_own_months(texts, pub, head, first, last):
    assert _span(texts, pub, head) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Acme earned $2 million in its fiscal second quarter.", "fiscal second quarter"),
        ("Infotech reported revenue of $5bn for Q2 FY26.", "q2 fy26"),
        ("Group sales rose in the fiscal first half, the company said.", "fiscal first half"),
        ("Sales rose in fiscal Q3, analysts said.", "fiscal q3"),
    ],
)
def test_a_fiscal_period_without_months_has_none(text, head):
    assert _span([text], "2024-04-25", head) is None


def _time_flags(tmp_path, a: str, b: str, pub: str = "2024-02-01"):
    found = analyze(load_articles(pair(tmp_path, a, b, pub, pub))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found if d.kind in ("date", "time")]


def test_an_anchored_fiscal_quarter_agrees_with_its_calendar_months(tmp_path):
    got = _time_flags(
        tmp_path,
        "Acme Corp said net profit rose to $1.2 billion in its fiscal second quarter, the "
        "three months to Dec. 31.",
        "Acme Corp said net profit rose to $1.2 billion in the fourth quarter.",
    )
    assert [v for v, _ in got] == ["consistent"], got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # no months against a calendar quarter of other months
            "Acme Corp said net profit rose to $1.2 billion in its fiscal second quarter.",
            "Acme Corp said net profit rose to $1.2 billion in the fourth quarter.",
        ),
        (  # no months against months named
            "Infotech reported revenue of $5bn for Q2 FY26, the company said.",
            "Infotech reported revenue of $5bn for the July-September quarter, the company said.",
        ),
        (  # a fiscal half with months against a bare calendar half of its name
            "Acme said revenue climbed 8% in the first half of its financial year, the six "
            "months to September 30.",
            "Acme said revenue climbed 8% in the first half.",
        ),
    ],
)
def test_a_fiscal_period_is_never_a_calendar_one(tmp_path, a, b):
    assert _time_flags(tmp_path, a, b, "2024-11-10") == []


def test_two_fiscal_quarters_of_other_ordinals_conflict(tmp_path):
    got = _time_flags(
        tmp_path,
        "Acme earned $2 million in its fiscal second quarter, the company said.",
        "Acme earned $2 million in its fiscal third quarter, the company said.",
    )
    assert [v for v, _ in got] == ["conflict"], got


def test_a_calendar_story_keeps_its_quarters(tmp_path):
    got = _time_flags(
        tmp_path,
        "Sales rose 5% in the second quarter, the company said.",
        "Sales rose 5% in the third quarter, the company said.",
        "2024-11-06",
    )
    assert [v for v, _ in got] == ["conflict"], got


def test_the_economys_quarter_stays_a_calendar_one():
    texts = [
        "Acme earned $2 million in its fiscal second quarter.",
        "The economy grew 2% in the second quarter.",
    ]
    assert _span(texts, "2024-08-01", "the second quarter") == (
        date(2024, 4, 1),
        date(2024, 6, 30),
    )


# session 42 (lead, after reader R42c): a bare fiscal period of a story whose fiscal
# year is placed belongs to the fiscal year of the last quarter reportable by
# publication, ahead or behind: a results story's guidance quarter is not last year's
@pytest.mark.parametrize(
    ("texts", "pub", "head", "first", "last"),
    [
        (  # the quarter still to come, in a results story about the one to Dec. 31
            [
                "Orbis reported on its fiscal second quarter, the three months to Dec. 31.",
                "It expects revenue to grow again in the fiscal third quarter.",
            ],
            "2026-02-05",
            "fiscal third quarter",
            "2026-01-01",
            "2026-03-31",
        ),
        (  # and the first quarter of the same fiscal year, behind
            [
                "Orbis reported on its fiscal second quarter, the three months to Dec. 31.",
                "Sales had fallen in the fiscal first quarter.",
            ],
            "2026-02-05",
            "fiscal first quarter",
            "2025-07-01",
            "2025-09-30",
        ),
        (  # a fiscal year ending in March, told once; a story in November
            [
                "The Osaka group's fiscal year ends in March.",
                "It cut its outlook for the fiscal fourth quarter.",
            ],
            "2025-11-10",
            "fiscal fourth quarter",
            "2026-01-01",
            "2026-03-31",
        ),
        (  # full-year results in August: the fourth quarter just reported
            [
                "Its fiscal year ends in June.",
                "Profit doubled in the fiscal fourth quarter.",
            ],
            "2026-08-20",
            "fiscal fourth quarter",
            "2026-04-01",
            "2026-06-30",
        ),
    ],
)
def test_a_bare_fiscal_period_is_of_the_current_fiscal_year(texts, pub, head, first, last):
    assert _span(texts, pub, head) == (date.fromisoformat(first), date.fromisoformat(last))
