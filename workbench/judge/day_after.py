"""A day told with 'a day after X' in its sentence against X's own day
(session 42, issue 11: unresolved precision).

"Workers arriving … this morning found television crews at the gates, a day
after European regulators fined the drugmaker" dates the crews this morning and
the fine the day before; another report's "the decision last Tuesday" is the
fine's day. Read as one day told twice, 'this morning' (Wednesday) against
'last Tuesday' was a question, "one day apart … a report filed from another
time zone" (authored development, pharma_recall: judged wrong, "the same
sentence says 'a day after', which agrees with 'last Tuesday'"). When a
sentence counts its date N days after (or before) another happening and the
other report's day is exactly that many days earlier (later), the two dates
are of two moments that agree: no candidate pair. Any other distance is
compared as before.
"""

from __future__ import annotations

import re
from datetime import date

from ..facts.numwords import word_number
from ..facts.time.mention import TimeMention
from ..model import Claim, Fact
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule

_COUNTED = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2}|the)\s+(?P<unit>days?|weeks?)"
    r"\s+(?P<dir>after|before)\s+(?!that\b|this\b|the\s+(?:day|date)\b)",
    re.IGNORECASE,
)


def _day(f: Fact) -> date | None:
    m = f.mention
    if not isinstance(m, TimeMention) or m.interval is None or f.kind == "duration":
        return None
    return m.interval[0].date()


def _offsets(claim: Claim) -> set[int]:
    """The days from its date to another happening's that a sentence counts
    ('a day after regulators fined': -1, 'two days before the vote': +2)."""
    out = set()
    for m in _COUNTED.finditer(claim.text):
        n = 1.0 if m.group("n").lower() in ("a", "an", "the") else word_number(m.group("n"))
        if n is None:
            continue
        days = int(n) * (7 if m.group("unit").lower().startswith("week") else 1)
        out.add(-days if m.group("dir").lower() == "after" else days)
    return out


def told_from_a_happening_it_follows(c: CandidateCase) -> bool:
    """One date's sentence counts it N days after a happening, and the other
    date is that happening's day."""
    if c.claims is None:
        return False
    (ca, cb), (x, y) = c.claims, (c.x, c.y)
    dx, dy = _day(x), _day(y)
    if dx is None or dy is None or dx == dy:
        return False
    for claim, other, d, d_other in ((ca, cb, dx, dy), (cb, ca, dy, dx)):
        if (d_other - d).days in _offsets(claim) and not _COUNTED.search(other.text):
            return True
    return False


DAY_OF_WHAT_IT_FOLLOWS = Rule(
    "day_of_the_happening_it_follows",
    CANDIDATE,
    told_from_a_happening_it_follows,
    Outcome.SKIP,
    "a date whose sentence counts it 'a day after' another happening ('this morning found "
    "crews at the gates, a day after regulators fined the company') against another "
    "report's day exactly that many days earlier ('the decision last Tuesday') dates the "
    "happening it follows: two moments that agree, not one day told twice — no candidate "
    "pair (session 42: readers judged the question wrong)",
    "tests/test_s42_day_after.py::test_a_day_counted_after_a_happening_meets_its_day",
)
