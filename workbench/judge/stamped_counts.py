"""Two moments that stamp counts of different things: no day told twice.

"At least 40 residents were still unaccounted for this morning" and "As of noon
on Thursday, 35 residents … had been treated for injuries": each date stamps
the state of a running count (facts/stamped.py, ``STATE``), and the counts are
of different happenings, the missing and the injured. The two are moments of
two tallies, not one day two reports give differently. Session 41 (issue 11,
unresolved precision): readers of the authored tower fire judged the question
raised on them ('this morning' a day before 'Thursday', "a report filed from
another time zone …") wrong: "dates should only be compared when the facts
they stamp are the same". Stamps of one count, or of counts the words do not
tell apart, stay compared.
"""

from __future__ import annotations

from ..facts.dated_things import date_reading
from ..facts.measure import measure_of
from ..facts.stamped import STATE
from ..facts.whose import clause_bounds
from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule


def _counts(claim: Claim, span: tuple[int, int], facts: tuple[Fact, ...] = ()) -> bool:
    return any(
        f.kind in QUANTITY_KINDS and span[0] <= f.start - claim.start < span[1] for f in facts
    )


def counted_at(claim: Claim, date: Fact, facts: tuple[Fact, ...]) -> frozenset[str]:
    """The happenings the counts a state stamp ``date`` stamps are of (measure_of)."""
    text, base = claim.text, claim.start
    lo, hi = clause_bounds(text, date.start - base, date.end - base)
    span = (lo, hi) if _counts(claim, (lo, hi), facts) or lo > 0 else (hi, len(text))
    return frozenset(
        ev
        for f in facts
        if f.kind in QUANTITY_KINDS and span[0] <= f.start - base < span[1]
        if (ev := measure_of(text, f.start - base, f.end - base).event)
    )


def _names_any(claim: Claim, date: Fact, events: frozenset[str]) -> bool:
    """The stamp's clause (or the sentence after a fronted stamp) names one of
    ``events`` in some form ('rescued' in '221 of the 243 aboard had been
    rescued', read there as 'aboard')."""
    text, base = claim.text, claim.start
    lo, hi = clause_bounds(text, date.start - base, date.end - base)
    said = (text[lo:] if lo == 0 else text[lo:hi]).lower()
    return any(ev[:5] in said for ev in events)


def _state_stamp(claim: Claim, f: Fact) -> bool:
    """``f`` dates the state of a count (stamped.STATE); a 'for' read into the
    date from the predicate before it ('unaccounted for this morning') is left
    out."""
    if f.kind not in TIME_KINDS or f.kind == "duration":
        return False
    s, e = f.start - claim.start, f.end - claim.start
    if claim.text[s : s + 4].lower() == "for ":
        s += 4
    return date_reading(claim.text, s, e).event == STATE


def states_of_different_counts(c: CandidateCase) -> bool:
    """Two dates, each the moment a state of a count held, whose counts are of
    different happenings."""
    if c.claims is None:
        return False
    (ca, cb), (x, y) = c.claims, (c.x, c.y)
    if not (_state_stamp(ca, x) and _state_stamp(cb, y)):
        return False
    ea, eb = counted_at(ca, x, tuple(c.facts[0])), counted_at(cb, y, tuple(c.facts[1]))
    if not (ea and eb) or ea & eb:
        return False
    return not (_names_any(ca, x, eb) or _names_any(cb, y, ea))


STATES_OF_DIFFERENT_COUNTS = Rule(
    "states_of_different_counts",
    CANDIDATE,
    states_of_different_counts,
    Outcome.SKIP,
    "two dates that each stamp the state of a running count ('40 residents were still "
    "unaccounted for this morning' / 'As of noon on Thursday, 35 … had been treated for "
    "injuries'), the counts of different happenings, are moments of two tallies, not one "
    "day told twice — no candidate pair (session 41: readers judged the question wrong)",
    "tests/test_s41_stamped_counts.py::test_stamps_of_different_counts_are_not_compared; "
    "authored development (tower_fire)",
)
