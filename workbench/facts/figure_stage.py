"""Which point of one running measure a figure gives, and whether a count is of
survivors (issue 11, session 43, eng159).

Readers of held-out events found figures of one measure at different points
paired as one figure told twice: a temperature "18C at the start, rising to
29C" against another report's start, a river "normally 1.2m" that "peaked at
6.8m", shares that "opened at 102 and closed at 97" — the start set against
the other report's close, the normal level against the peak. Each point is a
figure of its own:

- **start**: "opened at 102", "an opening price of", "18C at the start",
  "set off in 18C", "began at";
- **peak**: "peaked at", "crested at", "a high of", "a peak of", "at its
  height";
- **low**: "a low of", "bottomed out at", "at its lowest";
- **end**: "closed at 97", "ended the day at", "a closing price of", "by the
  finish", "at the close";
- **normal**: "normally 1.2 metres", "its normal level of", "usually";
- **later**: the level a rise or a fall reached, no point named ("rising to
  29C", "fell to 95p", "reached 29C"): a peak, a low or an end, never a start
  or a normal level.

:func:`stages_apart` keeps two figures of different points apart
(``Measure.differs``); a figure whose clause names no point compares with
any. The cues are how any report tells the course of a reading, a level or a
price; they name no event.

:func:`survivor_count` reads a count of survivors ("84 survivors", "84 people
survived", "30 found alive") as a count of the rescued, never of the missing
or the dead beside it ("84 survivors … about 115 still missing" / "86
rescued, 99 missing").
"""

from __future__ import annotations

import re

START, PEAK, LOW, END, NORMAL, LATER = "start", "peak", "low", "end", "normal", "later"

_S = r"[ \u00a0]+"
# a hedge or a currency between a cue and its figure: "at about $102", "of some 6.8m"
_HEDGE = (
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|close" + _S + r"to|more" + _S
    + r"than|over|under|below|above)" + _S + r")?(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?"
)  # fmt: skip
_ON = _S + r"(?:(?:at|of|on|in|to|around)" + _S + r")?" + _HEDGE + r"$"
_DAY = r"(?:" + _S + r"(?:the" + _S + r"(?:day|session|week|race|month|year)|trading|out))?"

