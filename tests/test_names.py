"""One name spelled two ways by two sources (judge/names.py).

Trial 22's editor: names were the largest class of real discrepancies never
shown. Cases are written for this test, in several shapes: a surname a letter
off, a doubled letter, a transposition, a given name apart, a hyphenated name;
and what must stay quiet: two people of one family, plurals and possessives,
British and American spellings, a word written in lower case too, an article
writing both spellings."""

from __future__ import annotations

import pytest
from conftest import name_flags, pair

from workbench.analysis import analyze_paths
from workbench.judge.names import full_names, spelled_alike
from workbench.model import Claim, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Hefner", "Heffner"),  # a doubled letter
        ("Wetzler", "Welzler"),  # one letter off
        ("Iguodala", "Iguodola"),
        ("Gonzalez", "Gonzales"),
        ("Kowalczyk", "Kowalcyzk"),  # two letters swapped
        ("Abu-Hamdan", "Abu-Hamdam"),  # a hyphenated name,
    ],
)
def test_a_surname_spelled_two_ways_is_a_conflict(tmp_path, one, other):
    a = f"The report was written by Andrew {one}, a lawyer for the council.\n"
    b = f"Andrew {other}, who wrote the report, is a lawyer for the council.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "name_spelled_two_ways"
    assert {s.text for s in d.sides} == {f"Andrew {one}", f"Andrew {other}"}
    assert f"‘Andrew {one}’" in d.explanation and "one spelling is wrong" in d.explanation


def test_the_side_is_where_the_article_writes_the_name(tmp_path):
    a = "Police said Maria Kovacs, 41, was arrested at her home.\n"
    b = "Maria Kovacz, 41, was arrested at her home, police said.\n"
    paths = pair(tmp_path, a, b)
    analysis = analyze_paths(paths)
    (d,) = [d for d in analysis.discrepancies if d.kind == "name"]
    texts = {x.id: x.text for x in analysis.articles}
    for s in d.sides:
        assert texts[s.article][s.start : s.end] == s.text


def test_given_names_apart_only_in_aligned_sentences(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    same_claim = name_flags(
        tmp_path / "a",
        "Jonathon Baxter, the club's treasurer, resigned on Friday after the audit.\n",
        "Jonathan Baxter, the club's treasurer, resigned on Friday after the audit.\n",
    )
    assert [d.rule for d in same_claim] == ["name_spelled_two_ways"]
    relatives = name_flags(
        tmp_path / "b",
        "The club's treasurer resigned on Friday.\n\nHis brother Jonathon Baxter runs a bakery.\n",
        "The club's treasurer resigned on Friday after the audit.\n\n"
        "Local councillors praised Jonathan Baxter for years of service to the town.\n",
    )
    assert relatives == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people of one family, each article naming both
        (
            "Mark Heller and Mary Heller arrived at the court together.\n",
            "Mary Heller and Mark Heller arrived at the court together.\n",
        ),
        # an article that writes both spellings
        (
            "Anna Larsen spoke first. Later Anna Larson, her cousin, spoke.\n",
            "Anna Larson spoke first at the meeting on Monday.\n",
        ),
        # British and American spellings of a word, not a name
        (
            "Staff at the Lincoln Centre were evacuated on Monday.\n",
            "Staff at the Lincoln Center were evacuated on Monday.\n",
        ),
        # a word the articles also write in lower case
        (
            "The Grand Hotel closed after a fire in the kitchen.\n",
            "The Grand Hostel closed after a fire; the hostel reopens soon.\n",
        ),
        # a possessive and a plural are the same name
        (
            "Senator Warren's office said the bill would pass.\n",
            "Senator Warren said the bill would pass, her office added.\n",
        ),
    ],
)
def test_names_that_are_not_one_name_misspelt_stay_quiet(tmp_path, a, b):
    assert name_flags(tmp_path, a, b) == []


def test_spelled_alike():
    assert spelled_alike("Hefner", "Heffner") and spelled_alike("Wetzler", "Welzler")
    assert not spelled_alike("Kovacs", "Kovac")  # a prefix: a plural, a possessive, a short form
    assert not spelled_alike("Jack", "Jackie")
    assert not spelled_alike("Moon", "Moore")  # short words two letters apart
    assert spelled_alike("Bettie", "Betty") and spelled_alike("Bryant", "Brian")  # five letters
    assert not spelled_alike("Theatre", "Theater") and not spelled_alike("Colour", "Color")
    assert not spelled_alike("Heller", "heller") and not spelled_alike("Hefner", "Gefner")
    # two letters in six are alike; the part the two names share decides (Mark Heller
    # and Shawn Holley, two lawyers of one case, share none)
    assert spelled_alike("Heller", "Holley")


def test_full_names_skip_titles_initials_and_common_words():
    text = (
        "President Maria J. Kovacs met Will Grant, who will chair the Grand Jury in the grand hall."
    )
    claim = Claim("c1", "a", 0, 0, len(text), text)
    assert sorted(full_names([claim])) == [("Maria", "Kovacs")]
    assert full_names([claim])[("Maria", "Kovacs")].text == "Maria J. Kovacs"


def test_given_names_shown_alike_in_one_pair_count_in_every_article(tmp_path):
    """Trial 25: 'Robin Mendes' (one source) met 'Robyn Mendes' in an aligned
    sentence of two sources; three more wrote 'Robyn Mendes' in other sentences
    and were not credited with that version."""
    texts = {
        "a": "Police said Robin Mendes, 48, was found dead in the apartment on Tuesday.\n",
        "b": "Police said Robyn Mendes, 48, was found dead in the apartment on Tuesday.\n",
        "c": "The court heard that the judge had once protected Robyn Mendes from him.\n\n"
        "Police said the victim, 48, was found dead in the apartment on Tuesday.\n",
    }
    paths = []
    for name, body in texts.items():
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: T\noutlet: {name.upper()}\n---\n{body}", encoding="utf-8")
        paths.append(str(path))
    analysis = analyze_paths(paths)
    names = [d for d in analysis.discrepancies if d.kind == "name"]
    assert {frozenset(s.article for s in d.sides) for d in names} == {
        frozenset("ab"),
        frozenset("ac"),
    }


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bækgaard", "Baekgaard"),  # Danish and Norwegian æ written out
        ("Sørensen", "Soerensen"),  # ø written out
        ("Sørensen", "Sorensen"),  # ø left plain (it has no accent to strip)
        ("Åberg", "Aaberg"),  # å written out
        ("Åberg", "Aberg"),  # å left plain
        ("Wałęsa", "Walesa"),  # Polish ł and ę
        ("Guðmundsson", "Gudmundsson"),  # Icelandic ð
        ("Œhlenschläger", "Oehlenschlaeger"),
    ],
)
def test_letters_a_plain_alphabet_lacks_are_one_name(tmp_path, one, other):
    # Session 38: a wire writing "ae" for "æ" and "o" for "ø" was called a
    # misspelling of the same chief executive and the same town, again and again.
    a = f"The report was written by Andrew {one}, a lawyer for the council.\n"
    b = f"Andrew {other}, who wrote the report, is a lawyer for the council.\n"
    assert name_flags(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [("Sørensen", "Sorenson"), ("Bækgaard", "Bekgaard"), ("Åberg", "Åbert")],
)
def test_a_letter_off_beside_a_foreign_letter_is_still_a_misspelling(tmp_path, one, other):
    a = f"The report was written by Andrew {one}, a lawyer for the council.\n"
    b = f"Andrew {other}, who wrote the report, is a lawyer for the council.\n"
    (d,) = name_flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "name_spelled_two_ways"
