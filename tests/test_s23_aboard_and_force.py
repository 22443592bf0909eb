"""Two things a ferry story counts that are not its casualties: the people aboard
("a ferry carrying 243 people" / "at least 14 killed": different counts, no
question) and a wind force on the Beaufort scale ("force 8", a level like
"category 4", never a count of people). Session-23 development cluster ferry;
the cases are our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.facts.quantity.family import QUANTITY


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Nine died after a passenger ferry carrying 243 people capsized off Andros.", "243"),
        ("The plane had 150 passengers on board when it came down.", "150"),
        ("For the 60 people who boarded at Rafina, the night was long.", "60"),
        ("There were 31 crew aboard the vessel, the operator said.", "31"),
    ],
)
def test_the_people_aboard_are_a_count_of_their_own(sentence, figure):
    s = sentence.index(figure)
    assert measure_of(sentence, s, s + len(figure)).event == "aboard"


@pytest.mark.parametrize(
    "sentence",
    [
        "Northerly winds were blowing at force 8 on the Beaufort scale.",
        "A force 9 gale does not automatically keep ships in port.",
    ],
)
def test_a_wind_force_is_not_read_as_a_count(sentence):
    assert QUANTITY.find(sentence, date(2026, 3, 11)) == []


def test_the_people_aboard_are_not_held_against_the_dead(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "At least 14 people died when a ferry capsized in a gale off Andros on Tuesday.",
        "A ferry carrying 243 people capsized in a gale off Andros on Tuesday.",
    ).discrepancies
    assert [d for d in found if {s.text for s in d.sides} & {"243", "243 people"}] == []


def test_eight_missing_is_not_a_force_8_wind(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "Eight people were still missing after the ferry sank in a gale off Andros.",
        "The ferry sank in a force 8 gale off Andros, and rescuers searched all night.",
    ).discrepancies
    assert [d for d in found if d.kind in ("number", "quantity")] == []
