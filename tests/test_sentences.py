"""Sentence splitting keeps exact offsets and knows newsroom abbreviations."""

from __future__ import annotations

import itertools

import pytest
from conftest import SEEDS

from workbench.articles import load_article
from workbench.sentences import split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    return [text[s:e] for s, e in spans]


def test_offsets_are_exact_on_seeds():
    for path in SEEDS:
        text = load_article(path).text
        spans = split_sentences(text)
        assert spans, path
        for s, e in spans:
            assert text[s:e] == text[s:e].strip() and text[s:e]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_abbreviations_do_not_split():
    text = (
        "Mr. Smith met Gen. Jones at 10 a.m. in the U.S. capital. "
        "Dr. Lee disagreed. The U.N. Security Council met on Jan. 5."
    )
    assert sentences(text) == [
        "Mr. Smith met Gen. Jones at 10 a.m. in the U.S. capital.",
        "Dr. Lee disagreed.",
        "The U.N. Security Council met on Jan. 5.",
    ]


def test_quotes_and_attribution_stay_together():
    text = '"We are ready," he told reporters. “Really?” she asked. It rained.'
    assert sentences(text) == [
        '"We are ready," he told reporters.',
        "“Really?” she asked.",
        "It rained.",
    ]


def test_paragraph_breaks_end_sentences_without_punctuation():
    text = "Troops have been surrendering in large number\n\nCredit: Reuters\n\nNext line."
    assert sentences(text) == [
        "Troops have been surrendering in large number",
        "Credit: Reuters",
        "Next line.",
    ]


def test_decimals_and_initials():
    text = "Growth was 2.5 per cent. John F. Kennedy spoke. It cost $1.2bn."
    assert sentences(text) == [
        "Growth was 2.5 per cent.",
        "John F. Kennedy spoke.",
        "It cost $1.2bn.",
    ]


def test_a_headline_line_in_copy_written_one_line_per_paragraph_is_its_own_claim():
    text = (
        "Polygamous leaders arrested in Canada, ordered to surrender passports\n"
        "Two leaders of polygamous groups have been arrested in Canada.\n"
        "One of the wives confirmed his arrest on Wednesday.\n"
        "Flood warnings extended across the northern valleys overnight\n"
        "The criminal charges were filed on Tuesday."
    )
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got[0] == "Polygamous leaders arrested in Canada, ordered to surrender passports"
    assert "Flood warnings extended across the northern valleys overnight" in got
    assert len(got) == 5


def test_hard_wrapped_sentences_still_join_across_capitalised_lines():
    text = (
        "The council voted on Tuesday to close the old bridge for repairs that will\n"
        "last until the end of the year, according to a statement from Mayor Jane\n"
        "Smith, who said the work could not wait any longer because of the damage.\n"
        "Residents were told to use the ferry instead of the bridge during that time."
    )
    got = [text[s:e] for s, e in split_sentences(text)]
    assert len(got) == 2 and got[0].endswith("damage.")


def test_a_clock_time_runs_on_into_its_day_month_or_time_zone():
    for after in ("Tuesday", "Sunday night", "Dec. 4", "March 3", "ET", "GMT", "local time"):
        text = f"The ferry sank at about 6:40 a.m. {after} near the port. Divers arrived."
        assert sentences(text) == [
            f"The ferry sank at about 6:40 a.m. {after} near the port.",
            "Divers arrived.",
        ], after


def test_a_clock_time_still_ends_a_sentence_before_a_new_one():
    for opener in ("Police", "The", "Witnesses", "Three", "“It"):
        text = f"The bridge closed at 11 p.m. {opener} said nothing more."
        assert sentences(text) == ["The bridge closed at 11 p.m.", f"{opener} said nothing more."]


def test_a_company_or_name_suffix_before_a_bracket_or_a_name_continues():
    kept = [
        "Shares of Nordvik Shipping Co. (NSC) fell 4 per cent.",
        "Staff of Harlan Tools Ltd. Christmas party were evacuated.",
        "A lawyer for Marcus Webb Jr. Tuesday asked for bail.",
        "Rivals such as Orbital Corp. (NYSE: ORB) stayed quiet.",
    ]
    for text in kept:
        assert sentences(text) == [text]


def test_a_company_or_name_suffix_ends_a_sentence_before_an_opening_word():
    text = (
        "The contract went to Velden Systems Inc. The company makes radar. "
        "He named Arthur Pike Sr. They met twice."
    )
    assert sentences(text) == [
        "The contract went to Velden Systems Inc.",
        "The company makes radar.",
        "He named Arthur Pike Sr.",
        "They met twice.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cpl. Janice Leader said the caller gave up. Officers arrived.", 2),
        ("Pvt. First Class Ann Cole and Spc. Omar Reyes were hurt. Both survived.", 2),
        ("Police Const. Tim Fanning told reporters. He gave no names.", 2),
        ("Atty. Gen. Ray Holt and Asst. Chief Dee Marsh spoke. Nobody else did.", 2),
        ("Brig. Gen. Lou Park and Lt. Cmdr. Ida Voss arrived at dawn. Msgr. Kell prayed.", 2),
        ("Sens. Alma Ruiz and Tom Beck voted no. Reps. Ko and Lin voted yes.", 2),
    ],
)
def test_a_rank_or_office_before_a_name_does_not_end_a_sentence(text, expected):
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert len(parts) == expected, parts
    assert all(not p.rstrip().endswith((" Cpl.", " Const.", " Brig.", " Sens.")) for p in parts)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He wore No. 23 for the Bulls. Fans cheered.", 2),
        ("Rooms Nos. 4 and 5 burned. Nobody was hurt.", 2),
        ("The council voted no. Then it met again.", 2),
        ('The answer was no. "We will not pay," he said.', 2),
        ("Asked if he would run, he said no. Aides said the same.", 2),
    ],
)
def test_no_is_an_abbreviation_only_before_a_number(text, expected):
    assert len(split_sentences(text)) == expected
