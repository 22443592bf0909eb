"""Figures and states told at two moments (session 28, eng79).

A running figure a sentence gives no time of its own holds at the moment its
report is of: the time its opening says the figures were given ("the death
toll has risen to 58, the government said on Monday"). Held against a figure
stamped at an earlier time ("the secretariat said at 8pm on Sunday that … 390
had been injured"), the two are two moments of one count: a count of what only
grows (the dead, the injured, aftershocks) not lower at the later moment, or a
count that moves either way (the missing), is an update, not a conflict, and
the explanation says which moment each figure is of. A count that only grows
given lower at the later moment is left to the rows after (a question).

A state told at two moments ("the A10 remained closed on Thursday" / "remained
closed on Friday morning"; "was still shut on Monday" / "on Tuesday"): the two
days date when the state held, not one happening; both hold.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts.measure import measure_of, statement_dated
from ..facts.time.family import TIME
from ..model import Fact, Verdict
from ..sentences import split_sentences
from .cases import ValueCase
from .family_helpers import TIME_KINDS
from .grows import moved_as_it_may, only_grows
from .risen import count_kind
from .running import Stamp, published_moment, runs, same_measure, stamps, when
from .scopes import scopes_differ
from .stages import VALUE, Outcome, Rule

_S = r"[ \u00a0]+"
_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")
OPENING_SENTENCES = 3  # a lede and the sentences that attribute it
# a line standing alone before the story: a headline, a byline, a dateline
_HEADING = re.compile(r"(?:\S+\s+){0,7}\S+(?<![.!?\"”’)])")


def opening(text: str) -> str:
    """What a report opens with: any headline, byline or dateline standing alone,
    then its first paragraph (to the first blank line), at most its first
    OPENING_SENTENCES sentences. A text written one sentence a line, as ECB+
    articles are, has no blank line: its whole was read as its opening (185
    readings of whole articles at 200 ECB+ articles, each stamped by any
    "said Wednesday" or "in 2005" twenty lines down)."""
    text = text.strip()
    start, end, counted = 0, 0, 0
    for gap in [*_PARAGRAPH.finditer(text), None]:
        stop = gap.start() if gap else len(text)
        for s, e in split_sentences(text[start:stop]):
            end = start + e
            if not _HEADING.fullmatch(text[start + s : end]):
                counted += 1
            if counted == OPENING_SENTENCES:
                return text[:end]
        if counted or gap is None:
            return text[:end]
        start = gap.end()
    return text[:end]


@lru_cache(maxsize=1 << 10)
def report_moment(text: str, published: date | None) -> tuple[Stamp, ...]:
    """The moment a report's figures are of, as its opening stamps them
    ("…, the government said on Monday"; "officials said late Sunday"), or ()
    when the opening gives none."""
    opening_ = opening(text)
    found = []
    for m in TIME.find(opening_, published):
        if m.interval is None or not statement_dated(opening_, m.start, m.end):
            continue  # "cut 8,500 jobs by the end of 2028": a deadline, not the report's moment
        if published is None or m.interval[0].date() <= published:
            found.append((m.interval[0], m.interval[1], m.text))
    return tuple(found[:1])


def _moment(f: Fact, sentence: str, published: date | None, report: tuple[Stamp, ...]):
    """The stamps of a figure and whether they are its report's (no time of its own)."""
    own = stamps(sentence, published)
    if own:
        return own, False
    return report, True


def _ordered(c: ValueCase) -> tuple[tuple[int, Stamp, bool], tuple[int, Stamp, bool]] | None:
    """(side, stamp, the report's) of the earlier and the later figure, when at
    least one takes its report's moment and the moments never meet. A figure
    with no moment at all holds within its report's day (``running.published_moment``) against
    a figure its own sentence stamps wholly before or after it, both named as one
    kind of running count: a report of Wednesday cannot tell Thursday evening's
    count."""
    (sa, sb), (pa, pb) = c.texts, c.published
    a, ra = _moment(c.x, sa, pa, c.moments[0])
    b, rb = _moment(c.y, sb, pb, c.moments[1])
    if not (ra or rb):
        return None  # both stamped in their sentences: running.update_told reads them
    strict = (not a) != (not b) and _named_alike(c)
    dated = -1  # the side whose moment is its report's date
    if strict and not a and not rb:
        a, dated = published_moment(pa), 0
    elif strict and not b and not ra:
        b, dated = published_moment(pb), 1
    if not a or not b:
        return None
    # a report's date tells a later moment only when it is later than the other report's:
    # two reports of Wednesday may both tell Monday evening's toll
    later_ok = dated < 0 or bool(pa and pb and (pa, pb)[dated] > (pa, pb)[1 - dated])
    if _before(a, b, strict) and (dated != 1 or later_ok):
        return (0, a[0], ra), (1, b[0], rb)
    if _before(b, a, strict) and (dated != 0 or later_ok):
        return (1, b[0], rb), (0, a[0], ra)
    return None


