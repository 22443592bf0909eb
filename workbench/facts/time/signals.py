"""The signal word of a day and what it says of the day's year: a plan told in the
past ("was due to meet Tuesday"), a copula before the day ("the deadline is
Thursday"), a signal before the day's clock ("until 6 p.m. Tuesday"), a deadline
pointing ahead ("by May") and how far back a future reading may still reach.

Split from :mod:`.tense` (session 38), which keeps the verb cues of a sentence.
"""

from __future__ import annotations

import re

from .base import GRANTED_RE, Env
from .tense import TWIN, ZONE

# A plan told in the past ("was scheduled to arrive Tuesday", "were expected to return
# Monday", "was supposed to land Friday but"): the story may be filed before or after
# the day, so the weekday is the occurrence nearest publication, not the next one.
# So is the future in the past of "was to" and of a past verb of intending ("the cabinet
# was to vote Thursday", "Annan intended to return on Thursday", "he hoped to reach a
# deal by Friday"), not its past perfect ("had hoped to", :data:`_PLAN_BEFORE`).
_PLAN_TOLD_BEFORE = re.compile(
    r"(?:\b(?:was|were)\s+(?:(?:originally|initially|first|only)\s+)?(?:due|scheduled|slated"
    r"|set|expected|supposed|planned|meant)\s+(?:to\b|for\s+)|\b(?:was|were)\s+to\b"
    r"|(?<!\bhad\s)\b(?:intended|hoped|planned|wanted|aimed|meant)\s+to\b)"
    r"(?:(?<=for\s)|[^,;:.()]{0,40})(?:(?:on|by|in|before|until|till)\s+)?$",
    re.IGNORECASE,
)


def plan_told_before(text: str, pos: int) -> bool:
    """A past-tense plan ("was due to meet", "were scheduled for") governs ``pos``."""
    return bool(_PLAN_TOLD_BEFORE.search(text, max(0, pos - 80), pos))


# a copula right before the day, or before the clock time of that day ("the deadline is
# Thursday", "the deadline is 5 p.m. Thursday", "the funeral is at noon Saturday")
# A state after the copula ("the bank is closed 1-3 p.m. Friday", "polls are open from 7 a.m.
# to 9 p.m. on Sunday") and an hour or range of hours between ("the meeting is at 4 on
# Friday") leave the copula the day's.
_CLOCK_BEFORE = r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\b\.?)?|noon|midnight)"
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:open|closed|shut)\s+)?"
    rf"(?:(?:(?:at|from|between)\s+)?{_CLOCK_BEFORE}"
    rf"(?:\s*(?:-|–|to|and|until|till)\s*{_CLOCK_BEFORE})?{ZONE}{TWIN}\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def copula_before(text: str, pos: int) -> bool:
    """A copula right before ``pos`` or before the clock time there ("is 5 p.m. Thursday")."""
    return bool(_COPULA_BEFORE.search(text, max(0, pos - 40), pos))


# a signal word before the clock time of a day ("Iraq has until 6 p.m. Tuesday", "by noon
# Friday"): the day's own signal, as "until Tuesday" would be
_SIGNAL_BEFORE_CLOCK = re.compile(
    r"\b(until|till|by|no\s+later\s+than)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|noon|midnight)"
    r"(?:\s+[A-Z]{2,4}T?)?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


UNTIL = ("until", "till", "up until")
_MERIDIEM_DOTS = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)


def day_signal(text: str, pos: int, own: str, tense: str | None) -> tuple[str, bool]:
    """The signal of the day at ``pos``: its own, else one before its clock time ("Iraq
    has until 6 p.m. Tuesday"; not after a past verb, "fighting raged until 2 a.m.
    Sunday"); and whether a verb that sets a bound ahead of its own time governs an
    "until" ("the court adjourned until 10 a.m. Tuesday": the day is ahead)."""
    m = None if own else _SIGNAL_BEFORE_CLOCK.search(text, max(0, pos - 50), pos)
    signal = re.sub(r"\s+", " ", m.group(1).lower()) if m else own
    head = _MERIDIEM_DOTS.sub(r"\1m", text[max(0, pos - 90) : pos])
    granted = signal in UNTIL and bool(GRANTED_RE.search(head))
    if m and tense == "past" and not granted:
        return "", False
    return signal, granted


# A day without its year that fell at most this many days before publication is
# this year's even under a future verb or a deadline ("the strike could end by March
# 2" in a March 4 story, "said it would pay on Dec. 28" in January): quoted plans go
# stale by a few days, and a day eleven months ahead would be written with its year.
STALE_PLAN_DAYS = 31
# ... but "will", "shall" or "next" assert the day is ahead ("will run until June 15",
# "next Aug. 7"): a modal, a reported "would" or a bare deadline only quote a plan.
# So does a plan told in the present ("is set to take effect on Jan. 1", "are due to
# vote on May 3"): told as past it would be "was due to".
_WILL = re.compile(
    r"(?:\b(?:will|shall)|['’]ll|\b(?:is|are)\s+(?:due|set|scheduled|slated|poised)\s+to)"
    r"\s+(?:[\w-]+\s+){0,6}$"
)


def stale_leeway(env: Env) -> int:
    """Days a future reading may still reach back for a day without its year."""
    if env.prev in ("next", "coming") or _WILL.search(env.text, 0, env.start):
        return 0
    return STALE_PLAN_DAYS


DEADLINE = ("by", "until", "till", "up until", "through")


def signal_tense(env: Env) -> str | None:
    """The verb's tense; a deadline ("by May", "through January", "until Christmas")
    points ahead unless a past verb says otherwise ("had fallen by May")."""
    tense = env.tense
    if env.signal in DEADLINE and tense != "past" and env.strong_tense() != "past":
        return "future"
    return tense
