"""Words woven into the reporter's sentence in single marks, closed after a
word (issue 11, session 37).

British copy marks a woven quotation with single marks: "Reid claimed she
was a 'social drinker' and …" (ECB+ 01_ecb, 1_5ecb). A single mark after a
word may be a plural's apostrophe ("the players' union"), so a quotation was
closed only after punctuation: a woven one was never read, and another
source's "social drinker" in double marks had nothing to meet. A mark after
a word now closes the opening mark before it when it is the only mark that
may, or the only one before a stop; two such candidates leave the paragraph
unread. Cases made up: a flood, a
fire, a strike, a club.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote import find_quotes

WOVEN = [
    (
        "Ortiz said the families ‘can’t go back to the flats tonight’ because of the cracks.",
        "can't go back to the flats tonight",
    ),
    (
        "Residents' leader Tom Hale said 'nobody listened to us' about the cladding.",
        "nobody listened to us",
    ),
    ("The striker called the fans 'the best in the league' on Sunday.", "the best in the league"),
    (
        "Union chief Ana Pires described the offer as 'an insult to every driver', and the "
        "drivers' strike went ahead.",
        "an insult to every driver",
    ),
    (  # the plural's mark inside, the closing one before a stop
        "The manager said 'the players' union has failed us', and left.",
        "the players union has failed us",
    ),
    (
        "The fire chief said the blaze was 'under control' and that 'nobody was hurt' in it.",
        "under control",
    ),
]


@pytest.mark.parametrize(("text", "words"), WOVEN)
def test_a_woven_quotation_closed_after_a_word_is_read(text, words):
    assert words in [q.words for q in find_quotes(text)]


AMBIGUOUS = [
    # two marks after a word may close one opening mark, neither before a stop
    "The manager said 'the players' union has failed us' before the match.",
    "Hale said 'nobody listened to us' about the residents' fund on Monday.",
    # an apostrophe at the start of a word opens nothing a later mark could close alone
    "The owners' group and the drivers' union met on Monday.",
]


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_marks_that_may_be_apostrophes_make_no_quotation(text):
    assert find_quotes(text) == []


def test_two_woven_quotations_in_one_sentence_are_two():
    text = WOVEN[-1][0]
    assert [q.words for q in find_quotes(text)] == ["under control", "nobody was hurt"]
