"""Session 38 (issue 11, class 3): a range of product versions is neither a count nor
two counts. "could affect all versions of IE6 to 10" was read as the count 10 (the
first end, glued to its name, was refused; the second read alone), and so would
"Internet Explorer 6 through 11", "Windows 10 and 11 machines" or "versions 6
through 11". Own cases: other products, range words and names written again;
controls where a range of counts stays a quantity.
"""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities


def _values(sentence: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.value_high) for q in find_quantities(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The flaw could affect all versions of IE6 to 10 as hackers set up websites.",
        "It hits Internet Explorer 6 through 11.",
        "Attackers targeted IE 6 through IE 11.",
        "Every browser from IE 6 through to the latest IE 11 is exposed.",
        "Android 13 and 14 phones are affected.",
        "Windows 10 and 11 machines were hit, the company said.",
        "Users of iOS 16 to 17 should update now.",
        "The bug affects versions 6 through 11.",
        "Releases 3 to 5 are patched.",
        "Attacks were aimed at Internet Explorer 8 and 9, although others may be at risk.",
        "Users should move from Firefox 2.0 to Firefox 3.",
        "Macs running OS X 10.6 to 10.8 are vulnerable.",
    ],
)
def test_a_range_of_versions_is_no_count(sentence):
    assert _values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Between 6 and 10 people died.", [(6.0, 10.0)]),
        ("From 6 to 10 people died.", [(6.0, 10.0)]),
        ("The toll rose from 6 to 10.", [(6.0, None), (10.0, None)]),
        ("Britain sent 6 to 10 ships.", [(6.0, 10.0)]),
        ("Patients aged 6 to 10 were treated.", [(6.0, 10.0)]),
        ("Between 6 and 10 versions were released.", [(6.0, 10.0)]),
        (
            "Microsoft fixed 12 flaws in IE 11 and 40 flaws in Windows.",
            [(12.0, None), (40.0, None)],
        ),
    ],
)
def test_a_range_of_counts_stays_a_quantity(sentence, values):
    assert _values(sentence) == values
