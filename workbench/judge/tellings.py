"""The days of two statements that state different figures (session 42, issue
11: unresolved precision).

"killing at least 47 people, officials said late Sunday" and "The national
risk management secretariat said at 6pm on Monday that 46 people had died in
Chimborazo province" date two briefings, not one happening told on two days;
"The Energy Market Authority announced this morning that households … will
receive compensation of Kr450" and "On Thursday the Energy Market Authority
proposed a fine of Kr180m" date two decisions. Readers of authored development
(ecuador_quake, blackout) judged wrong the questions raised on such days ("'late
Sunday' reaches into Monday only around midnight", "one day apart … a report
filed from another time zone"): "different briefings are not one fact … only
compare statement times when the statements are the same update". When each
date is the day a statement was made ('said', 'announced', 'proposed' right
beside it) and the two sentences state figures none of which the other states,
the days are two moments: no candidate pair. The figures are compared on their
own; two statements sharing a figure keep their days compared.
"""

from __future__ import annotations

import math
import re

from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule

_TELL = r"(?:said|says|announced|proposed|reported|confirmed|declared|stated|revealed)"
# "said late Sunday", "said at 6pm on Monday", "announced this morning"
_VERB_BEFORE = re.compile(r"\b" + _TELL + r"(?:\s+(?:at|on|late|early|by)?\s*[\w.:]+){0,2}?\s+$")
# "On Thursday the Energy Market Authority proposed"
_VERB_AFTER = re.compile(
    r"\A,?\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}(?:has\s+|had\s+)?" + _TELL + r"\b"
)


def _told_on(claim: Claim, f: Fact) -> bool:
    """``f`` is the day (or moment) a statement was made."""
    if f.kind not in TIME_KINDS or f.kind == "duration":
        return False
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    return bool(_VERB_BEFORE.search(text[max(0, s - 40) : s]) or _VERB_AFTER.match(text[e:]))


def _figures(facts) -> list[float]:
    out = []
    for f in facts:
        value = getattr(f.mention, "value", None)
        if f.kind in QUANTITY_KINDS and isinstance(value, int | float):
            out.append(float(value))
    return out


def statements_of_different_figures(c: CandidateCase) -> bool:
    """Two dates of statements whose sentences state no figure in common."""
    if c.claims is None:
        return False
    (ca, cb), (x, y) = c.claims, (c.x, c.y)
    if not (_told_on(ca, x) and _told_on(cb, y)):
        return False
    fa, fb = _figures(c.facts[0]), _figures(c.facts[1])
    if not fa or not fb:
        return False
    return not any(math.isclose(a, b, rel_tol=1e-6) for a in fa for b in fb)


STATEMENTS_OF_DIFFERENT_FIGURES = Rule(
    "statements_of_different_figures",
    CANDIDATE,
    statements_of_different_figures,
    Outcome.SKIP,
    "two dates each the day a statement was made ('officials said late Sunday' / 'said at "
    "6pm on Monday that 46 … had died'; 'announced this morning … Kr450' / 'On Thursday "
    "the Authority proposed a fine of Kr180m'), in sentences stating no figure in common, "
    "are two briefings or decisions, not one day told twice — no candidate pair (session "
    "42: readers judged the questions wrong)",
    "tests/test_s42_tellings.py::test_days_of_statements_of_different_figures_are_not_compared",
)
