"""A count told at several moments of a story, each figure dated (issue 11, session 42).

"Nine were injured, police said on Sunday night" / "14 people were injured,
officials said at a Monday briefing" / "the latest figures show 17 injured" in a
report two days on: each figure carries the moment it held. Fresh readers of
held-out events judged the conflicts and questions raised on such counts wrong:
a toll or the injured rising with the days is the story moving on.

Two moments the running rows (judge/running.py, judge/moments.py) did not
order:

- stamps that meet only at their edges: 'Sunday night' (to Monday 06:00) and
  'Monday' (a briefing), 'late Sunday' and 'on Monday'. Every stamp of one
  begins and ends before every stamp of the other: the first is the earlier
  moment. A stamp holding the other ('Monday' / 'Monday evening') orders
  nothing, and one stamp told twice stays a conflict (two figures for one
  moment).
- a figure its sentence says is current, with no day of its own ('the latest
  figures', 'so far', 'to date', 'has now risen to', 'at last count'): it holds
  at its report's moment (running.published_moment), as an opening's stamp does.

Such a count moved as it may (judge/grows.py: what only grows not lower later)
is an update, consistent. A count that only grows given lower, as current, in a
report published after another report had given it higher is a conflict: the
later report presents an old figure as current, or the earlier one is wrong;
either way the editor must correct a report, not wait for a later figure. A
later figure its sentence calls a revision ('revised down to', 'corrected to')
is left to the rows after.

The days of two briefings that stamp different figures ('officials said late
Sunday' / 'the government said on Monday', a question of whether the two days
meet) are no discrepancy either: running.STAMPS_OF_RUNNING_FIGURES's reading,
for days the family left a question rather than a conflict.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Fact, Verdict
from .cases import ValueCase
from .clause_stamps import in_its_clause
from .family_helpers import TIME_KINDS
from .grows import moved_as_it_may, only_grows
from .moments import one_place
from .raised import fell, grows_only
from .restamped import in_story
from .risen import below_a_floor
from .running import Stamp, published_moment, runs, same_measure, stamps, stamps_two_figures, when
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule
from .told_current import current

_S = r"[ \u00a0]+"
# a later figure told as a revision: the count was corrected, not left behind
_REVISED = re.compile(
    r"(?i)\b(?:revis\w+|correct\w+|lowered|downgraded|down" + _S + r"from|adjusted|"
    + r"double[- ]counted|recount\w*)\b"
)  # fmt: skip


def _own(f: Fact, sentence: str, published: date | None, story: str) -> tuple[Stamp, ...]:
    """The stamps the figure's own clause and the sentence after it give (as
    running.update_told reads them)."""
    found = in_its_clause(stamps(sentence, published), sentence, f.text)
    return in_story(found, sentence, story, published)


def _moment(c: ValueCase, side: int, told: bool = False) -> tuple[tuple[Stamp, ...], bool]:
    """A figure's moment and whether it is its report's, told current; with
    ``told``, a figure with neither held by its report's moment (the figure a
    report gave was the count by then at the latest)."""
    f, sentence = (c.x, c.y)[side], c.texts[side]
    published, story = c.published[side], c.stories[side]
    own = _own(f, sentence, published, story)
    if own:
        return own, False
    if current(f, sentence):
        return published_moment(published), True
    if told and published is not None:
        ((lo, hi, _),) = published_moment(published)
        return ((lo, hi, f"reported {published:%-d %b}"),), False
    return (), False


def _before(a: tuple[Stamp, ...], b: tuple[Stamp, ...]) -> bool:
    """Every stamp of ``a`` begins and ends before every stamp of ``b`` does, and
    stamps that meet begin on different days: 'Sunday night' before 'Monday',
    not 'Monday' before 'Monday night' (one day told, two figures for it)."""
    if not _apart(a, b) and {x[0].date() for x in a} & {y[0].date() for y in b}:
        return False
    return max(x[0] for x in a) < min(y[0] for y in b) and max(x[1] for x in a) < min(
        y[1] for y in b
    )


def _apart(a: tuple[Stamp, ...], b: tuple[Stamp, ...]) -> bool:
    return not any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def _count(f: Fact, money: bool = False) -> bool:
    kinds = ("count", "currency") if money else ("count",)
    return f.kind not in TIME_KINDS and runs(f) and getattr(f.mention, "dimension", "") in kinds


def _ordered(
    c: ValueCase, told: bool = False
) -> tuple[int, int, tuple[Stamp, ...], tuple[Stamp, ...]] | None:
    """(earlier side, later side, their moments) of two counts of one thing, when
    their moments are ordered here and not by the running rows (stamps apart,
    both told in their sentences); ``told``: for a stale figure, a figure with no
    moment of its own held by its report's (``_moment``), sums raised counted too."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return None
    if not (_count(c.x, told) and _count(c.y, told)) or not same_measure(c.x, c.y):
        return None
    (sa, sb), (fa, fb) = c.texts, (c.x, c.y)
    if scopes_differ(fa, sa, fb, sb) or one_place(c):
        return None
    (ma, ca), (mb, cb) = _moment(c, 0, told), _moment(c, 1, told)
    if not ma or not mb or (not (ca or cb) and _apart(ma, mb)):
        return None
    if _before(ma, mb):
        return 0, 1, ma, mb
    if _before(mb, ma):
        return 1, 0, mb, ma
    return None


