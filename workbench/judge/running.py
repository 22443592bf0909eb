"""A running figure given at two different times (issue 11, session 23).

"As of 8 a.m. on Wednesday, 215 people had been rescued" and "By Wednesday
evening 221 people had been rescued"; "shares were down 5.3% at 1400 GMT" and
"closed down 4.2%" after "trading ended at 4.30pm": each report stamps its
figure with the time it held, and the stamps differ. A toll, a count of the
rescued or missing, a share price moves within a day: two such figures are not a
contradiction but two moments, and the editor is asked which is current. Found
on the session-23 development clusters (a ferry's rescued and missing at the
morning and evening briefings: judged false conflicts).

A stamp is a time the sentence gives its figure: a time after "as of" or "by",
one after "at" that follows a verb of the figure's level ("stood at 27 at
midday"), or one that dates the statement ("the coast guard said on Wednesday
morning"). A day of the happening itself ("capsized on
Tuesday night") is no stamp: two tolls of one sinking still conflict. When a
sentence gives a clock time and its day, the finer stamp counts.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..facts.measure import statement_dated
from ..facts.quantity.family import QUANTITY
from ..facts.time.family import TIME
from ..model import Fact, Verdict
from . import days
from .advancing import advancing, front_moved_on
from .briefing_days import briefing_dated
from .cases import ValueCase
from .clause_stamps import in_its_clause
from .clock_stamps import clock_stamp, update_dated
from .count_stage import TWO_STAGES_OF_A_COUNT
from .day_stamps import day_after, end_stamps, fronted, level, level_at, level_held
from .days import can_move
from .earlier_value import dates_an_earlier_value, is_earlier_value
from .family_helpers import TIME_KINDS
from .grows import moved_as_it_may
from .held_on import state_held
from .pinned_fell import PINNED_COUNT_FELL
from .restamped import in_story
from .risen import below_a_floor, by_report_days
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule

_STAMP_BEFORE = re.compile(r"(?i:\b(?:as\s+of|by)\s+(?:about\s+|around\s+)?)$")
# "at midday" stamps a figure only after a verb of its level ("the toll stood at 27 at
# midday", "shares were down 5.3% at 1400 GMT"), not a happening ("left at 7am")
_STATE_BEFORE = re.compile(
    r"(?i:\b(?:stood|stands?|remained|remains?|was|were|is|are|had\s+been|has\s+been)\b)"
    r"(?:[^.;:]|(?<=\d)\.(?=\d))*$"  # a decimal point is no sentence's end ('4.2 metres')
)
# a state a count is in, right before its day: "eight were still missing on Wednesday
# night", "19 people remain missing as of Friday" (not "was killed on Tuesday")
_IN_STATE_BEFORE = re.compile(
    r"(?i:\b(?:were|was|are|is|remain(?:ed|s)?|(?:were|was|are|is)\s+said\s+to\s+be)"
    r"(?:\s+still)?\s+(?:missing|unaccounted\s+for|in\s+hospital|in\s+custody|homeless"
    # "four were in a critical condition last night", "164,000 were still without supply
    # at 2pm" (session 29, eng81: the critical count's and the outage's moments)
    r"|in\s+(?:an?\s+)?(?:critical|serious|stable|grave|life-threatening)\s+condition"
    r"|without\s+(?:power|electricity|supply|water)))\s+(?:on\s+|at\s+)?$"
)
# a day right after the level a figure moved to: "cases rose to 85 on Wednesday", "the
# toll had climbed to 31 by Monday evening", "reached 1,200 people on Friday" (eng71)
# (and the level it stood at: "the toll stood at 61 on Friday", "arrests stood at more
# than 300 by Friday"; session 31)
_LEVEL_REACHED_BEFORE = re.compile(
    r"(?i:\b(?:(?:rose|risen|climbed|jumped|increased|grew|grown|fell|fallen|dropped|reached|hit)"
    r"(?:\s+to)?|(?:stood|stands|remained|remains|(?:was|were|is|are)\s+put)\s+at)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?"
    r"[\d][\d,.]*%?(?:\s+(?:per\s*cent|percent|[a-z]+)){0,2}\s+(?:on\s+|at\s+)?)$"
)
# the day the figures of a sentence were given: "updated figures on Friday showed",
# "the latest count on Saturday", "figures released late Thursday" (session 31)
_FIGURES_DATED_BEFORE = re.compile(
    r"(?i:\b(?:(?:updated|latest|new|revised|official|fresh)\s+)?(?:figures|count|tally|"
    r"numbers|estimates?)(?:\s+(?:released|issued|published|given|announced|updated))?"
    r"\s+(?:on\s+|at\s+|by\s+)?)$"
)
_Stamp = tuple[datetime, datetime, str]
Stamp = _Stamp
_RUNNING = frozenset({"count", "percent", "currency"})  # as days._MOVING


@lru_cache(maxsize=1 << 12)
def stamps(sentence: str, published: date | None) -> tuple[_Stamp, ...]:
    """The times a sentence stamps its figures with, finest first dropped of any
    that holds another ("8 a.m." on "Wednesday": the clock time)."""
    found = []
    mentions = TIME.find(sentence, published)
    for i, m in enumerate(mentions):
        if m.type == "TIME" and m.interval is None and published is not None:
            day = day_after(mentions, i, sentence) or _day_of(mentions[:i], published)
            found += _clock_by(m, sentence, day)
        if m.type not in ("DATE", "TIME") or m.interval is None:
            continue
        interval = m.interval
        lead = sentence[max(0, m.start - 12) : m.start]
        at = m.signal.lower() == "at" or lead.rstrip().lower().endswith(" at")
        if (
            m.signal.lower() in ("by", "as of")
            or _STAMP_BEFORE.search(lead)
            or (at and _STATE_BEFORE.search(sentence, max(0, m.start - 60), m.start))
            or _IN_STATE_BEFORE.search(sentence, max(0, m.start - 50), m.start)
            or _LEVEL_REACHED_BEFORE.search(sentence, max(0, m.start - 60), m.start)
            or _FIGURES_DATED_BEFORE.search(sentence, max(0, m.start - 45), m.start)
            or statement_dated(sentence, m.start, m.end)
            or state_held(sentence, m.start, m.end)
            or briefing_dated(sentence, m.start)  # 'told a news conference on Tuesday'
            or fronted(sentence, m.start, m.end)  # 'At 8pm on Sunday, 140 had been …'
            or level_held(sentence, max(0, m.start - 60), m.start, m.end)
        ):
            found.append((interval[0], interval[1], m.text))
    found += end_stamps(sentence, published, mentions)  # 'At the finish, 260 had been …'
    return tuple(
        s
        for s in found
        if not any(o is not s and s[0] <= o[0] and o[1] <= s[1] and o != s for o in found)
    )


def published_moment(published: date | None) -> tuple[_Stamp, ...]:
    """The moment a figure with no time of its own, in a report whose opening gives
    none, may be of: from the afternoon before its report's day (a morning paper
    prints the evening's figures) to that day's end (session 29, eng81)."""
    if published is None:
        return ()
    day = datetime(published.year, published.month, published.day)
    # the afternoon before begins after midday: "by midday on Wednesday" is before a
    # Thursday paper's moment (session 30, authored storm)
    start = day - timedelta(hours=12) + timedelta(minutes=1)
    return ((start, day + timedelta(days=1), f"published {day:%-d %b}"),)


def _clock_by(m, sentence: str, day: date) -> list[_Stamp]:
    """A clock time with no day of its own that a count was reached by ("had
    recorded 46 aftershocks by 6pm"): on its report's day (session 28, eng79), or
    the day its sentence gave before it; so is one a count's state held at
    ("164,000 were still without supply at 2pm", eng81)."""
    lead, lead_at = sentence[max(0, m.start - 12) : m.start], max(0, m.start - 60)
    if (
        m.signal.lower() not in ("by", "as of")
        and not _STAMP_BEFORE.search(lead)
        and not _IN_STATE_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        and not update_dated(sentence, m.start)
        and not fronted(sentence, m.start, m.end)
        and not level_held(sentence, lead_at, m.start, m.end)
    ):
        return []
    return [clock_stamp(m, day)]  # the minute on its day (clock_stamps.py, session 36)


def _day_of(before, published: date) -> date:
    """The day the last dated mention before a clock time gives ("at 6am on
    Wednesday, and … at 2pm"), else the report's day."""
    days = [
        m.interval[0].date()
        for m in before
        if m.type == "DATE" and m.interval and m.interval[1] - m.interval[0] <= timedelta(days=1)
    ]
    return days[-1] if days else published


def _both_stamps(c: ValueCase) -> tuple[tuple[_Stamp, ...], tuple[_Stamp, ...]]:
    """Each figure's stamps, made finer by a sentence after it that times its
    sentence's figures ('The toll, given as of Sunday morning, …': restamped.py), of
    its own clause only (clause_stamps.py)."""
    (sa, sb), (pa, pb), (ta, tb) = c.texts, c.published, c.stories
    a, b = in_its_clause(stamps(sa, pa), sa, c.x.text), in_its_clause(stamps(sb, pb), sb, c.y.text)
    return in_story(a, sa, ta, pa), in_story(b, sb, tb, pb)


def _apart(a: tuple[_Stamp, ...], b: tuple[_Stamp, ...]) -> tuple[_Stamp, _Stamp] | None:
    """Two stamps that never meet, when no stamp of one meets any of the other."""
    if not a or not b or any(x[0] < y[1] and y[0] < x[1] for x in a for y in b):
        return None
    return a[0], b[0]


def _runs(f: Fact) -> bool:
    """A figure that may move (days.can_move), or a bound of one ("at least nine")."""
    return can_move(f) or getattr(f.mention, "dimension", "") in _RUNNING


def at_different_times(c: ValueCase) -> bool:
    """Two differing figures that may move, each stamped with a time, the
    stamps apart."""
    if c.cmp.verdict != Verdict.CONFLICT or c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return False
    if not (_runs(c.x) and _runs(c.y)):
        return False
    sa, sb = c.texts
    found = _apart(*_both_stamps(c))
    if found is None:
        return False
    first, then = ((c.x, sa), (c.y, sb)) if found[0][0] < found[1][0] else ((c.y, sb), (c.x, sa))
    return not below_a_floor(first, then)  # a floor a later count is below stays a conflict


def update_told(c: ValueCase) -> bool:
    """Two figures that may move, stamped at times apart, the later the earlier
    moved on as such a count may move (judge/grows.py): the times tell the
    update. A bound against a figure beyond it is one too ("at least nine" on
    Wednesday morning, 14 by the evening)."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return False
    sa, sb = c.texts
    fronts = advancing(c.x, sa) and advancing(c.y, sb)  # how far a spill had spread
    if c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return False
    if not (fronts or ((_runs(c.x) or level(c.x, sa)) and (_runs(c.y) or level(c.y, sb)))):
        return False
    if not fronts and _measure(c.x) != _measure(c.y):
        return False  # '$5m' / '€4m': a question of currencies, not of times
    found = _apart(*_both_stamps(c)) or _report_days(c)
    if found is None or scopes_differ(c.x, sa, c.y, sb):
        return False  # '46 dead in the province' / '44 nationwide': two scopes, no update
    x, y = (c.x, sa), (c.y, sb)
    if fronts:  # a front only advances: the later reading the longer
        return front_moved_on(x, y) if found[0][0] < found[1][0] else front_moved_on(y, x)
    return moved_as_it_may(x, y) if found[0][0] < found[1][0] else moved_as_it_may(y, x)


def _report_days(c: ValueCase) -> tuple[_Stamp, _Stamp] | None:
    """The moments of two figures the reports' days order (``report_days``), when
    the family left them a conflict or a question."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return None
    (sa, sb), (pa, pb) = c.texts, c.published
    return report_days((c.x, sa, pa), (c.y, sb, pb), c.moments)


def _day(published: date) -> tuple[_Stamp, ...]:
    day = datetime(published.year, published.month, published.day)
    return ((day, day + timedelta(days=1), f"published {published:%-d %b}"),)


def report_days(
    x: tuple[Fact, str, date | None],
    y: tuple[Fact, str, date | None],
    openings: tuple[tuple, tuple] = ((), ()),
) -> tuple[_Stamp, _Stamp] | None:
    """Each figure's moment, ``x``'s first, when the reports appeared on different
    days and the earlier report's figure is a floor the later's count has passed
    (risen.floor_passed): 'At least 17 people were killed' on Wednesday /
    'Thirty-one people have died' on Thursday (session 30: readers judged the
    question borderline, a toll that rose); 'killing at least 32, officials said
    late Wednesday' / 'At least 47 people have died' the next day, two floors the
    family calls different (session 31: readers judged the conflict wrong). A
    figure its sentence or its report's opening stamps keeps that moment, a
    figure with none its report's day; the later report's own stamp must fall
    after the earlier's moment ('late Sunday' in Monday's paper is the moment of
    Sunday's report: authored ecuador_quake, 44 / 47 a right conflict), and two
    stamped figures are left to their stamps. Two exact counts of two days are
    not so ordered: the later report may tell an older
    toll (authored derailment: 2 / 4 killed) — except a tally of an effort that
    goes on, the later report's the higher, neither sentence giving a time
    (judge/efforts.py, session 35)."""
    (fx, sx, px), (fy, sy, py) = x, y
    if px is None or py is None:
        return None
    # a figure with no time of its own holds when its report's opening says (moments.py)
    ax, ay = stamps(sx, px) or openings[0], stamps(sy, py) or openings[1]
    if ax and ay:
        return None
    order = by_report_days((fx, sx, px), (fy, sy, py))
    if not order:
        return None  # only a floor the later report's count has passed
    mx, my = ax or _day(px), ay or _day(py)
    earlier, later = (mx, my) if order < 0 else (my, mx)
    if (ay if order < 0 else ax) and min(s[0] for s in later) < max(s[1] for s in earlier):
        return None  # the later report stamps its figure within the earlier's moment
    if min(s[0] for s in later) <= max(s[0] for s in earlier):
        return None
    return mx[0], my[0]


def _measure(f: Fact) -> tuple[str, str]:
    return getattr(f.mention, "dimension", ""), getattr(f.mention, "unit", "") or ""


def same_measure(x: Fact, y: Fact) -> bool:
    """Two figures of one dimension and unit ('$5m' / '€4m' are not)."""
    return _measure(x) == _measure(y)


runs = _runs


def update_note(c: ValueCase) -> str:
    found = _apart(*_both_stamps(c)) or _report_days(c)
    assert found is not None
    compared = c.cmp.explanation.split(": ", 1)[0]
    sides = sorted(((found[0], c.x.text), (found[1], c.y.text)), key=lambda side: side[0][0])
    told = " and later ".join(f"'{v}' ('{s[2]}', {when(s)})" for s, v in sides)
    return (
        f"{compared}: given at different times, first {told} — the figure moved between "
        "the two times each report gives, an update, not a contradiction — consistent"
    )


UPDATE_TOLD_BY_ITS_TIMES = Rule(
    "update_told_by_its_times",
    VALUE,
    update_told,
    Outcome.CONSISTENT,
    "two figures that may move, each stamped with the time it held, the stamps apart and "
    "the later figure one the earlier may have moved to ('at least nine died …, the coast "
    "guard said on Wednesday morning' / '14 deaths by Wednesday evening'; 19 missing in "
    "the morning, eight by the evening): the text settles it as an update (session 24: "
    "readers judged the questions borderline on the authored ferry cluster). Only one "
    "scope is updated: '46 dead in the province' / '44 nationwide' count two places "
    "(session 25; the scope rows then ask, wider_scope). A count "
    "that only grows given lower at the later time stays a question "
    "(figures_at_different_times)",
    "tests/test_s24_running_settled.py::test_a_running_figure_moved_between_its_times",
    update_note,
)


def different_times_note(c: ValueCase) -> str:
    found = _apart(*_both_stamps(c))
    assert found is not None
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: given at different times ('{found[0][2]}', {when(found[0])} / "
        f"'{found[1][2]}', {when(found[1])}) — a running figure may have moved in between; "
        "check which is current — unresolved"
    )


def when(stamp: _Stamp) -> str:
    lo, hi, _ = stamp
    return f"{lo:%a %-d %b %H:%M}" if (hi - lo).total_seconds() <= 3600 else f"{lo:%a %-d %b}"


AT_DIFFERENT_TIMES = Rule(
    "figures_at_different_times",
    VALUE,
    at_different_times,
    Outcome.UNRESOLVED,
    "two figures that may move (a toll, the rescued or missing, a share price), each "
    "stamped with the time it held ('as of 8 a.m. on Wednesday' / 'by Wednesday evening', "
    "'at 1400 GMT' / 'the coast guard said on Thursday'), the stamps apart, the later "
    "figure not one the earlier may have moved to (a toll lower at the later time; one "
    "that may is update_told_by_its_times): revised, or one wrong; the editor checks "
    "which is current. A day of the happening itself is no stamp: two tolls of one "
    "sinking still conflict",
    "tests/test_judge_rules.py::test_rule_decides_its_case[figures_at_different_times]; "
    "tests/test_s23_running_figures.py; session-23 development clusters (ferry: the "
    "rescued and missing at the morning and evening briefings, judged false conflicts)",
    different_times_note,
)


def _stamp_of_a_figure(f: Fact, sentence: str, published: date | None) -> bool:
    """A time that stamps a running figure of its sentence (a count, a share, money)."""
    iv = getattr(f.mention, "interval", None)
    # "at 8pm on Sunday": the day holds the clock time that stamps the figure (eng79)
    if not any(
        f.text in s[2] or s[2] in f.text or (iv and iv[0] <= s[0] and s[1] <= iv[1])
        for s in stamps(sentence, published)
    ):
        return False
    return bool(_figures(sentence, published))


def two_stamps(c: ValueCase) -> bool:
    """Two differing times, each the time a running figure of its sentence held, the
    figures themselves different (two briefings, not one statement dated twice).
    Two cut-offs a count was reached by ('6,800 claims by yesterday afternoon' /
    '14,200 by Monday 17 March') agree no more than they differ (eng81)."""
    if c.x.kind not in TIME_KINDS:
        return False
    if c.cmp.verdict != Verdict.CONFLICT and not (
        c.cmp.verdict == Verdict.CONSISTENT and _cut_off(c.x) and _cut_off(c.y)
    ):
        return False
    return stamps_two_figures(c)


def stamps_two_figures(c: ValueCase) -> bool:
    """Two times, each the time a different running figure of its sentence held."""
    (sa, sb), (pa, pb) = c.texts, c.published
    if c.y.kind not in TIME_KINDS:
        return False
    if _figures(sa, pa) & _figures(sb, pb) and not (_in_state(c.x, sa) and _in_state(c.y, sb)):
        return False  # one figure told in both: one statement, whose days compare
    return all(_stamp_of_a_figure(f, s, p) for f, s, p in ((c.x, sa, pa), (c.y, sb, pb)))


def _cut_off(f: Fact) -> bool:
    """A time a count was reached by: 'by Monday 17 March', 'as of yesterday evening'."""
    mention = f.mention
    return str(getattr(mention, "modifier", "")).lower() == "by" or str(
        getattr(mention, "signal", "")
    ).lower() in ("by", "as of")


def _in_state(f: Fact, sentence: str) -> bool:
    """The time a count's state held ("four were in critical condition on Tuesday
    afternoon" / "last night"): the state holds at both times, whatever the count
    (session 29, eng81), unlike one statement dated twice ("said on Monday")."""
    at = sentence.find(f.text)
    return at >= 0 and _IN_STATE_BEFORE.search(sentence, max(0, at - 60), at) is not None


@lru_cache(maxsize=1 << 12)
def _figures(sentence: str, published: date | None) -> frozenset[tuple[str, float]]:
    """The running figures a sentence states, by dimension and value (read once per
    sentence: every value pair of its claim pairs asks)."""
    found = QUANTITY.find(sentence, published)
    return frozenset(
        (m.dimension, m.value)
        for m in found
        if (m.dimension in _RUNNING or level_at(sentence, m.start, m.end))
        and not is_earlier_value(sentence, m.start, m.end)
    )


def stamp_against_a_day(c: ValueCase) -> bool:
    """A time a running figure held against a day the other sentence does not
    give as such a time: the day of the happening and the day of a count differ."""
    if c.cmp.verdict != Verdict.CONFLICT or c.x.kind not in TIME_KINDS:
        return False
    if c.y.kind not in TIME_KINDS:
        return False
    (sa, sb), (pa, pb) = c.texts, c.published
    stamped = [
        (_stamp_of_a_figure(f, s, p) and not _said_on(f, s)) or _dates_earlier(f, s)
        for f, s, p in ((c.x, sa, pa), (c.y, sb, pb))
    ]
    return stamped[0] != stamped[1]


def _dates_earlier(f: Fact, sentence: str) -> bool:
    """The day an earlier value of a change held ('up from 19 on Thursday',
    judge/earlier_value.py): a time a count held, never the happening's day."""
    at = sentence.find(f.text)
    return at >= 0 and dates_an_earlier_value(sentence, at, at + len(f.text))


def _said_on(f: Fact, sentence: str) -> bool:
    """The day a statement was made ("the company said Friday"): it still compares
    with the day another report says it was announced."""
    at = sentence.find(f.text)
    return at >= 0 and statement_dated(sentence, at, at + len(f.text))


STAMP_AGAINST_A_DAY = Rule(
    "stamp_against_a_day",
    VALUE,
    stamp_against_a_day,
    Outcome.SKIP,
    "'eight were still missing on Wednesday night after a ferry capsized' / 'capsized "
    "late Tuesday': one date is the time a count held, the other the day of the "
    "happening; they date different things (session 23, development cluster ferry: "
    "judged a different-events conflict)",
    "tests/test_s23_running_figures.py::test_the_day_a_count_held_is_not_the_day_of_the_happening",
)


STAMPS_OF_RUNNING_FIGURES = Rule(
    "stamps_of_running_figures",
    VALUE,
    two_stamps,
    Outcome.SKIP,
    "'as of 8 a.m.' / 'by Wednesday evening', 'the coast guard said on Wednesday morning' / "
    "'said last night': each report says when its running figure held; that the times "
    "differ is no discrepancy (the figures themselves are asked about, "
    "figures_at_different_times). The times a count's state held ('four were in critical "
    "condition on Tuesday afternoon' / 'in a critical condition last night') are none "
    "even when the count is the same: the state held at both; two cut-offs a count was "
    "reached by ('6,800 claims by yesterday afternoon' / '14,200 by Monday 17 March') agree "
    "no more than they differ, and that one falls before the other is not shown (session 29)",
    "tests/test_s23_running_figures.py::test_the_times_of_two_briefings_are_no_conflict; "
    "session-23 development clusters (ferry: the morning and evening briefings' times "
    "called conflicting dates, judged wrong); tests/test_s29_moments_told.py::test_the_"
    "times_a_count_s_state_held_are_no_conflict (authored plant_explosion, cyclone)",
)

# The rows for figures that move, in the order the VALUE table meets them.
MOVING_ROWS = (
    TWO_STAGES_OF_A_COUNT,  # two stages of one tally's count (count_stage.py, session 36)
    days.COUNT_MOVED_BETWEEN_DAYS,
    PINNED_COUNT_FELL,  # a count that only grows, lower in the later report (session 38)
    days.FIGURE_PINNED_TO_ITS_DAY,
    UPDATE_TOLD_BY_ITS_TIMES,
    AT_DIFFERENT_TIMES,
    STAMPS_OF_RUNNING_FIGURES,
    STAMP_AGAINST_A_DAY,
)
