"""An update a count timed later still rules out (issue 11, session 36).

"23 people had been hurt by Tuesday evening" / "At least 30 people were
injured" in a Friday weekly: read as a pair, a count of what only grows, not
lower later — an update (moments.py, running.py). But Wednesday's report and
the following week's both give 26: a count of the injured told after the
Friday figure's moment, below its floor, so 'at least 30' cannot hold, and
the pair is not an update of one count (authored emergency_landing and
stadium_crush: 'at least 30' injured, 'at least 40' dead in a weekly while the
tolls around them were 26 and 34 / 36; readers judged the updates wrong:
"check a claimed update against the event's other stamped counts").

Before a pair is called an update, the later figure is held against every
count of the same happening in the event's other reports: one whose moment
(its sentence's stamp, else its report's opening, else its report's day)
begins after the later figure's moment ends, of what only grows, named in no
place of its own and no part of a group ("24 of them passengers"), the
largest count of that happening its report tells (a smaller one is some of
the toll: "three members of a family" among the dead), whose highest value is
below the later figure's lowest. A count with no time of its own, held at its
report's day, rules out only a floor ('at least 30'): a later report may
repeat an older exact toll (authored derailment, ferry). Then the pair is a
conflict naming that count.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..facts.background import earlier_happening
from ..facts.measure import measure_of
from ..facts.quantity.family import QUANTITY
from ..facts.time.family import TIME
from ..model import Fact
from ..sentences import split_sentences
from . import moments, running
from .cases import ValueCase
from .grows import is_floor, only_grows
from .stages import VALUE, Outcome, Rule

# a part of a group a sentence counts: "24 of them passengers", "11 of the dead"
_PART_AFTER = re.compile(r"(?i:[ \u00a0]+of[ \u00a0]+(?:them|the|those|whom)\b)")
# a count of the latest or of more ("the two latest victims", "three more people"):
# an increment, not the tally
_INCREMENT_AFTER = re.compile(
    r"(?i:[ \u00a0]+(?:more|latest|newest|further|new|additional|other|extra|fresh)\b)"
)

_WITHIN = timedelta(days=30)  # a count told within the event's weeks
_Count = tuple[float, float, str, str, tuple, date | None]  # low, high, text, event, moment, day


@lru_cache(maxsize=1 << 8)
def _counts(story: str, published: date | None) -> tuple[_Count, ...]:
    """The count of what only grows a story tells of each happening, with its
    moment: the largest it tells of that happening (a smaller one is some of the
    toll: "Among the dead are three members of a family"), when it is a tally."""
    largest: dict[str, tuple[float, _Count | None]] = {}
    report = moments.report_moment(story, published)
    for s, e in split_sentences(story):
        sentence = story[s:e]
        if _tells_the_past(sentence, published):
            continue
        for m in QUANTITY.find(sentence, published):
            if m.dimension != "count" or m.low is None or m.high is None:
                continue
            measured = measure_of(sentence, m.start, m.end)
            if not measured.event:
                continue
            count = None
            if _tally(m, sentence, measured):
                moment = running.stamps(sentence, published) or report
                moment = moment or running.published_moment(published)
                count = (float(m.low), float(m.high), m.text, measured.event, moment, published)
            if measured.event not in largest or float(m.high) > largest[measured.event][0]:
                largest[measured.event] = (float(m.high), count)
    return tuple(count for _, count in largest.values() if count is not None)


def _tally(m, sentence: str, measured) -> bool:
    """A count that is a tally of its happening: no part of a group, no increment,
    in no place of its own, its level, of no earlier happening, of what only grows."""
    if _PART_AFTER.match(sentence, m.end) or _INCREMENT_AFTER.match(sentence, m.end):
        return False
    if measured.where or measured.role != "level" or measured.year:
        return False
    if earlier_happening(sentence, m.start, m.end):
        return False  # "In Yaounde in January 2022, eight died": another disaster
    return only_grows(Fact("", "", "", "quantity", m.start, m.end, m.text, {}, m), sentence)


def _tells_the_past(sentence: str, published: date | None) -> bool:
    """A sentence dating something long before its report ("In Yaounde in January
    2022, eight died"): its counts are of another happening."""
    if published is None:
        return False
    long_ago = published - _WITHIN
    return any(
        m.interval is not None and m.interval[1].date() < long_ago
        for m in TIME.find(sentence, published)
    )


def _later_side(c: ValueCase) -> tuple[int, tuple] | None:
    """The side an update reading takes as the later figure, and its moment."""
    ordered = moments._ordered(c)
    if ordered is not None:
        (_, _, _), (later, stamp, _) = ordered
        return later, (stamp,)
    (sa, sb), (pa, pb) = c.texts, c.published
    found = running._apart(running.stamps(sa, pa), running.stamps(sb, pb))
    found = found or running._report_days(c)
    if found is None:
        return None
    return (1, (found[1],)) if found[0][0] < found[1][0] else (0, (found[0],))


def ruled_out_by(c: ValueCase) -> tuple[int, _Count] | None:
    """The later side of a claimed update and a count timed after it, below it."""
    got = _later_side(c)
    if got is None or not c.events:
        return None
    side, moment = got
    f, sentence = (c.x, c.y)[side], c.texts[side]
    at = sentence.find(f.text)
    low = getattr(f.mention, "low", None)
    if at < 0 or low is None or not only_grows(f, sentence):
        return None
    event = measure_of(sentence, at, at + len(f.text)).event
    if not event:
        return None
    ends, floor = max(s[1] for s in moment), is_floor(f)
    own = (c.stories[side], c.published[side])
    for story, published in c.events:
        if (story, published) == own:
            continue
        for count in _counts(story, published):
            if count[3] != event or count[1] >= float(low):
                continue
            if not floor and count[4][0][2].startswith("published "):
                continue  # a later report may repeat an older toll: only a floor it rules out
            begins = min(s[0] for s in count[4])
            if ends <= begins <= ends + _WITHIN:
                return side, count
    return None


def _claims_update(c: ValueCase) -> bool:
    return moments.count_at_two_moments(c) or running.update_told(c)


def update_ruled_out(c: ValueCase) -> bool:
    """A pair an update row would settle whose later figure a count timed later
    still, below it, rules out."""
    return bool(c.events) and _claims_update(c) and ruled_out_by(c) is not None


def rise_to_a_broken_floor(c: ValueCase) -> bool:
    """A claimed update whose later figure is a floor ('at least 30', 'more than
    40') a count timed later still, in a report published after the floor's,
    falls below: the rise is an update as a pair; the floor is wrong against that
    count, and the pair of the two is the flag (floor_rows.later_count_below_an_
    earlier_floor when aligned, undercut.floor_undercut_never_met when not)."""
    if not update_ruled_out(c):
        return False
    found = ruled_out_by(c)
    assert found is not None
    side, count = found
    floor_day = c.published[side]
    return (
        is_floor((c.x, c.y)[side])
        and floor_day is not None
        and count[5] is not None
        and count[5] > floor_day
    )


def update_ruled_out_note(c: ValueCase) -> str:
    found = ruled_out_by(c)
    assert found is not None
    side, (_, _, text, _, moment, published) = found
    later, earlier = (c.x, c.y)[side], (c.x, c.y)[1 - side]
    compared = c.cmp.explanation.split(": ", 1)[0]
    day = f"a report of {published:%-d %b}" if published else "another report"
    return (
        f"{compared}: '{later.text}' is told later than '{earlier.text}', but a count timed "
        f"later still, '{text}' ({day}, '{moment[0][2]}'), is below it, and what it counts "
        f"only grows: '{later.text}' cannot be an update — one of the figures is wrong — "
        "conflict"
    )


def rise_to_a_broken_floor_note(c: ValueCase) -> str:
    found = ruled_out_by(c)
    assert found is not None
    side, (_, _, text, _, moment, published) = found
    later, earlier = (c.x, c.y)[side], (c.x, c.y)[1 - side]
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: '{earlier.text}' rose to '{later.text}', told later — as a pair, an "
        f"update; the floor '{later.text}' is wrong against a count told later still, "
        f"'{text}' (a report of {published:%-d %b}, '{moment[0][2]}'), and that pair is "
        "the conflict, not this one — consistent"
    )


