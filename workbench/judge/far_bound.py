"""A bound against a figure far beyond it: two things, no question.

'Up to 6 metres' of debris against '85 cm' of snow, 'at least 10 nautical
miles' off a cape against a port 'about 70 km' from it, settlement 'within two
months' against a '24-hour' strike: the bound allows the figure, and the
quantity and time families leave such a pair a question ("the two may be
different counts or times; check"). Session 41 (issue 11, unresolved
precision): readers of the authored development events judged every such
question with the figure three times or more beyond the bound wrong, the two
values measuring different things, and the ones they judged right within twice
the bound ('more than 2,000' / '3,200' staff, 'more than a year' / 'two
years'). Past ``quantity.far_bound_ratio`` the pair is dropped; nearer, it
stays the question it was, and so does one sentence told with two figures
('the search lasted more than three years' / 'lasted 485 years',
tests/test_s19_open_length.py): there the bound and the figure are one thing
told two ways.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from ..facts.quantity.family import QUANTITY
from ..facts.time.family import TIME
from ..model import Fact, Verdict
from ..thresholds import current
from .cases import ValueCase
from .family_helpers import QUANTITY_KINDS, TIME_KINDS
from .stages import VALUE, Outcome, Rule


def times_beyond(x: Fact, y: Fact) -> float:
    """How many times beyond one side's open bound the other side's single
    figure lies, as its family reads it; 0 when neither is such a bound."""
    if x.kind in QUANTITY_KINDS and y.kind in QUANTITY_KINDS:
        return QUANTITY.bound_beyond(x.mention, y.mention)  # type: ignore[arg-type]
    if x.kind in TIME_KINDS and y.kind in TIME_KINDS:
        return TIME.bound_beyond(x.mention, y.mention)  # type: ignore[arg-type]
    return 0.0


# Share of words (SequenceMatcher ratio) two sentences keep alike once their
# figures are cut out, at which they are one sentence told with two figures
ONE_SENTENCE = 0.8


def one_sentence_but_the_figures(c: ValueCase) -> bool:
    """The two sentences are one sentence but for the two figures ('The repairs
    will take up to 10 days' / 'will take two days'): one claim told two ways."""
    a, b = c.texts
    (xa, xb), (ya, yb) = _span(a, c.x.text), _span(b, c.y.text)
    cut_a, cut_b = (a[:xa] + a[xb:]).lower().split(), (b[:ya] + b[yb:]).lower().split()
    return SequenceMatcher(None, cut_a, cut_b, autojunk=False).ratio() >= ONE_SENTENCE


def _span(sentence: str, value: str) -> tuple[int, int]:
    at = sentence.find(value)
    return (at, at + len(value)) if at >= 0 else (0, 0)


def bound_far_beyond(c: ValueCase) -> bool:
    return (
        c.cmp.verdict == Verdict.UNRESOLVED
        and not one_sentence_but_the_figures(c)
        and times_beyond(c.x, c.y) >= current().quantity.far_bound_ratio
    )


BOUND_FAR_BEYOND_ITS_FIGURE = Rule(
    "bound_far_beyond_its_figure",
    VALUE,
    bound_far_beyond,
    Outcome.SKIP,
    "an open bound against a single figure three times beyond it or more ('up to 6 "
    "metres' / '85 cm', 'at least 10 nautical miles' / 'about 70 km', 'within two "
    "months' / '24-hour'): the bound allows the figure, and the two measure different "
    "things — no flag, unless the two sentences are one but for the figures (one claim "
    "told two ways, still a question). Session 41: every "
    "such question in the authored development events judged wrong; those judged right "
    "were within twice the bound, still asked",
    "tests/test_s41_far_bounds.py::test_a_figure_far_beyond_a_bound_is_no_flag; "
    "authored development (avalanche, oil_spill, rate_cut, transit_strike)",
)
