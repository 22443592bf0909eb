"""Race and elapsed times, and winning margins.

"won the marathon in 2:05:41", "a winning time of 2:19:08", "finished in
1:02:33", "(2:05:41)", "clocked 3:43.13" are DURATIONs (``PT2H5M41S``) whose
length compares with "2 hours 5 minutes 41 seconds": a clock reading of a
race result is how long the race took, not a time of day. "in 2:05" after a
race verb ("won in 2:05") is either 2 h 5 min or 2 min 5 s, and never a time
of day: it is not reported at all.

A margin ("breaking the course record by 38 seconds", "won by 12 seconds",
"finished 12 seconds clear") is a difference between two times, not the
length of one: :func:`mark_margins` gives it the modifier "by", and
``compare`` only compares a margin with another margin.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .base import Builder, Env, Val, rule
from .lex import fmt_num
from .mention import TimeMention

# Words that make a following clock reading a result: "won in", "a time of", "clocked".
_RACE_VERB = (
    r"won|wins|win|winning|finished|finishes|finish|finishing|clocked|clocks|clocking"
    r"|timed|ran|runs|run|running|swam|swum|swims|rode|completed|completes|completing"
    r"|covered|posted|posts|posting|recorded|crossed\s+the\s+(?:finish\s+)?line|set|sets"
    r"|setting|took|takes|taking|stopped\s+the\s+clock|lowered|broke|breaking|equalled"
    r"|equaled|improved"
)
_RESULT_NOUN = r"time|record|best|mark|PB|PR|clocking|result"
_CUE_BEFORE = re.compile(
    rf"(?:\b(?:{_RACE_VERB})\b[^.;:!?()\d]{{0,40}}?\s(?:in|with|of)"
    rf"|\b(?:{_RACE_VERB})(?:\s+(?:an?|the|his|her|their))?"
    rf"|\b(?:{_RESULT_NOUN})\s+of|\bin\s+(?:an?\s+)?(?:\w+\s+){{0,2}}time\s+of)\s+$",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_PAREN = re.compile(r"\(\s*$")

_HMS = (
    r"(?<![\w.,:/$£€])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3})"
    r"|(?P<a>\d{1,2}):(?P<b>[0-5]\d))(?![\d:]|\.\d|\s*(?:[ap]\.?\s?m\b|%))"
)


@rule(_HMS, 1, keys="#")
def r_race_time(m: re.Match, text: str) -> Builder | tuple | None:
    before = text[max(0, m.start() - 80) : m.start()]
    cue = _CUE_BEFORE.search(before)
    if m.group("a"):
        if _GAME_CLOCK.match(text, m.end()):  # "with 7:42 left in the first half"
            return _game_clock(int(m.group("a")), int(m.group("b")))
        if _INTO_PERIOD.match(text, m.end()):  # "at 2:15 of the seventh round"
            return _length(0, int(m.group("a")), int(m.group("b")), " into the period")
        if _MARK.match(text, m.end()):  # "at the 2:15 mark": elapsed or left? Not a time of day
            return lambda env: None
        if not cue:
            return None  # "3:45", "in 2:05": left to the clock rules
        return lambda env: None  # "won in 2:05": hours or minutes? Not a time of day either.
    if not (cue or _IN_BEFORE.search(before) or _PAREN.search(before)):
        return None
    if m.group("h"):
        h, mi, s, f = int(m.group("h")), int(m.group("m")), m.group("s"), m.group("f")
    else:
        h, mi, s, f = 0, int(m.group("m2")), m.group("s2"), m.group("f2")
    sec = float(f"{s}.{f}") if f else float(s)
    return _length(h, mi, sec)


def _length(h: int, mi: int, sec: float, said: str = "") -> Builder:
    """A length in hours, minutes and seconds, to the second ('PT2H5M41S')."""
    total = h * 3600 + mi * 60 + sec
    parts = [(h, "H", "hour"), (mi, "M", "minute"), (sec, "S", "second")]
    timex = "PT" + "".join(f"{fmt_num(n)}{c}" for n, c, _ in parts if n)
    label = " ".join(f"{fmt_num(n)} {w}{'' if n == 1 else 's'}" for n, _, w in parts if n) + said

    def build(env: Env) -> Val:
        return Val("DURATION", timex, None, "second", label, amount=(total, total))

    return build


# A game clock: "with 7:42 left in the first half", "14:05 remaining", "2:30 to go".
_GAME_CLOCK = re.compile(r"\s+(?:left|remaining|to\s+(?:go|play))\b", re.IGNORECASE)
# A point in a period of play: "2:15 into the seventh round", "at 0:44 of the seventh".
_PERIOD_WORDS = r"(?:round|quarter|half|period|inning|set|frame|game|fight|bout|match)"
_INTO_PERIOD = re.compile(
    rf"\s+(?:into|of)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:{_PERIOD_WORDS}\b|(?:first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final)\b)",
    re.IGNORECASE,
)
# "the 2:15 mark" of a round: on a fight's clock, time gone or time left.
_MARK = re.compile(r"\s+mark\b", re.IGNORECASE)


def _game_clock(minutes: int, seconds: int) -> Builder:
    """The time left on a game clock, minutes and seconds: how long was left,
    never a time of day (a fresh trial's report read "7:41 = 07:41 or 19:41")."""
    return _length(0, minutes, seconds, " left")


# --- margins -------------------------------------------------------------------------

# "by 38 seconds" after a verb of winning or beating ("breaking the record by", "won by").
_MARGIN_VERB = re.compile(
    r"\b(?:won|wins|win|winning|beat|beats|beating|broke|breaks|break|breaking|smashed"
    r"|smashing|shattered|bettered|bettering|improved|improving|lowered|lowering|eclipsed"
    r"|shaved|edged|edging|led|leads|leading|lead|trailed|trails|trailing|missed|missing"
    r"|outran|outsprinted|held\s+off|record)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_MARGIN_AFTER = re.compile(
    r"\s+(?:clear\b|ahead\b|behind\b|adrift\b|off\s+the\s+(?:pace|lead|record)\b"
    r"|(?:faster|slower|quicker|better|inside|outside|under|short)\s+(?:than|of)\b"
    r"|inside\s+the\s+(?:record|time)\b)",
    re.IGNORECASE,
)
_MARGIN_BEFORE = re.compile(
    r"\b(?:margin|gap|lead|deficit|advantage)\s+(?:of\s+)?(?:just\s+|only\s+)?$", re.IGNORECASE
)


def mark_margins(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Durations that are margins between two times get the modifier 'by'."""
    out = []
    for m in ms:
        if m.type == "DURATION" and m.modifier is None and _is_margin(text, m):
            m = replace(m, modifier="by")
        out.append(m)
    return out


def _is_margin(text: str, m: TimeMention) -> bool:
    before = text[max(0, m.start - 70) : m.start]
    if m.signal.lower() == "by" and _MARGIN_VERB.search(_BY.sub("", before)):
        return True
    if _MARGIN_AFTER.match(text, m.end):
        return True
    return bool(_MARGIN_BEFORE.search(text, max(0, m.start - 40), m.start))