def _named_alike(c: ValueCase) -> bool:
    """Both figures' words name a running count of one kind: the dead, the injured
    (what only grows) or the missing, those without power (either way); not an age
    or a magnitude, which no report's date moves. Words that name nothing near the
    figure leave it to the happening its clause tells ("At least 47 people, among
    them 17 children, were killed": risen.count_kind, session 31)."""
    words = [count_kind(f, text) for f, text in zip((c.x, c.y), c.texts, strict=True)]
    return bool(words[0]) and words[0] == words[1]


def _before(a: tuple[Stamp, ...], b: tuple[Stamp, ...], strict: bool = False) -> bool:
    """Every stamp of ``a`` begins and ends before every stamp of ``b`` does:
    'late Sunday' (Sun 16:00 – Mon 04:00) before 'on Monday'; not a stamp
    that holds the other ('on Monday' / 'by Monday afternoon'). ``strict``: every
    stamp of ``a`` ends before any of ``b`` begins."""
    if strict:
        return max(x[1] for x in a) <= min(y[0] for y in b)
    return max(x[0] for x in a) < min(y[0] for y in b) and max(x[1] for x in a) < min(
        y[1] for y in b
    )


def _count(f: Fact) -> bool:
    return f.kind not in TIME_KINDS and runs(f) and getattr(f.mention, "dimension", "") == "count"


def _one_place(c: ValueCase) -> bool:
    """Only one of the two figures is counted in a named place: one count of
    the whole is not updated by a count of one place."""
    places = [
        measure_of(text, text.find(f.text), text.find(f.text) + len(f.text)).where
        for f, text in zip((c.x, c.y), c.texts, strict=True)
    ]
    if bool(places[0]) == bool(places[1]):
        return False
    # "the crush in Nyakora … risen to 34" / "the crush at Nyakora Memorial Stadium rose
    # to 31": the other sentence names that place too, one scope (session 36)
    named, other = (places[0], c.texts[1]) if places[0] else (places[1], c.texts[0])
    own = c.texts[0] if places[0] else c.texts[1]
    return not all(
        re.search(rf"(?i)\b{re.escape(p)}\b", other) or _hospital_in(p, own) for p in named
    )


def _hospital_in(place: str, sentence: str) -> bool:
    """The place is where the hospital the counted were taken to stands ("five had
    been taken to hospital in Reykjavik"), not where they were counted."""
    return bool(
        re.search(
            rf"(?i)\bhospitals?(?:[ \u00a0]+\w+){{0,2}}[ \u00a0]+in[ \u00a0]+{re.escape(place)}\b",
            sentence,
        )
    )


one_place = _one_place


def count_at_two_moments(c: ValueCase) -> bool:
    """Two figures of one running count, at least one holding at its report's
    moment, the moments apart and the later figure one the earlier may have
    moved to."""
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return False
    if not (_count(c.x) and _count(c.y)):
        return False  # a share or a sum of money moves for other reasons than a count
    if not same_measure(c.x, c.y) or scopes_differ(c.x, c.texts[0], c.y, c.texts[1]):
        return False
    if _one_place(c):
        return False  # '44 people had died' / '46 … in Chimborazo province': two scopes
    found = _ordered(c)
    if found is None:
        return False
    facts, texts = (c.x, c.y), c.texts
    (e, _, _), (later, _, _) = found
    return moved_as_it_may((facts[e], texts[e]), (facts[later], texts[later]))