RISE_TO_A_BROKEN_FLOOR = Rule(
    "rise_to_a_floor_a_later_count_breaks",
    VALUE,
    rise_to_a_broken_floor,
    Outcome.CONSISTENT,
    "a pair the update rows would settle whose later figure is a floor ('at least 30' "
    "injured, Friday) that a count told later still, in a report published after it, "
    "falls below (26 the next Tuesday): the earlier counts that rose to the floor (11, "
    "16, 23) are updates as pairs; the error is the floor against the lower later count, "
    "shown once as that pair (later_count_below_an_earlier_floor, floor_undercut_never_"
    "met), not three times against the counts that rose to it (session 36, authored "
    "emergency_landing and stadium_crush: readers judged those conflicts borderline, "
    "'pair the bound with the later figure that breaks it, not with earlier counts')",
    "tests/test_s36_broken_floor.py::test_counts_that_rose_to_a_broken_floor_stay_updates",
    rise_to_a_broken_floor_note,
)

UPDATE_RULED_OUT = Rule(
    "update_ruled_out_by_a_later_count",
    VALUE,
    update_ruled_out,
    Outcome.CONFLICT,
    "a pair the update rows would settle (count_at_two_moments, update_told_by_its_"
    "times) whose later figure a count of the same happening timed later still, in "
    "another report, is below — 'at least 30' injured in a Friday weekly after 23 on "
    "Tuesday evening, while Wednesday's and the next week's reports give 26: the floor "
    "cannot hold, and the pair is a conflict naming that count (session 36, authored "
    "emergency_landing and stadium_crush: such updates judged wrong). Counts of one "
    "named place or of a part of a group ('24 of them passengers') never rule out",
    "tests/test_s36_count_stages.py::test_an_update_a_later_count_rules_out_is_a_conflict",
    update_ruled_out_note,
)

ROWS = (RISE_TO_A_BROKEN_FLOOR, UPDATE_RULED_OUT, *moments.ROWS)
