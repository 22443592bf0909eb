"""Issue 12, session 30 (time37): a part of a day, or a day, named again with "that".

"That night, rebels shelled the town" was read (the night of the day named before);
"ended that afternoon", "died that night in hospital", "reached the village that
morning" were not: after a verb "that" was taken to open a clause ("warned that night
would fall"). It leads the time phrase when nothing a clause needs follows it (a
stop, a comma, a preposition or a conjunction). "That same day", "that same night"
are that day as "that day" is. Sentences our own, general news; TimeML values the
phrase from the day named before, as the editor reads it.

Guards: "warned on Friday that night raids would continue" and "said on Monday that
morning traffic was heavy" are clauses; a phrase with no day before it stays unread.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document

PUB = date(2009, 11, 18)  # a Wednesday


def read(sentence: str) -> dict[str, str]:
    found = find_times_in_document([sentence], PUB)[0]
    return {m.text: m.timex for m in found}


@pytest.mark.parametrize(
    "sentence, phrase, timex",
    [
        (
            "The strike began Monday morning and ended that afternoon.",
            "that afternoon",
            "2009-11-16TAF",
        ),
        (
            "He was admitted to hospital on Friday and died that night.",
            "that night",
            "2009-11-13TNI",
        ),
        (
            "Rescuers reached the village on Nov. 2 and found survivors that evening, "
            "officials said.",
            "that evening",
            "2009-11-02TEV",
        ),
        (
            "The convoy left Kabul on Sunday and came under fire that night near Jalalabad.",
            "that night",
            "2009-11-15TNI",
        ),
        (
            "Talks collapsed on Oct. 30 and shelling resumed that same night.",
            "that same night",
            "2009-10-30TNI",
        ),
        (
            "The court ruled on Tuesday; the minister resigned that same day.",
            "that same day",
            "2009-11-17",
        ),
    ],
)
def test_that_after_a_verb_names_the_day_before(sentence, phrase, timex):
    assert read(sentence).get(phrase) == timex


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("He warned on Friday that night raids would continue.", "that night"),
        ("Police said on Monday that morning traffic was heavy.", "that morning"),
        ("She argued that evening classes should be cheaper.", "that evening"),
    ],
)
def test_that_opening_a_clause_is_no_time(sentence, phrase):
    assert not any(phrase in t for t in read(sentence))


def test_with_no_day_before_it_stays_unread():
    assert "that night" not in read("Witnesses said gunfire was heard that night.")
