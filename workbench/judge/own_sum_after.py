"""Where a breakdown's total is told other than before it (issue 11, session
43), for ``own_sum.py``:

- after its parts, marked as their total: "1,250 by helicopter and 950 by
  boat, 2,100 in all", "24 men, 9 women and four children - 36 dead in
  total", "12 on Friday and 15 on Saturday, a total of 30 arrests". The
  marker ("in all", "in total", "altogether", "all told", "a total of",
  "totalling") tells the list is the whole: a shortfall is flagged as well;
- before them as "Of the M …, N …": "Of the 36 dead, 24 were men, 9 were
  women and 4 were children". Such a list may name only some of the M ("Of
  the 84 survivors, 23 were children and 12 were elderly"): only parts
  adding up to more than it are flagged.

A count that is the whole of a share before it, "half of the 300 staff - 80
in Leeds and 60 in York", is no total of the list after it: the list breaks
down the half.

"Bringing the total to 40" is no marker: a running total may count what came
before the list.
"""

from __future__ import annotations

import re

from ..model import Claim, Fact

_SP = r"[ \u00a0]"
_WORD = r"[A-Za-z][\w’'-]*"
# between the last part and the total: the part's words, then a comma, a dash or a
# colon, perhaps "a total of"
_BEFORE_TOTAL = re.compile(
    rf"^(?:{_SP}+{_WORD}){{0,4}}{_SP}*(?:[,:—–]|{_SP}-){_SP}*"
    rf"(?P<marker>(?:(?:for|making){_SP}+)?a{_SP}+total{_SP}+of|totall?ing)?{_SP}*$",
    re.IGNORECASE,
)
# after the total: a few words, then "in all" and the end of the clause
_IN_ALL = re.compile(
    rf"^(?:{_SP}+{_WORD}){{0,2}}?{_SP}+(?:in{_SP}+all|in{_SP}+total|altogether|all{_SP}+told)"
    rf"{_SP}*(?:$|[,;.:)—–]|{_SP}-{_SP})",
    re.IGNORECASE,
)
# after a total marked by "a total of": its noun and the end of the clause
_CLAUSE_ENDS = re.compile(rf"^(?:{_SP}+{_WORD}){{0,2}}{_SP}*(?:$|[,;.:)—–]|{_SP}-{_SP})")
_OF_THE = re.compile(rf"\bof{_SP}+(?:the|all|those|these){_SP}+$", re.IGNORECASE)
_OF_THE_LIST = re.compile(rf"^(?:{_SP}+{_WORD}){{0,4}}{_SP}*,{_SP}*$")


def _after(claim: Claim, f: Fact) -> str:
    return claim.text[f.end - claim.start :]


def total_after(claim: Claim, last: Fact, total: Fact) -> bool:
    """``total`` follows the list ending at ``last`` as its total."""
    between = claim.text[last.end - claim.start : total.start - claim.start]
    m = _BEFORE_TOTAL.match(between)
    if m is None:
        return False
    if m.group("marker"):
        return _CLAUSE_ENDS.match(_after(claim, total)) is not None
    return _IN_ALL.match(_after(claim, total)) is not None


def of_the_total(claim: Claim, total: Fact, first: Fact) -> bool:
    """ "Of the 36 dead, 24 …": the total opens its sentence's list."""
    at = total.start - claim.start
    if not _OF_THE.search(claim.text[max(0, at - 12) : at]):
        return False
    between = claim.text[total.end - claim.start : first.start - claim.start]
    return _OF_THE_LIST.match(between) is not None


_SHARE_OF = re.compile(
    rf"^{_SP}+of{_SP}+(?:(?:the|all|its|their|those|these){_SP}+)?(?:[\w’'-]+['’]s?{_SP}+)?$",
    re.IGNORECASE,
)


def share_of(claim: Claim, before: Fact, total: Fact) -> bool:
    """ "half of the 300 staff": ``total`` is the whole of the share ``before`` it."""
    if before.kind != "percent":
        return False
    return (
        _SHARE_OF.match(claim.text[before.end - claim.start : total.start - claim.start])
        is not None
    )