def count_at_two_moments_note(c: ValueCase) -> str:
    found = _ordered(c)
    assert found is not None
    facts, texts = (c.x, c.y), c.texts
    told = []
    for side, stamp, of_report in found:
        if stamp[2].startswith("published "):
            told.append(f"'{facts[side].text}' (no time of its own, its report {stamp[2]})")
            continue
        whose = "its report's moment, " if of_report else ""
        told.append(f"'{facts[side].text}' ({whose}'{stamp[2]}', {when(stamp)})")
    e, later = found[0][0], found[1][0]
    grows = only_grows(facts[e], texts[e]) and only_grows(facts[later], texts[later])
    rule = (
        "a count of what only grows, not lower at the later moment"
        if grows
        else "a count that may move either way"
    )
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: two moments, first {told[0]} and later {told[1]} (a figure with no "
        f"time of its own holds when its report's opening or date says); {rule}: an update, "
        "not a contradiction — consistent"
    )


COUNT_AT_TWO_MOMENTS = Rule(
    "count_at_two_moments",
    VALUE,
    count_at_two_moments,
    Outcome.CONSISTENT,
    "a running figure with no time of its own holds at the moment its report's opening "
    "gives ('…, the government said on Monday'); against a figure stamped at an earlier "
    "moment ('at 8pm on Sunday … 390 had been injured' / 'more than 600 people were "
    "injured'), a count of what only grows not lower later, or one that moves either way "
    "(the missing: 23 / 19), is an update told by the moments, not a conflict; lower "
    "later stays a question (figures_at_different_times). When its opening gives no "
    "moment either, the figure holds at its report's date, against a figure of one kind "
    "of running count its own sentence stamps wholly after that date (26 missing in a "
    "report of Thursday / 15 'on Friday (March 14)'), or wholly before it when its "
    "report is the later one (two killed 'as of late Tuesday night' / three in a weekly "
    "six days on)",
    "tests/test_s28_moments_and_scopes.py::test_a_count_at_its_reports_moment_is_an_update; "
    "authored ecuador_quake (development: 390 / more than 600, 23 / 19 missing); "
    "tests/test_s29_moments_told.py::test_a_figure_at_its_report_s_date_against_a_stamped_one; "
    "authored tower_fire, plant_explosion (session 29)",
    count_at_two_moments_note,
)


# A state that holds over time, right before its day: "remained closed on",
# "was still shut on", "stayed open on", "are still blocked as of".
_STATE_BEFORE = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:was|were|is|are)" + _S + r"still)" + _S
    + r"(?:\w+" + _S + r"){0,1}?"
    + r"(?:closed|shut|open|blocked|cut|suspended|flooded|cordoned" + _S + r"off|"
    + r"without" + _S + r"power|out" + _S + r"of" + _S + r"service|in" + _S + r"place|"
    + r"in" + _S + r"force|on" + _S + r"strike)"
    # not a day it is expected to end: "remain closed until Friday", "reopened by Monday"
    + r"(?:" + _S + r"(?!(?:until|till|by|before|after)\b)[\w'’-]+){0,6}?"
    + r"(?:" + _S + r"(?:on|as" + _S + r"of|at))?" + _S + r"$",
    re.IGNORECASE,
)  # fmt: skip


def _state_of(f: Fact, sentence: str) -> str:
    """The words of a state its sentence says held at the day ``f`` gives, or ""."""
    at = sentence.find(f.text)
    if at < 0:
        return ""
    m = _STATE_BEFORE.search(sentence, max(0, at - 90), at)
    return m.group().strip() if m else ""


def state_at_two_moments(c: ValueCase) -> bool:
    """Two differing days, each the day a state its sentence tells still held."""
    if c.cmp.verdict != Verdict.CONFLICT:
        return False
    if c.x.kind not in TIME_KINDS or c.y.kind not in TIME_KINDS:
        return False
    return bool(_state_of(c.x, c.texts[0]) and _state_of(c.y, c.texts[1]))


def state_note(c: ValueCase) -> str:
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: each report says a state still held on its day ('{c.x.text}' / "
        f"'{c.y.text}'): a state at two moments, not one happening dated twice — both can "
        "hold — consistent"
    )


STATE_AT_TWO_MOMENTS = Rule(
    "state_at_two_moments",
    VALUE,
    state_at_two_moments,
    Outcome.CONSISTENT,
    "'the A10 remained closed on Thursday' / 'remained closed on Friday morning', 'the "
    "bridge was still shut on Monday' / 'on Tuesday': each day is when a lasting state "
    "still held, not the day of one happening; both hold",
    "tests/test_s28_moments_and_scopes.py::test_a_state_at_two_moments_is_no_conflict; "
    "authored storm (development: the A10 closed on Thursday / on Friday morning)",
    state_note,
)

ROWS = (STATE_AT_TWO_MOMENTS, COUNT_AT_TWO_MOMENTS)
