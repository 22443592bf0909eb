"""An editor's bracket inside a quotation — an insertion, a referent for a
pronoun, '[sic]', a '[...]' cut — is not an alteration (trial 50: '… by
Saturday afternoon [8 October 2011].' was flagged as a quotation stopping
sooner); a bracket that adds or drops a negation, or puts other words for a
real one, and a real word changed beside a bracket, still flag."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.findings.quoted import quote_words_key
from workbench.model import Fact, Verdict


def _diff(a: str, b: str):
    ta, tb = f"“{a}” the chief said.", f"“{b}” the chief said."
    (qa,) = find_quotes(ta)
    (qb,) = find_quotes(tb)
    return compare_quotes(qa, qb, "A", "B", (ta, tb))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a date inserted at the end (trial 50)
            "Crews could restore some services by Saturday afternoon [8 October 2011].",
            "Crews could restore some services by Saturday afternoon.",
        ),
        (  # a date inserted mid-sentence
            "The bridge was closed [on Tuesday] after engineers found cracks in its supports.",
            "The bridge was closed after engineers found cracks in its supports.",
        ),
        (  # a referent for a pronoun
            "[The company] will cut 300 jobs across the three plants this year.",
            "We will cut 300 jobs across the three plants this year.",
        ),
        (
            "I spoke to [the minister] about the flooding on Monday night.",
            "I spoke to him about the flooding on Monday night.",
        ),
        (  # a name after a pronoun
            "He [Mr Okafor] told the board he would not stand again next spring.",
            "He told the board he would not stand again next spring.",
        ),
        (  # [sic]
            "Their [sic] going to rebuild the school before winter comes to the valley.",
            "Their going to rebuild the school before winter comes to the valley.",
        ),
        (  # a capital changed
            "[T]he fire spread faster than anyone in the station expected it to.",
            "The fire spread faster than anyone in the station expected it to.",
        ),
        (  # a place inserted at the start of a clause, the other side's referent kept
            "They [the regional water board] never warned us about the dam in March.",
            "They never warned us about the dam in March.",
        ),
    ],
)
def test_an_editors_bracket_is_not_an_alteration(a, b):
    assert _diff(a, b) is None
    assert _diff(b, a) is None


@pytest.mark.parametrize(
    "cut",
    ["[...]", "[…]"],
)
def test_a_bracketed_ellipsis_is_a_cut_marked_as_one(cut):
    diff = _diff(
        f"We will rebuild the harbour {cut} and we will do it in two years.",
        "We will rebuild the harbour, the market and the roads, and we will do it in two years.",
    )
    assert diff is not None and diff.verdict == Verdict.CONSISTENT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a real word changed beside a bracket
            "Crews could restore some services by Saturday afternoon [8 October 2011].",
            "Crews could restore all services by Saturday afternoon.",
        ),
        (
            "The bridge was closed [on Tuesday] after engineers found cracks in two supports.",
            "The bridge was closed after engineers found cracks in four supports.",
        ),
        (  # a negation in brackets
            "I am [not] going to sign the agreement with the union this week.",
            "I am going to sign the agreement with the union this week.",
        ),
        (
            "We [never] wanted the plant to close before the new owners arrived.",
            "We wanted the plant to close before the new owners arrived.",
        ),
        (  # a bracket that drops the other's negation
            "[The council] will approve the new stadium before the summer.",
            "We won't approve the new stadium before the summer.",
        ),
        (  # a bracket putting another name for a name
            "[Smith] will resign from the board at the end of the month.",
            "Jones will resign from the board at the end of the month.",
        ),
        (  # a bracket putting another figure for a figure
            "We lost [four] of our trucks in the flood on Sunday night.",
            "We lost two of our trucks in the flood on Sunday night.",
        ),
    ],
)
def test_a_bracket_that_changes_what_is_said_still_flags(a, b):
    assert _diff(a, b) is not None
    assert _diff(b, a) is not None


def test_a_cut_that_changes_the_meaning_still_flags():
    diff = _diff(
        "We will not [...] raise taxes on working families next year.",
        "We will not cut spending, but we will raise taxes on working families next year.",
    )
    assert diff is not None and diff.verdict != Verdict.CONSISTENT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Their [sic] going to rebuild the school.", "Their going to rebuild the school."),
        ("[T]he fire spread faster than we expected.", "The fire spread faster than we expected."),
        (
            "We will rebuild the harbour [...] in two years.",
            "We will rebuild the harbour … in two years.",
        ),
    ],
)
def test_an_editors_marks_are_no_version(a, b):
    assert _key(a) == _key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I am [not] going to sign it.", "I am going to sign it."),
        ("[Smith] will resign.", "Jones will resign."),
        ("We lost [four] trucks.", "We lost two trucks."),
    ],
)
def test_a_bracket_that_changes_what_is_said_is_its_own_version(a, b):
    assert _key(a) != _key(b)


def _key(said: str) -> str:
    (q,) = find_quotes(f"“{said}” the chief said.")
    return quote_words_key(Fact("f", "x:0", "x", "quote", q.start, q.end, q.text, q.to_json()))
