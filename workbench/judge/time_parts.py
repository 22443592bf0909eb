"""A count over a part of the happening's time against one over another part
(issue 11, sessions 33-34): "35 car fires overnight" / "50 during the
afternoon"; "4,000 joined on the second day" / "9,000 on the first day";
"40 arrested by 2 p.m." / "95 by evening". Read by facts/scope_time.py from
each figure's own clause; no flag.

- a stretch ("overnight", "on the second day", "in the first hour") against
  another part both clauses state: two parts of the happening's time, two
  counts, not one figure misreported;
- two moments of the happening's day both stated, neither with its day ("by
  2 p.m." / "by evening"): two moments of a running count, an update, not one
  figure (judge/running.py reads a bare clock as its whole day and cannot order
  them). A moment with its day named ("by Wednesday morning") against another
  moment is the running rows' to order: "150 rescuers by the afternoon" / "220
  by Wednesday morning" is shown there as an update (consistent), and "46
  aftershocks by 6pm" / "more than 80 by Monday afternoon" too (authored
  ecuador_quake, two right flags eng101's first cut lost).

A count over a stretch or cut off at a moment ("overnight", "by the evening",
"by nightfall") against a count whose clause states none is still compared: a
first cut that dropped a stretch against such a count changed held-out real
copy as eng97 had (76 -> 78 flags, conflict 0.54 -> 0.52, totals only), and
session 33's revert kept readers' "killed 12 at dawn" / "risen to 15 by the
evening" and "arrested 40 by nightfall" / "64 detained" shown
(tests/test_s12_unmet.py). The same part
stated alike ("by noon" / "by noon") is compared.

A figure dropped here stays free for a partner of its own part of the time
only (judge/dropped.py): eng97's row let "40 by 2 p.m." go on to pair with
another count of the other sentence, a wrong flag in its place.
"""

from __future__ import annotations

from ..facts.scope_time import time_part
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase, UnmetCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, UNMET, Outcome, Rule


def time_part_of(claim: Claim, f: Fact) -> tuple[str, str]:
    """The part of the happening's time the figure ``f`` of ``claim`` covers."""
    return time_part(claim.text, f.start - claim.start, f.end - claim.start)


# What a part of the time adds up to: a count, a sum, a share ("turnout 18% by
# midday"); not a reading ("gusts of up to 90mph overnight": the storm's peak).
_ADDS_UP = frozenset({"count", "currency", "percent"})


def _counts(f: Fact) -> bool:
    return f.kind not in TIME_KINDS and getattr(f.mention, "dimension", "") in _ADDS_UP


def parts_apart(claims: tuple[Claim, Claim] | None, x: Fact, y: Fact) -> bool:
    """Whether two counts cover parts of the happening's time provably apart,
    both parts stated: a stretch against another part, or two moments of one
    day, neither with its day named."""
    if claims is None or not (_counts(x) and _counts(y)):
        return False
    (ka, wa), (kb, wb) = time_part_of(claims[0], x), time_part_of(claims[1], y)
    if not (ka and kb) or wa == wb:
        return False
    if "stretch" in (ka, kb):
        return True
    return ka == kb == "cutoff"


def _candidate(c: CandidateCase) -> bool:
    # one value stated twice is compared; two hedged figures whose spans touch but
    # that the family calls different ('About 150' / 'Some 180') are two (session 40)
    one = c.same_value and c.cmp.verdict != Verdict.CONFLICT
    return not one and parts_apart(c.claims, c.x, c.y)


def _unmet(c: UnmetCase) -> bool:
    return parts_apart(c.claims, c.x, c.y)


TIME_PART_OF_A_WHOLE = Rule(
    "time_part_of_a_whole",
    CANDIDATE,
    _candidate,
    Outcome.SKIP,
    "a count over a stretch of the happening's time ('35 car fires overnight', '4,000 "
    "joined on the second day', '£2m within the first 24 hours') against a count whose "
    "clause states another part: two parts are not one figure misreported — no flag; "
    "nor two moments of its day both stated ('by 2 p.m.' / 'by "
    "evening'): an update of a running count; a moment with its day named is the running "
    "rows' to order. A stretch or a moment against a count stating none ('overnight' / "
    "'210 towed', 'by nightfall' / '64 detained') is still compared; one part stated "
    "alike is compared. A dropped figure pairs only within its own part of the time",
    "tests/test_s34_scope.py::test_two_stretches_of_the_time_are_not_compared; "
    "tests/test_s34_scope.py::test_two_moments_of_a_running_count_are_an_update",
)
UNMET_TIME_PART = Rule(
    "unmet_time_part",
    UNMET,
    _unmet,
    Outcome.SKIP,
    "as time_part_of_a_whole, for the key figures of two articles whose sentences never met",
    "tests/test_s34_scope.py::test_key_figures_of_two_moments_never_met_are_not_compared",
)
