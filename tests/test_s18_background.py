"""Figures and dates of an earlier happening a story recalls are not the main
event's (issue 11, trial 24: "the January incident brought down 70 percent"
held against today's 65 percent; "In January, cables were also damaged"
against this Friday's cut). Made-up sentences."""

import pytest

from workbench.facts.background import earlier_happening
from workbench.facts.measure import date_measure, measure_of


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "earlier"),
    [
        (
            "The operator said the March incident cut 70 percent of calls to Peru.",
            "70 percent",
            True,
        ),
        ("Last year's outage left 3,000 homes without power for a week.", "3,000", True),
        ("A previous cut in the line took 12 days to repair.", "12 days", True),
        (
            "It comes less than a year after a similar outage hit the region.",
            "less than a year",
            True,
        ),
        ("Earlier this year, four cables were cut near the coast.", "four", True),
        (
            "In October, two pipelines were also damaged, cutting 40 percent of supply.",
            "40 percent",
            True,
        ),
        ("In October, two pipelines off the coast were also damaged.", "October", True),
        # the main event's own figures
        ("She also completed a term in June as chair, serving 3 years.", "3 years", False),
        ("It will also slow its bond sales to SEK 5bn a month from April.", "SEK 5bn", False),
        ("Last year, more than 2,000 heat deaths were recorded in Spain.", "Last year", False),
        ("Earlier this week, a quake killed 40 people in the north.", "40", False),
        (
            "Three cables were cut on Friday, disrupting 65 percent of traffic to Peru.",
            "65 percent",
            False,
        ),
        ("For this to happen twice in one year is a serious concern.", "one year", False),
        ("The quake killed 40 people, the agency said.", "40", False),
        ("Protesters march on Friday and also block roads; 300 were arrested.", "300", False),
        ("The storm left 3,000 homes without power, the utility said.", "3,000", False),
    ],
)
def test_a_figure_of_an_earlier_happening(text, figure, earlier):
    assert earlier_happening(*_at(text, figure)) is earlier


def test_an_earlier_happenings_figure_is_not_the_main_events():
    then = measure_of(
        *_at("The operator said the March incident cut 70 percent of calls.", "70 percent")
    )
    now = measure_of(*_at("Calls were down by 65 percent after Friday's cut.", "65 percent"))
    again = measure_of(
        *_at("In March, cables were also cut, disrupting about 70 percent of calls.", "70 percent")
    )
    assert then.differs(now) == "scope"
    assert again.differs(now) == "scope"
    assert then.differs(again) == ""  # two tellings of the earlier happening still compare
    assert "earlier happening" in then.describe()


def test_an_earlier_happenings_date_is_not_the_main_events():
    then = date_measure(
        *_at("In October, two pipelines off the coast were also damaged.", "October")
    )
    now = date_measure(*_at("Two pipelines were damaged on Friday, the operator said.", "Friday"))
    assert then.differs(now) == "scope"
