"""Figures of aligned sentences that were read but never paired, or paired and
then left out (issue 11, session 29, eng83).

Four mechanisms, each met on the authored development set and tried here in
other words, numbers and places:

1. a verb in "-ate" and its noun in "-ation" stem apart ("deliberating" /
   "deliberation"): the words around two figures of one happening shared
   nothing, and the figures never paired;
2. two lengths of time over twenty-fold apart ("a four-week trial" / "more
   than 15 hours" of deliberation) were paired as a question, which took the
   partner of the length that should have met it;
3. a people or country word describing a company ("to the British company's
   closing price") was read as the place a share is of, and the share was kept
   from another report's share of the same price;
4. a breakdown by place swapped between two reports ("2.3 million British
   customers and 6.1 million in the Netherlands" / "6.1 million in Britain and
   2.3 million in the Netherlands") paired equal values of different places.
"""

import pytest
from conftest import opening_body_flags

from workbench.facts.places import scoped_places
from workbench.facts.time.family import TIME
from workbench.judge.family_helpers import lengths_of_different_scale
from workbench.judge.frames import _frame, root
from workbench.model import Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


@pytest.fixture
def flags(tmp_path):
    """Flags of two made-up reports: (opening, body, published) each."""

    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _about(found, x: str, y: str):
    return [f for f in found if {f[0], f[1]} == {x, y}]


# --- 1. a verb and its noun ----------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("deliberating", "deliberation"),
        ("negotiating", "negotiations"),
        ("investigated", "investigation"),
        ("evacuated", "evacuation"),
        ("operating", "operations"),
        ("celebrating", "celebration"),
    ],
)
def test_a_verb_in_ate_meets_its_noun(verb, noun):
    a = f"They stopped after {verb} for 12 hours."
    b = f"It ended with 10 hours of {noun}."
    fa, fb = _frame(*_at(a, "12 hours"), 3), _frame(*_at(b, "10 hours"), 3)
    assert fa & fb


@pytest.mark.parametrize("word", ["defeat", "threat", "float", "repeat", "great", "donat"])
def test_words_in_eat_oat_and_short_ones_are_left_alone(word):
    assert root(word) == word


# --- 2. lengths of different scale; 1 and 2 together ---------------------------------

_DAY, _NEXT = "2025-03-14", "2025-03-15"


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The jury at Leeds Crown Court reached its verdicts after 11 hours and 20 "
            "minutes of deliberation at the end of a three-week trial.",
            "The jury at Leeds Crown Court reached its verdicts after deliberating for "
            "more than 14 hours.",
            ("11 hours and 20 minutes", "more than 14 hours"),
        ),
        (
            "Dock workers in Rotterdam called off their strike after nine hours of "
            "negotiations at the end of a six-week dispute.",
            "Dock workers in Rotterdam called off their strike after negotiating for more "
            "than 16 hours.",
            ("nine hours", "more than 16 hours"),
        ),
    ],
)
def test_a_length_meets_the_length_of_its_happening_not_the_far_one(flags, a, b, pair):
    found = flags(("Opening.", a, _DAY), ("Opening.", b, _NEXT))
    [f] = _about(found, *pair)
    assert f[2] == "conflict"
    assert "counted from its report's date" not in f[3]  # a length counts from no day
    assert not [f for f in found if "week" in f[0] + f[1]]


@pytest.mark.parametrize(
    ("text", "a", "b", "apart"),
    [
        ("It took 16 hours over a four-week trial.", "16 hours", "four-week", True),
        ("He served 41/2 months, not 412 months.", "41/2 months", "412 months", True),
        ("It lasted 90 minutes of a two-day summit.", "90 minutes", "two-day", True),
        ("It took nine days, not three weeks.", "nine days", "three weeks", False),
        ("Ten minutes later, after nine minutes outside.", "Ten minutes", "nine minutes", False),
    ],
)
def test_lengths_far_apart_are_of_different_scale(text, a, b, apart):
    facts = {f.text: f for f in TIME.find(text, None) if f.kind == "duration"}
    found = [
        Fact("x", "c", "art", f.kind, f.start, f.end, f.text, {}, mention=f) for f in facts.values()
    ]
    x, y = (next(f for f in found if f.text == w) for w in (a, b))
    assert lengths_of_different_scale(x, y) is apart


def test_lengths_of_one_scale_are_still_compared(flags):
    found = flags(
        ("Opening.", "The talks collapsed after nine days of negotiation in Geneva.", _DAY),
        ("Opening.", "The talks collapsed after negotiating for three weeks in Geneva.", _DAY),
    )
    [f] = _about(found, "nine days", "three weeks")
    assert f[2] == "conflict"


# --- 3. a company's country is no place its share is of -------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "places"),
    [
        ("It offered a premium of 31% to the Danish group's closing price.", "31%", ()),
        ("Shares rose 4.5 per cent to the Swiss lender's highest close.", "4.5 per cent", ()),
        ("The fund took a 12% stake in the German carmaker last year.", "12%", ()),
        # a place still scopes its figure
        ("Prices rose 80 percent in Egypt last year.", "80 percent", ("egypt",)),
        ("It holds a 5% share in the Dutch market.", "5%", ("dutch",)),
    ],
)
def test_a_company_told_by_its_country_is_no_place(text, figure, places):
    assert scoped_places(*_at(text, figure)) == places


def test_two_premiums_to_one_closing_price_conflict(flags):
    found = flags(
        (
            "Opening.",
            "Norvik will pay 410p a share, a premium of 31% to the Danish group's closing "
            "price on Monday and of 47% to its average price over the past month.",
            _DAY,
        ),
        (
            "Opening.",
            "Norvik will pay 410p a share, a 41 per cent premium to Halden's closing price "
            "of 291p on Monday.",
            _DAY,
        ),
    )
    [f] = _about(found, "31%", "41 per cent")
    assert f[2] == "conflict"


# --- 4. a breakdown by place swapped --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "places"),
    [
        (
            "The leak exposed 1.2 million French users and 3.4 million in Belgium.",
            "1.2 million",
            ("french",),
        ),
        ("It sold 40,000 Italian tickets and 15,000 in Spain.", "40,000", ("italian",)),
        # a people word alone only describes who was counted
        ("Three American soldiers were killed in the attack.", "Three", ()),
        ("The airline carried 300 Chinese passengers last week.", "300", ()),
    ],
)
def test_a_people_word_is_a_place_in_a_breakdown_by_place(text, figure, places):
    assert scoped_places(*_at(text, figure)) == places


@pytest.mark.parametrize("published", [_DAY, _NEXT])
def test_a_breakdown_swapped_between_places_conflicts(flags, published):
    found = flags(
        ("Opening.", "The leak exposed 1.2 million French users and 3.4 million in Belgium.", _DAY),
        (
            "Opening.",
            "The leak exposed 3.4 million users in France and 1.2 million in Belgium.",
            published,
        ),
    )
    assert [f[2] for f in _about(found, "1.2 million", "3.4 million")] == ["conflict", "conflict"]
    assert not _about(found, "1.2 million", "1.2 million")


def test_a_breakdown_told_alike_agrees(flags):
    a = "The leak exposed 1.2 million French users and 3.4 million in Belgium."
    b = "The leak exposed 1.2 million users in France and 3.4 million in Belgium."
    found = flags(("Opening.", a, _DAY), ("Opening.", b, _DAY))
    assert not [f for f in found if f[2] == "conflict"]