def moved_on(c: ValueCase) -> bool:
    """A count dated at two ordered moments, the later what the earlier may have
    moved to."""
    found = _ordered(c)
    if found is None:
        return False
    sides = ((c.x, c.texts[0]), (c.y, c.texts[1]))
    first, then = sides[found[0]], sides[found[1]]
    return moved_as_it_may(first, then) and not below_a_floor(first, then)


def _told(c: ValueCase, side: int, moment: tuple[Stamp, ...]) -> str:
    f = (c.x, c.y)[side]
    stamp = moment[0]
    if stamp[2].startswith("published "):
        return f"'{f.text}' (told as the count so far, its report {stamp[2]})"
    if stamp[2].startswith("reported "):
        return f"'{f.text}' (in its report published {stamp[2].removeprefix('reported ')})"
    return f"'{f.text}' ('{stamp[2]}', {when(stamp)})"


def moved_on_note(c: ValueCase) -> str:
    found = _ordered(c)
    assert found is not None
    e, later, me, ml = found
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: dated at two moments, first {_told(c, e, me)} and later "
        f"{_told(c, later, ml)} — the count moved on between them, an update, not a "
        "contradiction — consistent"
    )


COUNT_MOVED_ON_BETWEEN_ITS_DATES = Rule(
    "count_moved_on_between_its_dates",
    VALUE,
    moved_on,
    Outcome.CONSISTENT,
    "a count told at two moments that meet only at their edges ('nine injured, police said "
    "on Sunday night' / '14 injured, officials said at a Monday briefing'), or one its "
    "sentence says is current with no day of its own ('the latest figures show 48 "
    "injured', 'so far', 'has now risen to': its report's moment), the later figure one the "
    "earlier may have moved to: an update (session 42: held-out readers judged the "
    "conflicts and questions raised on tolls rising over a week wrong)",
    "tests/test_s42_dated_counts.py::test_a_count_dated_at_two_moments_is_an_update",
    moved_on_note,
)


def _stale(c: ValueCase) -> tuple[int, int, tuple[Stamp, ...], tuple[Stamp, ...]] | None:
    found = _ordered(c, told=True)
    if found is None:
        return None
    e, later, _, ml = found
    (fe, se), (fl, sl) = (
        ((c.x, c.texts[0]), (c.y, c.texts[1]))[e],
        ((c.x, c.texts[0]), (c.y, c.texts[1]))[later],
    )
    if not ml[0][2].startswith("published ") or _REVISED.search(sl):
        return None  # only a figure told as the count so far, not as a revision
    pe, pl = c.published[e], c.published[later]
    if pe is None or pl is None or pe >= pl:
        return None  # the later report could not have read the earlier one
    if not (grows_only(fe, se) and grows_only(fl, sl)) or not fell((fe, se), (fl, sl)):
        return None
    return found


def told_current_after_a_higher(c: ValueCase) -> bool:
    """A count that only grows, told as current in a later report, lower than
    another report published before it had given it."""
    return _stale(c) is not None


def stale_note(c: ValueCase) -> str:
    found = _stale(c)
    assert found is not None
    e, later, me, ml = found
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: {_told(c, later, ml)} is given as the count so far, lower than "
        f"{_told(c, e, me)} in a report published before it; a count that only grows does "
        "not fall, so the later report gives an out-of-date figure as current, or the "
        "earlier one is wrong — conflict"
    )


