"""A count of how often something happened names its happening by the verb
before it (issue 11, session 20, facts/frequency.py). Made-up sentences.

"Page married twice" and "Page was married three times" count one thing (times
married); "divorced twice" counts another. Without the verb, neither count named
a happening, so the two could never be measured alike (floor.measured_alike).
"""

from __future__ import annotations

import pytest

from workbench.facts.measure import measure_of
from workbench.judge.floor import measured_alike
from workbench.model import Fact


def _event(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return measure_of(sentence, i, i + len(figure)).event


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        ("Page married twice; her first marriage lasted four years.", "twice", "married"),
        ("Page was married three times but had no children.", "three", "married"),
        ("The striker has won the title five times since 2001.", "five", "won"),
        ("She divorced twice before moving to Ohio.", "twice", "divorced"),
        ("The actor, who married once, lived in Nashville.", "once", "married"),
        ("The company relocated its offices four times.", "four", "relocated"),
        ("He was arrested 12 times.", "12", "arrested"),  # the lexicon's word
    ],
)
def test_a_count_of_times_names_its_verb(sentence, figure, event):
    assert _event(sentence, figure) == event


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The new hall is three times the size of the old one.", "three"),  # a multiplier
        ("Prices rose three times faster than wages.", "three"),
        ("Sales were four times higher than a year ago.", "four"),
        ("There were three times as many visitors.", "three"),
        ("The suspect had been questioned, and twice he refused.", "twice"),  # no verb before
        ("Three men were seen near the gate.", "Three"),  # no count of times
    ],
)
def test_no_verb_for_a_multiplier_or_a_figure_of_no_times(sentence, figure):
    assert _event(sentence, figure) == ""


def _fact(sentence: str, figure: str) -> Fact:
    i = sentence.index(figure)
    return Fact("f", "a:0", "a", "number", i, i + len(figure), figure, {}, None)


def test_two_counts_of_times_married_are_measured_alike():
    a, b = (
        "Page married twice; her first marriage lasted four years.",
        "Page was married three times.",
    )
    ia, ib = a.index("twice"), b.index("three")
    ma, mb = measure_of(a, ia, ia + 5), measure_of(b, ib, ib + 5)
    assert measured_alike(_fact(a, "twice"), _fact(b, "three"), ma, mb, True, 0)
    c = "Page divorced twice."
    mc = measure_of(c, c.index("twice"), c.index("twice") + 5)
    assert not measured_alike(_fact(a, "twice"), _fact(c, "twice"), ma, mc, True, 0)
