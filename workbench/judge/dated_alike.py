"""One happening dated twice, in sentences aligned loosely (issue 11, session 37).

'The embankment, built in 1847, carries the line' / 'The embankment was
completed in 1874' (authored derailment) and 'tossed out a 2008 conviction' /
'overturned the 2007 convictions' (real copy dev, 36_ecbplus) were questions,
"check whether both sources date one event" (days.dated_alike_below_the_floor).
Readers of both judged them borderline: the texts settle it, a conflict. When
the clauses of both dates name one narrow happening — the date each gives is
of the same building, founding, conviction, opening (``dated_things.date_reading``)
— the sentences' loose wording does not make it two events: a year written in
full does not move between reports. A broad stage (an incident, a statement)
or two different happenings stays the question it was.
"""

from __future__ import annotations

import re

from ..facts.dated_things import date_reading
from ..facts.stamped import BROAD_STAMPS
from ..model import Fact
from .cases import ValueCase
from .days import below_the_floor_note, dated_alike_below_the_floor
from .stages import VALUE, Outcome, Rule

# Stages too common to say two dates are of one happening (like._BROAD_STAGES,
# same_thing._BROAD_STAGES): any incident, announcement or statement.
_BROAD = frozenset(("", "incident", "announced", "reported", "said")) | BROAD_STAMPS


def _happening(f: Fact, sentence: str) -> str:
    """The happening the clause of ``f`` dates, read where the figure stands
    as a word of its own in ``sentence``; "" when it cannot be found."""
    at = re.search(r"(?<![\w.,])" + re.escape(f.text) + r"(?!\w)", sentence)
    return date_reading(sentence, *at.span()).event if at else ""


def one_happening_dated(c: ValueCase) -> bool:
    """A pair dated_alike_below_the_floor would ask about whose two dates date
    one narrow happening."""
    if not dated_alike_below_the_floor(c):
        return False
    ea, eb = (_happening(f, s) for f, s in zip((c.x, c.y), c.texts, strict=True))
    return ea == eb and ea not in _BROAD


def one_happening_note(c: ValueCase) -> str:
    found = below_the_floor_note(c).rsplit("; the sentences", 1)[0]
    what = _happening(c.x, c.texts[0])
    return (
        f"{found}; the sentences are only loosely alike, but both date the same happening "
        f"('{what}'), and a year written in full does not change between reports — conflict"
    )


ONE_HAPPENING_DATED_BELOW_THE_FLOOR = Rule(
    "one_happening_dated_below_the_floor",
    VALUE,
    one_happening_dated,
    Outcome.CONFLICT,
    "two dates written with their years whose clauses both name one narrow happening "
    "('built in 1847' / 'completed in 1874', 'a 2008 conviction' / 'the 2007 "
    "convictions'), in sentences aligned too loosely to carry a conflict: the texts "
    "settle it, a conflict, not dated_alike_below_the_floor's question (session 37: "
    "both such questions in the open sets judged borderline, 'should be conflict'). A "
    "broad stage (an incident, a statement) or two happenings stays the question",
    "tests/test_s37_dated_alike.py::test_one_happening_dated_twice_conflicts; "
    "ECB+ development half in benchmarks/realcopy_data (36_ecbplus); authored derailment",
    one_happening_note,
)