COUNT_TOLD_CURRENT_AFTER_A_HIGHER = Rule(
    "count_told_current_after_a_higher",
    VALUE,
    told_current_after_a_higher,
    Outcome.CONFLICT,
    "a count that only grows (the dead, the injured), told as the count so far ('the latest "
    "figures', 'so far') in a later report, lower than a figure another report published "
    "before it: one report must be corrected - an old figure presented as current, or a "
    "wrong earlier one - which an editor must act on, not wait for (session 42). A later "
    "figure told as a revision ('revised down to') is left to the rows after. Session 43: "
    "'stands at', 'has risen to', 'climbed to', 'is now' tell a count current too "
    "(told_current.py), an earlier figure with no moment of its own holds at its report's, "
    "sums raised only grow (raised.py), and a claim pair every_value_differs_across_days "
    "drops still has its stale count judged (held-out readers: 'the death toll stands at "
    "27' a day after 'has risen to 31' missed)",
    "tests/test_s42_dated_counts.py::test_an_old_figure_told_as_current_is_a_conflict; "
    "tests/test_s43_counts_over_time.py::test_an_old_count_told_as_current_is_a_conflict",
    stale_note,
)


def briefing_days(c: ValueCase) -> bool:
    """Two days the family left a question ('late Sunday' / 'on Monday'), each
    the moment a different running figure of its sentence was told."""
    return c.cmp.verdict == Verdict.UNRESOLVED and stamps_two_figures(c)


DAYS_OF_TWO_DATED_COUNTS = Rule(
    "days_of_two_dated_counts",
    VALUE,
    briefing_days,
    Outcome.SKIP,
    "'killing at least 47 people, officials said late Sunday' / 'has risen to 58, the "
    "government said on Monday': the days of two briefings that gave different figures are "
    "no question of one day told twice (stamps_of_running_figures, for days that may meet "
    "around midnight; session 42: readers judged the question wrong on authored "
    "ecuador_quake)",
    "tests/test_s42_dated_counts.py::test_the_days_of_two_briefings_are_no_question",
)

ROWS = (
    COUNT_TOLD_CURRENT_AFTER_A_HIGHER,
    COUNT_MOVED_ON_BETWEEN_ITS_DATES,
    DAYS_OF_TWO_DATED_COUNTS,
)


# Key figures whose sentences never met (judge/timeline.py, the UNMET rows): each
# side a timeline.Stamped (fact, sentence, article, stamps, published).


def _side_moment(s) -> tuple[tuple[Stamp, ...], bool]:
    if s.stamps:
        return s.stamps, False
    if _count(s.fact) and current(s.fact, s.sentence):
        return published_moment(s.published), True
    return (), False


def never_met_order(x, y) -> int:
    """-1 when ``x``'s moment is the earlier, 1 when ``y``'s, 0 when this module
    orders neither: two counts, moments that meet only at their edges or one
    told as the count so far."""
    if not (_count(x.fact) and _count(y.fact)) or not same_measure(x.fact, y.fact):
        return 0
    (mx, cx), (my, cy) = _side_moment(x), _side_moment(y)
    if not mx or not my or (not (cx or cy) and _apart(mx, my)):
        return 0
    return -1 if _before(mx, my) else 1 if _before(my, mx) else 0


def told_current_after_a_higher_never_met(x, y, names: dict[str, str]) -> str:
    """Why a count that only grows, told as the count so far in a later report,
    falls below what a report published before it gave; "" when it does not."""
    order = never_met_order(x, y)
    if order == 0:
        return ""
    old, new = (x, y) if order < 0 else (y, x)
    (mo, _), (mn, told) = _side_moment(old), _side_moment(new)
    if not told or _REVISED.search(new.sentence) or old.published is None:
        return ""
    if new.published is None or old.published >= new.published:
        return ""
    pair = ((old.fact, old.sentence), (new.fact, new.sentence))
    if not all(only_grows(f, s) for f, s in pair) or moved_as_it_may(*pair):
        return ""
    return (
        f"{names[new.article]} gives '{new.fact.text}' as the count so far ({mn[0][2]}), "
        f"lower than '{old.fact.text}' {names[old.article]} gave ('{mo[0][2]}', "
        f"{when(mo[0])}) in a report published before it; a count that only grows does not "
        "fall, so the later report gives an out-of-date figure as current, or the earlier "
        "one is wrong"
    )
