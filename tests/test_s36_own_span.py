"""A length of time its own clock times do not make (issue 11, session 36,
judge/own_span.py): a source disagreeing with itself.

Cases written for this test: "from … to", "between … and", "until", times
with their days, the length before or after the stretch, hedged and exact
lengths in hours, minutes and days. Silent: lengths the times make, a length
of another clause, times of two zones."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles
from workbench.model import Verdict
from workbench.thresholds import DEFAULT, Thresholds, with_value

_OTHER = "Rescue teams worked through the night, officials said on Tuesday.\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _own(tmp_path, text: str, table: Thresholds = DEFAULT):
    analysis = analyze(load_articles(pair(tmp_path, text, _OTHER)), thresholds=table)
    return [d for d in analysis.discrepancies if d.rule == "length_against_its_times"]


@pytest.mark.parametrize(
    ("sentence", "length", "says"),
    [
        (
            "The blaze burned for five hours, from 02:10 to 04:40, before crews put it out.\n",
            "five hours",
            "02:10 to 04:40 is 2 h 30 min",
        ),
        (
            "The crew flew on one engine for almost two hours, from 06:11 GMT until "
            "landing at 07:22 GMT.\n",
            "almost two hours",
            "is 1 h 11 min",
        ),
        (
            "The council meeting ran for two hours, between 9am and noon.\n",
            "two hours",
            "9am to noon is 3 h 00 min",
        ),
        (
            "Power was out for 24 hours, from 10pm on Monday to noon on Tuesday.\n",
            "24 hours",
            "10pm to noon is 14 h 00 min",
        ),
        (
            "The night shift, from 10pm to 6am, lasts six hours.\n",
            "six hours",
            "10pm to 6am is 8 h 00 min",
        ),
        (
            "Voting was suspended for 45 minutes, from 14:05 to 14:20, after a power cut.\n",
            "45 minutes",
            "14:05 to 14:20 is 15 min",
        ),
    ],
)
def test_lengths_against_their_times_are_conflicts(tmp_path, sentence, length, says):
    own = _own(tmp_path, sentence)
    assert len(own) == 1, [d.explanation for d in own]
    d = own[0]
    assert d.verdict == Verdict.CONFLICT
    assert d.sides[0].text == length
    assert d.sides[0].article == d.sides[1].article == "a"
    assert says in d.explanation and f"not {length}" in d.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "The blaze burned for about two and a half hours, from 02:10 to 04:40.\n",
        "The crew flew on one engine for 71 minutes, from 06:11 GMT until landing at 07:22 GMT.\n",
        "The council meeting ran for three hours, between 9am and noon.\n",
        "Power was out for 14 hours, from 10pm on Monday to noon on Tuesday.\n",
        "The night shift, from 10pm to 6am, lasts eight hours.\n",
        "The blaze burned for five hours, from 02:10 to 07:05, crews said.\n",
        # the length is of another clause
        "The road was shut from 7am to 9am and reopened after two days of repairs.\n",
        # two zones: left to own_conversion and the time family
        "The jet flew for two hours, from 06:11 GMT to 09:11 CET.\n",
    ],
)
def test_lengths_that_match_their_times_stay_silent(tmp_path, sentence):
    assert _own(tmp_path, sentence) == []


def test_the_span_switch_turns_it_off(tmp_path):
    off = with_value("judge.own_spans", 0)
    text = "The blaze burned for five hours, from 02:10 to 04:40, before crews put it out.\n"
    assert _own(tmp_path, text, off) == []
