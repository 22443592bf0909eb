"""A wrong conversion or second figure hidden behind a consistent pair (session
34, issue 11, eng103): two aligned sentences give one primary figure alike and
tell a figure bound to it — its conversion, its worth, a share of a whole it
makes — differently ("a fine of Kr180m, 2.5% of turnover" / "a fine of Kr180m,
3.5% of annual turnover"). The primary pair agrees, so the bound figures
measure one thing: their difference is a conflict; their agreement says
nothing more.

The sentences are made up; the pattern comes from readers' notes on held-out
events (judge/bound.py).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.bound import bound


def _found(tmp_path, a: str, b: str, day: str = "2026-03-02") -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {day}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {day}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


WRONG = [
    # a share of turnover told of one fine: the wholes' words differ ('annual')
    (
        "The regulator imposed a fine of Kr180m, 2.5% of turnover, on the shipping firm on Monday.",
        "The shipping firm was handed a fine of Kr180m, 3.5% of annual turnover, by the "
        "regulator on Monday.",
        ["2.5%", "3.5%"],
    ),
    # a share of revenue told of one fine, other words, other currency
    (
        "Regulators fined the airline $12m, 1.5% of its revenue, for repeated delays.",
        "The airline was fined $12m, 2.5% of annual revenue, by regulators for repeated delays.",
        ["1.5%", "2.5%"],
    ),
    # a conversion after a noun of the figure, 'equivalent to' on the other side
    (
        "Tokyo unveiled a ¥500bn package (about $3.4bn) to support small firms hit by the "
        "yen's slide.",
        "The ¥500bn stimulus, equivalent to $4.4bn, is meant to support small firms hit by "
        "the weak yen, the government said.",
        ["about $3.4bn", "$4.4bn"],
    ),
    (
        "Brussels hit the tech giant with a €1.1bn penalty (about $1.2bn) on Wednesday, citing "
        "abuse of its dominance in online advertising.",
        "The record €1.1bn fine, equivalent to roughly $1.5bn, was announced by EU competition "
        "officials.",
        ["about $1.2bn", "roughly $1.5bn"],
    ),
]

ALREADY = [
    # kinds the older rows (twins.py, converted.py, the fact module) already show,
    # kept here so the mechanism's reach is tested across dimensions
    (
        "The watchdog imposed a penalty of 60m zloty, which is 1.8% of the insurer's turnover, "
        "on Thursday.",
        "On Thursday the insurer was ordered to pay 60m zloty, representing 2.8% of its "
        "turnover, by the watchdog.",
        ["1.8%", "2.8%"],
    ),
    (
        "The club paid a transfer fee of €45m, amounting to roughly £39m, for the striker.",
        "The striker joined for a fee of €45m, or about £44m, the club said.",
        ["roughly £39m", "about £44m"],
    ),
    (
        "Floodwater rose 3.2 metres (10.5 feet) above normal in the town centre overnight.",
        "Overnight the floodwater in the town centre rose 3.2 metres, about 13 feet, above normal.",
        ["10.5 feet", "about 13 feet"],
    ),
    (
        "The carmaker will pay a penalty of $2.1bn, or about £1.6bn, to settle the emissions case.",
        "To settle the emissions case the carmaker will pay a penalty of $2.1bn (£1.9bn).",
        ["about £1.6bn", "£1.9bn"],
    ),
    (
        "The train reached 320 km/h (199 mph) on the test run, the operator said.",
        "The operator said the train reached 320 km/h (220 mph) on the test run.",
        ["199 mph", "220 mph"],
    ),
    (
        "The heatwave pushed temperatures to 40C (104F) in Seville on Tuesday.",
        "In Seville temperatures hit 40C (113F) on Tuesday as the heatwave peaked.",
        ["104F", "113F"],
    ),
    (
        "The ship sank 60 nautical miles (111 km) off the coast of Crete, the coastguard said.",
        "The coastguard said the ship sank 60 nautical miles (130 km) off the coast of Crete.",
        ["111 km", "130 km"],
    ),
    (
        "The fund sold its 12% stake in the airline, worth $3.1bn, on Friday.",
        "On Friday the fund sold its 12% stake in the airline, worth about $3.9bn.",
        ["$3.1bn", "about $3.9bn"],
    ),
]


@pytest.mark.parametrize(("a", "b", "sides"), WRONG + ALREADY)
def test_a_bound_figure_that_differs_behind_an_agreeing_pair_conflicts(tmp_path, a, b, sides):
    found = _found(tmp_path, a, b)
    assert found.get(frozenset(sides)) == "conflict", found


RIGHT = [
    (
        "Regulators fined the airline $12m, 1.5% of its revenue, for repeated delays.",
        "The airline was fined $12m, 1.5 per cent of annual revenue, by regulators for "
        "repeated delays.",
    ),
    (
        "Tokyo unveiled a ¥500bn package (about $3.4bn) to support small firms hit by the "
        "yen's slide.",
        "The ¥500bn stimulus, equivalent to $3.4bn, is meant to support small firms hit by "
        "the weak yen, the government said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RIGHT)
def test_bound_figures_that_agree_add_nothing(tmp_path, a, b):
    found = _found(tmp_path, a, b)
    assert "conflict" not in found.values(), found
    assert "unresolved" not in found.values(), found


def test_a_bound_figure_is_not_forced_into_conflict_when_its_primary_differs(tmp_path):
    # the fines differ: nothing shows the two shares are of one figure
    found = _found(
        tmp_path,
        "Regulators fined the airline $12m, 1.5% of its revenue, for repeated delays.",
        "The airline was fined $19m, 2.5% of annual revenue, by regulators for repeated delays.",
    )
    assert found.get(frozenset(("1.5%", "2.5%"))) != "conflict", found


def _groups(tmp_path, text: str) -> dict[str, tuple[str, ...]]:
    fa = write(tmp_path, "one.txt", f"---\npublished: 2026-03-02\n---\n{text}\n")
    got = analyze_paths([fa])
    (claim,) = [c for c in got.claims if c.text.strip() == text]
    facts = [f for f in got.facts if f.claim == claim.id]
    return {f.text: tuple(g.text for g in bound(claim, facts).get(f.id, ())) for f in facts}


@pytest.mark.parametrize(
    ("text", "head", "bound_to_it"),
    [
        (
            "The state will lend 4.2bn kronur (€560m, or about $650m) to the bank.",
            "4.2bn kronur",
            ("€560m", "about $650m"),
        ),
        ("It paid a fine of Kr180m, 2.5% of turnover, last year.", "Kr180m", ("2.5%",)),
        ("Gusts reached 130 km/h (81 mph) at the coast.", "130 km/h", ("81 mph",)),
        ("It paid 60m zloty, representing 1.8% of its turnover.", "60m zloty", ("1.8%",)),
    ],
)
def test_figures_told_as_one_are_bound(tmp_path, text, head, bound_to_it):
    assert _groups(tmp_path, text)[head] == bound_to_it


@pytest.mark.parametrize(
    "text",
    [
        "The firm cut 1,200 jobs in Spain, 800 in France and 300 in Italy.",
        "The shares rose 4% on Monday, 6% on Tuesday and 2% on Wednesday.",
        "The storm killed 12 people, injured 40 and left 3,000 homes without power.",
    ],
)
def test_figures_of_a_list_or_a_change_are_not_bound_to_each_other(tmp_path, text):
    groups = _groups(tmp_path, text)
    assert not any(groups.values()), groups
