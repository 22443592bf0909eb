"""A figure a day against a total its own sentence gives for several days (issue
11, session 41).

"puts the cost of the shutdown at £38m a day" / "said the shutdown had cost
businesses £38 million over the two days": the family reads the first as a rate
a day and the second as a sum with no rate, sees one value and calls the two
"the same value, written differently" (development transit_strike: judged
wrong, the planted D6 missed). The second sentence tells the stretch its sum is
of, right after it: two days at £38m a day is £76m, not £38m. A daily figure
against a total of N days is compared as the rate times N; two that differ are
a conflict. Narrow on purpose: one side a rate a day, the other no rate, of one
dimension and unit, the stretch written right after the total ("over the two
days", "in three days", "across the five-day strike"), at least two days.
"""

from __future__ import annotations

import math
import re

from ..facts.numwords import word_number
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import QUANTITY_KINDS
from .stages import VALUE, Outcome, Rule

_STRETCH = re.compile(
    # a few words of what the sum is may come first: "€12 million in lost trade over"
    r"(?:[ \u00a0]+(?!over\b|across\b|during\b)[a-z'’-]+){0,3}?"
    r"[ \u00a0]*(?:in[ \u00a0]+total[ \u00a0]+)?(?:over|across|in|during|for)[ \u00a0]+"
    r"(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?(?:first[ \u00a0]+|past[ \u00a0]+)?"
    r"(?P<n>\d+|[a-z]+)(?:[ \u00a0]+|-)days?\b",
    re.IGNORECASE,
)
_CLOSE = 0.05  # rounding between a rate times its days and the total told


def _stretch_after(f: Fact, sentence: str) -> tuple[float, str] | None:
    """The number of days the sentence says a figure is the total of, and the words
    that say so (" over the two days"), or None."""
    at = sentence.find(f.text)
    if at < 0:
        return None
    m = _STRETCH.match(sentence, at + len(f.text))
    if m is None:
        return None
    n = m.group("n")
    days = float(n) if n.isdigit() else word_number(n)
    return (days, m.group()) if days is not None and days >= 2 else None


def _rate_and_total(c: ValueCase) -> tuple[Fact, Fact, float, str] | None:
    """(the figure a day, the total, its days, the words telling them) or None."""
    if c.x.kind not in QUANTITY_KINDS or c.y.kind not in QUANTITY_KINDS:
        return None
    for rate, total, sentence in ((c.x, c.y, c.texts[1]), (c.y, c.x, c.texts[0])):
        mr, mt = rate.mention, total.mention
        if getattr(mr, "per", None) != "d" or getattr(mt, "per", "") is not None:
            continue
        if mr.dimension != mt.dimension or mr.unit != mt.unit or mr.value_high is not None:
            continue
        stretch = _stretch_after(total, sentence)
        if stretch is not None:
            return rate, total, *stretch
    return None


def rate_against_its_days(c: ValueCase) -> bool:
    if c.cmp.verdict not in (Verdict.CONSISTENT, Verdict.IDENTICAL):
        return False  # "£4.5 million per day" / "£4.5 million across …": written alike
    found = _rate_and_total(c)
    if found is None:
        return False
    rate, total, days, _ = found
    expected = rate.mention.value * days
    return not math.isclose(expected, total.mention.value, rel_tol=_CLOSE)


def rate_against_its_days_note(c: ValueCase) -> str:
    found = _rate_and_total(c)
    assert found is not None  # the row applied
    rate, total, days, words = found
    compared = c.cmp.explanation.split(": ", 1)[0]
    told = total.mention.value
    times = f"{rate.mention.value * days / told:.3g} times" if told else "more than"
    return (
        f"{compared}: '{total.text}{words.rstrip()}' is a total of {days:g} days, "
        f"'{rate.text}' a figure a day; {days:g} days at that rate come to {times} that "
        "total — a daily figure is not the total of several days — conflict"
    )


RATE_AGAINST_ITS_DAYS = Rule(
    "rate_against_its_days",
    VALUE,
    rate_against_its_days,
    Outcome.CONFLICT,
    "'£38m a day' against '£38 million over the two days': the second sentence tells the "
    "stretch its sum is the total of, so the two are compared as the rate times its days "
    "(£76m), not as one value written two ways (development transit_strike: the "
    "agreement judged wrong, its planted discrepancy missed). One side a rate a day, the "
    "other a sum of one unit with the stretch written right after it, two days or more",
    "tests/test_s41_rate_over_days.py::test_a_daily_figure_against_a_total_of_days_conflicts",
    rate_against_its_days_note,
)
