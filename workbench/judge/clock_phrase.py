"""A day told in one phrase with its clock time (issue 11, session 36).

"conceded at 10.40pm last night", "at 23:40 on Sunday", "shortly before
midnight, at 11.40pm", "on Sunday evening at 9.15": the day, the part of the
day or the vague time is only the frame of the clock time it stands with.
Against another report's clock time the two clocks are what an editor compares:
a planted hour's difference ("23:40" / "10.40pm last night") was called
consistent because the other report's clock met "last night", which holds both
(fresh reader R28e, election D10, judged borderline twice). The frame of a
clock in its own phrase is no candidate against a clock time: the clocks meet,
and the frame still meets the other report's day ("on Sunday" / "last night").
"""

from __future__ import annotations

import re

from ..model import Fact
from ..text import content_tokens
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .frames import root
from .numbered import numbered_alike
from .stages import CANDIDATE, Outcome, Rule

# what may stand between a clock and its frame in one phrase: "10.40pm last
# night", "23:40 on Sunday", "Sunday at 23:40", "midnight, at 11.40pm", "Sunday
# evening, at about 9.15", "on the night of Sunday at 23:40" is the frame's own
_BETWEEN = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:on|at|in|of|about|around|roughly|approximately"
    r"|exactly|precisely|just|the)[ \u00a0]+)*(?:,[ \u00a0]*)?",
    re.IGNORECASE,
)


# words of a clock's own phrase that say nothing of what happened at it
_TIME_WORDS = frozenset(
    root(w)
    for w in (
        *("local", "time", "am", "pm", "gmt", "utc", "about", "around", "shortly", "just"),
        *("before", "after", "night", "evening", "morning", "afternoon", "midnight", "noon"),
        *("hour", "hours", "minute", "minutes", "day"),
    )
)


def point_clock(f: Fact) -> bool:
    """A clock time to the minute or hour as written ("10.40pm", "23:40")."""
    m = f.mention
    return (
        f.kind in TIME_KINDS
        and getattr(m, "type", "") == "TIME"
        and bool(getattr(m, "clock", ()))
        and all(hi - lo == 1 for lo, hi in m.clock)
    )


def _holds(frame: Fact, clock: Fact) -> bool:
    """The frame's reading holds the clock's (a clock dated by it), or it has none."""
    a, b = getattr(frame.mention, "interval", None), getattr(clock.mention, "interval", None)
    if a is None or b is None:
        return True
    return a[0] <= b[0] and b[1] <= a[1]


def _one_phrase(a: Fact, b: Fact, text: str, offset: int) -> bool:
    """Two facts of one claim told in one phrase: nothing but a preposition or
    a comma between them."""
    lo, hi = (a, b) if a.end <= b.start else (b, a)
    if hi.start < lo.end:
        return False
    return bool(_BETWEEN.fullmatch(text[lo.end - offset : hi.start - offset]))


def clock_of_its_phrase(frame: Fact, facts, text: str, offset: int) -> Fact | None:
    """The clock time told in one phrase with ``frame`` (``text`` the claim's,
    starting at article offset ``offset``), when ``frame`` is no clock itself."""
    if frame.kind not in TIME_KINDS or point_clock(frame) or frame.mention is None:
        return None
    for f in facts:
        ok = f.id != frame.id and point_clock(f) and _holds(frame, f)
        if ok and _one_phrase(f, frame, text, offset):
            return f
    return None


def _frame_of(clock: Fact, facts, claim) -> Fact | None:
    """The day or part of the day ``clock``'s own phrase dates it by, when it
    is the only clock time of its claim."""
    if any(point_clock(f) and f.id != clock.id for f in facts):
        return None
    for f in facts:
        if clock_of_its_phrase(f, facts, claim.text, claim.start) is clock:
            return f
    return None


_CLAUSE_OPENS = re.compile(r",(?!\d)|[;:()\u2014\u2013]")


def _said_before(claim, clock: Fact, frame: Fact) -> set[str]:
    """The roots of the words of the clock's clause before its phrase: what
    happened at it ("Brankov conceded defeat" of "at 23:40 on Sunday", "who
    conceded" of "at 10.40pm last night")."""
    at = min(clock.start, frame.start) - claim.start
    head = claim.text[:at]
    cut = max((m.end() for m in _CLAUSE_OPENS.finditer(head)), default=0)
    words = {root(t) for t in content_tokens(head[cut:])}
    return {w for w in words if not any(ch.isdigit() for ch in w)} - _TIME_WORDS


def framed_alike(a: tuple, b: tuple) -> bool:
    """Two clock times of aligned claims, each the only one of its claim,
    each dated in its own phrase by a day that agrees with the other's, and
    their clauses telling one thing done at them ("Brankov conceded defeat at
    23:40 on Sunday" / "who conceded at 10.40pm last night"): one moment told
    twice, its two clocks compared however the other words differ (as two
    values after one numbered label are). ``a``, ``b``: each claim, its clock
    and its facts (and more, pairing's). A gale warning 'issued at 6pm on
    Tuesday' and a mayday 'just before 10pm on Tuesday' share only their day:
    two moments."""
    (ca, x, fa, *_), (cb, y, fb, *_) = a, b
    if not (point_clock(x) and point_clock(y)):
        return False
    fx, fy = _frame_of(x, fa, ca), _frame_of(y, fb, cb)
    if fx is None or fy is None:
        return False
    ia, ib = getattr(fx.mention, "interval", None), getattr(fy.mention, "interval", None)
    if ia is None or ib is None or not (ia[0] < ib[1] and ib[0] < ia[1]):
        return False
    return bool(_said_before(ca, x, fx) & _said_before(cb, y, fy))


def told_alike(a: tuple, b: tuple) -> bool:
    """Two values of aligned claims told as one: after one numbered label
    (numbered.py) or two clocks framed alike; pairing weighs their words as
    agreeing."""
    return numbered_alike(a[0], a[1], b[0], b[1]) or framed_alike(a, b)


def frame_of_a_clock(c: CandidateCase) -> bool:
    """One side a clock time, the other the frame of a clock its own phrase tells."""
    if c.claims is None:
        return False
    for (frame, claim, facts), other in (
        ((c.x, c.claims[0], c.facts[0]), c.y),
        ((c.y, c.claims[1], c.facts[1]), c.x),
    ):
        if point_clock(other) and clock_of_its_phrase(frame, facts, claim.text, claim.start):
            return True
    return False


FRAME_OF_A_CLOCK = Rule(
    "frame_of_a_clock_against_a_clock",
    CANDIDATE,
    frame_of_a_clock,
    Outcome.SKIP,
    "'conceded at 23:40 on Sunday' / 'at 10.40pm last night': a day, a part of the day or "
    "a vague time told in one phrase with a clock time is that clock's frame; against "
    "the other report's clock time the two clocks are compared (an hour apart: a "
    "conflict), not the frame, which holds both and called a planted hour consistent. "
    "The frame still meets the other report's day",
    "tests/test_s36_clock_phrase.py::test_the_clock_of_a_phrase_is_compared_not_its_frame; "
    "authored development election D10 (R28e: 'last night' met 23:40, 10.40pm ignored)",
)
