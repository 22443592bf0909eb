"""Reading real copy (issue 11 point 7): a vague amount as the object of a
verb of what befell people or things ("injuring dozens", "killed scores") is
a count, compared like "dozens of people"; the same plural words elsewhere
("the team scores", "spent hundreds on it") are still not read as counts.
"""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.family import QUANTITY
from workbench.facts.whose import reference_of
from workbench.judge import rules
from workbench.model import Verdict


def _read(sentence: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.low, m.high) for m in QUANTITY.find(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The blast killed three people, injuring dozens.", ("dozens", 24.0, 144.0)),
        ("The quake killed scores in the old town.", ("scores", 40.0, 99.0)),
        ("The storm injured hundreds across the county.", ("hundreds", 200.0, 999.0)),
        ("The flood left thousands homeless.", ("thousands", 2000.0, 9999.0)),
        ("Police detained dozens after the march.", ("dozens", 24.0, 144.0)),
        ("Soldiers evacuated hundreds from the valley.", ("hundreds", 200.0, 999.0)),
    ],
)
def test_a_vague_amount_after_a_verb_of_what_befell_is_a_count(sentence, want):
    assert want in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The team scores often in the second half.",
        "He spent hundreds on it last year.",
        "They were among the thousands who came.",
        "Tens gathered outside.",
    ],
)
def test_plural_scale_words_elsewhere_are_not_counts(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("The blast killed three people, injuring dozens.", "It injured 60 people.", "consistent"),
        ("The blast killed three people, injuring dozens.", "It injured 900 people.", "conflict"),
        ("The fire destroyed hundreds of homes.", "The fire damaged 5,000 homes.", "conflict"),
    ],
)
def test_a_vague_count_after_a_verb_compares_like_one_before_of(a, b, verdict):
    ma = QUANTITY.find(a, None)[-1]
    mb = QUANTITY.find(b, None)[-1]
    got = QUANTITY.compare(ma, mb, "Courier", "Gazette")
    assert got is not None and got.verdict == Verdict(verdict)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 6.1-magnitude earthquake struck off the coast on Friday.",
        "A magnitude-6.1 earthquake struck off the coast on Friday.",
        "The 6.1-magnitude quake was felt in the capital.",
    ],
)
def test_a_magnitude_written_with_a_hyphen_is_read(sentence):
    assert [(t, round(lo, 2), round(hi, 2)) for t, lo, hi in _read(sentence)] == [
        ("6.1", 6.05, 6.15)
    ]


@pytest.mark.parametrize(
    "sentence", ["The F-16 jets flew over.", "He hit a 3-point shot.", "A COVID-19 ward."]
)
def test_codes_glued_to_letters_are_still_not_read(sentence):
    assert _read(sentence) == []


def test_magnitudes_written_two_ways_compare_and_are_shown_as_written(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    a = "A 6.1-magnitude earthquake struck off the coast of Sulawesi on Friday, officials said."
    b = "A magnitude 6.3 earthquake struck off the coast of Sulawesi on Friday, officials said."
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a),
        write(tmp_path, "b.md", front.format("Gazette") + b),
    ]
    found = [d for d in analyze_paths(paths).discrepancies if d.kind != "attribution"]
    assert [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found] == [
        ("6.1", "6.3", "conflict")
    ]
    # both clauses name a magnitude (facts/measure.py, session 12): the explanation
    # says so rather than quoting the words around each value
    assert "(what both measure: magnitude)" in found[0].explanation  # said once (session 34)


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("The ferry ran aground two miles from Dunmore.", "two miles", ("dunmore",)),
        ("The quake struck 30 km north-east of Ayla.", "30 km", ("ayla",)),
        ("It sank 10 miles off the coast of Mull.", "10 miles", ("mull",)),
        ("The farm lies 25 miles outside Boston.", "25 miles", ("boston",)),
        ("About 1,000 feet of the Central Highway was destroyed.", "1,000 feet", ()),
        ("Three people from Texas were hurt.", "Three people", ()),
    ],
)
def test_where_a_distance_is_measured_from(text, value, want):
    s = text.index(value)
    assert reference_of(text, s, s + len(value)) == want


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a),
        write(tmp_path, "b.md", front.format("Gazette") + b),
    ]
    return [d for d in analyze_paths(paths).discrepancies if d.kind != "attribution"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry ran aground two miles from Dunmore on Tuesday, the coastguard said.",
            "The ferry ran aground three miles from Kilbeg on Tuesday, the coastguard said.",
        ),
        (
            "The tremor was centred 30 km north-east of Ayla, the geological survey said.",
            "The tremor was centred 35 km south of Bakri, the geological survey said.",
        ),
    ],
)
def test_distances_from_different_places_are_not_compared(tmp_path, monkeypatch, a, b):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    assert _flags(tmp_path, a, b) == []
    with rules.without("different_reference_points"):
        assert [d.kind for d in _flags(tmp_path, a, b)] == ["quantity"]


