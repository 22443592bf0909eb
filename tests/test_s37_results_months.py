"""Session 37 (issue 11, "misread"): results copy names a quarter by its months after
the figure's noun, "operating profit for July to September fell", or by its last
month, "profit for the three months to September". Read month by month, the first was
July (against "the third quarter" the two agreed by accident, read as July within Q3)
and the second a length of three months and September. Readers of a development event
named five such flags "misread". Both are now the quarter (or half) they name, read
only after a results noun: "the exhibition runs from July to September" keeps its two
ends, as TimeML marks them. Own cases: other months, nouns, linking words and years.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.time import find_times

PUB = date(2026, 11, 12)


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("Operating profit for July to September fell 41%.", "July to September", "2026-Q3"),
        ("Sales from April to June rose 3% on a year earlier.", "April to June", "2026-Q2"),
        ("Net income in January through March fell.", "January through March", "2026-Q1"),
        ("Revenue for October-to-December 2025 rose 2%.", "October-to-December 2025", "2025-Q4"),
        ("Group losses over July to December widened.", "July to December", "2026-H2"),
        (
            "It made a profit of £1bn for the three months to September, down 41%.",
            "the three months to September",
            "2026-Q3",
        ),
        (
            "It posted an operating profit of £1.03 billion for the three months to June.",
            "the three months to June",
            "2026-Q2",
        ),
        (
            "Revenue for the six months to June 2024 rose 5%.",
            "the six months to June 2024",
            "2024-H1",
        ),
        ("Earnings in the 3 months ended March rose.", "the 3 months ended March", "2026-Q1"),
    ],
)
def test_results_for_a_quarters_months_read_the_quarter(sentence, said, timex):
    found = [(m.text, m.timex) for m in find_times(sentence, PUB)]
    assert (said, timex) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The exhibition runs from July to September.",  # no results noun: two ends
        "Profit for the nine months to September rose.",  # no calendar quarter or half
        "Sales from May to July rose.",  # no calendar quarter
        "The company hired staff from April to June.",
        # no results noun: a length and a month, as TimeML marks them (test_time31_classes)
        "Production fell in the three months to September.",
        "The bank expects growth in the three months to September to slow.",
    ],
)
def test_no_quarter_without_results_or_a_calendar_quarter(sentence):
    assert not any("-Q" in m.timex or "-H" in m.timex for m in find_times(sentence, PUB))


def test_results_months_and_the_quarter_named_agree_as_one_quarter(tmp_path):
    a = "Brandt's operating profit for July to September fell 41% to €1.18 billion."
    b = "Brandt's third-quarter operating profit fell 41% to €1.18 billion."
    fa = write(tmp_path, "a.txt", f"---\npublished: 2026-11-12\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2026-11-12\n---\n{b}\n")
    times = [d for d in analyze_paths([fa, fb]).discrepancies if d.kind == "date"]
    assert times and all("July 2026" not in d.explanation for d in times)
