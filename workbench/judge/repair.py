"""A pair the VALUE rules drop spends neither value (issue 11, session 21).

The values of two aligned claims are paired one to one (assign.py) before the
VALUE rows judge each pair. A pair those rows then drop as perhaps two
things (an agreement through a bound in other words, a conflict in
sentences aligned too loosely …) used to spend both values all the same:
the Red Sox's "$184 million" agreed by chance with the Nationals' raised
offer "between $178 million and $184 million", took it and was dropped
(whose figure, said on one side only), and the Nationals' first "$160
million" was left with no partner, their difference never shown. Here the
pairs the VALUE rows would drop are asked about ahead, barred, and the
values paired again; the new pairs meet the VALUE rows like any other.

Only a pair dropped by a row that says the two values may not be one thing
(:data:`FREEING`: an agreement through a bound in other words, whose figure
said on one side only, a conflict in sentences aligned too loosely …) frees
its values. An agreement dropped because it tells an editor nothing ('late
2009' / 'November 20, 2009': a day inside a year; two figures stated alike)
was the right partner, and so was a difference dropped because of when the
articles appeared ('on Saturday' in reports a week apart: each counts back
from its own day); a freed value would only meet a
worse one ('about 8.40am' on the one Saturday against 'Saturday morning' on
the other: measured on the development half, judged wrong on its face).
Their values stay spent. The rows about days (a stage named on one side,
things named apart, days agreeing without evidence) free nothing: freeing
them paired a year of one happening with a month of another on MEANTIME
airbus ('enter airline service in 2008' / 'January 2006'), a conflict wrong
on its face. A barred pair is still handed to the judge, which
drops it again (and keeps it as a question if an editor decided on it).
"""

from __future__ import annotations

from collections.abc import Callable

from .pairing import Paired

Barred = frozenset[tuple[str, str]]

# VALUE rows whose drop says the two values may not be one thing.
FREEING = frozenset(
    {
        "conflict_floor",  # the sentences may not state one claim; another pair may measure alike
        "owner_on_one_side_conflict_in_other_words",  # whose figure, said on one side only
        # agreements that may be by chance, about different things
        "consistent_in_other_words",  # agree only through a bound, said in other words
        "owner_on_one_side_in_other_words",  # whose figure, said on one side only
    }
)


def _key(p: Paired) -> tuple[str, str]:
    return (p.x.id, p.y.id)


def repaired(
    compare: Callable[[Barred], list[Paired]], dropped: Callable[[Paired], bool], rounds: int = 4
) -> list[Paired]:
    """The value pairs of two aligned claims, paired again without each
    difference ``dropped`` says the VALUE rows drop, until none is left
    (at most ``rounds`` times): the barred pairs first, in the order first
    met, then the pairs of the last assignment; the first assignment as it
    was when no freed value took another partner. ``compare(barred)`` pairs
    the claims' values with the ``barred`` pairs left out."""
    first = results = compare(frozenset())
    barred: dict[tuple[str, str], Paired] = {}
    for _ in range(rounds):
        drop = [p for p in results if dropped(p)]
        if not drop:
            break
        barred.update((_key(p), p) for p in drop)
        results = compare(frozenset(barred))
    if {_key(p) for p in results} | set(barred) == {_key(p) for p in first}:
        return first
    return [*barred.values(), *results]
