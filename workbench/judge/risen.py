"""A floor a running count passed between two moments (issue 11, session 31).

"killing at least 32 people, officials said" in a report of Wednesday and
"At least 47 people have died" in one of Thursday: two lower bounds in the
same direction compare their bounds (facts/quantity/bounds.py: "different
floors — conflict"), which is right for one moment; but a toll, the missing,
the evacuated and the arrested are counted again as a story runs, and a floor
the later report raises is the count moving on, not a contradiction (authored
bridge_collapse, readers: "two lower bounds at different moments").

What a count counts is read from the words nearest it and, when they name
nothing ("At least 47 people, among them 17 children, were killed"), from the
happening its clause tells (judge/grows.py).

A later floor lower than the earlier one ("at least 47" on Wednesday night,
"at least 32" on Friday) is no update: it stays a conflict, whichever way the
count may move.
"""

from __future__ import annotations

from datetime import date

from ..model import Fact
from .efforts import tally_grew, tally_kind
from .grows import is_floor, running_word
from .scopes import scopes_differ

count_kind = running_word  # "grows", "either" or "" (judge/grows.py)


def _value(f: Fact) -> float:
    return float(getattr(f.mention, "value", 0) or 0)


def floor_passed(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """The earlier figure a floor the later has passed: a higher floor of one
    running count ('at least 32' / 'at least 47' killed; the missing or the
    evacuated too), or a count of what only grows beyond it ('at least 17' /
    'thirty-one have died', session 30)."""
    (fe, se), (fl, sl) = earlier, later
    if not is_floor(fe):
        return False
    kinds = {count_kind(fe, se), count_kind(fl, sl)}
    if len(kinds) != 1 or "" in kinds:
        return False
    if is_floor(fl):
        return _value(fl) > _value(fe)
    low = float(getattr(fl.mention, "low", 0) or 0)
    return kinds == {"grows"} and low > _value(fe)


def by_report_days(x: tuple[Fact, str, date | None], y: tuple[Fact, str, date | None]) -> int:
    """-1 when ``x``'s report is the earlier and its figure a floor ``y``'s has
    passed, 1 the other way round, 0 when the reports' days do not so order the
    two (one day, no day, or no floor passed). A tally of an effort that goes
    on, neither sentence giving a time, is so ordered when the later report's
    is the higher (judge/efforts.py, session 35). The caller checks that neither
    sentence stamps its figure with a time of its own."""
    (fx, sx, px), (fy, sy, py) = x, y
    if px is None or py is None or px == py:
        return 0
    if px < py:
        return -1 if floor_passed((fx, sx), (fy, sy)) or tally_grew(x, y) else 0
    return 1 if floor_passed((fy, sy), (fx, sx)) or tally_grew(y, x) else 0


def below_a_floor(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """The earlier figure a floor and the later one below it: a lower floor
    ('at least 47' / 'at least 32' later), or a count of what only grows under
    it ('at least 70 dead' on Wednesday / '61' on Friday), or one effort's
    tally under it ('more than 3,000' evacuated / '2,380'). What was counted
    stays counted: a conflict, not a question of which is current."""
    (fe, se), (fl, sl) = earlier, later
    if not is_floor(fe):
        return False
    if is_floor(fl):
        return _value(fl) < _value(fe)
    high = float(getattr(fl.mention, "high", 0) or 0)
    if high >= _value(fe):
        return False
    if count_kind(fe, se) == count_kind(fl, sl) == "grows":
        return True
    # one effort's tally (the evacuated, the rescued, homes destroyed: judge/efforts.py)
    # only grows too: 'forced more than 3,000 residents to flee' / 'evacuated 2,380'
    # six days on (session 38, authored plant_explosion: the question judged borderline)
    tally = tally_kind(fe, se)
    return bool(tally) and tally == tally_kind(fl, sl) and not scopes_differ(fe, se, fl, sl)
