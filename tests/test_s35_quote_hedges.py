"""Partial quotes, hedges and one verdict per quoted remark (issue 11, session 35).
Cases made up: an eruption, a rail line, a flood, a mine, a fire, a port, a
school, a bridge, a storm, a strike.

1. An accurate partial quote is no conflict: the reporter writes the turning
   words itself outside the marks ('said the repairs may "take weeks"', 'was
   not yet "able to say when"', 'Unless the rain stops, Okoro said, "…"'), or
   the hedge governs a clause of its own the cut drops ("What may surprise
   people is that …", "As you might expect, …"), or the quote is split around
   its attribution or joined by an ellipsis where nothing turning is left out.
2. A shortening that drops a hedge, a condition, a negation or a bound on a
   figure is a conflict whose explanation names the dropped words: "…, possibly
   weeks", "…, weather permitting", "Apparently …", "It is possible that …",
   "More than 200 …", "… will reopen … on Monday" over "possibly"; a hedged
   quote reworded flat ("not yet able" / "able", "may" / "will") stays one. A
   bound in time ("for the moment", "as things stand") is a question, never
   "shortened; meaning kept".
3. One sentence pair carries one verdict on one quoted remark: a quote
   conflict leaves out a consistent duration or number flag on words the two
   quotations write differently ("up to five days" / "five days").
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(a: str, b: str):
    qa, qb = find_quotes(a), find_quotes(b)
    assert qa and qb, (a, b)
    return compare_quotes(qa[0], qb[0], "Courier", "Herald", (a, b))


def _both_ways(a: str, b: str):
    return [_diff(a, b), _diff(b, a)]


# ------------------------------------------------------- 1. accurate partial quotes

FAITHFUL = [
    # the reporter writes the hedge, another hedge, the negation or the condition
    (
        '"The repairs may take weeks to complete," the rail engineer said.',
        'The rail engineer said the repairs may "take weeks to complete".',
    ),
    (
        '"The repairs may take weeks to complete," the rail engineer said.',
        'The rail engineer said the repairs could "take weeks to complete".',
    ),
    (
        '"We are not yet able to say when the line will reopen," Okoro said.',
        'Okoro said the company was not yet "able to say when the line will reopen".',
    ),
    (
        '"Unless the rain stops, the river will burst its banks," the hydrologist said.',
        'Unless the rain stops, the hydrologist said, "the river will burst its banks".',
    ),
    (
        '"If the swell drops, the port will reopen on Thursday," harbour master Ines Dias said.',
        'Harbour master Ines Dias said that if the swell drops "the port will reopen on Thursday".',
    ),
    (
        '"Repairs to the bridge will take weeks, possibly months," the council said.',
        'The council said repairs "will take weeks", possibly months.',
    ),
    # a hedge inside a clause of its own the cut drops
    (
        '"What may surprise people is that the dam held," the flood warden said.',
        'The flood warden said "the dam held".',
    ),
    (
        '"As you might expect, the crews were exhausted by the end," the fire chief said.',
        '"The crews were exhausted by the end," the fire chief said.',
    ),
    (
        '"Those who may have been exposed should see a doctor within two days," Dr Amir said.',
        'Dr Amir said anyone who may have been exposed "should see a doctor within two days".',
    ),
    # an ellipsis, a split around the attribution, another style of marks
    (
        '"The magma has found a path to the surface, and we expect this eruption to continue '
        'for days, possibly weeks," volcanologist Ana Ruiz said.',
        '"The magma has found a path to the surface ... we expect this eruption to continue '
        'for days, possibly weeks," volcanologist Ana Ruiz said.',
    ),
    (
        '"The magma has found a path to the surface, and we expect this eruption to continue '
        'for days, possibly weeks," volcanologist Ana Ruiz said.',
        "“We expect this eruption to continue for days, possibly weeks,” said Ana Ruiz.",
    ),
    (
        '"The line will reopen on Monday, and the buses will run until then," Okoro said.',
        '"The line will reopen on Monday," Okoro said, "and the buses will run until then."',
    ),
    (
        '"We don\'t yet know how many miners were below ground. It could be dozens," the '
        "mine manager said.",
        'The mine manager said "it could be dozens".',
    ),
]


@pytest.mark.parametrize(("full", "part"), FAITHFUL)
def test_an_accurate_partial_quote_is_no_conflict(full, part):
    for d in _both_ways(full, part):
        assert d is None or d.verdict != Verdict.CONFLICT, d.explanation


def test_a_partial_quote_whose_reporter_writes_the_hedge_reads_as_kept():
    d = _diff(
        '"We are not yet able to say when the line will reopen," Okoro said.',
        'Okoro said the company was not yet "able to say when the line will reopen".',
    )
    assert d is not None and d.verdict == Verdict.CONSISTENT, d
    assert "meaning kept" in d.explanation


def test_a_split_quote_missing_words_at_its_split_is_a_question():
    d = _diff(
        '"The magma has found a path to the surface, and we expect this eruption to continue '
        'for days, possibly weeks," said Ruiz.',
        '"The magma has found a path," Ruiz said. "We expect this eruption to continue for '
        'days, possibly weeks."',
    )
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
    assert "splits the quote around its attribution" in d.explanation, d.explanation
    assert "'to the surface, and'" in d.explanation, d.explanation


def test_yet_cut_after_a_negation_is_a_bound_in_time_not_a_but():
    d = _diff(
        '"The worst of the flooding is not over yet," the warden said.',
        '"The worst of the flooding is not over," the warden said.',
    )
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
    assert "a bound in time: 'yet'" in d.explanation, d.explanation


# ------------------------------------------------------------- 2. hedges dropped

# (full, shortened, words the explanation must name)
DROPPED = [
    (
        '"The magma has found a path to the surface, and we expect this eruption to continue '
        'for days, possibly weeks," volcanologist Ana Ruiz said.',
        'Volcanologist Ana Ruiz said: "We expect this eruption to continue for days."',
        "possibly weeks",
    ),
    (
        '"Repairs will take weeks, maybe months," Okoro said.',
        '"Repairs will take weeks," Okoro said.',
        "maybe months",
    ),
    (
        '"The water should recede within 10 days, perhaps 12," the mayor said.',
        'The mayor said "the water should recede within 10 days".',
        "perhaps 12",
    ),
    (
        '"We expect to finish the repairs by Friday, weather permitting," the engineer said.',
        '"We expect to finish the repairs by Friday," the engineer said.',
        "weather permitting",
    ),
    (
        '"The ferry will sail on Monday, all being well," the operator said.',
        '"The ferry will sail on Monday," the operator said.',
        "all being well",
    ),
    (
        '"The school will reopen next week, depending on the inspection," the head said.',
        'The head said "the school will reopen next week".',
        "depending on the inspection",
    ),
    (
        '"The worst of the storm is over, it seems," the forecaster said.',
        '"The worst of the storm is over," the forecaster said.',
        "it seems",
    ),
    (
        '"The strike will end tomorrow, hopefully," the union said.',
        '"The strike will end tomorrow," the union said.',
        "hopefully",
    ),
    (
        '"Apparently the fire was started deliberately," the chief said.',
        '"The fire was started deliberately," the chief said.',
        "Apparently",
    ),
    (
        '"It is possible that the fire was started deliberately," the chief said.',
        'The chief said "the fire was started deliberately".',
        "It is possible that",
    ),
    (
        '"In all likelihood the worst is over," the minister said.',
        '"The worst is over," the minister said.',
        "In all likelihood",
    ),
    (
        '"There is a chance the levee will fail tonight," the warden said.',
        '"The levee will fail tonight," the warden said.',
        "There is a chance",
    ),
    (
        '"More than 200 homes may have to be rebuilt," Mayor Ruth Adler said.',
        '"200 homes may have to be rebuilt," Mayor Ruth Adler said.',
        "More than",
    ),
    (
        '"Up to five ships are stuck outside the harbour," the port said.',
        'The port said "five ships are stuck outside the harbour".',
        "Up to",
    ),
    # a gap at an ellipsis or where the reporter splits the quote
    (
        '"The line will reopen, possibly on Monday, once the track is checked," Okoro said.',
        '"The line will reopen," Okoro said, "once the track is checked."',
        "possibly on Monday",
    ),
    (
        '"The mine will reopen in May if the inspectors sign off the new shaft," the owner said.',
        '"The mine will reopen in May ... the new shaft," the owner said.',
        "if the inspectors sign off",
    ),
    (
        '"The pier will not reopen this summer, and the ferries will dock at Ness," the council '
        "said.",
        '"The pier will," the council said, "reopen this summer, and the ferries will dock at '
        'Ness."',
        "not",
    ),
]


@pytest.mark.parametrize(("full", "cut", "named"), DROPPED)
def test_a_shortening_that_drops_a_hedge_is_a_conflict_naming_it(full, cut, named):
    for d in _both_ways(full, cut):
        assert d is not None and d.verdict == Verdict.CONFLICT, d
        assert named in d.explanation, d.explanation


@pytest.mark.parametrize(
    ("hedged", "flat", "named"),
    [
        (
            '"We are not yet able to say when," the engineer said.',
            '"We are able to say when," the engineer said.',
            "not yet",
        ),
        (
            '"It may take weeks to restore power," the utility said.',
            '"It will take weeks to restore power," the utility said.',
            "'may'",
        ),
        (
            '"The strike could last for two weeks," Jo Park said.',
            '"The strike will last for two weeks," Jo Park said.',
            "'could'",
        ),
        (
            '"The outbreak appears to be slowing," the minister said.',
            '"The outbreak is slowing," the minister said.',
            "appears to be",
        ),
    ],
)
def test_a_hedged_quote_reworded_flat_is_never_meaning_kept(hedged, flat, named):
    for d in _both_ways(hedged, flat):
        assert d is not None and d.verdict == Verdict.CONFLICT, d
        assert "meaning kept" not in d.explanation
        assert named in d.explanation, d.explanation


@pytest.mark.parametrize("bound", ["for the moment", "as things stand", "at the earliest"])
def test_a_bound_in_time_cut_is_a_question_not_meaning_kept(bound):
    d = _diff(
        f'"The coast road will stay open, {bound}," the police said.'
        if bound != "at the earliest"
        else '"The coast road will reopen on Friday at the earliest," the police said.',
        '"The coast road will stay open," the police said.'
        if bound != "at the earliest"
        else '"The coast road will reopen on Friday," the police said.',
    )
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
    assert "a bound in time" in d.explanation, d.explanation


# ------------------------------------------------------------- 3. one verdict per remark


def _analyse(tmp_path, *bodies: str):
    paths = []
    for n, body in enumerate(bodies):
        outlet = ("Courier", "Gazette")[n]
        front = f"---\ntitle: t{n}\noutlet: {outlet}\npublished: 2031-05-06\n---\n"
        paths.append(
            write(tmp_path, f"{'ab'[n]}.txt", front + "Floods hit the valley.\n\n" + body + "\n")
        )
    return analyze_paths(paths)


@pytest.mark.parametrize(
    ("a", "b", "quote_words"),
    [
        (
            '"The line could stay closed for up to five days," said engineer Ben Okoro.',
            '"The line will stay closed for five days," said engineer Ben Okoro.',
            "up to",
        ),
        (
            '"About 200 homes may have to be rebuilt," said Mayor Ruth Adler.',
            '"200 homes will have to be rebuilt," said Mayor Ruth Adler.',
            "may",
        ),
        (
            '"More than 40 families will need new homes," said Mayor Ruth Adler.',
            '"40 families will need new homes," said Mayor Ruth Adler.',
            "More than",
        ),
    ],
)
def test_an_altered_quote_carries_no_consistent_flag_on_its_own_words(tmp_path, a, b, quote_words):
    found = _analyse(tmp_path, a, b)
    quotes = [d for d in found.discrepancies if d.kind == "quote"]
    assert [d.verdict for d in quotes] == [Verdict.CONFLICT], quotes
    assert quote_words in quotes[0].explanation, quotes[0].explanation
    others = [d for d in found.discrepancies if d.kind != "quote"]
    assert all(d.verdict != Verdict.CONSISTENT for d in others), [d.explanation for d in others]


def test_a_consistent_flag_outside_the_quote_marks_is_kept(tmp_path):
    found = _analyse(
        tmp_path,
        'About 200 homes were flooded, and Mayor Ruth Adler said: "It may take weeks to pump '
        'them dry."',
        '200 homes were flooded, and Mayor Ruth Adler said: "It will take weeks to pump them dry."',
    )
    kinds = {(d.kind, d.verdict) for d in found.discrepancies}
    assert ("quote", Verdict.CONFLICT) in kinds, kinds
    assert any(
        d.kind != "quote" and d.verdict == Verdict.CONSISTENT for d in found.discrepancies
    ), kinds
