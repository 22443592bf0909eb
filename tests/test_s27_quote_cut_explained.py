"""A quote one source cuts short stays "truncated: unresolved" (the lead's
policy, session 27), but its explanation says what the dropped words carry, so
an editor can check the cut in seconds: a negation, a "but", a condition, a
bound in time, an exception, a qualifier or a hedge, quoted from the cue on;
or that they carry none of these. Cases made up: a port, a school, a bank, a
vaccine, a bridge, a striker, a mine, a budget, a festival, a trial.
"""

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.cutwords import cues
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(a: str, b: str):
    return compare_quotes(find_quotes(a)[0], find_quotes(b)[0], "Courier", "Herald")


# (full, cut short, what the explanation must name, words it must quote). A cut
# dropping a condition, a contrast or a hedge is a conflict since session 28
# (tests/test_s28_quote_turning_cuts.py); these stay questions.
TURNING = [
    (
        '"The bank will repay every saver in full, at least those with accounts under '
        '£85,000," the regulator said.',
        '"The bank will repay every saver in full," the regulator said.',
        "a qualifier",
        "at least those with accounts under",
    ),
    (
        '"The bridge stays closed to lorries until the repairs are finished in March," '
        "an engineer said.",
        '"The bridge stays closed to lorries," an engineer said.',
        "a bound in time",
        "until the repairs are finished in",
    ),
    (
        '"Every miner has been brought to the surface, except two men on the night shift," '
        "the company said.",
        '"Every miner has been brought to the surface," the company said.',
        "an exception",
        "except two men on the night",
    ),
]


@pytest.mark.parametrize(("full", "short", "kind", "words"), TURNING)
def test_a_cut_that_drops_turning_words_says_which(full, short, kind, words):
    for x, y in ((full, short), (short, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.UNRESOLVED, d
        assert d.kind == "truncated"
        assert f"the dropped words carry {kind}: '{words}" in d.explanation, d.explanation
        assert "check whether the cut changes the meaning" in d.explanation


PLAIN = [
    (
        '"The festival sold out in four hours and the organisers added a second '
        'weekend," a spokeswoman said.',
        '"The festival sold out in four hours," a spokeswoman said.',
    ),
    (
        '"The jury heard from eleven witnesses over three weeks of evidence and '
        'argument," the court clerk said.',
        '"The jury heard from eleven witnesses," the court clerk said.',
    ),
    (
        '"Water levels rose by two metres overnight and the road to the village is '
        'under water," a council officer said.',
        '"Water levels rose by two metres overnight," a council officer said.',
    ),
]


@pytest.mark.parametrize(("full", "short"), PLAIN)
def test_a_cut_that_drops_no_turning_words_says_so(full, short):
    for x, y in ((full, short), (short, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.UNRESOLVED, d
        assert d.kind == "truncated"
        assert "the dropped words carry no negation, 'but', condition or qualifier" in (
            d.explanation
        )
        assert "check that the cut keeps the meaning" in d.explanation


def test_a_cut_at_the_start_reads_the_words_dropped_there_too():
    full = (
        '"Only if the talks collapse will the union call a strike before Christmas," '
        "its leader said."
    )
    short = 'Its leader said the union will "call a strike before Christmas".'
    d = _diff(full, short)
    assert d is not None and d.verdict != Verdict.CONSISTENT, d
    assert "a qualifier: 'Only if the talks" in d.explanation or "a condition" in (d.explanation), (
        d.explanation
    )


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("we have since rebuilt the school", []),
        ("and they won't be back", ["a negation"]),
        ("for now at least", ["a bound in time", "a qualifier"]),
        ("apart from the first floor", ["an exception"]),
        ("and the crowd loved it", []),
    ],
)
def test_cues_name_each_kind_once_in_order(words, want):
    assert [k for k, _ in cues(words.split(), tail=False)] == want


@pytest.mark.parametrize(
    ("full", "cut", "says"),
    [
        # session 35: an ellipsis over a condition is a conflict naming it
        # (tests/test_s35_quote_hedges.py), no longer a question
        (
            '"We found the wreck on Tuesday morning after a long search of the bay," the '
            "coastguard said.",
            '"We found the wreck on Tuesday morning ... of the bay," the coastguard said.',
            "the dropped words carry a bound in time: 'after a long search",
        ),
        (
            '"The orchestra played the whole symphony to a packed and delighted hall," a '
            "critic wrote.",
            '"The orchestra played the whole symphony to a ... hall," a critic wrote.',
            "the dropped words carry no negation, 'but', condition or qualifier",
        ),
    ],
)
def test_an_elision_says_what_the_words_left_out_carry(full, cut, says):
    for x, y in ((full, cut), (cut, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.UNRESOLVED, d
        assert "marks the cut with an ellipsis" in d.explanation, d.explanation
        assert says in d.explanation, d.explanation
