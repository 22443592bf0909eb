"""What a date dates, when its verb follows a modal ("will host ... next year")
or the date is possessive ("this year's Oscars"): eng18's rule dropped two
unresolved dates of one happening, the Oscars' host, because "host" after
"will" was not read as a verb and "'s" was read as the dated word."""

from __future__ import annotations

import pytest

from workbench.facts.dated_words import dated_words


def _words(text: str, date: str) -> frozenset[str]:
    i = text.index(date)
    return dated_words(text, i, i + len(date))


@pytest.mark.parametrize(
    "text, date, has",
    [
        ("Ellen DeGeneres will host the Oscars for a second time next year.", "next year", "host"),
        ("The mayor would resign within days, aides said on Monday.", "within days", "resign"),
        ("The plant could open in June, the firm said.", "in June", "open"),
        ("Organisers say the race may start later this month.", "later this month", "start"),
        ("Ellen DeGeneres will host this year's Oscars.", "this year", "oscar"),
        ("Critics praised Tuesday's vote in the senate.", "Tuesday", "vote"),
        ("Bush underwent an MRI earlier this week.", "earlier this week", "mri"),
    ],
)
def test_the_happening_a_date_dates(text, date, has):
    assert has in _words(text, date)


def test_a_possessive_leaves_no_stray_letter_and_a_modal_no_function_word():
    assert "s" not in _words("Ellen DeGeneres will host this year's Oscars.", "this year")
    # "will the" is no verb: the nearest verb before the date stays the one dated
    assert "the" not in _words("Officials said it will the be done by Friday.", "by Friday")
