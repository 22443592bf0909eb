"""What the times reports give their running figures settle (issue 11, session 24).

"At least nine people died …, the coast guard said on Wednesday morning" and
"By Wednesday evening the coast guard had confirmed 14 deaths": each report
says when its figure held, the later is the higher, and a toll rises. The text
settles it: a toll that rose, not a question for the editor (readers judged
such questions borderline on the session-23 development clusters: 'the text
settles it as an update'). Likewise the missing falling from 19 in the morning
to eight by the evening.

What the times do not settle stays a question: a count that only grows (the
dead, the injured, the rescued, the arrested) given lower at the later time
(revised down, or one of them wrong).

A stale figure: a report published after another's stamped figure that gives,
with no time of its own, the figure a third report stamped earlier still ("19
people remain missing" on Friday, when 19 was Wednesday morning's count and
eight Wednesday night's) repeats a figure the story had moved past: a conflict
that says so, not "a count like this is often updated".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple

from ..model import Fact
from .dated_counts import never_met_order, told_current_after_a_higher_never_met
from .family_helpers import same_value
from .grows import moved_as_it_may
from .risen import count_kind
from .running import published_moment, report_days, stamps

_Stamp = tuple[datetime, datetime, str]


def ordered(a: Iterable[_Stamp], b: Iterable[_Stamp]) -> int:
    """-1 when every stamp of ``a`` ends before any of ``b`` begins, 1 the
    other way round, 0 when they meet or either has none."""
    a, b = tuple(a), tuple(b)
    if not a or not b:
        return 0
    if max(x[1] for x in a) <= min(y[0] for y in b):
        return -1
    if max(y[1] for y in b) <= min(x[0] for x in a):
        return 1
    return 0


def when(stamp: _Stamp) -> str:
    lo, hi, _ = stamp
    return f"{lo:%a %-d %b %H:%M}" if (hi - lo).total_seconds() <= 3600 else f"{lo:%a %-d %b}"


class Stamped(NamedTuple):
    """A key figure of one article with the times its sentence gives it."""

    fact: Fact
    sentence: str
    article: str
    stamps: tuple[_Stamp, ...]
    published: date | None


def stamped(fact: Fact, sentence: str, article: str, published: date | None) -> Stamped:
    return Stamped(fact, sentence, article, stamps(sentence, published), published)


def update_told(x: Stamped, y: Stamped) -> bool:
    """Two figures each stamped, the stamps apart, the later the earlier moved
    on as such a count may move: an update the times tell. One figure with no
    time of its own holds at its report's date (``by_report_date``)."""
    order = ordered(x.stamps, y.stamps) or by_report_date(x, y) or never_met_order(x, y)
    if order == 0:
        return False
    earlier, later = (x, y) if order < 0 else (y, x)
    return moved_as_it_may((earlier.fact, earlier.sentence), (later.fact, later.sentence))


def by_report_date(x: Stamped, y: Stamped) -> int:
    """As ``ordered``, when only one figure is stamped and both name one kind of
    running count (the dead, the missing): the other holds at its report's date
    (running.published_moment). A report cannot tell a count of a moment after
    its date; it tells a moment after the other's stamp only when it is itself
    the later report (two reports of Wednesday may both tell Monday's toll).
    The reports' days order a floor the later report's count has passed, a
    figure with no time of its own at its report's day ('at least 47' on
    Thursday / 'at least 55' a week on, session 31: running.report_days)."""
    if x.published is None or y.published is None:
        return 0
    # a floor the later report's count passed (running.report_days, risen.py)
    found = report_days((x.fact, x.sentence, x.published), (y.fact, y.sentence, y.published))
    if found is not None:
        return -1 if found[0][0] < found[1][0] else 1
    if bool(x.stamps) == bool(y.stamps):
        return 0
    kinds = {count_kind(f.fact, f.sentence) for f in (x, y)}
    if len(kinds) != 1 or "" in kinds:
        return 0
    if x.stamps:
        return -by_report_date(y, x)
    order = ordered(published_moment(x.published), y.stamps)
    return order if order < 0 or x.published > y.published else 0


def stale(x: Stamped, y: Stamped, line: Iterable[Stamped], names: dict[str, str]) -> str:
    """Why one figure, given with no time in a report published after the other's
    stamp, repeats a figure a third report stamped earlier, or ""."""
    for old, new in ((x, y), (y, x)):
        if old.stamps and not new.stamps and new.published is not None:
            end = max(s[1] for s in old.stamps)
            if new.published <= end.date():
                continue
            for g in line:
                if g.article in (old.article, new.article) or not g.stamps:
                    continue
                if ordered(g.stamps, old.stamps) < 0 and same_value(g.fact, new.fact):
                    return (
                        f"{names[new.article]} (published {new.published:%a %-d %b}) gives "
                        f"'{new.fact.text}' with no time of its own: the figure "
                        f"{names[g.article]} gave for '{g.stamps[0][2]}' ({when(g.stamps[0])}); "
                        f"by '{old.stamps[0][2]}' ({when(old.stamps[0])}) {names[old.article]} "
                        f"gives '{old.fact.text}' — the later report repeats a figure the "
                        "story had moved past (stale)"
                    )
    return told_current_after_a_higher_never_met(x, y, names)  # dated_counts.py
