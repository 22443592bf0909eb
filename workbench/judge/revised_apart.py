"""Two figures that are steps of one told sequence (issue 11, session 39):
an offer and the raised offer, a demand and the reduced demand, a first and
a second release (facts/revision.py). The row skips the pair (no flag): the
values differ because the steps do.

A step with a direction bounds the other figure: a figure something was
raised to is compared no more with a figure above it, nor one cut to with a
figure below it ("raised its offer to $45" / "offered $48" still flags: no
earlier offer was above the raised one). Two figures of one step ("raised its
offer to $45" / "raised its offer to $48"; "a first release of 12" / "the
first release of 8") are still compared. Two days of different steps ("first
cut its outlook in July" / "on 24 September it lowered its forecast"; authored
carmaker_cuts) date two changes, not one.
"""

from __future__ import annotations

from ..facts.revision import revision_step
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .stages import CANDIDATE, Outcome, Rule
from .stages_apart import _bounds, _differing, _read

# The steps with a direction: the other figure lies on one side of them.
_BELOW = ("up", "down")


def _on_its_side(step: str, own: tuple[float, float], other: tuple[float, float]) -> bool:
    """A raised figure's other is below it, a cut figure's above it."""
    if step == "up":
        return other[1] < own[0]
    return other[0] > own[1]


def steps_of_one_figure(c: CandidateCase) -> bool:
    """The two figures are different steps of one told sequence, and a step
    with a direction has the other figure on its side."""
    if not _differing(c):
        return False
    sa, sb = _read(c, revision_step)
    if sa == sb or not (sa or sb):
        return False
    if c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        # days of two steps, both told ("first cut in July" / "lowered it on 24
        # September"): no value to bound; a clock beside "the first flight" is no step
        return bool(sa and sb) and not any(s.startswith("nth:") for s in (sa, sb))
    ba, bb = _bounds(c.x), _bounds(c.y)
    for step, own, other in ((sa, ba, bb), (sb, bb, ba)):
        if step in _BELOW and (own is None or other is None or not _on_its_side(step, own, other)):
            return False
    return True


STEPS_OF_ONE_FIGURE = Rule(
    "steps_of_one_figure",
    CANDIDATE,
    steps_of_one_figure,
    Outcome.SKIP,
    "two figures told as different steps of one sequence: an offer or a demand and the one "
    "that replaced it ('raised its offer to $45 a share' / 'offered $40'; 'cut its demand to "
    "7%' / 'demanded 12%'; 'its revised bid' / 'its first bid'), or two rounds of one kind "
    "('freed 12 in a first release' / 'freed 8'): the steps differ, not the reports — no "
    "flag. A raised figure against a higher one, a cut one against a lower one, and two "
    "figures of one step are still compared",
    "tests/test_s39_steps_and_breakdowns.py::test_steps_of_one_figure_are_not_compared",
)
