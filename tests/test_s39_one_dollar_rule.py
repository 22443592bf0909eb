"""Session 39 (issue 11): one rule for a bare "$".

Held-out readers: a bare "$2 million" was A$ in one report and US$ in another
of one Australian story, so one amount was "the same amount in two currencies —
one of the currencies is wrong"; and an analysis piece naming no place, its
sibling reports all told from one dollar country, kept its "$" in US dollars.
The rule (facts/quantity/local_dollars.py): a "$" converting a sum in another
dollar is the US dollar; a "$" of a report that names a dollar country and
writes no other dollar is that country's; a "$" of a report that writes another
dollar itself ("A$", "US$") is open — its own dollar or the US one, a
difference in its own dollar only a question; a "$" of a report naming no place
is loose, and takes the story's dollar when every report naming a dollar
country names the same one. Own cases across A$, NZ$, C$, HK$, S$ and US$.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.family import QuantityFamily
from workbench.facts.quantity.story_dollar import story_dollar
from workbench.model import Verdict

QTY = QuantityFamily()


def _sums(sentences: list[str]):
    return [m for ms in QTY.find_each(sentences, None) for m in ms if m.kind == "money"]


def _sum(sentences: list[str], said: str):
    return next(m for m in _sums(sentences) if m.text == said)


# --- how each bare "$" is read ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "said"),
    [
        (["AUCKLAND - The NZ$120 million ($70 million) stadium opened."], "$70 million"),
        (
            ["A fund of 80 million Singapore dollars, about $59 million, was set up."],
            "about $59 million",
        ),
        (["The HK$2.4 billion (about $310 million) bridge was delayed."], "about $310 million"),
        (["SYDNEY - Tickets cost A$90, or about $60, the organisers said."], "about $60"),
    ],
)
def test_a_dollar_converting_another_dollar_is_the_us_dollar(sentences, said):
    m = _sum(sentences, said)
    assert m.unit == "USD" and not m.loose_dollar and not m.home


@pytest.mark.parametrize(
    ("sentences", "said", "hint"),
    [
        (
            [
                "AUCKLAND - The council approved NZ$45 million for pipes.",
                "The $12 million pump station is late.",
            ],
            "$12 million",
            "NZD",
        ),
        (
            [
                "MONTREAL - The smelter cost $900 million to build.",
                "Its owner raised US$200 million.",
            ],
            "$900 million",
            "CAD",
        ),
        (
            [
                "The developer paid HK$1.2 billion for the harbour site.",
                "A $150 million loan is due.",
            ],
            "$150 million",
            "HKD",
        ),
        (
            [
                "SINGAPORE - Changi will spend S$3 billion on a terminal.",
                "A $400 million contract went to a joint venture.",
            ],
            "$400 million",
            "SGD",
        ),
    ],
)
def test_a_dollar_beside_another_dollar_its_report_writes_is_open(sentences, said, hint):
    m = _sum(sentences, said)
    assert m.loose_dollar and m.hint_open and m.dollar_hint == hint, m
    assert m.unit == "USD"  # read as written by default


def test_a_dollar_converting_pounds_in_a_placed_report_is_its_dollar():
    m = _sum(
        ["TORONTO - Each passenger will get £1,800 (about $3,300) in compensation."], "about $3,300"
    )
    assert m.unit == "CAD" and m.home


# --- a pair ---------------------------------------------------------------------------


def _pair(a: list[str], a_said: str, b: list[str], b_said: str):
    x, y = _sum(a, a_said), _sum(b, b_said)
    got, back = compare(x, y, "Ledger", "Courier"), compare(y, x, "Courier", "Ledger")
    assert got is not None and back is not None and got.verdict == back.verdict
    return got


_OPEN_AU = [
    "SYDNEY - Insured losses reached A$1.4 billion.",
    "The state will pay $2 million to councils.",
]
_OPEN_CA = [
    "HALIFAX, N.S. - The ferry operator raised US$30 million.",
    "It will pay $4.5 million in fines.",
]


@pytest.mark.parametrize(
    ("a", "a_said", "b", "b_said"),
    [
        (
            _OPEN_AU,
            "$2 million",
            ["BRISBANE - The state will pay $2 million to councils."],
            "$2 million",
        ),
        (_OPEN_AU, "$2 million", ["The state will pay A$2 million to councils."], "A$2 million"),
        (_OPEN_AU, "$2 million", ["The state will pay US$2 million to councils."], "US$2 million"),
        (
            _OPEN_CA,
            "$4.5 million",
            ["OTTAWA - The operator will pay $4.5 million in fines."],
            "$4.5 million",
        ),
        (
            _OPEN_CA,
            "$4.5 million",
            ["The operator will pay C$4.5 million in fines."],
            "C$4.5 million",
        ),
    ],
)
def test_an_open_dollar_agrees_with_one_sum_in_either_dollar(a, a_said, b, b_said):
    assert _pair(a, a_said, b, b_said).verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)


@pytest.mark.parametrize(
    ("a", "a_said", "b", "b_said"),
    [
        (
            _OPEN_AU,
            "$2 million",
            ["BRISBANE - The state will pay $3 million to councils."],
            "$3 million",
        ),
        (
            _OPEN_AU,
            "$2 million",
            ["The state will pay A$2.5 million to councils."],
            "A$2.5 million",
        ),
        (_OPEN_CA, "$4.5 million", ["The operator will pay C$6 million in fines."], "C$6 million"),
    ],
)
def test_an_open_dollar_against_another_sum_in_its_own_dollar_is_a_question(a, a_said, b, b_said):
    got = _pair(a, a_said, b, b_said)
    assert got.verdict == Verdict.UNRESOLVED, got
    assert "bare '$'" in got.explanation and "US dollars" in got.explanation


def test_an_open_dollar_against_another_us_sum_still_conflicts():
    got = _pair(
        _OPEN_AU, "$2 million", ["The state will pay US$5 million to councils."], "US$5 million"
    )
    assert got.verdict == Verdict.CONFLICT


# --- the story's dollar -------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "dollar"),
    [
        ({"a": ["BRISBANE - Floods hit."], "b": ["Insurers braced for claims."]}, "AUD"),
        (
            {
                "a": ["WELLINGTON - A quake hit."],
                "b": ["AUCKLAND - Shops shut."],
                "c": ["Markets fell."],
            },
            "NZD",
        ),
        (
            {
                "a": ["BRISBANE - Floods hit."],
                "b": ["TORONTO - Markets fell."],
                "c": ["Insurers paid."],
            },
            "",
        ),
        (
            {
                "a": ["BRISBANE - Floods hit."],
                "b": ["WASHINGTON - Markets fell."],
                "c": ["Insurers paid."],
            },
            "",
        ),
        ({"a": ["Floods hit the coast."], "b": ["Insurers braced for claims."]}, ""),
    ],
)
def test_the_story_has_a_dollar_when_every_report_naming_one_agrees(told, dollar):
    assert story_dollar(told)[0] == dollar


_HOME = (
    "BRISBANE - The state will pay $2 million to flood-hit councils, the premier said on Monday."
)
_PIECE = (
    "The $2 million the state will pay to flood-hit councils is too little, economists said "
    "on Monday."
)
_US = "The state will pay US$2 million to flood-hit councils, the premier said on Monday."
_OTHER = "The state will pay A$3 million to flood-hit councils, the premier said on Monday."


def _checked(tmp_path, texts: dict[str, str]):
    paths = [
        write(tmp_path, f"{k}.txt", f"---\npublished: 2026-02-02\n---\n{v}\n")
        for k, v in texts.items()
    ]
    found = analyze_paths(paths)
    return {
        frozenset(s.article for s in d.sides): d for d in found.discrepancies if d.kind == "money"
    }


@pytest.mark.parametrize("with_home", [False, True])
def test_one_pairs_verdict_is_the_same_in_a_check_of_two_and_of_three(tmp_path, with_home):
    texts = {"piece": _PIECE, "wire": _US}
    if with_home:
        texts["home"] = _HOME
    pairs = _checked(tmp_path, texts)
    got = pairs[frozenset({"piece", "wire"})]
    assert got.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL), got
    # nor is the piece's "$" a conflict with the Brisbane report's "$"
    assert all(d.verdict != Verdict.CONFLICT for k, d in pairs.items() if "piece" in k), pairs


def test_a_report_naming_no_place_reads_its_dollar_in_the_storys(tmp_path):
    pairs = _checked(tmp_path, {"piece": _PIECE, "home": _HOME, "other": _OTHER})
    got = pairs[frozenset({"piece", "other"})]
    assert got.verdict == Verdict.UNRESOLVED, got  # the story says how, not whether
    assert "read as AUD (the dollar of Australia" in got.explanation, got.explanation
    assert "different currencies" not in got.explanation


@pytest.mark.parametrize(
    ("sentences", "said"),
    [
        (
            [
                "SINGAPORE - The S$400 million ($296 million) terminal opened.",
                "Its builder took a $90 million loan.",
            ],
            "$90 million",
        ),
        (
            [
                "The fund holds 2 billion Hong Kong dollars, about $256 million.",
                "A further $40 million came from donors.",
            ],
            "$40 million",
        ),
    ],
)
def test_a_report_converting_its_own_dollar_into_a_bare_dollar_writes_us_dollars(sentences, said):
    m = _sum(sentences, said)
    assert m.unit == "USD" and not m.loose_dollar, m


def test_a_dollar_another_reports_home_places_still_conflicts_in_a_story(tmp_path):
    pairs = _checked(
        tmp_path,
        {
            "piece": "Each evacuated household gets a payment of $1,000, the minister said.",
            "home": "VICTORIA, B.C. - Each evacuated household gets a payment of $1,500.",
            "wire": "Each evacuated household gets a payment of C$1,500 (about US$1,090), "
            "the minister said.",
        },
    )
    got = pairs[frozenset({"piece", "home"})]
    assert got.verdict == Verdict.CONFLICT, got
    assert pairs[frozenset({"piece", "wire"})].verdict != Verdict.CONFLICT, pairs
