"""A figure inside a definite noun phrase that is the subject of a future
verb sizes a thing the sentence names as known; the future is what that
thing will do ("the $13 billion acquisition of EDS will help HP build …"):
the figure is stated as it stands, not forecast. Read as a forecast, the
different_modalities row never compared it with "$13.9 billion" in a report
of the same deal (session 22, brief eng57; ECB+ dev2, 44_ecb). A thing still
to be made ("will be built"), a figure with no determiner ("60 people will
attend") or a future of the figure itself ("will cost") stays a forecast."""

from __future__ import annotations

import pytest

from workbench.facts.modality import ACTUAL, EXPECTED, modalities_differ, reading


def _read(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return reading(sentence, i, i + len(value))[0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The $13 billion acquisition of EDS will help HP build its services arm.", "$13 billion"),
        ("Analysts believe that the $13 billion acquisition will give HP more scale.",
         "$13 billion"),
        ("The 60 delegates will vote on the motion on Friday.", "60"),
        ("Its 300 engineers will move to the new campus in the spring.", "300"),
    ],
)  # fmt: skip
def test_a_figure_of_a_named_thing_before_its_future_is_stated_as_it_stands(sentence, value):
    assert _read(sentence, value) == ACTUAL


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A $2bn bridge will be built across the bay.", "$2bn"),
        ("The $2bn bridge will be built across the bay.", "$2bn"),
        ("60 people will attend the summit in Geneva.", "60"),
        ("The $2bn bridge will cost more than planned, officials fear.", "$2bn"),
        ("The town will hire 40 teachers next year.", "40"),
    ],
)  # fmt: skip
def test_a_figure_still_to_come_stays_a_forecast(sentence, value):
    assert _read(sentence, value) == EXPECTED


def test_the_price_of_one_deal_in_two_reports_is_compared():
    a = "HP's forthcoming $13.9 billion acquisition of EDS was announced officially on May 13."
    b = "HP's chief believes the $13 billion acquisition of EDS will help build out its services."
    ia, ib = a.index("$13.9 billion"), b.index("$13 billion")
    span_a, span_b = (ia, ia + len("$13.9 billion")), (ib, ib + len("$13 billion"))
    assert not modalities_differ(a, span_a, b, span_b)
    # a forecast of a figure still differs from one stated in the past
    c = "The town will hire 40 teachers next year."
    ic = c.index("40")
    d = "The town hired 45 teachers last year."
    idd = d.index("45")
    assert modalities_differ(c, (ic, ic + 2), d, (idd, idd + 2))
