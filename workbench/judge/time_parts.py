"""A count over a part of the happening's time against one over another part or
the whole (issue 11, session 33): "40 arrested by 2 p.m." / "130 arrested
during the protests"; "35 car fires overnight" / "120 during the unrest";
"9,000 joined on the second day" / "25,000 joined the walkout". Read by
facts/scope_time.py from each figure's own clause; no flag, as readers judged
every such flag wrong (a part and its whole are not one figure misreported).

Two counts cut off at moments both stated ("by 2 p.m." / "by evening") are
two moments of a running count, an update, not one figure (running.py reads
such a clock as its whole day and could not tell them apart); the same part
stated alike ("by noon" / "by noon") is still compared.
"""

from __future__ import annotations

from ..facts.scope_time import time_part
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase, UnmetCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, UNMET, Outcome, Rule


def _part(claim: Claim, f: Fact) -> tuple[str, str]:
    return time_part(claim.text, f.start - claim.start, f.end - claim.start)


# What a part of the time adds up to: a count, a sum, a share ("turnout 18% by
# midday"); not a reading ("gusts of up to 90mph overnight": the storm's peak).
_ADDS_UP = frozenset({"count", "currency", "percent"})


def _counts(f: Fact) -> bool:
    return f.kind not in TIME_KINDS and getattr(f.mention, "dimension", "") in _ADDS_UP


def parts_apart(claims: tuple[Claim, Claim] | None, x: Fact, y: Fact, agree: bool) -> bool:
    """Whether two figures cover different parts of the happening's time: a
    stretch its clause states against none or another part; two moments of
    one day ("by 2 p.m." / "by evening"); a moment of a day against a figure of
    no moment, unless the two agree (``agree``: "215 people had been rescued
    as of 8 a.m." / "more than 200 rescued" may be one count at one moment).
    A moment with its day named ("by Monday afternoon") is a stamp the running
    rows order: never read here."""
    if claims is None or not (_counts(x) and _counts(y)):
        return False
    (ka, wa), (kb, wb) = _part(claims[0], x), _part(claims[1], y)
    if not (ka or kb) or wa == wb or "stamped" in (ka, kb):
        return False
    return "stretch" in (ka, kb) or ka == kb == "cutoff" or not agree


def _candidate(c: CandidateCase) -> bool:
    agree = c.cmp.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)
    return not c.same_value and parts_apart(c.claims, c.x, c.y, agree)


def _unmet(c: UnmetCase) -> bool:
    agree = c.cmp.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)
    return parts_apart(c.claims, c.x, c.y, agree)


TIME_PART_OF_A_WHOLE = Rule(
    "time_part_of_a_whole",
    CANDIDATE,
    _candidate,
    Outcome.SKIP,
    "a count over a part of the happening's time ('40 arrested by 2 p.m.', '35 car fires "
    "overnight', '9,000 joined on the second day', '£2m within the first 24 hours') against "
    "a count whose clause states no part, or another part: a part and a whole, or two "
    "parts, are not one figure misreported — no flag; nor two cut-offs both stated ('by 2 "
    "p.m.' / 'by evening'): two moments of a running count. One part stated alike is compared",
    "tests/test_s33_scope.py::test_a_count_over_a_part_of_the_time_is_not_compared; "
    "tests/test_s33_scope.py::test_the_row_of_a_part_of_the_time_decides_aligned_counts; "
    "authored held out (readers' cause different-scope, totals only)",
)
UNMET_TIME_PART = Rule(
    "unmet_time_part",
    UNMET,
    _unmet,
    Outcome.SKIP,
    "as time_part_of_a_whole, for the key figures of two articles whose sentences never met",
    "tests/test_s33_scope.py::test_the_row_of_a_part_of_the_time_decides_key_figures_never_met",
)
