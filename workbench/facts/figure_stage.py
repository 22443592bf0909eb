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


def _rx(pattern: str) -> re.Pattern[str]:
    """A pattern whose spaces stand for any run of spaces (no-break ones too)."""
    return re.compile(pattern.replace(" ", _S), re.IGNORECASE)


# a hedge or a currency between a cue and its figure: "at about $102", "of some 6.8m"
_HEDGE = (
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|close to|more than|over|under"
    r"|below|above) )?(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?"
)
_ON = r" (?:(?:at|of|on|in|to|around) )?" + _HEDGE + "$"
_DAY = r"(?: (?:the (?:day|session|week|race|month|year)|trading|out))?"
_A = r"\b(?:an?|its|the|their) "

_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        START,
        _rx(
            r"\b(?:open(?:ed|s|ing)|start(?:ed|s|ing)|began|begins?|beginning)" + _DAY
            + r" (?:at|on) " + _HEDGE + "$"
            + "|" + _A + r"(?:opening|starting|initial) (?:[a-z]+ )?(?:of|at) " + _HEDGE + "$"
            + r"|\bset off in " + _HEDGE + "$"
            + r"|\b(?:start|outset|kick-?off) (?:in|at|of) " + _HEDGE + "$"
        ),
    ),
    (
        PEAK,
        _rx(
            r"\b(?:peak(?:ed|s|ing)?|crest(?:ed|s|ing)?|topp(?:ed|ing) out|maxed out)" + _ON
            + "|" + _A + r"(?:(?:record|daily|new|all-time|intraday) )?(?:peak|high|crest"
            + r"|maximum|highest (?:level|point|reading)) (?:of|at|was|is) " + _HEDGE + "$"
        ),
    ),
    (
        LOW,
        _rx(
            r"\bbottom(?:ed|s|ing) out" + _ON
            + "|" + _A + r"(?:(?:record|daily|overnight|new|intraday) )?(?:low|minimum|trough"
            + r"|lowest (?:level|point|reading)) (?:of|at|was|is) " + _HEDGE + "$"
        ),
    ),
    (
        END,
        _rx(
            r"\b(?:clos(?:ed|es|ing)|end(?:ed|s|ing)|finish(?:ed|es|ing)|settl(?:ed|es|ing))"
            + _DAY + r"(?: (?:down|up|lower|higher|flat))? at " + _HEDGE + "$"
            + "|" + _A + r"(?:closing|final|finishing) (?:[a-z]+ )?(?:of|at) " + _HEDGE + "$"
        ),
    ),
    (
        NORMAL,
        _rx(
            r"\b(?:normal(?:ly)?|usual(?:ly)?|typical(?:ly)?|average|ordinarily)"
            r"(?: (?:level|depth|height|temperature|flow|price|reading|summer|winter|day"
            r"|maximum|high)s?)?"
            r"(?: (?:of|is|was|at|being|stands at|sits at|runs at|around|about))* " + _HEDGE + "$"
        ),
    ),
    (
        LATER,
        _rx(
            r"\b(?:ris(?:e|es|ing)|rose|risen|climb(?:s|ed|ing)?|f[ae]ll(?:s|ing|en)?"
            r"|dropp(?:ed|ing)|drops?|sank|sinks?|sinking|slid(?:es|ing)?|slipp(?:ed|ing)"
            r"|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|increas(?:e|es|ed|ing)"
            r"|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|swell(?:s|ed|ing)?"
            r"|surg(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|edg(?:e|es|ed|ing) (?:up|down)"
            r"|went (?:up|down)) to " + _HEDGE + "$"
            + r"|\breach(?:ed|es|ing) " + _HEDGE + "$"
        ),
    ),
)  # fmt: skip
# a point named right after the figure, a few words between at most: "18C at the
# start", "97p at the close", "6.8 metres at its height", "1.2 metres normally";
# not a deadline ("8,500 jobs by the end of 2028") nor the start of something else
# ("14 knots when it began to list")
_GAP = r"(?: (?!and\b|but\b|while\b|rising\b|falling\b)[A-Za-z'’-]+){0,3}? "
_PERIOD = (
    r"(?! of (?:the |this |next |last )?(?:year|month|week|decade|quarter|century|season|term"
    r"|(?-i:[A-Z][a-z]+)\b|\d)| of\W*$)"
)
_WHEN = r"when (?:the [a-z]+|it) "
_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        START,
        _rx(
            _GAP + r"(?:(?:at|by|before) the (?:start|outset|beginning|kick-?off|off|gun"
            r"|opening(?: bell)?|open)\b" + _PERIOD + "|" + _WHEN
            + r"(?:started|began|opened)\b(?! to\b| [a-z]+ing\b))"
        ),
    ),
    (
        END,
        _rx(
            _GAP + r"(?:(?:at|by) the (?:finish(?:ing line)?|close|end|final whistle)\b"
            + _PERIOD + r"|at full(?: |-)time\b|" + _WHEN + r"(?:finished|ended|closed)\b)"
        ),
    ),
    (PEAK, _rx(_GAP + r"at (?:(?:its|the|their) (?:peak|height|highest|crest)|peak)\b")),
    (LOW, _rx(_GAP + r"at (?:its|the|their) (?:lowest|low|trough)\b")),
    (
        NORMAL,
        _rx(
            r"(?: [a-z]+)? (?:normally|usually|typically|on an? (?:normal|typical|ordinary) day"
            r"|in normal (?:times|conditions))\b"
        ),
    ),
)  # fmt: skip
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
_SURVIVORS = _rx(
    r"(?: (?!and\b|or\b|but\b|of\b)[A-Za-z'’-]+){0,2}? (?:survivors\b|survived\b(?! by\b)"
    r"|(?:(?:were|was|have been|had been) )?(?:found|pulled(?: out)?|brought out|taken out"
    r"|recovered) alive\b)"
)


def survivor_count(text: str, end: int, hi: int) -> bool:
    """Whether the count ending at ``end`` (its clause to ``hi``) counts survivors."""
    return end >= 0 and _SURVIVORS.match(text, end, hi) is not None
