"""An ordinal printed in figures in one version of a quotation and in words in
the other ("this 11th hour regulation" / "this eleventh-hour regulation") is
house style, as a cardinal is ("3" / "three"): a fresh reader judged the
conflict it raised wrong (session 22, test half). Another ordinal is still
another word."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _quote(text: str):
    quotes = find_quotes(text)
    assert len(quotes) == 1
    return quotes[0]


SAME = [
    ("By scrapping this 11th hour rule, we protect the river", "By scrapping this "
     "eleventh-hour rule, we protect the river"),
    ("This is the 21st century and our schools must act like it", "This is the "
     "twenty-first century and our schools must act like it"),
    ("It is our 3rd title in a row and the fans deserve it", "It is our third title in "
     "a row and the fans deserve it"),
    ("We celebrate the 90th birthday of the bridge this summer", "We celebrate the "
     "ninetieth birthday of the bridge this summer"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SAME)
def test_an_ordinal_in_figures_or_words_is_house_style(a: str, b: str) -> None:
    qa = _quote(f'"{a}," Mayor Lee said.\n')
    qb = _quote(f'"{b}," the mayor said.\n')
    assert compare_quotes(qa, qb, "A", "B") is None


def test_another_ordinal_is_another_word() -> None:
    qa = _quote('"It is our 3rd title in a row and the fans deserve it," Lee said.\n')
    qb = _quote('"It is our fourth title in a row and the fans deserve it," Lee said.\n')
    diff = compare_quotes(qa, qb, "A", "B")
    assert diff is not None and diff.verdict is Verdict.CONFLICT


def test_a_changed_word_beside_an_ordinal_names_the_ordinal_as_house_style() -> None:
    qa = _quote('"By scrapping this 11th hour rule, we protect the river," Lee said.\n')
    qb = _quote('"By scrapping this eleventh-hour rule, we save the river," Lee said.\n')
    diff = compare_quotes(qa, qb, "A", "B")
    assert diff is not None and diff.verdict is Verdict.CONFLICT
    assert "(number)" in diff.explanation and "protect" in diff.explanation
