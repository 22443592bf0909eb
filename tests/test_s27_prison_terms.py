"""The time a named person served in prison, across whole articles (issue
11, session 27, judge/served.py). Made-up reports.

Reports of one story give a person's past prison term in background sentences
about different things ("Kessler served four and a half months in prison for
his role in the harbour bribery scheme" / "Kessler returned to Ohio … after
serving more than four years for his role in the scheme"): alignment never
pairs them, yet both state how long one person was held. Keyed by the
surname, read only where the sentence states the term firmly, compared
across articles.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.served import served_by
from workbench.model import Claim, Fact

_STORY = (
    "Former city treasurer Walter Kessler died on Sunday at his home near Dayton, his family said. "
    "He was 81 and had been ill with cancer for several months. "
    "Kessler was a central figure in the harbour contracts affair of the 1970s. "
    "A memorial service will be held at a church in Dayton next week. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def terms(tmp_path):
    """The flags two reports of one story show on a named person's prison term."""

    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        paths = pair(tmp_path, _STORY + a + "\n", _STORY + b + "\n", *days)
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if "served in prison" in d.explanation
        ]

    return run


def _length(text: str, length: str) -> tuple[Claim, Fact]:
    at = text.index(length)
    claim = Claim("a:0", "a", 0, 0, len(text), text)
    fact = Fact("f", "a:0", "a", "duration", at, at + len(length), length, {}, mention=object())  # type: ignore[arg-type]
    return claim, fact


@pytest.mark.parametrize(
    ("text", "length", "who"),
    [
        (
            "LaRue served four and a half months in prison for his role in the conspiracy.",
            "four and a half months",
            ("larue", ""),
        ),
        (
            'LaRue was known as the "bagman" who delivered payoffs to keep the burglars quiet, '
            "and served 41/2 months in federal prison for conspiracy to obstruct justice.",
            "41/2 months",
            ("larue", ""),
        ),
        (
            "LaRue returned to Mississippi to tend his family's real estate and oil interests "
            "after serving more than four years for his role in the Watergate scandal.",
            "more than four years",
            ("larue", ""),
        ),
        (
            "Marta Oliveira, who served 18 months in a state jail for fraud, now runs a bakery.",
            "18 months",
            ("oliveira", "marta"),
        ),
        (
            "Dr. Anand Rao spent six years behind bars before his release.",
            "six years",
            ("rao", "anand"),
        ),
        (
            "Okafor later served two years of a five-year sentence before being paroled.",
            "two years",
            ("okafor", ""),
        ),
        (
            "Judge Amaral said Kowalczyk served 121 months in federal prison for the fraud.",
            "121 months",
            ("kowalczyk", ""),
        ),
        # a mixed number that lost its fraction sign in the copy: 4½, 7¾, 2¼
        (
            "LaRue was known as the bagman and served 412 months in federal prison.",
            "412 months",
            None,
        ),
        ("Herrera served 734 years in a state prison for arson.", "734 years", None),
        ("Ibsen served 214 years in jail for his role in the fraud.", "214 years", None),
        # not a prison term
        ("Brennan served 20 years in the Army before entering politics.", "20 years", None),
        (
            "Brennan served seven seasons as an assistant coach for the 76ers.",
            "seven seasons",
            None,
        ),
        ("Brennan spent three years in Paris after the war.", "three years", None),
        ("Brennan served 20 years in the prison as a guard.", "20 years", None),
        ("Brennan served 25 years in the prison system before retiring.", "25 years", None),
        ("Brennan spent a decade in a county jail's medical staff.", "a decade", None),
        # a term still running, one to come, one asked for
        ("Brennan has served 12 years in prison so far.", "12 years", None),
        ("Brennan is serving 12 years in prison for fraud.", "12 years", None),
        ("Brennan must serve at least 35 years in prison before parole.", "35 years", None),
        ("Brennan will spend at least 45 years in prison.", "45 years", None),
        # someone else, or no one named
        ("Brennan and Castillo served three years in prison for the fraud.", "three years", None),
        # the one named right before the verb served, whoever tells it
        (
            "Brennan said Castillo served three years in prison for the fraud.",
            "three years",
            ("castillo", ""),
        ),
        # a pronoun is not resolved: no one named
        ("Brennan said he served three years in prison for the fraud.", "three years", None),
        (
            "Brennan, whose brother was convicted, was released after serving two years in jail.",
            "two years",
            None,
        ),
        ("He served three years in prison for the fraud.", "three years", None),
        ("The driver jailed in Ohio served three years in prison.", "three years", None),
        ("Brennan's driver served three years in prison for the fraud.", "three years", None),
    ],
)
def test_whose_prison_term_a_length_is(text, length, who):
    assert served_by(*_length(text, length)) == who


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Kessler served four and a half months in prison for his role in the scheme.",
            "Kessler went back to Ohio to look after the family farm and its orchards after "
            "serving more than four years for his role in the scheme.",
            ("four and a half months", "more than four years"),
        ),
        (
            "Kessler, who spent 18 months in a county jail, later taught at a community college.",
            "Friends recalled that Kessler served three years in a federal prison and never "
            "spoke about it.",
            ("18 months", "three years"),
        ),
    ],
)
def test_a_prison_term_stated_in_other_words_is_compared(terms, a, b, values):
    assert terms(a, b) == [(*values, "conflict", "figures_never_met")]


def test_the_name_is_shown_as_written(tmp_path):
    paths = pair(
        tmp_path,
        _STORY + "McArdle served four and a half months in prison for his role in it.\n",
        _STORY
        + "McArdle went back to Ohio after serving more than four years for his role in it.\n",
        "2024-03-04",
        "2024-03-04",
    )
    shown = [d.explanation for d in analyze_paths(paths).discrepancies]
    assert any("time McArdle served in prison" in e for e in shown), shown


def test_the_same_term_is_not_shown_as_a_conflict(terms):
    found = terms(
        "Kessler served four and a half months in prison for his role in the scheme.",
        "Kessler went back to Ohio to look after the family farm after serving four and a "
        "half months in a federal prison.",
    )
    assert all(verdict != "conflict" for *_, verdict, _ in found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people of one family: first names differ
        (
            "Walter Kessler served four years in prison for his role in the scheme.",
            "His brother Hans Kessler, who served two years in a state prison, survives him.",
        ),
        # two defendants
        (
            "Kessler served four years in prison for his role in the scheme.",
            "His deputy, Moreau, served two years in prison for his role in the scheme.",
        ),
        # a term still running against a past one
        (
            "Kessler served four years in prison for his role in the scheme.",
            "Kessler's nephew is serving two years in prison for an unrelated fraud.",
        ),
    ],
)
def test_terms_of_different_people_are_not_compared(terms, a, b):
    assert terms(a, b) == []


def test_an_article_giving_one_person_two_terms_gives_none(terms):
    assert (
        terms(
            "Kessler served four years in prison for his role in the scheme. "
            "Kessler spent two more years behind bars in the 1980s for tax evasion.",
            "Kessler went back to Ohio to look after the family farm after serving six years "
            "in a federal prison.",
        )
        == []
    )
