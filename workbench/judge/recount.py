"""Counts told on different days, judged against the whole story (issue 11,
session 32).

Two rows, in the VALUE table before the rows for figures that move:

- ``update_the_story_rules_out`` (a conflict): two figures the times they are
  told at would make an update (running.update_told, or ``recounted`` below),
  when another count of the same thing in the cluster shows the earlier floor
  never held ("at least 40" on Thursday, "36 as of Friday" elsewhere, "at least
  45" on Saturday), or the later floor is above a count called final, confirmed
  or total told before it ("the final toll stood at 52" on Monday / "at least
  55" on Wednesday). The pair's own update is no update: the floor or the count
  is wrong.
- ``count_recounted_between_days`` (consistent): two single counts of one
  running happening, neither with a time of its own, in reports of different
  days, the later's the earlier's moved as such a count moves — the dead or
  the arrested higher, the missing or the evacuated either way ("23 killed" on
  Tuesday, "31 killed" on Thursday): an update naming both days. Not when
  another report of the earlier day or before already told more of what only
  grows (authored derailment: "two killed" beside "four killed" the same day:
  the two is wrong, not an older count), nor when the later is lower for
  what only grows (it stays a conflict).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Fact, Verdict
from . import days
from .cases import ValueCase
from .family_helpers import TIME_KINDS, dimension_of
from .grows import is_floor, moved_as_it_may
from .running import _apart, _report_days, runs, same_measure, stamps, update_told, when
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule
from .told import broken_floor, capped_below, exact, key_in, report_day, told_higher_by_then

_S = r"[ \u00a0]+"
# a count called final, confirmed or a total, as what its count is: "the final death
# toll in the collapse stood at 52", "a confirmed toll of 52", "the total death toll
# was 52", "the toll was confirmed at 52", "52 confirmed dead" (not "officials
# confirmed 52 deaths" nor "a total of 52 so far": counts that may still run)
_NOUN = r"(?:death{S})?(?:toll|count|tally|figure|number)"
_CALLED_BEFORE = re.compile(
    (
        r"(?i:\b(?:final|confirmed|total){S}" + _NOUN + r"(?:{S}[^\s,;.]+){0,8}?"
        r"(?:{S}(?:stood|stands|was|is|came|reached)(?:{S}(?:at|to))?|{S}at|{S}of){S}$"
        r"|\b" + _NOUN + r"\b[^,;.]{0,60}\b(?:was|is|has{S}been){S}(?:finally{S})?"
        r"confirmed{S}at{S}$)"
    ).replace("{S}", _S)
)
_CALLED_AFTER = re.compile(rf"(?i:^{_S}(?:[a-z]+{_S})?confirmed{_S}(?:dead|deaths?|killed)\b)")


def called_final(f: Fact, sentence: str) -> bool:
    """A count its own words call final, confirmed or a total: what was counted
    and will not rise."""
    start = getattr(f.mention, "start", -1)
    at = start if isinstance(start, int) and sentence[start:].startswith(f.text) else -1
    at = at if at >= 0 else sentence.find(f.text)
    if at < 0:
        return False
    before = sentence[max(0, at - 120) : at]
    after = sentence[at + len(f.text) : at + len(f.text) + 30]
    return bool(_CALLED_BEFORE.search(before) or _CALLED_AFTER.match(after))


def _sides(c: ValueCase):
    (sa, sb), (pa, pb) = c.texts, c.published
    return (c.x, sa, pa), (c.y, sb, pb)


def _days_order(c: ValueCase) -> int:
    """-1 when ``x``'s report is the earlier and neither figure has a time of its
    own (nor its report's opening: moments.py), 1 the other way round, else 0."""
    (_, sx, px), (_, sy, py) = _sides(c)
    if px is None or py is None or px == py:
        return 0
    if stamps(sx, px) or stamps(sy, py) or c.moments[0] or c.moments[1]:
        return 0
    return -1 if px < py else 1


def _counts(c: ValueCase) -> bool:
    if c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS or not (runs(c.x) and runs(c.y)):
        return False
    return same_measure(c.x, c.y)


Told = tuple[Fact, str, date | None]  # a figure, its sentence, its report's day


def recount_order(x: Told, y: Told) -> int:
    """-1 when ``x`` is the earlier of two single counts of one running happening
    in reports of two days, neither with a time of its own, the later the earlier
    moved as it may and no report of the earlier day telling more; 1 the other
    way round; 0 when they are not so ordered (timeline.by_report_date asks too,
    for key figures never met)."""
    (fx, sx, px), (fy, sy, py) = x, y
    if dimension_of(fx) != "count" or dimension_of(fy) != "count":
        return 0  # a day, a magnitude: no count (story.py hands every key figure)
    if px is None or py is None or px == py or stamps(sx, px) or stamps(sy, py):
        return 0
    if not (exact(fx) and exact(fy)):
        return 0
    kx = key_in(fx, sx)
    if kx is None or kx != key_in(fy, sy) or scopes_differ(fx, sx, fy, sy):
        return 0
    earlier, later = ((fx, sx), (fy, sy)) if px < py else ((fy, sy), (fx, sx))
    if not moved_as_it_may(earlier, later) or told_higher_by_then(earlier[0], later[0]):
        return 0
    return -1 if px < py else 1


def recounted(c: ValueCase) -> bool:
    """Two single counts of one running happening in reports of two days, the later
    the earlier moved as it may, no report of the earlier day telling more."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED) or not _counts(c):
        return False
    if c.moments[0] or c.moments[1]:
        return False  # a report's opening stamps its figures (moments.py decides)
    return recount_order(*_sides(c)) != 0


def recounted_note(c: ValueCase) -> str:
    (x, _, px), (y, _, py) = _sides(c)
    assert px is not None and py is not None
    sides = sorted(
        ((report_day(px)[0], x.text), (report_day(py)[0], y.text)), key=lambda s: s[0][0]
    )
    told = " and later ".join(f"'{v}' ('{s[2]}', {when(s)})" for s, v in sides)
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: told on different days, first {told}, neither with a time of its "
        "own — the count moved between the two reports' days, an update, not a "
        "contradiction — consistent"
    )


COUNT_RECOUNTED_BETWEEN_DAYS = Rule(
    "count_recounted_between_days",
    VALUE,
    recounted,
    Outcome.CONSISTENT,
    "two single counts of one running happening ('23 killed' / '31 killed'), neither "
    "with a time of its own, in reports of different days, the later the earlier moved as "
    "such a count moves (the dead higher, the missing either way): an update naming both "
    "days (session 32, issue 11: readers called such conflicts wrong). Not when a report "
    "of the earlier day already told more (authored derailment: 'two killed' beside 'four "
    "killed' the same day), nor a count that only grows told lower later",
    "tests/test_s32_counts.py::test_a_count_told_higher_on_a_later_day_is_an_update",
    recounted_note,
)


def _earlier_later(c: ValueCase) -> tuple[Fact, Fact] | None:
    """The two figures in the order an update would take them, when one would be."""
    (x, sx, px), (y, sy, py) = _sides(c)
    found = _apart(stamps(sx, px), stamps(sy, py)) or _report_days(c)
    if found is not None:
        return (x, y) if found[0][0] < found[1][0] else (y, x)
    order = _days_order(c)
    return ((x, y) if order < 0 else (y, x)) if order else None


# The rows of figures that move met before the update (running.MOVING_ROWS): a
# count they leave a question is none this row turns into a conflict.
_ASKED_FIRST = (days.COUNT_MOVED_BETWEEN_DAYS, days.FIGURE_PINNED_TO_ITS_DAY)


def ruled_out(c: ValueCase) -> str:
    """Why an update of these two figures cannot be, by another count of the story."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED) or not _counts(c):
        return ""
    if any(row.applies(c) for row in _ASKED_FIRST):
        return ""  # the rows before the update ask about it: no update to rule out
    if not (update_told(c) or recounted(c)):
        return ""
    found = _earlier_later(c)
    if found is None:
        return ""
    earlier, later = found
    sentence = c.texts[0] if earlier is c.x else c.texts[1]
    final = exact(earlier) and called_final(earlier, sentence)
    high = float(getattr(earlier.mention, "high", 0) or 0)
    if final and is_floor(later) and high < _value(later):
        return f"'{earlier.text}' is called a final count, below the later floor"
    return broken_floor(earlier, later) or capped_below(earlier, later, called_final)


def _value(f: Fact) -> float:
    return float(getattr(f.mention, "value", 0) or 0)


def ruled_out_note(c: ValueCase) -> str:
    compared = c.cmp.explanation.rsplit(" — ", 1)[0]
    found = _earlier_later(c)
    assert found is not None
    return (
        f"{compared}; told at two moments, first '{found[0].text}' and later "
        f"'{found[1].text}', which alone would be an update, but {ruled_out(c)}: the floor "
        "or the count is wrong, no update — conflict"
    )


UPDATE_THE_STORY_RULES_OUT = Rule(
    "update_the_story_rules_out",
    VALUE,
    lambda c: bool(ruled_out(c)),
    Outcome.CONFLICT,
    "two figures their moments would make an update, when another count of the same thing "
    "in the cluster rules it out: a count below the earlier floor at a later moment ('at "
    "least 40' Thursday, '36 as of Friday' elsewhere), or a count called final, confirmed "
    "or total before the later floor and below it ('final toll 52' / 'at least 55'): a "
    "conflict naming that count (session 32, issue 11)",
    "tests/test_s32_counts.py::test_an_update_the_story_rules_out_is_a_conflict",
    ruled_out_note,
)
