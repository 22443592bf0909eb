"""The year of a named work across whole articles (issue 11, session 26,
judge/works.py). Made-up reports.

Two reports mention a film, a book or an album in background sentences about
different things ("the merchandise, along with a film in 2005, 'The Life of
Rosa Delmar', …" / "she was celebrated in the 2006 cable movie, The Life of
Rosa Delmar, starring …"); alignment never pairs them, yet both give the
year of one named work. Keyed by (kind of work, title), read only where the
sentence states the year firmly, compared across articles.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.works import work_of_year
from workbench.model import Claim, Fact

# Sentences both reports carry (one story), none of them naming a work.
_STORY = (
    "The singer and actress Rosa Delmar died on Tuesday at a hospital in Lisbon, her family said. "
    "Delmar had been admitted to hospital last month after a fall at her home. "
    "Tributes poured in from fellow performers across Europe and the United States. "
    "Her family asked for privacy and said a funeral would be held next week. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def years(tmp_path):
    """The flags two reports of one story show on a named work's year."""

    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        paths = pair(tmp_path, _STORY + a + "\n", _STORY + b + "\n", *days)
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if "year of the" in d.explanation
        ]

    return run


def _year(text: str, year: str) -> tuple[Claim, Fact]:
    at = text.index(year)
    claim = Claim("a:0", "a", 0, 0, len(text), text)
    fact = Fact("f", "a:0", "a", "date", at, at + 4, year, {}, mention=object())  # type: ignore[arg-type]
    return claim, fact


@pytest.mark.parametrize(
    ("text", "year", "work"),
    [
        (
            "Page was also celebrated in the 2006 HBO movie, The Notorious Bettie Page, "
            "starring Gretchen Mol.",
            "2006",
            ("screen", "The Notorious Bettie Page"),
        ),
        (
            "The merchandise, along with a film in 2005,\n“The Notorious Bettie Page,” helped "
            "introduce her to a new generation.",
            "2005",
            ("screen", "The Notorious Bettie Page"),
        ),
        ("The band's 1994 album 'Dookie' sold ten million copies.", "1994", ("record", "Dookie")),
        (
            "His 1987 debut novel, The Glass Orchard, was never out of print.",
            "1987",
            ("print", "The Glass Orchard"),
        ),
        (
            "She won an Oscar for the film “Silent Harbour” (2011) and a Bafta two years later.",
            "2011",
            ("screen", "Silent Harbour"),
        ),
        (
            "She starred in the film 'Schindler's Garden' (1994) before leaving for Paris.",
            "1994",
            ("screen", "Schindler's Garden"),
        ),
        (
            "She was the model for a heroine in the 1982 comic series The Rocketeer.",
            "1982",
            ("print", "The Rocketeer"),
        ),
        # a quoted title with no work noun: a book or a film, unsaid
        ("Woodward wrote in “Secret Man: The Story of Deep Throat” (2006).", "2006", None),
        ("The 2005 season of the show Lost was its best.", "2005", None),  # a season's year
        ("In 2005 the film was shown at Cannes.", "2005", None),  # no title
        ("The 2005 film about the strike won no prizes.", "2005", None),  # described, not named
        ("Sales rose in 2005, the company said.", "2005", None),
    ],
)
def test_whose_year_a_year_is(text, year, work):
    assert work_of_year(*_year(text, year)) == work


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Her fame returned with a film in 2005, 'The Life of Rosa Delmar', shown at Cannes.",
            "She was celebrated in the 2006 cable movie, The Life of Rosa Delmar, starring "
            "Ana Reis.",
            ("2005", "2006"),
        ),
        (
            "Critics still rank her 1971 album Blue Harbour Nights among the finest of the decade.",
            "Fans queued to buy copies of the 1972 album “Blue Harbour Nights” on the day of "
            "her death.",
            ("1971", "1972"),
        ),
        (
            "A biography, her 1998 memoir Dancing in Lisbon, was reissued this year.",
            "Booksellers reported that the 1999 book 'Dancing in Lisbon' had sold out by noon.",
            ("1998", "1999"),
        ),
    ],
)
def test_a_works_year_stated_in_other_words_is_compared(years, a, b, values):
    assert years(a, b) == [(*values, "conflict", "figures_never_met")]


def test_the_same_year_is_not_shown(years):
    assert (
        years(
            "Her fame returned with a film in 2005, 'The Life of Rosa Delmar', shown at Cannes.",
            "She was celebrated in the 2005 cable movie, The Life of Rosa Delmar.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a remake (a new recording): one title, two works decades apart
        (
            "Critics still rank her 1971 album Blue Harbour Nights among the finest of the decade.",
            "Fans queued to buy copies of the 1998 album “Blue Harbour Nights”, a new "
            "recording, on the day of her death.",
        ),
        # a novel and the film of it share a title, not a year; "by" ends a title
        (
            "Critics still rank her role in the 1972 film The Orange Grove among the finest "
            "of the decade.",
            "Fans queued outside bookshops selling the 1970 novel The Orange Grove by Maria "
            "Lenz on the day of her death.",
        ),
        # two different titles
        (
            "She starred in the 1972 film The Orange Grove, shot in Seville.",
            "She starred in the 1973 film The Lemon Grove, shot in Porto.",
        ),
    ],
)
def test_different_works_are_not_compared(years, a, b):
    assert years(a, b) == []


def test_an_article_giving_one_work_two_years_gives_none(years):
    assert (
        years(
            "The 2005 film The Life of Rosa Delmar premiered at Cannes. "
            "It reached cinemas as the 2006 film The Life of Rosa Delmar a year later.",
            "She was celebrated in the 2007 cable movie, The Life of Rosa Delmar.",
        )
        == []
    )
