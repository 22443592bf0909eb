"""An increment, not a total: "two more players" against "brought to 12 the number
of players"; "another 300 troops"; "three extra buses"; "a further 200 jobs" (issue
11; "additional", "extra" and "a further" since session 27). Read by
:func:`workbench.facts.measure.measure_of` as the role "added"."""

from __future__ import annotations

import re

# (not "£8m more in add-ons")
_ADDED_BEFORE = re.compile(r"\banother[ \u00a0]+$", re.IGNORECASE)
# (of a count only: "an extra $25,000 for the course record" is the bonus "a $25k bonus")
_ADDED_WORD_BEFORE = re.compile(
    r"\b(?:an[ \u00a0]+(?:additional|extra)|a[ \u00a0]+further)[ \u00a0]+$", re.IGNORECASE
)
# More of something else than a sum said just before: "$99 down with 20 additional
# monthly payments", "a £50 deposit plus 11 more instalments" count every payment
# after the sum, not an increment to an earlier count of payments (ECB+ 42_ecbplus:
# "24 equal monthly payments" elsewhere is a real conflict).
_AFTER_A_SUM = re.compile(
    r"(?:[$£€¥][ \u00a0]?\d[\d.,]*|\d[\d.,]*[ \u00a0]?(?:dollars|pounds|euros))"
    r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:with|plus|followed[ \u00a0]+by)[ \u00a0]+"
    r"(?:(?:an|a)[ \u00a0]+(?:additional|extra|further)[ \u00a0]+|another[ \u00a0]+)?$",
    re.IGNORECASE,
)
_ADDED_AFTER = re.compile(
    r"[ \u00a0]+(?:more|additional|extra|further)[ \u00a0]+(?!than\b|in\b|of\b|to\b|for\b)[a-z]"
)


def is_added(text: str, start: int, lo: int, end: int) -> bool:
    """The figure at ``start:end`` (clause from ``lo``; ``end`` < 0 for none)
    counts what is added to an earlier count of the same thing."""
    if _AFTER_A_SUM.search(text, lo, start):
        return False  # "$99 down with 20 additional monthly payments": all of them
    if _ADDED_BEFORE.search(text, lo, start) or (end >= 0 and _ADDED_AFTER.match(text, end)):
        return True
    # "a further 200 jobs", "an additional 40 inspectors" (a count only)
    return text[start : start + 1].isalnum() and bool(_ADDED_WORD_BEFORE.search(text, lo, start))
