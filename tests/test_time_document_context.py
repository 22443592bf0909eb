"""Issue 12: a reporting period set up in an earlier sentence. Results copy
names its quarter once and then says "the quarter", "a year earlier", "the
2020 period", "the year-ago figures"; read one sentence at a time these fall
back to the last quarter completed or the calendar year before.
``find_times_in_document`` reads each sentence with what the sentences before
it set up. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import claims_of, facts_of
from workbench.facts.time import TimeContext, find_times, find_times_in_document
from workbench.facts.time.family import TIME
from workbench.model import Article

NOV = date(2021, 11, 16)  # the last quarter completed is 2021-Q3
AUG = date(2019, 8, 7)  # the last quarter completed is 2019-Q2


def values(sentences: list[str], pub: date) -> list[list[tuple[str, str]]]:
    return [[(m.text, m.timex) for m in ms] for ms in find_times_in_document(sentences, pub)]


@pytest.mark.parametrize(
    "sentences, pub, last",
    [
        # "a year earlier" after a quarter named in the lead
        (
            [
                "Harbor Foods said its first-quarter profit slipped 4% on weaker sales.",
                "Revenue fell to $812 million from $840 million a year earlier.",
            ],
            NOV,
            [("a year earlier", "2020-Q1")],
        ),
        (
            [
                "The airline posted a loss of $90 million in the second half of 2018.",
                "A year ago it had earned $40 million.",
            ],
            date(2020, 2, 20),
            [("A year ago", "2017-H2")],
        ),
        # "the same period" before it belongs to it
        (
            [
                "Kestrel Bank lost $1.1 billion in the third quarter of this year.",
                "In the same period a year earlier, it had earned $300 million.",
            ],
            NOV,
            [("the same period a year earlier", "2020-Q3")],
        ),
        # "the quarter" is the one named, not the last one completed
        (
            [
                "Quarry Mining said its third-quarter earnings fell to 12 cents a share.",
                "Copper sales in the quarter rose 9%.",
            ],
            date(2022, 2, 10),  # the last quarter completed is 2021-Q4
            [("the quarter", "2021-Q3")],
        ),
        (
            [
                "Westbrook's fourth-quarter net income doubled, the bank said Tuesday.",
                "Loan losses in the latest period were $3 million.",
            ],
            date(2022, 3, 1),
            [("the latest period", "2021-Q4")],
        ),
        # a year written before "period" keeps its year and takes the named quarter
        (
            [
                "Lindqvist AB said net profit for the first quarter rose to 41 million kronor.",
                "In the 2020 period, the group had earned 30 million kronor.",
            ],
            NOV,
            [("the 2020 period", "2020-Q1")],
        ),
        # "year-ago" before a noun, which no rule reads alone
        (
            [
                "Portside Energy's third-quarter net loss narrowed to $8 million.",
                "The year-ago results included a $20 million write-down.",
            ],
            NOV,
            [("year-ago", "2020-Q3")],
        ),
    ],
)
def test_a_period_named_before_is_the_one_meant(sentences, pub, last):
    assert values(sentences, pub)[-1] == last


@pytest.mark.parametrize(
    "sentences, pub, last",
    [
        # a quarter not over by publication is a forecast's, not the one reported
        (
            [
                "Analysts expect fourth-quarter earnings to rise sharply.",
                "Net income in the quarter was $2 million.",
            ],
            NOV,
            [("the quarter", "2021-Q3")],
        ),
        # a sentence not about results neither sets the period ...
        (
            [
                "The festival moved to the second quarter of the year.",
                "Sales fell to $3 million from $5 million a year earlier.",
            ],
            NOV,
            [("a year earlier", "2020")],
        ),
        # ... nor takes it
        (
            [
                "Tamsin Press said second-quarter profit rose 5%.",
                "The chief executive joined the company a year ago.",
            ],
            AUG,
            [("a year ago", "2018")],
        ),
        # a sentence that names its own span counts from it
        (
            [
                "Ridgeway's second-quarter net rose 14%.",
                "For the six months, net was $9 million, up from $7 million a year earlier.",
            ],
            AUG,
            [("the six months", "P6M"), ("a year earlier", "2018")],
        ),
        # a half set up before is not what "the quarter" means ...
        (
            [
                "Brightwell said its profit for the first half of 2019 rose 8%.",
                "Sales in the quarter rose 3%.",
            ],
            AUG,
            [("the quarter", "2019-Q2")],
        ),
        # ... though it is what "the latest period" means
        (
            [
                "Brightwell posted a profit of $40 million for the first half of 2019.",
                "Sales in the latest period rose 3%.",
            ],
            AUG,
            [("the latest period", "2019-H1")],
        ),
        # "last year" is as often the year as the period: left alone
        (
            [
                "Corbel Steel posted a third-quarter loss of $4 million.",
                "Last year the company earned $60 million.",
            ],
            NOV,
            [("Last year", "2020")],
        ),
    ],
)
def test_what_does_not_take_the_period(sentences, pub, last):
    assert values(sentences, pub)[-1] == last


def test_one_sentence_alone_reads_as_before():
    """Without a context (one sentence, or the first of a document) nothing changes."""
    text = "Revenue fell to $812 million from $840 million a year earlier."
    assert [(m.text, m.timex) for m in find_times(text, NOV)] == [("a year earlier", "2020")]
    assert values([text], NOV) == [[("a year earlier", "2020")]]


def test_the_context_follows_the_latest_period_named():
    sentences = [
        "Acme's second-quarter profit rose 10%.",
        "Its third-quarter profit rose 12% on sales of $4 billion.",
        "Net was $300 million, up from $250 million a year earlier.",
    ]
    assert values(sentences, NOV)[-1] == [("a year earlier", "2020-Q3")]


def test_the_context_is_a_value_passed_along():
    first = "Harbor Foods said its first-quarter profit slipped 4% on weaker sales."
    ctx = TimeContext().after(first, find_times(first, NOV))
    assert ctx.period is not None and ctx.period.timex == "2021-Q1"
    second = "Profit was $5 million a year earlier."
    assert [m.timex for m in find_times(second, NOV, ctx)] == ["2020-Q1"]
    assert TimeContext().period is None  # the context did not change in place


def test_the_analysis_reads_claims_with_the_period_set_up_before():
    """The editor's facts come from the same document-level reading."""
    text = (
        "Harbor Foods said its first-quarter profit slipped 4% on weaker sales. "
        "Revenue fell to $812 million from $840 million a year earlier."
    )
    article = Article("a", "a.txt", "", "", NOV, "", text, "")
    facts = facts_of(article, claims_of(article))
    dates = [(f.text, f.value["timex"]) for f in facts if f.kind == "date"]
    assert dates == [("first-quarter", "2021-Q1"), ("a year earlier", "2020-Q1")]
    money = [f.text for f in facts if f.kind == "money"]
    assert money == ["$812 million", "$840 million"]


def _facts(text: str, pub: date):
    article = Article("a", "a.txt", "", "", pub, "", text, "")
    return [f for f in facts_of(article, claims_of(article)) if f.kind == "date"]


def test_a_year_earlier_valued_from_a_named_period_is_evidence_for_alignment():
    """The aligner may match claims on it once it is anchored to the period."""
    text = (
        "Harbor Foods said its first-quarter profit slipped 4% on weaker sales. "
        "Revenue fell to $812 million from $840 million a year earlier."
    )
    fact = _facts(text, NOV)[-1]
    assert fact.text == "a year earlier"
    assert ("timex:2020-Q1", 0.0, 0.0) in TIME.evidence(fact)
    same_sentence = (
        "Third-quarter revenue climbed to $4.1 billion from $3.6 billion a year earlier."
    )
    assert ("timex:2020-Q3", 0.0, 0.0) in TIME.evidence(_facts(same_sentence, NOV)[-1])


def test_a_year_earlier_counted_from_publication_is_no_evidence():
    """With no period named it may count from any time the text set up."""
    (fact,) = _facts("The plant closed a year earlier, the union said.", NOV)
    assert fact.text == "a year earlier" and TIME.evidence(fact) == []
