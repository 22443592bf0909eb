"""Figures of several owners or places told in one sentence (session 42, issue
11 cause 1): a box score, results by segment, a toll by place, votes by
candidate. Each figure belongs to the name, place or segment its own item of
the list tells (facts/listed_owners.py); figures of different owners are never
paired (judge/owners_listed.py, row ``different_owners``), and a figure is
paired with the same owner's figure in the other report, also when that report
tells it alone or in another order. Sentences that list nothing, and figures of
one owner, are compared as before."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.facts.listed_owners import is_list, item_owner, items
from workbench.judge.owners_listed import listed_owners_differ


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, str, str]]:
    arts = []
    for i, body in enumerate((a, b)):
        p = tmp_path / f"{'ab'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: 2012-11-12\n---\n{body}\n", encoding="utf-8")
        arts.append(load_article(p))
    an = analyze(arts)
    return [(d.sides[0].text, d.sides[1].text, str(d.verdict)) for d in an.discrepancies]


def _owner(text: str, figure: str) -> frozenset[str]:
    at = text.index(figure)
    return item_owner(text, at, at + len(figure))


# (sentence, figure, the names its item tells)
OWNED = [
    ("Hemsley scored 31 points and Ortega added 18, while Baines had 12 rebounds.", "18", "ortega"),
    ("Hemsley scored 31 points and Ortega added 18, while Baines had 12 rebounds.", "12", "baines"),
    ("Revenue rose 4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia.", "$1.4bn", "asia"),
    ("Revenue rose 4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia.", "4%", "europe"),
    ("In Asia, revenue fell 3% to $1.2bn, while European revenue grew 4%.", "3%", "asia"),
    ("The gale killed four people in Marston, six in Hollby and one in Treve.", "six", "hollby"),
    ("Alvarez won 52,300 votes, Dunmore 41,200 and Petrakis 9,800.", "41,200", "dunmore"),
    ("Alvarez won 52,300 votes, Dunmore 41,200 and Petrakis 9,800.", "52,300", "alvarez"),
    ("Fennimore polled 18,204 votes and Castellan 17,950 in the recount.", "17,950", "castellan"),
    ("The Greens won 14 seats, the Liberals 9 and Labour 22.", "22", "labour"),
    ("Okafor received 41,230 votes to Lindqvist's 27,004.", "27,004", "lindqvist"),
    ("Okafor received 41,230 votes to Lindqvist's 27,004.", "41,230", "okafor"),
]


@pytest.mark.parametrize("text, figure, owner", OWNED)
def test_each_figure_belongs_to_its_own_item(text, figure, owner):
    assert is_list(text)
    assert _owner(text, figure) == frozenset((owner,))


# Not lists: one owner, or names that own no figure (a speaker, a rival, one item).
NOT_LISTS = [
    "Hemsley scored 31 points and 12 rebounds against Dorset on Saturday.",
    "Reuters said 20 people died and AP reported 25 deaths in the blast.",
    "The earthquake killed 12 people in Padang, the agency said, and injured 40 others.",
    "Revenue rose 4% to $3.1bn, compared with $2.9bn a year earlier.",
    "About 40 firefighters from Kent and Dorset fought the blaze on Friday.",
    "Castellan polled 18,204 votes in the recount, ahead of Fennimore.",
]


@pytest.mark.parametrize("text", NOT_LISTS)
def test_a_sentence_of_one_owner_is_no_list(text):
    assert not is_list(text)


def test_a_piece_with_no_figure_joins_an_item_with_one():
    text = "Hemsley, the captain, scored 31 points and Ortega 18 against Kent and Dorset."
    assert [text[lo:hi] for lo, hi in items(text)] == [
        "Hemsley, the captain, scored 31 points",
        "Ortega 18 against Kent and Dorset.",
    ]


def _side(text: str, figure: str, kind: str = "number") -> tuple[str, str, tuple[int, int]]:
    at = text.index(figure)
    return text, kind, (at, at + len(figure))


def test_dates_are_no_list_members_figures():
    a = "Flooding forced 3,000 people from homes in Bexley and 1,500 in Crayford on Friday."
    b = "Flooding forced 1,500 people from their homes in Bexley on Friday."
    assert listed_owners_differ(_side(a, "1,500"), _side(b, "1,500"))
    assert not listed_owners_differ(_side(a, "Friday", "date"), _side(b, "Friday", "date"))
    assert not listed_owners_differ(_side(a, "3,000"), _side(b, "1,500"))


def test_a_shared_team_name_does_not_make_two_players_one():
    a = "Kowalski led the Stags with 27 points, Adeyemi had 19 and Brandt chipped in 11."
    b = "Adeyemi finished with 23 points as the Stags won."
    assert listed_owners_differ(_side(a, "27"), _side(b, "23"))
    assert not listed_owners_differ(_side(a, "19"), _side(b, "23"))


def test_names_no_list_tells_as_a_member_are_no_owners():
    # the valley and the border are no members of a list: one evacuation told twice
    a = "The blaze forced about 2,100 residents from homes in the Marlow Valley, 90 miles "
    a += "north of the Dunford line."
    b = "Wildfire forces 2,100 from Redcliff valley towns, destroys 40 buildings in Ashby."
    assert not listed_owners_differ(_side(a, "2,100"), _side(b, "2,100"))


# (report A, report B, a pair of values never flagged: two owners' figures)
APART = [
    (
        "Kowalski led the Stags with 27 points, Adeyemi had 19 and Brandt chipped in 11.",
        "Brandt scored 15 points and Kowalski 27.",
        ("27", "15"),
    ),
    (
        "Revenue rose 4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia.",
        "In Asia, revenue fell 3% to $1.2bn, while European revenue grew 4%.",
        ("$3.1bn", "$1.2bn"),
    ),
    (
        "Alvarez won 52 percent of the vote against 41 percent for Dunmore.",
        "Dunmore took 44 percent of the vote.",
        ("52 percent", "44 percent"),
    ),
    (
        "Okafor received 41,230 votes to Lindqvist's 27,004.",
        "Lindqvist received 29,100 votes.",
        ("41,230", "29,100"),
    ),
]


@pytest.mark.parametrize("a, b, pair", APART)
def test_figures_of_two_list_members_are_not_compared(tmp_path, a, b, pair):
    assert not [f for f in _flags(tmp_path, a, b) if (f[0], f[1]) == pair]


# (report A, report B, the conflict between one owner's two figures)
SAME_OWNER = [
    (
        "Revenue rose 4% to $3.1bn in Europe and fell 2% to $1.4bn in Asia, the company said.",
        "Revenue in Asia fell 2% to $3.1bn, the company said.",
        ("$1.4bn", "$3.1bn", "conflict"),
    ),
    (
        "The storm killed three people in Lorn and two in Avebury, officials said.",
        "The storm killed two people in Lorn, officials said.",
        ("three", "two", "conflict"),
    ),
    (
        "The storm killed four people in Marston, six in Hollby and one in Treve on Sunday.",
        "The storm killed six people in Marston on Sunday.",
        ("four", "six", "conflict"),
    ),
    (
        "Flooding forced 3,000 people from their homes in Bexley and 1,500 in Crayford on Friday.",
        "Flooding forced 1,500 people from their homes in Bexley on Friday.",
        ("3,000", "1,500", "conflict"),
    ),
    (
        "Okafor received 41,230 votes to Lindqvist's 27,004.",
        "Lindqvist received 29,100 votes.",
        ("27,004", "29,100", "conflict"),
    ),
    (
        "Dell finished with 22 points, Brask chipped in with 15 and Ivo Santos added 12 for "
        "the Comets.",
        "Brask had 12 points and Dell 22 for the Comets.",
        ("15", "12", "conflict"),
    ),
]


@pytest.mark.parametrize("a, b, flag", SAME_OWNER)
def test_a_members_figure_is_held_against_the_same_members(tmp_path, a, b, flag):
    assert flag in _flags(tmp_path, a, b)


# Guards: one owner's figures told in lists or alone still conflict.
STILL = [
    (
        "Hemsley scored 31 points and Ortega added 18 as the Hawks beat Dorset on Saturday.",
        "Hemsley scored 29 points as the Hawks beat Dorset on Saturday.",
        ("31", "29", "conflict"),
    ),
    (
        "Hemsley scored 31 points and Ortega added 18, while Baines had 12 rebounds as the "
        "Hawks beat Dorset on Saturday.",
        "Ortega scored 22 points and Hemsley had 31 as the Hawks beat Dorset on Saturday.",
        ("18", "22", "conflict"),
    ),
    (
        "The carmaker will cut 1,200 jobs in Germany and 800 in Spain, it said on Monday.",
        "The carmaker will cut 800 jobs in Germany, it said on Monday.",
        ("1,200", "800", "conflict"),
    ),
    (
        "The storm killed 12 people on Monday, officials said.",
        "The storm killed 14 people on Monday, officials said.",
        ("12", "14", "conflict"),
    ),
    (
        "The Lakers beat the Celtics 102-95, with Bryant scoring 31 points.",
        "Bryant scored 28 points as the Lakers beat Boston 102-95.",
        ("31", "28", "conflict"),
    ),
]


@pytest.mark.parametrize("a, b, flag", STILL)
def test_one_owners_figures_still_conflict(tmp_path, a, b, flag):
    assert flag in _flags(tmp_path, a, b)


# Equal figures of two members are no agreement (issue 11 cause 2): 'around 900 at
# Ostley' was shown consistent with 'about 900 at the Harwell depot'.
EQUAL_APART = [
    (
        "The union said 2,400 workers walked out at the Harwell depot and around 900 at "
        "Ostley on Monday.",
        "The union said about 900 workers walked out at the Harwell depot on Monday.",
        ("around 900", "about 900"),
        ("2,400", "about 900", "conflict"),
    ),
    (
        "Turnout reached about 61% in Carrow and 58% in Linsey, the electoral board said.",
        "Turnout was roughly 58% in Carrow, the electoral board said.",
        ("58%", "roughly 58%"),
        ("about 61%", "roughly 58%", "conflict"),
    ),
]


@pytest.mark.parametrize("a, b, pair, flag", EQUAL_APART)
def test_equal_figures_of_two_members_are_no_agreement(tmp_path, a, b, pair, flag):
    flags = _flags(tmp_path, a, b)
    assert not [f for f in flags if (f[0], f[1]) == pair]
    assert flag in flags
