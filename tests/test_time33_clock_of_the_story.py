"""Issue 12, session 26 (time33): a clock time in a sentence naming no day, after a
sentence that named a single day away from publication, is on that day in the TimeML
value ("The embassy was bombed on Aug. 7. The blast came at 10:35 a.m." in a February
paper: 7 August at 10:35, TimeML's anchor being the time named before); it took the
publication day. A day near publication named first (the lede's) still dates it."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document

PUB = date(1998, 2, 11)


def timex(*sentences: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_times_in_document(sentences, PUB)[-1]}


@pytest.mark.parametrize(
    "sentences, expr, want",
    [
        (("The embassy was bombed on Aug. 7.", "The blast came at 10:35 a.m., witnesses said."),
         "10:35 a.m.", "1997-08-07T10:35"),
        (("On July 17, 1997, the jet exploded off Long Island.",
          "It had taken off at 8:19 p.m."), "8:19 p.m.", "1997-07-17T20:19"),
        (("The riot began on the night of Dec. 3.", "Police arrived at about 11 p.m."),
         "11 p.m.", "1997-12-03T23:00"),
        # a day near publication: the lede's, as before
        (("Police said on Tuesday the suspect was caught.", "He was arrested at 3 p.m."),
         "3 p.m.", "1998-02-10T15:00"),
        # no single day before: publication's
        (("The shooting happened last August.", "Police arrived at 3 p.m."),
         "3 p.m.", "1998-02-11T15:00"),
    ],
)  # fmt: skip
def test_clock_of_the_story(sentences, expr, want):
    assert timex(*sentences).get(expr) == want
