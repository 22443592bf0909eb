"""A fixture told in the present: the coming weekday (issue 11, session 36).

Sports and timetable copy tells a game, a match or a meeting ahead in the
simple present with its object before the day: "The Saints (11-5) face the
Seattle Seahawks (7-9) in a wildcard game at 3:30 p.m. Saturday", "When the
Saints open the playoffs in Seattle on Saturday, ...", "Arsenal host Chelsea at
the Emirates on Sunday", "the two leaders meet again in Geneva on Friday". The
tense reader finds no verb near such a day (the object and its asides lie
between), so the day fell back to the most recent one: a Wednesday story's
Saturday the Saturday gone, while another report's "plays at Seattle on
Saturday" got the coming one. A weekday whose own clause has no tense near it
is the coming one when a fixture verb in the present governs its clause, with
no past word, clause break or reported clause between them.
"""

from __future__ import annotations

import re

# the verb of a fixture in the present: not after "to", a determiner or an auxiliary
# of the past ("to face", "the meet", "had faced"), never its past form
_FIXTURE = re.compile(
    r"(?<![\w'’-])(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhad )(?<!\bdid )"
    r"(?:fac(?:e|es)|hosts?|meets?|visits?|plays?|takes?\s+on"
    r"|(?:re)?opens?(?=\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:season|playoffs?|postseason|campaign|series|tournament|tour|defen[cs]e|account)\b))"
    r"(?=\s)",
    re.IGNORECASE,
)
# what may stand between the verb and the day: words, a clock time, a record or a
# score in brackets ("(11-5)", "(7-9)"); not a past word, a clause of its own or a
# reported clause
_BREAK = re.compile(
    r"[;\"“”—]|(?<!\d):(?!\d\d)|\b(?:that|which|who|whose|after|before|since|because|although|though|but"
    r"|was|were|had|did|said|says|last|ago|yesterday|earlier|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\([^()]{0,12}\)")
_REACH = 110


def fixture_ahead(text: str, pos: int) -> bool:
    """Whether a present fixture verb ("face", "host", "open the playoffs")
    governs the weekday at ``pos`` with nothing between that reads as past."""
    head = text[max(0, pos - _REACH) : pos]
    verbs = list(_FIXTURE.finditer(head))
    if not verbs:
        return False
    gap = _ASIDE.sub(" ", head[verbs[-1].end() :])
    return _BREAK.search(gap) is None and gap.count(",") == 0


def untensed_ahead(signal: str, text: str, pos: int) -> bool:
    """Whether a weekday no verb near tells the tense of lies ahead: a deadline
    ("by Friday", "no later than Monday") or a present fixture's day."""
    return signal in ("by", "no later than") or fixture_ahead(text, pos)
