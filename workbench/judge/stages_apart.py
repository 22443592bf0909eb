"""Two figures of one quantity that measure different parts of it (issue 11,
session 38): a group its noun narrows against the whole group, and two
stages of one plan, build or trading day. Each row skips the pair (no flag):
the figures differ because they measure different things.

- ``GROUP_OF_A_KIND``: "21 British passengers" / "44 passengers"; "two
  contract workers" / "33 workers"; "12 German tourists" / "15 French
  tourists" (facts/group_kind.py). The narrowed count must be no larger than
  the whole, and the other sentence must not name the kind itself ("44
  passengers, all British"): otherwise they stay compared.
- ``STAGES_OF_ONE_PLAN``: "will initially hold 40,000" / "will hold 60,000";
  "the first phase will cost $2 billion" / "$5 billion"; "closed at $41.20" /
  "hit an intraday high of $43.10" (facts/plan_stage.py). Counts of a
  happening are left to the rows of updates.
- ``MOMENT_AGAINST_AN_UNTOLD_ONE`` (session 39): "fell 2% by midday" /
  "fell 1.2%"; "$81 a barrel in early Asian trade" / "rose to $79" — a move
  told at a moment of the session against one told at none
  (facts/period.moment_of reads "during").
- ``EXCHANGE_RATE_APART``: "the euro traded at $1.08" / "paid $1.20 a share";
  "sterling fell to $1.25" / "a $1.3 billion deal" (facts/fx_rate.py): an
  exchange rate against a figure that is none. Two exchange rates compare.
"""

from __future__ import annotations

import re

from ..facts.fx_rate import exchange_rate
from ..facts.group_kind import group_kind, names_kind
from ..facts.plan_stage import plan_stage
from ..model import Fact, Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def _differing(c: CandidateCase) -> bool:
    return not (
        c.cmp.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT) or c.same_value or c.claims is None
    )


def _read(c: CandidateCase, reader) -> tuple[str, str]:
    assert c.claims is not None
    ca, cb = c.claims
    return (
        reader(ca.text, c.x.start - ca.start, c.x.end - ca.start),
        reader(cb.text, c.y.start - cb.start, c.y.end - cb.start),
    )


def group_of_a_kind(c: CandidateCase) -> bool:
    """One count's noun narrows it to a nationality or kind the other's does
    not name, and it is no larger; or the two name different kinds."""
    if not _differing(c) or not (c.x.kind == "number" and c.y.kind == "number"):
        return False
    assert c.claims is not None
    ka, kb = _read(c, group_kind)
    if ka == kb:
        return False
    ca, cb = c.claims
    if ka and kb:  # two groups: "12 German tourists" / "15 French tourists"
        return not (names_kind(ka, cb.text) or names_kind(kb, ca.text))
    part, whole, whole_text, kind = (c.x, c.y, cb.text, ka) if ka else (c.y, c.x, ca.text, kb)
    if names_kind(kind, whole_text):
        return False
    pb, wb = _bounds(part), _bounds(whole)
    return pb is not None and wb is not None and pb[0] <= wb[1]


GROUP_OF_A_KIND = Rule(
    "group_of_a_kind",
    CANDIDATE,
    group_of_a_kind,
    Outcome.SKIP,
    "a count whose own noun narrows it to a nationality or a kind ('21 British passengers', "
    "'two contract workers', '12 tourists from Germany') against a count of the group that "
    "names no such kind and is no smaller ('44 passengers', '33 workers'), or two counts of "
    "different kinds: a group within the whole, not one figure misreported — no flag",
    "tests/test_s38_kinds_and_stages.py::test_a_group_of_a_kind_is_not_the_whole",
)

# Happenings whose counts "initially" told are updates, not stages of a plan.
_PLANNED = ("", "workforce")


def stages_of_one_plan(c: CandidateCase) -> bool:
    """The two figures are told at different stages of one plan, build or
    trading day: one initial, a phase or intraday, the other another stage or
    (for a plan) none."""
    if not _differing(c) or c.measures is None:
        return False
    if any(m.event not in _PLANNED for m in c.measures):
        return False
    sa, sb = _read(c, plan_stage)
    scopes = {m.scope for m in c.measures}
    if "intraday" in (sa, sb):  # a session's moment against its close only
        return sa != sb and "close" in scopes
    return sa != sb and "close" not in scopes


STAGES_OF_ONE_PLAN = Rule(
    "stages_of_one_plan",
    CANDIDATE,
    stages_of_one_plan,
    Outcome.SKIP,
    "two figures of one quantity told at different stages: an opening against the full "
    "capacity ('will initially hold 40,000' / 'will hold 60,000 when complete'), a phase "
    "against the whole plan ('the first phase will cost $2 billion' / '$5 billion'), a "
    "moment of a trading session against its close ('hit an intraday high of $43.10' / "
    "'closed at $41.20'): the stages differ, not the reports — no flag",
    "tests/test_s38_kinds_and_stages.py::test_stages_of_one_plan_are_not_compared",
)


def moment_against_an_untold_one(c: CandidateCase) -> bool:
    """One market move is told at a moment of its session before the close, the
    other at no moment (session 39)."""
    if not _differing(c) or c.measures is None:
        return False
    scopes = [m.scope for m in c.measures]
    if sorted(scopes) != ["", "during"]:
        return False
    # the untold move must be no extreme of the session ("fell as much as 7.1%")
    return not _read(c, _extreme)[scopes.index("")]


_EXTREME = re.compile(
    r"(?i:as[ \u00a0]+much[ \u00a0]+as|up[ \u00a0]+to|as[ \u00a0]+(?:high|low)[ \u00a0]+as)"
)


def _extreme(text: str, start: int, end: int) -> str:
    """ "extreme" when the figure is told as the most a move went ("as much as")."""
    before = text[max(0, start - 16) : end]
    return "extreme" if _EXTREME.search(before) else ""


MOMENT_AGAINST_AN_UNTOLD_ONE = Rule(
    "moment_against_an_untold_one",
    CANDIDATE,
    moment_against_an_untold_one,
    Outcome.SKIP,
    "a market move its sentence tells at a moment of the session before the close ('fell 2% "
    "by midday', 'was at $81 a barrel in early Asian trade', 'fell as much as 9% in morning "
    "trading') against a move of the same thing told at no moment ('fell 1.2%', 'rose to "
    "$79'): a moment of the day against what is most often the day's move, two values of one "
    "measure — no flag. Two moves told at moments, and the close against a move told at none, "
    "are still compared",
    "tests/test_s39_steps_and_breakdowns.py::test_a_moment_of_the_session_is_not_the_day_s_move",
)


def exchange_rate_apart(c: CandidateCase) -> bool:
    """One figure is the price of a currency, the other is not."""
    if not _differing(c):
        return False
    ra, rb = _read(c, exchange_rate)
    return ra != rb


EXCHANGE_RATE_APART = Rule(
    "exchange_rate_apart",
    CANDIDATE,
    exchange_rate_apart,
    Outcome.SKIP,
    "an exchange rate, what one currency costs in another ('the euro traded at $1.08', "
    "'$1.25 to the pound', 'sterling fell to $1.25'), against a figure that is no exchange "
    "rate ('paid $1.20 a share', 'a $1.3 billion deal'): two different things — no flag. "
    "Two exchange rates are still compared",
    "tests/test_s38_kinds_and_stages.py::test_an_exchange_rate_is_not_a_sum",
)