_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (stage, re.compile(rx, re.IGNORECASE))
    for stage, rx in (
        (
            START,
            r"\b(?:open(?:ed|s|ing)|start(?:ed|s|ing)|began|begins?|beginning)"
            + _DAY
            + _S
            + r"(?:at|on)"
            + _S
            + _HEDGE
            + r"$"
            + r"|\b(?:an?|its|the|their)"
            + _S
            + r"(?:opening|starting|initial)"
            + _S
            + r"(?:[a-z]+"
            + _S
            + r")?(?:of|at)"
            + _S
            + _HEDGE
            + r"$"
            + r"|\bset"
            + _S
            + r"off"
            + _S
            + r"in"
            + _S
            + _HEDGE
            + r"$"
            + r"|\b(?:start|outset|kick-?off)"
            + _S
            + r"(?:in|at|of)"
            + _S
            + _HEDGE
            + r"$",
        ),
        (
            PEAK,
            r"\b(?:peak(?:ed|s|ing)?|crest(?:ed|s|ing)?|topp(?:ed|ing)"
            + _S
            + r"out|maxed"
            + _S
            + r"out)"
            + _ON
            + r"|\b(?:an?|its|the|their)"
            + _S
            + r"(?:(?:record|daily|new|all-time|intraday)"
            + _S
            + r")?(?:peak|high|crest|maximum|highest"
            + _S
            + r"(?:level|point|reading))"
            + _S
            + r"(?:of|at|was|is)"
            + _S
            + _HEDGE
            + r"$",
        ),
        (
            LOW,
            r"\bbottom(?:ed|s|ing)"
            + _S
            + r"out"
            + _ON
            + r"|\b(?:an?|its|the|their)"
            + _S
            + r"(?:(?:record|daily|overnight|new|intraday)"
            + _S
            + r")?(?:low|minimum|trough|lowest"
            + _S
            + r"(?:level|point|reading))"
            + _S
            + r"(?:of|at|was|is)"
            + _S
            + _HEDGE
            + r"$",
        ),
        (
            END,
            r"\b(?:clos(?:ed|es|ing)|end(?:ed|s|ing)|finish(?:ed|es|ing)|settl(?:ed|es|ing))"
            + _DAY
            + r"(?:"
            + _S
            + r"(?:down|up|lower|higher|flat))?"
            + _S
            + r"at"
            + _S
            + _HEDGE
            + r"$"
            + r"|\b(?:an?|its|the|their)"
            + _S
            + r"(?:closing|final|finishing)"
            + _S
            + r"(?:[a-z]+"
            + _S
            + r")?(?:of|at)"
            + _S
            + _HEDGE
            + r"$",
        ),
        (
            NORMAL,
            r"\b(?:normal(?:ly)?|usual(?:ly)?|typical(?:ly)?|average|ordinarily)"
            + r"(?:"
            + _S
            + r"(?:level|depth|height|temperature|flow|price|reading|summer|"
            + r"winter|day|maximum|high)s?)?"
            + r"(?:"
            + _S
            + r"(?:of|is|was|at|being|stands"
            + _S
            + r"at|sits"
            + _S
            + r"at|"
            + r"runs"
            + _S
            + r"at|around|about))*"
            + _S
            + _HEDGE
            + r"$",
        ),
        (
            LATER,
            r"\b(?:ris(?:e|es|ing)|rose|risen|climb(?:s|ed|ing)?|f[ae]ll(?:s|ing|en)?|"
            + r"dropp(?:ed|ing)|drops?|sank|sinks?|sinking|slid(?:es|ing)?|slipp(?:ed|ing)|"
            + r"jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|increas(?:e|es|ed|"
            + r"ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|swell(?:s|ed|ing)?|"
            + r"surg(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|edg(?:e|es|ed|ing)"
            + _S
            + r"(?:up|down)"
            + r"|went"
            + _S
            + r"(?:up|down))"
            + _S
            + r"to"
            + _S
            + _HEDGE
            + r"$"
            + r"|\breach(?:ed|es|ing)"
            + _S
            + _HEDGE
            + r"$",
        ),
    )
)
# a point named right after the figure, a few words between at most: "18C at the
# start", "97p at the close", "6.8 metres at its height", "1.2 metres normally"
_GAP = r"(?:" + _S + r"(?!and\b|but\b|while\b|rising\b|falling\b)[A-Za-z'’-]+){0,3}?" + _S
_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (stage, re.compile(rx, re.IGNORECASE))
    for stage, rx in (
        (
            START,
            _GAP
            + r"(?:(?:at|by|before)"
            + _S
            + r"the"
            + _S
            + r"(?:start|outset|beginning|"
            + r"kick-?off|off|gun|opening(?:"
            + _S
            + r"bell)?|open)\b|when"
            + _S
            + r"(?:the"
            + _S
            + r"[a-z]+|it)"
            + _S
            + r"(?:started|began|opened)\b)",
        ),
        (
            END,
            _GAP
            + r"(?:(?:at|by)"
            + _S
            + r"the"
            + _S
            + r"(?:finish(?:ing"
            + _S
            + r"line)?|"
            + r"close|end|final"
            + _S
            + r"whistle)\b|at"
            + _S
            + r"full[ -]time\b|when"
            + _S
            + r"(?:the"
            + _S
            + r"[a-z]+|it)"
            + _S
            + r"(?:finished|ended|closed)\b)",
        ),
        (
            PEAK,
            _GAP
            + r"(?:at"
            + _S
            + r"(?:its|the|their)"
            + _S
            + r"(?:peak|height|highest|crest)"
            + r"|at"
            + _S
            + r"peak)\b",
        ),
        (LOW, _GAP + r"at" + _S + r"(?:its|the|their)" + _S + r"(?:lowest|low|trough)\b"),
        (
            NORMAL,
            r"(?:"
            + _S
            + r"[a-z]+)?"
            + _S
            + r"(?:normally|usually|typically|on"
            + _S
            + r"an?"
            + _S
            + r"(?:normal|typical|ordinary)"
            + _S
            + r"day|in"
            + _S
            + r"normal"
            + _S
            + r"(?:times|conditions))\b",
        ),
    )
)
# what ends a figure's own words after it: another figure, a clause's joint
_STOP = re.compile(r"\d|[;:(—–]|,(?!\d)")


def stage_of(text: str, start: int, end: int, lo: int) -> str:
    """The point of a running measure the figure at ``text[start:end]`` gives
    (its clause from ``lo``; ``end`` < 0 for none), or "" when its words name none."""
    for stage, rx in _BEFORE:
        if rx.search(text, max(lo, start - 70), start):
            return stage
    if end < 0:
        return ""
    stop = _STOP.search(text, end)
    hi = stop.start() if stop else len(text)
    for stage, rx in _AFTER:
        if rx.match(text, end, hi):
            return stage
    return ""


# a rise's or a fall's level without a point of its own: a peak, a low or an end
_LATER_ALIKE = frozenset((PEAK, LOW, END))


def stages_apart(a: str, b: str) -> bool:
    """Two figures at different points of one measure: a start against an end, a
    peak or a normal level; "later" is a peak, a low or an end ("rising to 29C"
    / "peaked at 29C")."""
    if not a or not b or a == b:
        return False
    if LATER in (a, b):
        return (b if a == LATER else a) not in _LATER_ALIKE
    return True


# "84 survivors", "84 people survived", "30 were found alive", "17 pulled out alive"
_SURVIVORS = re.compile(
    r"(?:" + _S + r"(?!and\b|or\b|but\b|of\b)[A-Za-z'’-]+){0,2}?" + _S
    + r"(?:survivors\b|survived\b(?!" + _S + r"by\b)"
    + r"|(?:(?:were|was|have" + _S + r"been|had" + _S + r"been)" + _S + r")?(?:found|pulled"
    + r"(?:" + _S + r"out)?|brought" + _S + r"out|taken" + _S + r"out|recovered)" + _S
    + r"alive\b)",
    re.IGNORECASE,
)  # fmt: skip


def survivor_count(text: str, end: int, hi: int) -> bool:
    """Whether the count ending at ``end`` (its clause to ``hi``) counts survivors."""
    return end >= 0 and _SURVIVORS.match(text, end, hi) is not None
