"""Shares of wholes named apart are a question, not a conflict (eng71, issue 11;
judge/wholes_apart.py).

Two percentages of aligned claims that differ are a conflict only when
something shows both are shares of one whole. When one sentence names a whole
("of web services", "of the region's farms", "of voice traffic") with a word
the other sentence never uses, the two may be shares of different things: the
flag is unresolved and says which wholes were named. Shares of one whole, and
shares neither sentence names a whole of, are compared as before.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.judge.wholes_apart import named_whole, wholes_named_apart


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    found = courier_gazette(tmp_path, a, b, without, published="2021-05-10")
    return [(str(d.verdict), d.rule, d.explanation) for d in found if d.kind == "percent"]


APART = [
    # farms counted against land measured
    (
        "Officials said about 40 percent of the region's farms were flooded after the river "
        "burst its banks on Monday.",
        "Officials said some 65 percent of farmland in the region was flooded after the river "
        "burst its banks on Monday.",
    ),
    # one class of traffic against all of it, told by the same carrier
    (
        "The carrier said 35 per cent of mobile data traffic across the country was lost "
        "during the outage on Friday.",
        "The carrier said 60 per cent of voice calls across the country were lost during the "
        "outage on Friday.",
    ),
    # a share of members against a share of the vote
    (
        "Union leaders said 72% of nurses backed the strike in the ballot that closed on Thursday.",
        "Union leaders said 81% of ballots cast backed the strike in the ballot that closed "
        "on Thursday.",
    ),
]


@pytest.mark.parametrize("a, b", APART)
def test_shares_of_wholes_named_apart_are_a_question(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert flags, "the two shares should still be shown"
    for verdict, rule, explanation in flags:
        assert verdict == "unresolved"
        assert rule == "shares_of_wholes_named_apart"
        assert "wholes named apart" in explanation
        assert explanation.endswith("— unresolved")
    # without the row, the fact module called the same pair a conflict
    without = _flags(tmp_path, a, b, ("shares_of_wholes_named_apart",))
    assert any(v == "conflict" for v, _, _ in without)


ONE_WHOLE = [
    (
        "Election officials said turnout was 61 percent in the vote for the city council on "
        "Sunday.",
        "Election officials said turnout reached 67 percent in the vote for the city council "
        "on Sunday.",
    ),
    (
        "The mayor won 58% of the vote in the runoff on Tuesday, the county clerk said.",
        "The mayor won 63% of the vote in the runoff on Tuesday, the county clerk said.",
    ),
    # two words for one group of people, each the whole's only word
    (
        "Headaches were reported by 21% of patients in the first week of the trial, the "
        "company said.",
        "Headaches were reported by 26% of participants in the first week of the trial, the "
        "company said.",
    ),
    # neither names a whole: nothing tells them apart
    (
        "Shares in the airline fell 12 percent in early trading in London on Wednesday.",
        "Shares in the airline fell 17 percent in early trading in London on Wednesday.",
    ),
]


@pytest.mark.parametrize("a, b", ONE_WHOLE)
def test_shares_of_one_whole_still_conflict(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert [v for v, _, _ in flags] == ["conflict"]
    assert all(rule != "shares_of_wholes_named_apart" for _, rule, _ in flags)


def test_the_whole_is_its_whole_noun_phrase():
    s = "Up to 80 percent of Internet services and call centers in Egypt have been cut."
    i = s.index("80 percent")
    assert named_whole(s, i, i + len("80 percent")) == "Internet services and call centers"
    s = "It is thought that up to 70 per cent of web services in Egypt were disrupted."
    i = s.index("70 per cent")
    assert named_whole(s, i, i + len("70 per cent")) == "web services"
    s = "Turnout was almost 90% on Sunday."
    i = s.index("90%")
    assert named_whole(s, i, i + 3) == "turnout"


def test_a_listed_share_takes_the_whole_of_its_list():
    s = "As much as 45 percent of freight traffic in Chile, 38 percent in Peru and 20 in Bolivia."
    i = s.index("38 percent")
    assert named_whole(s, i, i + len("38 percent")) == "freight traffic"


def test_wholes_are_apart_only_when_a_word_of_one_is_missing_from_the_other():
    a = "About 30% of the company's staff in Ohio were laid off last year."
    b = "Some 45% of staff at the company in Ohio were laid off last year."
    assert wholes_named_apart(a, "30%", b, "45%") is None  # staff / staff
    c = "Some 45% of contract workers at the company in Ohio were laid off last year."
    assert wholes_named_apart(a, "30%", c, "45%") == ("company's staff", "contract workers")
    d = "Sales in Ohio fell 45% last year."
    assert wholes_named_apart(d, "45%", "Sales in Ohio fell 30% last year.", "30%") is None
