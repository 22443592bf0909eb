"""Years of different things in aligned sentences: a fine and the accident it
punished, two fines of one sentence (issue 11, session 37).

Made-up sentences, in other words, sums, currencies and orders than the mine
event that showed the class:

- a fine or a penalty imposed or paid is a stage of its own ("penalised"), so
  its year is never held against the year of the accident it followed; a
  penalty only proposed, a penalty kick and "fine" as praise are none;
- a date right after a sum of money dates that sum, past a conversion in
  parentheses ("£1.2m ($1.5m) in 2021") or an "and" that leaves the verb out
  ("…, and €600,000 in 2021");
- so the year of one fine is compared with the same fine's, never with the
  year of another fine or of the accident.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.dated_sums import sum_before
from workbench.facts.measure import dated_event_of


def _at(sentence: str, value: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = sentence.index(value, i + 1)
    return i, i + len(value)


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The watchdog fined the bank £3.2m in 2020 after the outage.", "2020", "penalised"),
        ("Ostrava Steel was fined $40,000 (£31,000) in 2017 for the spill.", "2017",
         "penalised"),
        ("The authority fined the airline €2 million in 2018 over delays, and €600,000 in 2021 "
         "for lost baggage.", "2021", "penalised"),
        ("Kestrel Mining paid a €1.1m penalty in 2016 after a roof fall.", "2016", "penalised"),
        ("A penalty of Rs 5 lakh was imposed on Monday.", "Monday", "penalised"),
        # the accident the fine followed is its own stage
        ("The firm was fined £900,000 in 2024 after a blast killed a worker in 2022.", "2022",
         "incident"),
        # a penalty kick, a proposed fine, praise
        ("Okafor scored a penalty on Saturday to win the tie.", "Saturday", ""),
        ("The regulator had proposed a fine of £5m in March.", "March", ""),
        ("It was a fine day on Sunday for the regatta.", "Sunday", ""),
    ],
)  # fmt: skip
def test_a_fine_is_a_stage_of_its_own(sentence, value, want):
    assert dated_event_of(sentence, *_at(sentence, value)) == want


def test_a_date_after_a_sum_is_that_sums_date():
    s = "The authority fined it R850,000 (about $46,000) in 2019, and R4.5 million in 2023."
    assert sum_before(s, s.index("2019")) == (s.index("R850,000"), 850_000.0)
    assert sum_before(s, s.index("2023")) == (s.index("R4.5 million"), 4_500_000.0)
    # a length or a bare number is no sum
    t = "The wall was 4.5 metres in 2023, and 30 in 2024."
    assert sum_before(t, t.index("2023")) is None
    assert sum_before(t, t.index("2024")) is None


def _verdicts(tmp_path, a: str, b: str) -> dict[tuple[str, str], str]:
    found = courier_gazette(tmp_path, a, b)
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in found}


def test_the_year_of_one_fine_is_compared_with_the_same_fines(tmp_path):
    # the year after "and" has no verb of its own: it is the fine's, not the derailment's
    got = _verdicts(
        tmp_path,
        "Harwick Rail was fined €2 million in 2021 after a derailment at its Kelling depot.",
        "Harwick Rail was fined €600,000 in 2017 for signalling lapses, and €2 million in "
        "2019 after a derailment at its Kelling depot.",
    )
    assert got == {("2021", "2019"): "conflict"}


def test_the_year_of_a_fine_is_not_the_year_of_the_accident(tmp_path):
    got = _verdicts(
        tmp_path,
        "Dunmore Quarries was fined £1.2 million in 2024 after a blast at its Kelling pit "
        "killed a worker in 2022.",
        "Dunmore Quarries paid a penalty imposed after a 2023 blast at its Kelling pit that "
        "killed a worker.",
    )
    assert ("2024", "2023") not in got
    assert got.get(("2022", "2023")) == "conflict"
