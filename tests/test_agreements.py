"""Agreements (workbench/findings/agree.py): a consistent finding whose
sources all state the same figure as written is no item to review; since
session 30 neither is one whose figures, each read from its own words, agree
by conversion, bound, hedge or rounding; one that needed resolving against a
publication date stays one. Decided from the facts' normalised values."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.as_written import stated
from workbench.facts.registry import FAMILIES
from workbench.findings.agree import is_agreement
from workbench.model import Fact, Finding, Side, Verdict, Version

PUBLISHED = date(2019, 6, 23)


def _fact(article: str, sentence: str, words: str, published: date | None) -> Fact:
    """The fact of ``words`` in ``sentence``, as the first family that finds
    it reads it (the registry's order, as the analysis does)."""
    at = sentence.index(words)
    for family in FAMILIES:
        if family.scope != "claim":
            continue
        for m in family.find(sentence, published):
            if m.start <= at < m.end:
                value = m.to_json()
                where = (m.start, m.end, m.text)
                return Fact(f"{article}-f", f"{article}-c", article, m.kind, *where, value, m)
    raise AssertionError(f"no fact at {words!r} in {sentence!r}")


def _finding(
    sentences: list[tuple[str, str]],
    verdict: Verdict = Verdict.CONSISTENT,
    published: date | list[date | None] | None = PUBLISHED,
    versions: int = 1,
):
    """One finding stating ``sentences`` (sentence, words) in articles a, b, …
    as ``versions`` versions (the last sources form the later versions)."""
    dates = published if isinstance(published, list) else [published] * len(sentences)
    facts = [
        _fact(chr(ord("a") + n), sentence, words, dates[n])
        for n, (sentence, words) in enumerate(sentences)
    ]
    sides = [Side(f.article, f.claim, f.start, f.end, f.text, "") for f in facts]
    cut = len(sides) - (versions - 1)
    groups = [sides[:cut], *([s] for s in sides[cut:])]
    found = Finding(
        "F0", facts[0].kind, verdict, "", "", tuple(Version("v", tuple(g), len(g)) for g in groups),
        (), ("d1",),
    )  # fmt: skip
    at = {(f.article, f.start, f.end): f for f in facts}
    of_claim = {
        f.claim: [f, *_days(f, sentence, on)]
        for f, (sentence, _), on in zip(facts, sentences, dates, strict=True)
    }
    return found, at.get, stated, lambda c: of_claim.get(c, ())


def _days(fact: Fact, sentence: str, published: date | None) -> list[Fact]:
    """The other dates of the fact's sentence (a clock time's day)."""
    out = []
    for family in FAMILIES:
        if family.scope != "claim" or fact.kind != "time":
            continue
        for n, m in enumerate(family.find(sentence, published)):
            if m.kind == "date" and m.start != fact.start:
                value = m.to_json()
                where = (m.start, m.end, m.text)
                out.append(
                    Fact(f"{fact.article}-d{n}", fact.claim, fact.article, m.kind, *where, value, m)
                )
    return out


@pytest.mark.parametrize(
    "pair",
    [
        # (a bare "61" is a count to the facts, "61-year-old" an age: two versions)
        (("A sixty-one-year-old died.", "sixty"), ("A 61-year-old victim died.", "61")),
        (("Two people died.", "Two"), ("2 people died.", "2")),
        (("The deal is worth $13.9 billion.", "$13.9"), ("The deal is worth $13.9bn.", "$13.9")),
        (("Growth was five per cent.", "five"), ("Growth was 5%.", "5%")),
        (("It happened on 22 November 2013.", "22"), ("It happened on November 22, 2013.", "N")),
        (("He served fifteen years.", "fifteen"), ("He served 15 years.", "15")),
        (("The screen is 3.1 inches wide.", "3.1"), ("The screen is 3.1in wide.", "3.1")),
    ],
)
def test_the_same_figure_as_written_is_an_agreement(pair) -> None:
    found, fact_at, how, days = _finding(list(pair))
    assert is_agreement(found, fact_at, how, days)


@pytest.mark.parametrize(
    "pair",
    [
        # resolved against the publication date (session 30: conversions,
        # roundings and hedges agree by arithmetic, tests/test_s30_agreements.py)
        (("He was arrested yesterday.", "yesterday"), ("He was arrested on June 22.", "June")),
        (("It opened today.", "today"), ("It opened on Monday.", "Monday")),
    ],
)
def test_a_figure_that_needed_normalising_is_no_agreement(pair) -> None:
    found, fact_at, how, days = _finding(list(pair))
    assert not is_agreement(found, fact_at, how, days)


def test_the_same_day_without_a_publication_date_agrees_only_as_stated() -> None:
    """Undated articles leave 'June 22' without a year on both sides: nothing
    was resolved, both state the same day."""
    pair = [("He was arrested on June 22.", "June"), ("He was arrested on June 22.", "June")]
    found, fact_at, how, days = _finding(pair, published=None)
    assert is_agreement(found, fact_at, how, days)


def test_only_consistent_findings_of_one_version_agree() -> None:
    pair = [("Two people died.", "Two"), ("2 people died.", "2")]
    found, fact_at, how, days = _finding(pair, verdict=Verdict.UNRESOLVED)
    assert not is_agreement(found, fact_at, how, days)
    found, fact_at, how, days = _finding(pair, verdict=Verdict.CONFLICT)
    assert not is_agreement(found, fact_at, how, days)


def test_three_sources_agree_only_when_every_one_states_it_alone() -> None:
    same = [("Two people died.", "Two"), ("2 people died.", "2"), ("Two died.", "Two")]
    assert is_agreement(*_finding(same))
    one_day = [
        ("He was freed on 9 September 2010.", "9"),
        ("He was freed on 9 September 2010.", "9"),
        ("He was freed yesterday.", "yesterday"),
    ]
    assert not is_agreement(*_finding(one_day, published=FRI))


def test_a_side_without_a_figure_is_no_agreement() -> None:
    """A quote or a name is no figure: never an agreement."""
    found, _, how, _days_of = _finding([("Two people died.", "Two"), ("2 people died.", "2")])
    assert not is_agreement(found, lambda where: None, how)


def test_without_the_families_no_time_is_an_agreement() -> None:
    """The review log's side of the findings package cannot reread a time:
    without ``stated`` a time never counts as stated as written."""
    pair = [("It happened on 22 November 2013.", "22"), ("It happened on 22 November 2013.", "22")]
    found, fact_at, how, days = _finding(pair)
    assert is_agreement(found, fact_at, how, days)
    assert not is_agreement(found, fact_at)


FRI, SAT, SUN, MON = (date(2010, 9, d) for d in (10, 11, 12, 13))


@pytest.mark.parametrize(
    "pair",
    [
        # trial 36: one clock time in two typographies, its day the same word
        (
            ("The shootings happened shortly after 8:30 p.m. Thursday.", "8:30"),
            ("The shooting took place just after 8:30pm Thursday night inside.", "8:30"),
        ),
        (("Polls open at 7 a.m. on Tuesday.", "7 a.m."), ("Polls open at 7am Tuesday.", "7am")),
        (("The vote closed at 10 p.m.", "10"), ("The vote closed at 10pm.", "10")),
        (("The deal is worth $5.4 billion.", "$5.4"), ("The deal is worth US$5.4bn.", "US$")),
        (("Six people were hurt.", "Six"), ("6 people were hurt.", "6")),
        (("It was signed on Sept. 9.", "Sept"), ("It was signed on September 9.", "Sept")),
        (("He was arrested on Saturday.", "Saturday"), ("He was arrested Saturday.", "Sat")),
        (("She was freed yesterday.", "yesterday"), ("She was freed yesterday.", "yesterday")),
    ],
)
def test_the_same_words_in_papers_of_one_date_are_an_agreement(pair) -> None:
    """Words that need the publication date ("Thursday", "yesterday", "Sept.
    9" without its year) state the same value in two papers of the same date:
    nothing was resolved differently on either side."""
    assert is_agreement(*_finding(list(pair), published=FRI))


@pytest.mark.parametrize(
    ("pair", "dates"),
    [
        # the same Saturday, counted back from a Sunday and from a Monday paper
        (
            (("He was arrested on Saturday.", "Sat"), ("He was arrested Saturday.", "Sat")),
            [SUN, MON],
        ),
        # the day of the clock time is another word, or another paper's day
        (
            (
                ("It began at 8:30 p.m. Thursday.", "8:30"),
                ("It began at 8:30 p.m. yesterday.", "8:30"),
            ),
            [FRI, FRI],
        ),
        (
            (("It began at 8:30 p.m. Thursday.", "8:30"), ("It began at 8:30pm Thursday.", "8:30")),
            [FRI, SAT],
        ),
        (
            (("It began at 8:30 p.m. Thursday.", "8:30"), ("It began at 8:30 p.m.", "8:30")),
            [FRI, FRI],
        ),
        # 'last Thursday' is Thursday in a Monday paper only by counting back
        (
            (("He was freed on Thursday.", "Thu"), ("He was freed last Thursday.", "last")),
            [MON, MON],
        ),
        # 'yesterday' on Saturday and 'Friday': the same day only after counting
        ((("Talks ended yesterday.", "yesterday"), ("Talks ended Friday.", "Friday")), [SAT, SAT]),
    ],
)
def test_words_that_agree_only_by_their_publication_dates_stay_to_review(pair, dates) -> None:
    assert not is_agreement(*_finding(list(pair), published=dates))


@pytest.mark.parametrize(
    "pair",
    [
        # converted, bounded or rounded to agree
        (("The match lasted 2 hours.", "2"), ("The match lasted 120 minutes.", "120")),
        (("The bridge is 5 miles long.", "5"), ("The bridge is 8 km long.", "8")),
        (("More than 40 people were hurt.", "More"), ("40 people were hurt.", "40")),
        (("Nearly 200 homes burned.", "Nearly"), ("200 homes burned.", "200")),
        (("Half an hour later it ended.", "Half"), ("30 minutes later it ended.", "30")),
    ],
)
def test_conversions_bounds_and_roundings_agree_by_arithmetic(pair) -> None:
    """Session 30 (find46) reversed session 28's call: a consistent finding
    whose figures are read from their own words agrees by arithmetic (no
    publication date), listed with the agreements, no item to review."""
    assert is_agreement(*_finding(list(pair), published=FRI))


@pytest.mark.parametrize(
    "pair",
    [
        # trial 36, c18: which two hours places the length; the length is one figure
        (
            ("What followed was a tense two hours.", "two"),
            ("He spent the next two hours inside.", "the"),
        ),
        (("The talks took three days.", "three"), ("The first three days were calm.", "first")),
        (
            ("After 45 minutes the fire was out.", "45"),
            ("For the next 45 minutes it burned.", "the"),
        ),
    ],
)
def test_a_length_placed_in_the_story_is_the_same_figure(pair) -> None:
    assert is_agreement(*_finding(list(pair), published=None))


@pytest.mark.parametrize(
    "pair",
    [
        (
            ("About two hours later he left.", "About"),
            ("He spent the next two hours inside.", "the"),
        ),
        (("Nearly three days passed.", "Nearly"), ("The first three days were calm.", "first")),
    ],
)
def test_a_placed_length_with_a_hedge_on_one_side_agrees_by_arithmetic(pair) -> None:
    assert is_agreement(*_finding(list(pair), published=None))
