"""One foreign name in two romanisations (trial 33; judge/translit.py).

"Kurbanguly" / "Gurbanguly" / "Gurbanguli Berdymukhamedov" was never flagged:
the first letters differ, and two given names a letter apart were asked about
only in aligned sentences. Such variants are house style, not a misspelling:
consistent (session 34: a question asked what the text settles; readers
judged it so), never a conflict, and a misspelt English name ("Hefner" /
"Heffner", "Jody" / "Jodi") stays a conflict."""

from __future__ import annotations

import pytest
from conftest import name_flags

from workbench.judge.translit import transliterated
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kurbanguly Berdymukhamedov", "Gurbanguly Berdymukhamedov"),  # K / G, aligned or not
        ("Gurbanguly Berdymukhamedov", "Gurbanguli Berdymukhamedov"),  # y / i
        ("Gurbanguly Berdymukhamedov", "Gurbanguly Berdimuhamedow"),  # y/i, kh/h, -ov/-ow
        ("Nursultan Nazarbayev", "Nursultan Nazarbaev"),  # -yev / -ev
        ("Mikhail Khodorkovsky", "Mikhail Hodorkovsky"),  # kh / h
        ("Muammar Qaddafi", "Muammar Gaddafi"),  # Q / G
    ],
)
def test_a_name_in_two_romanisations_is_consistent(tmp_path, one, other):
    a = f"The decree was signed on Monday by President {one} in the capital.\n"
    b = (
        "Opposition groups abroad called the vote a sham.\n\n"
        f"Critics say {other} has tightened his grip on the media since taking office.\n"
    )
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONSISTENT and d.rule == "name_transliterated_two_ways"
    assert {s.text for s in d.sides} == {one, other}
    assert "romanisations" in d.explanation and "one spelling is wrong" not in d.explanation


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Hefner", "Heffner"),  # a doubled letter
        ("Wolfe", "Wolff"),
        ("Smyth", "Smith"),  # y / i in an English name: a misspelling
    ],
)
def test_a_misspelt_english_name_stays_a_conflict(tmp_path, one, other):
    a = f"The report was written by Andrew {one}, a lawyer for the council.\n"
    b = f"Andrew {other}, who wrote the report, is a lawyer for the council.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "name_spelled_two_ways"


def test_given_names_y_and_i_in_an_english_name_stay_a_misspelling(tmp_path):
    a = "Jody Arias, the club's treasurer, resigned on Friday after the audit.\n"
    b = "Jodi Arias, the club's treasurer, resigned on Friday after the audit.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "name_spelled_two_ways"


@pytest.mark.parametrize(
    ("a", "b", "names", "want"),
    [
        ("Kurbanguly", "Gurbanguly", "", True),
        ("Gurbanguly", "Gurbanguli", "Berdymukhamedov", True),
        ("Berdymukhamedov", "Berdimuhamedow", "", True),
        ("Dmitry", "Dmitri", "Medvedev", True),
        ("Dzhokhar", "Jokhar", "", True),
        ("Kristy", "Kristi", "Hall", False),  # y / i with nothing foreign about it
        ("Jody", "Jodi", "Arias", False),
        ("Hefner", "Heffner", "", False),
        ("Kelly", "Kelley", "", False),
        ("Gary", "Kary", "", True),  # an opening K / G alone
        ("Ivan", "Ivan", "", False),
        ("Li", "Ly", "", False),  # too short to say
    ],
)
def test_transliterated(a, b, names, want):
    assert transliterated(a, b, names) is want
