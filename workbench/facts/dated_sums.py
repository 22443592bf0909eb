"""A date told right after a sum of money dates that sum (issue 11, session 37).

"The regulator fined the company R850,000 in 2019 over monitoring lapses,
and R4.5 million in 2023 after two workers died": each year dates the fine
just before it. A year split from its verb by a conversion in parentheses ("fined it R4.5
million (roughly $450,000) in 2023") or by an "and" that leaves the verb out
dated no happening at all, so the fine's year met the accident's.

:func:`sum_before` finds the sum a date follows ("R4.5 million (roughly
$450,000) in 2023"); :func:`sum_stage` gives that date the stage its sum's
verb names ("fined", DATED in happenings.py), read by
``measure.dated_event_of`` when the date's own clause names none. (Two years
of two sums of one sentence, once each is a fine's, the pairing already
keeps apart by value: a rule for it changed nothing in the development
events or in made-up cases, session 37, and was left out.)
"""

from __future__ import annotations

import re

from .happenings import DATED

_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}
_CURRENCY = r"(?:[A-Z]{0,3}\$|[£€¥₹]|R|Rs\.?[ \u00a0]?|Sh[ \u00a0]?|KSh[ \u00a0]?)"
_NAMED = r"(?:rand|dollars?|pounds?|euros?|rupees?|shillings?|yen|yuan|francs?)"
_AMOUNT = (
    r"(?P<cur>" + _CURRENCY + r")?(?P<num>\d[\d,]*(?:\.\d+)?)[ \u00a0]?"
    r"(?P<scale>thousand|million|billion|bn|mn|m|k)?\b(?:[ \u00a0]+(?P<named>" + _NAMED + r"))?"
)
_SUM_THEN_DATE = re.compile(
    _AMOUNT + r"(?:[ \u00a0]*\([^()]{1,40}\))?[ \u00a0]+(?:in|on|during)[ \u00a0]+$"
)
_SUM = re.compile(_AMOUNT)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?[ \u00a0]+(?=[A-Z\"“])")
_GAPPED = re.compile(r"(?:,|\band)[ \u00a0]*$")


def _value(m: re.Match[str]) -> float | None:
    """The sum a match states, or None when it names no money."""
    if not (m.group("cur") or m.group("named")):
        return None
    scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
    return float(m.group("num").replace(",", "")) * scale


def sum_before(text: str, start: int) -> tuple[int, float] | None:
    """Where the sum of money a date at ``start`` follows starts, and its value
    ("R4.5 million (roughly $450,000) in 2023"), or None."""
    lo = max(0, start - 80)
    for m in _SUM_THEN_DATE.finditer(text, lo, start):
        if m.end() == start:
            value = _value(m)
            return (m.start(), value) if value is not None else None
    return None


def sum_stage(text: str, start: int) -> str:
    """The stage the verb of the sum a date follows names ("fined Vaalkrans
    R850,000 in 2019 …, and R4.5 million in 2023": "penalised" for both), or ""."""
    got = sum_before(text, start)
    if got is None:
        return ""
    at = got[0]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    lo = max(ends[-1] if ends else 0, at - 160)
    if _GAPPED.search(text, lo, at):
        # "fined it R4.5m in 2023 after …, and R850,000 in 2019": the verb of the first sum
        first = next((m.start() for m in _SUM.finditer(text, lo, at) if _value(m)), at)
        at = first
    best, stage = -1, ""
    for name, rx in DATED:
        for m in rx.finditer(text, lo, at):
            if m.end() > best:
                best, stage = m.end(), name
    return stage
