"""A part of a whole, as far as the words of a figure's sentence say: the one
door through which the engine marks a figure as a part (session 26; read for
``measure.Measure``, decided with by judge/parts.py).

A figure is a part when its sentence tells a whole and marks the figure as
some of it; ``read_part`` gives one record, ``Part`` (record.py): its kind,
the cue that marks it, the whole it belongs to, and what part it is.

- a part of a sum of money its sentence breaks down (money.py): "$334
  million, including $281 million in cash", "of which £20m is new money",
  "($281 million in cash and $53 million in stock)": kind "money", labelled by
  what it is paid in or made of ("cash", "new money"), ``Measure.part``;
- a count's place in a group (counts.py): a group named within a count,
  "37 hospitalised, including four crew members" ("member"), some of a group,
  "five of them" ("share"), the group some are of, "two of the four victims"
  ("whole"): ``Measure.role``.

Two readings of the whole's side live here too: a sum its clause adds up
from several things, "a combined total of nearly £23m" (sums.py,
``sum_of_parts``), and a count that takes in or leaves out others, "300 staff
and contractors", "40 passengers, excluding crew" (inclusion.py,
``Measure.inclusion``). Which reading applies is by what the figure is: a sum
of money (a currency in or right after it) is read as money, any other
figure as a count; nothing else is a part (a ratio measures what it
qualifies: facts/ratios.py).
"""

from __future__ import annotations

from .counts import count_part
from .inclusion import inclusion_of
from .money import money_figure, money_part
from .record import COUNT_KINDS, NO_PART, Part, marked, parts_differ
from .subgroups import FRONTED
from .sums import sum_of_parts

__all__ = [
    "COUNT_KINDS",
    "FRONTED",
    "NO_PART",
    "Part",
    "inclusion_of",
    "marked",
    "parts_differ",
    "read_part",
    "sum_of_parts",
]


def read_part(text: str, start: int, end: int) -> Part:
    """The figure at ``text[start:end]`` (text: its sentence) as a part of a
    whole its sentence tells, or ``NO_PART``."""
    if money_figure(text, start, end):
        return money_part(text, start, end)
    return count_part(text, start, end)
