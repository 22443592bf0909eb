"""Session 29 (issue 15): the "stated in passing" test must not swallow a
sentence's main claim.

Two classes: a clause of circumstance or time told inside a relative clause of
the subject, nothing ending it before the sentence's predicate ("The singer who
shot to fame after she won a talent show has died"), ran to the sentence's end
and took the predicate with it; and a relative pronoun opening with a phrase of
its own set off by a comma ("Felt, who, as a senior FBI official, served …";
"…of Felt, who as a senior FBI official, served …") had that phrase's comma
read as the clause's end, the rest of the relative clause standing as the main
claim.
"""

from __future__ import annotations

import pytest

from workbench.findings.passing import in_passing, main_part


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The singer who shot to fame after she won a talent show in 2004 has died at 41.",
         "has died at 41"),
        ("The former deputy director who revealed himself as the source 30 years after he "
         "tipped off reporters to the scandal that toppled a president has died.", "has died"),
        ("A climber who vanished on the ridge before the storm broke over the valley was found "
         "alive on Sunday.", "was found alive on Sunday"),
        ("The official who ended the mystery when he named himself as the informant has died.",
         "has died"),
        ("The bank which collapsed after regulators seized its assets in March has been sold "
         "to a rival for $1.2 billion.", "has been sold to a rival"),
    ],
)  # fmt: skip
def test_predicate_after_a_clause_in_the_subject_is_kept(sentence: str, kept: str) -> None:
    assert kept in main_part(sentence)
    if "when" in sentence:
        assert kept in main_part(sentence, wide=True)


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        # the clause's own verb after a pronoun is no predicate of the sentence
        ("The man who fled after he was stopped by police was arrested on Friday.",
         "stopped by police"),
        # no relative clause before it: a circumstance closing the sentence stays aside
        ("Shares fell after the company said profit has dropped.", "profit has dropped"),
        ("Flights resumed on Monday after the airport had been closed for two days.",
         "closed for two days"),
    ],
)  # fmt: skip
def test_side_parts_still_cut(sentence: str, gone: str) -> None:
    assert gone not in main_part(sentence)


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        ("Felt, who, as a senior FBI official, served as the source, died on Thursday.",
         "died on Thursday"),
        ("The minister, who, in a letter to staff, admitted the error, resigned on Tuesday.",
         "resigned on Tuesday"),
        ("The striker, who, despite an injury, scored twice, was sold for £40m.",
         "was sold for £40m"),
    ],
)  # fmt: skip
def test_phrase_opening_a_relative_clause_is_skipped(sentence: str, main: str) -> None:
    out = main_part(sentence)
    assert main in out
    # the relative clause went with its opening phrase, not just the phrase
    assert "," not in out.split(main)[0].strip(" ,")[-3:]
    assert len(out.split()) <= len(main.split()) + 3


@pytest.mark.parametrize(
    "sentence",
    [
        "We learned this morning of the death, at 95, of Mark Felt, who as a senior FBI "
        "official, served as the source known as Deep Throat to reporters.",
        "Fans mourned the loss of the goalkeeper, who in his best season, saved 14 penalties "
        "for the club.",
    ],
)
def test_phrase_comma_does_not_close_a_relative_clause_ending_the_sentence(sentence: str) -> None:
    # the rest of the relative clause is no main claim of its own
    out = main_part(sentence)
    assert out.split(", who")[0] == sentence.split(", who")[0]
    assert "who" in out


def test_ordinary_relative_clause_still_cut() -> None:
    out = main_part("The mayor, who was elected in May, resigned on Friday.")
    assert "elected" not in out and "resigned on Friday" in out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The singer who shot to fame after she won a talent show in 2004 has died at 41.",
         "The singer has died at 41, her agent said."),
        ("The bank which collapsed after regulators seized its assets has been sold for "
         "$1.2 billion.", "The failed bank was sold for $1.2 billion on Friday, officials said."),
        ("The pilot who vanished when his plane crossed the coast was found alive on Sunday.",
         "Rescuers found the missing pilot alive on Sunday."),
    ],
)  # fmt: skip
def test_main_claim_told_by_both_is_not_in_passing(a: str, b: str) -> None:
    # the predicate is the news of both; the circumstance no longer takes it away
    assert not in_passing(a, b)
    assert not in_passing(b, a)
