"""Issue 12, session 25 (time32): a clock time followed by a zone named by a place
or region ("10:30 a.m. Beijing time", Xinhua's way; "3 p.m. Moscow time", "8 p.m.
Eastern time", "2 p.m. Hong Kong time"). The sentence splitter ended the sentence
after "a.m." / "p.m." before a capitalised place, cutting "Beijing time." off as a
sentence of its own, and the clock rule left the zone out of the expression; now the
sentence goes on and the zone is part of the time, named in its reading (its offset
is not given: summer time or not)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document
from workbench.sentences import split_sentences

PUB = date(1999, 4, 14)


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, n",
    [
        ("The plane landed at 10:30 a.m. Beijing time. Rescue teams arrived an hour later.", 2),
        ("The quake hit at 3 p.m. Moscow time on Tuesday. No one was hurt.", 2),
        ("Trading resumed at 2 p.m. Hong Kong time, dealers said.", 1),
        ("Polls closed at 8 p.m. Eastern time. Counting began at once.", 2),
        # a new sentence after a clock still starts one
        ("The meeting ended at 6 p.m. Officials said nothing.", 2),
        ("He left at 7 a.m. The Prime Minister's time was short.", 2),
    ],
)
def test_place_time_continues_the_sentence(text, n):
    assert len(texts(text)) == n


@pytest.mark.parametrize(
    "sentence, expr, want",
    [
        (
            "The plane landed at 10:30 a.m. Beijing time.",
            "10:30 a.m. Beijing time",
            "1999-04-14T10:30",
        ),
        ("The quake struck at 3 p.m. Moscow time.", "3 p.m. Moscow time", "1999-04-14T15:00"),
        ("Polls close at 8 p.m. Eastern time.", "8 p.m. Eastern time", "1999-04-14T20:00"),
        (
            "Trading resumed at 2:15 p.m. Hong Kong time.",
            "2:15 p.m. Hong Kong time",
            "1999-04-14T14:15",
        ),
        ("The blast came at 10:40 a.m. local time.", "10:40 a.m. local time", "1999-04-14T10:40"),
    ],
)
def test_zone_named_by_a_place_is_part_of_the_time(sentence, expr, want):
    got = {m.text: m for m in find_times_in_document([sentence], PUB)[0]}
    assert expr in got and got[expr].timex == want
    assert expr.split(" ", 2)[2] in got[expr].value  # the zone is named in the reading
