"""Issue 12, session 18 (time22): classes located by counting AQUAINT's shortfall
(``benchmarks.accuracy_tempeval --breakdown``) and looked for in TimeBank and in our
own sentences.

A day named before the noun of a happening nobody schedules ("the Oct. 3 attack",
"Monday's blast", "his Dec. 5 arrest"), or of what exists once made ("the Dec. 12
ruling", "the Nov. 20 accord"), dates something that has taken place: the latest such
day up to publication, whatever the clause's tense. It was sent to the
occurrence ahead by a future or present clause ("prosecutors will seek the death
penalty for the Oct. 3 bombing" in a March piece read next October). Planned
happenings ("the Nov. 3 election", "the Jan. 1 deadline") keep the clause's tense.
Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

MARCH = date(1998, 3, 10)  # a Tuesday
WED = date(2004, 9, 15)  # a Wednesday


def read(text: str, pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a future clause around a past happening
        ("He will be sentenced for the Oct. 3 attack.", MARCH, "1997-10-03"),
        ("Prosecutors will seek the death penalty for the Oct. 3 bombing.", MARCH, "1997-10-03"),
        ("The Dec. 5 crash will be investigated by a panel.", MARCH, "1997-12-05"),
        ("The men charged in the Sept. 12 raid are expected to plead guilty.", MARCH, "1997-09-12"),
        # a present clause
        ("Families of victims of the Oct. 3 attack say they want answers.", MARCH, "1997-10-03"),
        ("The panel is investigating the Nov. 4 shooting at the plant.", MARCH, "1997-11-04"),
        ("Since the Oct. 3 attack, security has been tight.", MARCH, "1997-10-03"),
        # modifiers between the day and the noun, a possessive
        ("Trials for the Aug. 7 U.S. embassy bombings will open soon.", MARCH, "1997-08-07"),
        ("His Dec. 5 arrest will be reviewed by a judge.", MARCH, "1997-12-05"),
        ("Police will question survivors of the Monday attack.", WED, "2004-09-13"),
        ("Police will question survivors of Monday's blast.", WED, "2004-09-13"),
        ("Engineers will inspect homes damaged in the October quake.", MARCH, "1997-10"),
        # after the noun and "of"
        (
            "A memorial to the victims of the massacre of Nov. 17 will be unveiled.",
            MARCH,
            "1997-11-17",
        ),
        # what exists once it has been made: a ruling, an accord, a letter
        ("The company said it would appeal the Dec. 12 ruling.", MARCH, "1997-12-12"),
        ("Under the Nov. 20 accord, monitors will visit the sites.", MARCH, "1997-11-20"),
        ("Her Oct. 30 letter to the board will be published.", MARCH, "1997-10-30"),
        # on the very day of publication it is that day, not last year's
        ("Prosecutors will seek the death penalty for the March 10 bombing.", MARCH, "1998-03-10"),
    ],
)
def test_a_happening_that_is_over_dates_the_day_behind(text, pub, want):
    assert read(text, pub)[0][1] == want


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # planned happenings keep the clause's tense
        ("The Nov. 3 election will decide the seat.", MARCH, "1998-11-03"),
        ("The Oct. 3 deadline will pass without a deal.", MARCH, "1998-10-03"),
        ("The Dec. 5 execution will go ahead, the governor said.", MARCH, "1998-12-05"),
        ("Friday's storm will bring heavy snow to the hills.", WED, "2004-09-17"),
        # a noun after a verb is no noun phrase of the day
        ("The Nov. 3 vote could spark riots, police fear.", MARCH, "1998-11-03"),
        # the preposition "on" after the happening may date the main verb
        ("Police will question them about the attack on Monday.", WED, "2004-09-20"),
    ],
)
def test_planned_happenings_keep_the_clause_tense(text, pub, want):
    assert read(text, pub)[0][1] == want
