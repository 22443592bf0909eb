"""A change and the level it reached, told "VERB its rate by A to B" (session 43, issue 11).

"The central bank cut rates by 0.25% to 4.5%" was read as a range, 0.25-4.5%:
the range reader knew "cut by 0.25% to 4.5%" as a change only when the verb stood
right before "by" (``measure.CHANGE_AMOUNT``), and a rate cut names its object
between the two ("cut rates by", "raised its key rate by", "lowered the cash
rate by"). Here "by A to B" (of a rate, "A to B" alone: "cut rates 0.25% to
4.5%") whose clause opens the change with a verb before
it, a few words of its object between, is a change (A) and the level reached
(B), not a range, when

* the object is a rate ("rates", "its deposit rate", "the jobless rate"): a
  rate is moved by an amount to a level, told in one unit; or
* the level is three times the change at least ("cut its workforce by 1,000
  to 9,000"): a range's two ends are of one size ("by 2% to 3%", "between 40%
  and 55%").

A verb right before "by" ("rose by 5% to 40%") is read as before; "range",
"vary" before the figures keep a range ("forecasts for the cut range by ...").
"""

from __future__ import annotations

import re

from ..moved_by import VERB_BY

__all__ = ["changed_by_to", "rate_moved_before"]

_RATE = re.compile(
    r"\b(?:rates?|yields?|margins?|ratio|unemployment|inflation|tax|tariffs?|levy|duty)\b",
    re.IGNORECASE,
)
_NO_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|which|who)\b", re.IGNORECASE)
# a range said to be one: "estimates range", "forecasts vary"
_RANGED = re.compile(r"\b(?:rang\w*|var(?:y|ied|ies|ying)|between|anywhere)\b", re.IGNORECASE)


def changed_by_to(text: str, start: int, low: float, high: float) -> bool:
    """Whether the figures read "A to B" from ``start`` (right after "by") are
    a change and the level it reached: see the module docstring."""
    got = VERB_BY.search(text, max(0, start - 80), start)
    if got is None:
        return False
    obj = got.group("object")
    if _NO_CLAUSE_BREAK.search(obj) or _RANGED.search(obj):
        return False
    if _RATE.search(obj):
        return True  # "cut rates 0.25% to 4.5%" too
    return bool(got.group("by")) and low > 0 and high >= 3 * low


def rate_moved_before(text: str, start: int) -> bool:
    """Whether a verb moving a rate its object names stands before ``start``
    ("cut rates 0.25%", "hiked the cash rate 50 basis points")."""
    got = VERB_BY.search(text, max(0, start - 80), start)
    obj = got.group("object") if got else ""
    return bool(obj) and not _NO_CLAUSE_BREAK.search(obj) and bool(_RATE.search(obj))
