"""Session 43 (eng165, issue 11): the rates a story states or implies are held
against each other (facts/quantity/rate_consensus.py). A gloss out of line
with the rate the others agree on is taken out of force, so it neither
excuses nor condemns another figure, and is itself the discrepancy
(judge/rate_outliers.py): a conflict against the story's rate, a question
when two rates disagree and none says which is right. A rate stated in
words outranks one implied by a gloss.

Cases written for this test (held-out readers gave the class only: a wrong
gloss "£11.68m (roughly €15.8m)" in a story converting at 1.17)."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quantity.rate_consensus import CONFLICT, QUESTION, sorted_out
from workbench.facts.quantity.rates import stated_in
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _out(*texts: str):
    rates = stated_in([(f"Paper{i}", t) for i, t in enumerate(texts)])
    kept, out = sorted_out(rates)
    return rates, kept, out


# ---- reading the rates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base", "quote"),
    [
        ("The lot fetched €13.67m, with the pound at 1.17 euros.", "GBP", "EUR"),
        ("Figures use an exchange rate of 1.17 euros per pound.", "GBP", "EUR"),
        ("All sums are converted at (£1 = €1.17) throughout.", "GBP", "EUR"),
        ("Exports rose, with the dollar trading at ¥150.", "USD", "JPY"),
        ("The bank used €1 = $1.08 for its forecasts.", "EUR", "USD"),
    ],
)
def test_a_rate_in_words_is_read(text, base, quote):
    (rate,) = stated_in([("Courier", text)])
    assert (rate.base, rate.quote, rate.sums) == (base, quote, ())


@pytest.mark.parametrize(
    "text",
    [
        "Arabica coffee cost 3 euros per pound at the market.",  # a price by weight
        "It sold five tonnes at a rate of 3 euros per pound.",  # no exchange rate
        "Shares rose, with the euro at its strongest level in a year.",  # no figure
        "The ticket cost €1 and a programme $3.",  # a price, no rate
    ],
)
def test_no_rate_where_none_is_stated(text):
    assert stated_in([("Courier", text)]) == ()


# ---- the story's rate and the gloss out of line ------------------------------------

_WRONG = "The portrait sold for £11.68m (roughly €15.8m) on Tuesday."


@pytest.mark.parametrize(
    "others",
    [
        # a rate in words in another article
        ("The lot fetched €13.67m, with the pound at 1.17 euros.",),
        ("Sums were converted at 1.17 euros to the pound.",),
        ("The pound stood at €1.17 on the day of the sale.",),
        # the glosses of two other articles agree
        ("The estimate was £8m (€9.4m) before the sale.", "The frame alone cost £2.5m (€2.9m)."),
        # a rate in words outranks glosses that agree with the wrong one
        ("The pound traded at 1.17 euros.", "Its pair went for £6.5m (roughly €8.8m)."),
    ],
)
def test_a_gloss_out_of_line_is_ruled_out(others):
    _rates, kept, out = _out(_WRONG, *others)
    wrong = [o for o in out if o.rate.source == "Paper0"]
    assert [o.verdict for o in wrong] == [CONFLICT]
    assert wrong[0].rate not in kept


def test_two_glosses_at_two_rates_are_a_question():
    rates, kept, out = _out(_WRONG, "The estimate was £8m (€9.4m) before the sale.")
    assert [o.verdict for o in out] == [QUESTION]
    assert kept == rates  # neither is known wrong: both stay, and disagree


@pytest.mark.parametrize(
    "texts",
    [
        # rates of nearby days, within the few per cent outlets differ by
        (
            "It sold for £10m (€11.7m).",
            "The frame cost £20m (€23m).",
            "The pound traded at 1.17 euros.",
        ),
        # one gloss alone: nothing to hold it to
        (_WRONG,),
        # a gloss right at the story's rate
        ("It sold for £11.68m (€13.7m).", "The pound traded at 1.17 euros."),
        # rates in words that disagree with each other: nothing to hold a gloss to
        (_WRONG, "The pound traded at 1.17 euros.", "Earlier the pound stood at €1.35."),
        # three glosses that agree
        ("It sold for £11.68m (€13.7m).", "The estimate was £8m (€9.4m).", "£2.5m (€2.9m)."),
        # other currencies do not meet
        (_WRONG, "The dollar traded at ¥150.", "It paid $10m (¥1.5bn)."),
    ],
)
def test_rates_that_agree_leave_every_gloss_in_force(texts):
    rates, kept, out = _out(*texts)
    assert out == () and kept == rates


# ---- whole runs -------------------------------------------------------------------


def _flags(tmp_path, *bodies):
    return analyse_bodies(tmp_path, *bodies).discrepancies


def test_a_gloss_out_of_line_is_the_conflict(tmp_path):
    found = _flags(
        tmp_path,
        "The portrait sold for £11.68m (roughly €15.8m) at the London auction.\nIt was unsigned.",
        "The portrait sold for £11.68m at the London auction.\nThe estimate was £6m (€7m).",
        "The portrait fetched €13.67m at the London auction, with the pound at 1.17 euros.",
    )
    gloss = [d for d in found if d.rule == "gloss_against_the_story_rate"]
    assert len(gloss) == 1 and gloss[0].verdict == Verdict.CONFLICT
    assert [s.text for s in gloss[0].sides] == ["£11.68m", "roughly €15.8m"]
    assert "1.17 euros" in gloss[0].explanation
    # the right conversions elsewhere are no conflict through the wrong gloss
    right = [d for d in found if {s.text for s in d.sides} == {"£11.68m", "€13.67m"}]
    assert right and all(d.verdict == Verdict.CONSISTENT for d in right), right


@pytest.mark.parametrize(
    ("wrong", "rate", "sides"),
    [
        (
            "Brussels fined the firm 1.4 billion euros, or about $1.9 billion, on Monday.",
            "The euro traded at $1.08 after the ruling.",
            ["1.4 billion euros", "about $1.9 billion"],
        ),
        (
            "Tokyo Rail paid ¥90bn ($800m) for the line on Monday.",
            "The dollar bought 150 yen on Monday, traders said.",
            ["¥90bn", "$800m"],
        ),
        (
            "The club paid €50m (£52m) for the striker on Monday.",
            "Sums are converted at £1 = €1.17 throughout.",
            ["€50m", "£52m"],
        ),
    ],
)
def test_wrong_glosses_in_other_currencies_and_forms(tmp_path, wrong, rate, sides):
    found = _flags(tmp_path, wrong, "Officials declined to comment on Monday.\n" + rate)
    gloss = [d for d in found if d.rule == "gloss_against_the_story_rate"]
    assert [[s.text for s in d.sides] for d in gloss] == [sides]


def test_a_question_between_two_articles_glosses(tmp_path):
    found = _flags(
        tmp_path,
        "The portrait sold for £11.68m (roughly €15.8m) at the London auction.",
        "The estimate for the portrait was £8m (€9.4m), the auction house said.",
        "The portrait fetched €13.67m at the London auction.",
        "The portrait sold for £11.68m at the London auction.",
    )
    # the wrong gloss condemns no pair of right figures: the rates disagree
    right = [d for d in found if {s.text for s in d.sides} == {"£11.68m", "€13.67m"}]
    assert all(d.verdict != Verdict.CONFLICT for d in right), right
    asked = [d for d in found if d.rule == "glosses_at_two_rates"]
    assert [d.verdict for d in asked] == [Verdict.UNRESOLVED]