def test_distances_from_one_place_are_compared_and_the_place_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = "The ferry ran aground two miles from Dunmore on Tuesday, the coastguard said."
    b = "The ferry ran aground three miles from Dunmore on Tuesday, the coastguard said."
    (d,) = _flags(tmp_path, a, b)
    assert d.verdict.value == "conflict"
    assert "what both measure: from Dunmore" in d.explanation


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Several hundred people attended the vigil.", ("Several hundred", 300.0, 900.0)),
        ("A few hundred protesters marched.", ("A few hundred", 200.0, 500.0)),
        ("Several thousand homes lost power.", ("Several thousand", 3000.0, 9000.0)),
        ("A couple of dozen fans waited outside.", ("A couple of dozen", 24.0, 36.0)),
        ("It cost several million dollars.", ("several million dollars", 3e6, 9e6)),
    ],
)
def test_a_few_of_a_scale_word_is_a_vague_count(sentence, want):
    assert want in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Several people were hurt.", "It will last for several hundred years."],
)
def test_a_few_alone_or_of_years_is_not_read_here(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        ("About 500 people attended the vigil.", "consistent"),
        ("1,500 people attended the vigil.", "unresolved"),
        ("5,000 people attended the vigil.", "conflict"),
    ],
)
def test_several_hundred_compares_as_a_range(b, verdict):
    (a,) = QUANTITY.find("Several hundred people attended the vigil.", None)
    (m,) = QUANTITY.find(b, None)
    got = QUANTITY.compare(a, m, "Courier", "Gazette")
    assert got is not None and got.verdict == Verdict(verdict)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers responded to 911 calls from employees inside the plant.",
        "He called 911 when he saw the car in front of him.",
        "She dialled 999 at once, the court heard.",
        "The 911 dispatcher sent two units.",
        "The shooting happened in the 12000 block of Roosevelt Boulevard.",
    ],
)
def test_an_emergency_number_or_a_street_block_is_not_a_count(sentence):
    assert [t for t, _, _ in _read(sentence)] in ([], ["two"])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The city received 300 calls.", "300"),
        ("The toll rose to 911.", "911"),
        ("Workers laid 300 blocks of stone.", "300"),
        ("About 112 people were hurt.", "About 112"),
    ],
)
def test_the_same_numbers_as_counts_are_still_read(sentence, want):
    assert want in [t for t, _, _ in _read(sentence)]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Both the 13 - and 15-inch options come with 500GB of storage.", ["15-inch", "500GB"]),
        ("The 13- and 15-inch models start at $1,199.", ["15-inch", "$1,199"]),
        ("Children aged 3- or 4-year-old were hurt.", ["4-year"]),
        ("It rose 3 - and fell 2.", ["3", "2"]),
    ],
)
def test_the_first_of_two_joined_modifiers_is_not_a_count(sentence, want):
    assert [t for t, _, _ in _read(sentence)] == want
