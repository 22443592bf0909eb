"""A quotation printed in single marks (British style) that runs over several
lines is one quote (session 22): read a paragraph at a time, its opening line
(one mark, never closed there) and its closing line (a mark after the last
word) looked like apostrophes, and the same words quoted in double marks by
another outlet were never compared. Apostrophes stay apostrophes."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import match_quotes
from workbench.thresholds import current

RUNS = [
    (  # opens at the start of a line, a bare line, closed before the credit
        "The hearing resumed on Monday.\n"
        "'The smoke came under the door first.\n"
        "We grabbed the dog and ran.\n"
        "The stairs were already hot,' said resident Maria Lopes.\n",
        "the smoke came under the door first we grabbed the dog and ran the stairs "
        "were already hot",
        "lopes",
    ),
    (  # opens after a lead-in in the same line, closes with a full stop
        "Speaking after the vote, Councillor Derek Ames said 'We listened to every "
        "household.\n"
        "The plan is fairer now.'\n"
        "The council will meet again in May.\n",
        "we listened to every household the plan is fairer now",
        "ames",
    ),
    (  # curly single marks, a quotation of its own after the closing mark
        "‘Nobody expected the river to rise that fast.\n"
        "We lost the harvest in a night,’ farmer Joan Pike told the BBC, adding: ‘We will "
        "replant.’\n",
        "nobody expected the river to rise that fast we lost the harvest in a night",
        "pike",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RUNS)
def test_a_single_marked_quotation_over_lines_is_one_quote(
    text: str, words: str, speaker: str
) -> None:
    quotes = find_quotes(text)
    assert quotes[0].words == words
    assert quotes[0].speaker is not None and quotes[0].speaker.key.endswith(speaker)


def test_the_quote_after_the_closing_mark_is_kept() -> None:
    quotes = find_quotes(RUNS[2][0])
    assert [q.words for q in quotes][1:] == ["we will replant"]


NOT_QUOTES = [
    # apostrophes: a possessive, an elision and a plural's mark
    "The players' union met on Friday.\nIt said 'em all would be paid.\n"
    "The club's owners disagreed.\n",
    # an opening mark never closed within four lines is a stray mark
    "Fans chanted 'Go home.\nThe match went on.\nThe crowd thinned.\n"
    "Police stood by.\nRain fell.\nThe gates closed at ten.\n",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_apostrophes_and_stray_marks_are_no_quotation(text: str) -> None:
    assert find_quotes(text) == []


def test_a_single_marked_run_meets_the_same_words_in_double_marks() -> None:
    single = find_quotes(RUNS[0][0])[0]
    double = find_quotes(
        '"The smoke came under the door first. We grabbed the dog and ran," Lopes said.\n'
    )[0]
    assert match_quotes(single, double) >= current().quote.same_quote
    diff = compare_quotes(single, double, "A", "B")
    # B quotes fewer whole sentences of the same words: no word altered
    assert diff is None


NESTED = [
    (  # a quotation within a run, closed on the last line
        '"The water came in at night.\n'
        "One neighbour called it 'a wall of mud.'\n"
        'We lost everything," said farmer Jo Pike.\n',
        "the water came in at night one neighbour called it a wall of mud we lost everything",
    ),
    (  # curly marks, the run reopened by the paragraph convention
        "“Our crews were ready.\n"
        "The forecast said ‘light rain’ and we got a month of it in a day.\n"
        "“Nobody could have stopped that,” fire chief Ana Cole said.\n",
        "our crews were ready the forecast said light rain and we got a month of it in a "
        "day nobody could have stopped that",
    ),
]


@pytest.mark.parametrize(("text", "words"), NESTED)
def test_single_marks_inside_a_running_quotation_do_not_end_it(text: str, words: str) -> None:
    assert [q.words for q in find_quotes(text)] == [words]
