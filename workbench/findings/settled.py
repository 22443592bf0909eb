"""Consistent findings with nothing for an editor to decide: settled.

Trial 44 (P4, P7): on a 14-article cluster 5 of the 11 findings to review
were consistent dates, 'Thursday evening' / 'last night', 'Thursday night' /
'8:30 p.m.' — each right, none leading to a correction — and a finding of one
version in two sources, 'Monday / today', was counted to review although
nothing in it differs. They crowd the list an editor triages.

A consistent finding that is no agreement (``agree``: a date read against a
publication date never is one) is settled when

- it has one version: every source's value is one value (nothing differs), or
- every side is a date or a clock time, each resolved in full (no unknown
  year, month or day), and all fall on one calendar day ('Thursday evening'
  / 'last night' / 'shortly after 8:30 p.m. Thursday'), or all name one
  period with one modifier ('May' / 'last May' of one year).

User trial 48 (problem 11): 'March 3' / 'March' (8 sources), 'May 9' / 'by
May 9th', 'November 2013' / 'November 22, 2013' each cost a decision with
nothing to decide: one source is more precise, none contradicts it, and no
correction follows from either. So a finding is settled too when its dates
nest (``nested``): every two of them, one lies inside the other, the outer
one stated plainly or with 'by' around the very same day ('by May 9th'
holds May 9; 'by May' may mean before May starts), the inner one plainly or
as a part of it ('early March'). A bound that could exclude the other
('before', 'after', 'earlier this year', 'by' around a smaller period)
keeps it to review, as do dates that merely overlap.

Settled findings go with the agreements (``FindingRecord.agreed``): listed
with every version, no item to review; one an editor decided anything on
stays an item. The verdict, the versions and the ``check --json``
"agreement" (every source agrees as written or by arithmetic) are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Fact, Finding, Verdict

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|T)")
# a clock 'shortly after 8:30 p.m.' or 'around 9 a.m.' is still on its day;
# a day 'by Thursday', 'before Monday' is not that day
_ON_ITS_DAY = frozenset({"after", "around", "about", "approximately"})
_PERIOD = re.compile(r"\d{4}(?:-(?:\d{2}|W\d{2}|Q\d|H\d|SU|SP|FA|WI))?")


def is_settled(finding: Finding, fact_at: Callable[[tuple[str, int, int]], Fact | None]) -> bool:
    """``fact_at``: the fact at (article, start, end) of a finding's side."""
    if finding.verdict != Verdict.CONSISTENT or finding.agreement:
        return False
    sides = [s for v in finding.versions for s in v.sides]
    if len({s.article for s in sides}) < 2:
        return False
    if len(finding.versions) == 1:
        return True
    facts = [fact_at((s.article, s.start, s.end)) for s in sides]
    keys = {_day_or_period(f) for f in facts}
    return (len(keys) == 1 and None not in keys) or nested(facts)


# the outer date of two: stated plainly, or 'by' it (its own day inside);
# the inner one: plainly, or a part of a period ('early March')
_OUTER = frozenset({"", "by"})
_INNER = frozenset({"", "early", "mid", "late"})


def nested(facts: list[Fact | None]) -> bool:
    """Every two of these dates (resolved in full), one lies inside the
    other: 'March 3' in 'March', 'May 9' in 'by May 9th' (trial 48)."""
    spans = {_span(f) for f in facts}
    if None in spans or len(spans) < 2:
        return False
    known = [s for s in spans if s is not None]
    return all(_inside(a, b) or _inside(b, a) for n, a in enumerate(known) for b in known[n + 1 :])


def _span(fact: Fact | None) -> tuple[str, str, str] | None:
    """(start, end, modifier) of a date or clock resolved in full."""
    if fact is None or fact.kind not in ("date", "time") or not isinstance(fact.value, dict):
        return None
    value = fact.value
    timex, interval = value.get("timex"), value.get("interval")
    if value.get("type") not in ("DATE", "TIME") or value.get("needs_published"):
        return None
    if not isinstance(timex, str) or not re.match(r"\d{4}", timex):
        return None
    if not isinstance(interval, list | tuple) or len(interval) != 2:
        return None
    return str(interval[0]), str(interval[1]), str(value.get("modifier") or "")


def _inside(outer: tuple[str, str, str], inner: tuple[str, str, str]) -> bool:
    if outer[2] not in _OUTER or inner[2] not in _INNER:
        return False
    if outer[2] == "by":  # its own span only: 'by May' may end before May
        return outer[:2] == inner[:2]
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _day_or_period(fact: Fact | None) -> tuple[str, ...] | None:
    """The one calendar day a resolved date or clock time falls on, or the
    period with its modifier ('early', 'after'); None for anything else."""
    if fact is None or fact.kind not in ("date", "time") or not isinstance(fact.value, dict):
        return None
    value = fact.value
    timex = value.get("timex")
    if value.get("type") not in ("DATE", "TIME") or not isinstance(timex, str):
        return None
    modifier = str(value.get("modifier") or "")
    day = _DAY.match(timex)
    if day and (not modifier or (value["type"] == "TIME" and modifier in _ON_ITS_DAY)):
        return ("day", day.group(1))
    if _PERIOD.fullmatch(timex):
        return ("period", timex, modifier)
    return None
