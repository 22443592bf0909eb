"""Reading real copy (issue 11 point 7): a vague amount as the object of a
verb of what befell people or things ("injuring dozens", "killed scores") is
a count, compared like "dozens of people"; the same plural words elsewhere
("the team scores", "spent hundreds on it") are still not read as counts.
"""

import pytest

from workbench.facts.quantity.family import QUANTITY
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
