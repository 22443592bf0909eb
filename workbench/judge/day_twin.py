"""A day the other sentence states too, set against another of its days
(session 40, issue 11, a misread): "Spain's record, set at Écija on Wednesday
at 16:40" / "The measure was lifted on Sunday after Spain's record, set at
Écija on Wednesday of last week". The second sentence names the first's day
itself, so its other day ("Sunday") dates something else, and a conflict of
the two is the engine taking the wrong day of a sentence of two (authored
heatwave: "took the wrong date from a two-date sentence"), when the words
around the twin are more like the day's own than those around the other day
are ("first reported Monday" / "discovered on Tuesday of last week", beside
"ran through the valley on Tuesday", stays a conflict). No flag; the day
and its twin are compared as any pair is. The quantity rows read the same of a
figure whose number the other claim states (``figure_stated_twice_elsewhere``).
"""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz

from ..model import Claim, Fact, Verdict
from ..text import content_tokens
from .cases import CandidateCase
from .frames import _numeric, root
from .stages import CANDIDATE, Outcome, Rule

_ONE_DAY = 86_400
_AROUND = 40  # characters read each side of a value (pairing.context_agreement's)


def _day(f: Fact) -> date | None:
    """The one calendar day a date or a clock time states ("on Wednesday",
    "at 16:40 on Wednesday"), or None: a week, a month, a bound, or a clock
    whose day was read from the lede or the publication date."""
    m = f.mention
    if f.kind not in ("date", "time") or getattr(m, "day_from", ""):
        return None
    iv = getattr(m, "interval", None)
    if getattr(m, "modifier", None) or iv is None:
        return None
    if (iv[1] - iv[0]).total_seconds() > _ONE_DAY:
        return None
    return iv[0].date()


def _words(claim: Claim, f: Fact) -> str:
    """The stemmed words around a value (40 characters each side), numbers out."""
    s, e = f.start - claim.start, f.end - claim.start
    around = claim.text[max(0, s - _AROUND) : s] + " " + claim.text[e : e + _AROUND]
    return " ".join(root(t) for t in content_tokens(around) if not _numeric(t, stems=False))


def _closer(c: Claim, v: Fact, co: Claim, twin: Fact, partner: Fact) -> bool:
    """The words around ``v`` agree more with those around its ``twin`` than
    with those around the ``partner`` it was set against."""
    wv = _words(c, v)
    return fuzz.token_set_ratio(wv, _words(co, twin)) > fuzz.token_set_ratio(
        wv, _words(co, partner)
    )


def day_stated_elsewhere(c: CandidateCase) -> bool:
    """Two days in conflict (not two clock times: those compare instants), one
    of which the other's sentence states too, by another of its dates told in
    words more like its own than the day it was set against."""
    if c.cmp.verdict != Verdict.CONFLICT or c.claims is None:
        return False
    if c.x.kind == "time" and c.y.kind == "time":
        return False
    dx, dy = _day(c.x), _day(c.y)
    if dx is None or dy is None or dx == dy:
        return False
    (ca, cb), (fa, fb) = c.claims, c.facts
    return any(
        z.id != c.y.id and _day(z) == dx and _closer(ca, c.x, cb, z, c.y) for z in fb
    ) or any(z.id != c.x.id and _day(z) == dy and _closer(cb, c.y, ca, z, c.x) for z in fa)


DAY_STATED_ELSEWHERE = Rule(
    "day_stated_elsewhere",
    CANDIDATE,
    day_stated_elsewhere,
    Outcome.SKIP,
    "two days in conflict where the other sentence states the first one's day too, by another "
    "of its dates ('set on Wednesday at 16:40' / 'lifted on Sunday after the record set on "
    "Wednesday of last week'): that day is about its twin, and the other day dates something "
    "else — no flag",
    "tests/test_s40_unlike_things.py::test_a_day_the_other_sentence_states_is_not_set_against_"
    "its_other_day",
)
