"""A quotation compared sentence by sentence with its counterpart (issue 11,
session 21). Cases are made up; the patterns are fresh readers' (J21b on
ECB+ 03_ecb) and an editor trial's (31, on 42_ecb):

- a quoted sentence one outlet leaves out is an omission, never a change of
  words, and the matcher never reads across the attribution between two
  quoted sentences;
- an attribution between two quotation marks never becomes quoted words, in
  the explanation or in the words shown;
- house style (hyphenation, a web address's ending, a number in figures or
  words, British or American spelling, a dash for a comma) is no change of
  words, and is named as what it is beside the words that really differ.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote.bysentence import pair_sentences
from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.housestyle import house_style
from workbench.model import Verdict


def _one(text: str):
    (q,) = find_quotes(text)
    return q


def _shown(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (  # politics: an apology one outlet quotes, the other a shorter one
            "“I know the vote hurt a lot of families and I'm sorry,” Mayor Dana Reyes "
            "said.\n“And I just wanted to say that I will not let this city down.”\n",
            "“I am sorry.\nI just want to say that I will not let this city down,” Reyes said.\n",
        ),
        (  # sport: the first sentence only one outlet quotes, the second alike
            "“We were poor for an hour and the fans deserved better,” said coach Ola "
            "Berg.\n“But the lads showed real character to come back and win it.”\n",
            "“It was not pretty.\nThe lads showed real character to come back and win "
            "it,” Berg said.\n",
        ),
        (  # crime: a sentence left out in the middle, the others alike
            "“The suspect fled on foot,” Detective Amy Cole said.\n“We found the car "
            "an hour later.\nHe was arrested at his mother's house on Friday.”\n",
            "“The suspect fled on foot.\nHe was arrested at his mother's house on "
            "Friday,” Cole said.\n",
        ),
    ],
)
def test_a_sentence_one_outlet_leaves_out_is_no_change_of_words(a_text, b_text):
    assert compare_quotes(_one(a_text), _one(b_text), "A", "B") is None
    assert compare_quotes(_one(b_text), _one(a_text), "B", "A") is None


def test_a_word_changed_in_a_shared_sentence_is_named_alone_and_the_omission_counted():
    a_text = (
        "“We defended well,” coach Lina Park said.\n“The second goal was a gift.\n"
        "We will win the return leg in Madrid.”\n"
    )
    b_text = "“We defended well.\nWe will win the second leg in Madrid,” Park said.\n"
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "'return'" in diff.explanation and "'second'" in diff.explanation
    assert "gift" not in diff.explanation  # the left-out sentence is no change of words
    assert "A also quotes 1 sentence B leaves out" in diff.explanation
    assert "said" not in _shown(a_text, diff.a_span) + _shown(b_text, diff.b_span)


def test_the_attribution_between_two_quoted_sentences_is_never_shown_as_quoted_words():
    a_text = (
        "“Sales rose in every region,” said Chief Financial Officer Priya Nair of "
        "Acme Holdings.\n“Profit grew by nine percent.”\n"
    )
    b_text = "“Sales rose in every region.\nProfit grew by seven percent,” Nair said.\n"
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "'nine'" in diff.explanation and "'seven'" in diff.explanation
    for word in ("financial", "holdings", "nair", "said"):
        assert word not in diff.explanation.lower()
    shown = _shown(a_text, diff.a_span) + _shown(b_text, diff.b_span)
    assert "nine" in shown and "seven" in shown
    assert "said" not in shown and "Sales" not in shown


def test_changes_in_two_sentences_are_each_named_and_shown_without_the_attribution():
    a_text = (
        "“I believe the council did not listen,” said resident Tom Hale, who lives "
        "beside the site.\n“It is not in their nature to back down on a housing plan.”\n"
    )
    b_text = (
        "“I don't think the council listened.\nIt is not in their nature to back "
        "down on a building plan.\nWe will see them in court,” Hale said.\n"
    )
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "in 2 sentences" in diff.explanation
    assert "'housing'" in diff.explanation and "'building'" in diff.explanation
    assert "resident" not in diff.explanation
    shown = _shown(a_text, diff.a_span)
    assert shown.startswith("I believe") and "Hale" not in shown


def test_one_sentence_printed_as_two_pairs_with_both():
    a = _one(
        "“He will never walk free, which is what the families wanted all along,” "
        "said prosecutor Jo Marsh.\n"
    )
    b = _one(
        "“He will never walk free,” said prosecutor Jo Marsh.\n“Which is what the "
        "families had wanted all along.”\n"
    )
    pairs = pair_sentences(a, b)
    assert pairs == [(0, len(a.tokens), 0, len(b.tokens))]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (  # business: hyphenation, a web address, a number, a spelling, a dash
            "“Customers can reach us by e-mail or at Acme.com — and 3 new stores will "
            "open in the centre of town,” said Nair.\n",
            "“Customers can reach us by email or at Acme, and three new stores will "
            "open in the center of town,” Nair said.\n",
        ),
        (  # politics: twenty-five in words and in figures
            "“We will hire twenty-five teachers before September,” the governor said.\n",
            "“We will hire 25 teachers before September,” the governor said.\n",
        ),
    ],
)
def test_house_style_alone_is_no_change_of_words(a_text, b_text):
    assert compare_quotes(_one(a_text), _one(b_text), "A", "B") is None


def test_house_style_is_named_as_such_beside_the_words_that_really_differ():
    a_text = (
        "“With exceptional mobile e-mail and access to Facebook and MySpace.com, the "
        "phone keeps you in touch all day long,” said Mark Hill.\n"
    )
    b_text = (
        "“With exceptional mobile email and access to Facebook and MySpace, the "
        "phone keeps you in touch all week long,” Hill said.\n"
    )
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "A has 'day' where B has 'week'" in diff.explanation
    assert "'e-mail' / 'email' (hyphenation)" in diff.explanation
    assert "'MySpace.com' / 'MySpace' (web address)" in diff.explanation
    assert "'com'" not in diff.explanation and "'—'" not in diff.explanation


def test_a_word_that_is_no_web_ending_stays_a_change_of_words():
    a = _one("“They fell through the safety net again,” said Jo Marsh.\n")
    b = _one("“They fell through the safety again,” said Jo Marsh.\n")
    ops = [("delete", 5, 6, 5, 5)]
    assert a.tokens[5] == "net"
    assert house_style(ops[0], a, b) == ""


def test_a_number_in_words_and_a_spelling_are_named_beside_a_real_change():
    a_text = "“We open 3 stores in the colour of the old brand on Monday,” said Ines Roy.\n"
    b_text = "“We open three stores in the color of the old brand on Friday,” Roy said.\n"
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "A has 'monday' where B has 'friday'" in diff.explanation
    assert "'3' / 'three' (number)" in diff.explanation
    assert "'colour' / 'color' (spelling)" in diff.explanation
