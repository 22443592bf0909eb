"""Two reports' conversions of one clock are one moment (issue 11, session 40;
judge/converted_clocks.py). Authored blackout D2: "began at 17:42 local time
(15:42 UTC)" / "17:42 CMT (16:42 UTC)": the bracketed conversions had no words
of their own and were dropped as measuring different things. Cases written
for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.converted_clocks import glosses_of_one_clock
from workbench.model import Claim, Fact, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _sentence(text: str, clocks: dict[str, str]) -> tuple[Claim, list[Fact]]:
    claim = Claim(f"{text[:5]}:1", text[:5], 1, 0, len(text), text)
    facts = []
    for n, (clock, timex) in enumerate(clocks.items()):
        at = text.index(clock)
        facts.append(
            Fact(
                f"{n}",
                claim.id,
                claim.article,
                "time",
                at,
                at + len(clock),
                clock,
                {"timex": timex},
            )
        )
    return claim, facts


def _case(a, b):
    (ca, fa), (cb, fb) = a, b
    return SimpleNamespace(x=fa[-1], y=fb[-1], claims=(ca, cb), facts=(fa, fb))


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        (  # one clock, converted two ways: the glosses measure one moment
            (
                "Power failed at 09:15 local time (07:15 GMT).",
                {"09:15 local time": "T09:15", "07:15 GMT": "T07:15Z"},
            ),
            (
                "Timeline: substation trip, 09:15 EET (08:15 GMT)",
                {"09:15": "T09:15", "08:15 GMT": "T08:15Z"},
            ),
            True,
        ),
        (  # "21:30 (1930 GMT)": no zone word between the clock and its bracket
            (
                "The polls closed at 21:30 (1930 GMT) on Sunday.",
                {"21:30": "T21:30", "1930 GMT": "T19:30Z"},
            ),
            (
                "Voting ended at 9.30pm (20:30 GMT), officials said.",
                {"9.30pm": "T21:30", "20:30 GMT": "T20:30Z"},
            ),
            True,
        ),
        (  # the local clocks differ: two moments, the words decide
            (
                "Power failed at 09:15 local time (07:15 GMT).",
                {"09:15 local time": "T09:15", "07:15 GMT": "T07:15Z"},
            ),
            (
                "Timeline: substation trip, 10:15 EET (08:15 GMT)",
                {"10:15": "T10:15", "08:15 GMT": "T08:15Z"},
            ),
            False,
        ),
        (  # a clock in brackets that glosses no clock ("(08:15 GMT)" after a word)
            (
                "Power failed at 09:15 local time (07:15 GMT).",
                {"09:15 local time": "T09:15", "07:15 GMT": "T07:15Z"},
            ),
            ("The operator said the grid tripped (08:15 GMT)", {"08:15 GMT": "T08:15Z"}),
            False,
        ),
    ],
)
def test_glosses_of_one_clock(a, b, one):
    assert glosses_of_one_clock(_case(_sentence(*a), _sentence(*b))) is one


def test_a_wrong_conversion_of_one_clock_is_shown(tmp_path):
    shared = (
        "Power was lost across the north of the country on Tuesday evening.\n"
        "Hospitals switched to generators and trains stopped between stations.\n"
    )
    a = shared + (
        "The blackout began at 19:05 local time (17:05 UTC) when a fault tripped the "
        "Orsa-Lind transmission line, the grid operator said.\n"
    )
    b = (
        shared
        + "Initiating event: fault and trip, Orsa-Lind transmission line, 19:05 NST (18:05 UTC)\n"
    )
    found = [
        d
        for d in analyze_paths(pair(tmp_path, a, b)).discrepancies
        if {s.text for s in d.sides} == {"17:05 UTC", "18:05 UTC"}
    ]
    assert [d.verdict for d in found] == [Verdict.CONFLICT]
