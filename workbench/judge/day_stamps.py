"""Figures stamped through one day (issue 11, session 43).

"At 8pm on Sunday, 140 flights had been cancelled" / "At 7am on Monday, 210
flights had been cancelled"; "At 2pm the reservoir was at 71% of capacity" /
"By 6pm it was at 78%"; "The river stood at 4.2 metres at 6am" / "At noon the
river stood at 4.9 metres". Held-out readers of session 42 judged such figures,
each stamped with the moment it held, updates, not conflicts ("by 11am medics
had treated 40 runners" / "by 3pm … 112"). Three readings the running rows
(judge/running.py) lacked:

- a time fronted at the head of its sentence ("At 8pm on Sunday, …", "At noon
  the river …") stamps the figures of a state told after it (a pluperfect 'had
  been cancelled', 'were still trapped', 'was at 71%', 'stood at'), not those
  of a happening ('At 8pm a gunman opened fire, killing 12');
- a part of the day with no clock of its own ('nightfall', 'dawn') takes the day
  named right after it ('by nightfall on Friday'), not its report's day;
- a level (a river's height, a temperature, a reservoir's share, a queue's
  length) stamped with its time is a running figure: it moves either way
  through a day. A fixed size ('the lake is 42 metres deep') is none.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..model import Fact

_S = r"[ \u00a0]+"
# the head of a sentence (or of a part after a semicolon) and the 'at' before a time
_HEAD = re.compile(r"(?i:(?:^|[;:]" + _S + r")(?:and" + _S + r")?(?:at|on)" + _S + r"(?:about"
                   + _S + r"|around" + _S + r")?$)")  # fmt: skip
# the day or date a fronted time gives after itself: "at 8pm on Sunday,", "at noon Tuesday"
_DAY_AFTER = re.compile(
    r"(?i:^(?:" + _S + r"(?:on" + _S + r")?(?:[A-Z][a-z]+day|[0-9]{1,2}" + _S + r"[A-Z][a-z]+"
    + r"|[A-Z][a-z]+" + _S + r"[0-9]{1,2})(?:" + _S + r"(?:night|morning|evening))?)?,?" + _S + r")"
)  # fmt: skip
# a state told after the fronted time: a pluperfect, a level, a count still in a state
_STATE_AFTER = re.compile(
    r"(?i:\b(?:had|stood|stands|remained|remains|totall?ed|numbered|stretched"
    r"|(?:was|were|is|are)" + _S + r"(?:still|at|without|in|on|up|down|above|below|over|under)"
    r")\b|\b(?:was|were|is|are)" + _S + r"(?:about|around|nearly|more" + _S + r"than|\d))"
)  # fmt: skip
# a time the clause after gives its state itself: 'were still without power at noon'
_OWN_TIME = re.compile(
    r"(?i:\b(?:at|by|as" + _S + r"of)" + _S + r"(?:\d{1,2}(?:[:.]\d\d)?" + _S
    + r"?(?:[ap]\.?m\b|gmt|bst|utc)|\d{1,2}:\d\d|noon|midday|midnight|dawn|dusk|nightfall))"
)  # fmt: skip
_STATE_WITHIN = 32  # characters after the time its state's verb must begin within
_CLAUSE_END = re.compile(r"[.;]" + _S + r"|[.;]$|,[ \u00a0]+(?:and|but|while|as|when)\b")


def fronted(sentence: str, start: int, end: int) -> bool:
    """A time at the head of its sentence ('At 8pm on Sunday, 140 flights had been
    cancelled', 'At noon the river stood at 4.9 metres'), the clause after it
    telling a state its figures held then."""
    if not _HEAD.search(sentence, max(0, start - 30), start):
        return False
    rest = sentence[end:]
    lead = _DAY_AFTER.match(rest)
    if lead is None:
        return False
    cut = _CLAUSE_END.search(rest, lead.end())
    clause = rest[lead.end() : len(rest) if cut is None else cut.start()]
    if _OWN_TIME.search(clause):
        return False  # 'At 7am on Saturday 52,000 homes were still without power at noon'
    # the state told in the words right after it: its subject and verb, not a clause
    # further on ('On Tuesday the court was told that 12 people were at the house')
    clause = clause[:_STATE_WITHIN]
    return _STATE_AFTER.search(clause) is not None


# a figure's level right before the clock time it held at: "the toll stood at 12 at
# dawn", "the river level was 4.2 metres at 6am" (not "the call was made at 3.24am")
_LEVEL_HELD_BEFORE = re.compile(
    r"(?i:\b(?:stood|stands?|remained|remains?|was|were|is|are)(?:" + _S + r"at)?" + _S
    + r"(?:(?:about|around|nearly|almost|at" + _S + r"least|more" + _S + r"than)" + _S + r")?"
    + r"\d[\d,]*(?:\.\d+)?(?:" + _S + r"?(?:%|°?[CF]\b|per" + _S + r"?cent|[a-z]+)){0,2}"
    + _S + r"(?:at|on)" + _S + r"?)$"
)  # fmt: skip


# "the river level at 6am was 5.1 metres", "the toll on Monday evening stood at 12": a
# time between the word of a count or level and the verb giving its figure
_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:level|levels|toll|temperature|count|tally|total|reading|figure|number"
    r"(?:" + _S + r"of" + _S + r"[a-z]+)?)" + _S + r"(?:at|on|by|as" + _S + r"of)" + _S + r")$"
)  # fmt: skip
_FIGURE_AFTER = re.compile(
    r"(?i:^(?:" + _S + r"(?:on" + _S + r")?[A-Z][a-z]+day)?,?" + _S + r"(?:was|were|is|stood"
    + r"|had" + _S + r"(?:risen|climbed|reached|fallen|dropped))" + _S + r"(?:at" + _S
    + r")?(?:about|around|nearly|more" + _S + r"than|\d))"
)  # fmt: skip


def level_held(sentence: str, lo: int, start: int, end: int = -1) -> bool:
    """A clock time at ``start`` right after the level a figure held then ('stood
    at 12 at dawn'), or between a count's word and the figure it gives ('the
    river level at 6am was 5.1 metres')."""
    if _LEVEL_HELD_BEFORE.search(sentence, lo, start):
        return True
    if end < 0 or not _NOUN_BEFORE.search(sentence, lo, start):
        return False
    return _FIGURE_AFTER.match(sentence[end:]) is not None


def day_after(mentions, i: int, sentence: str) -> date | None:
    """The day a mention right after a clock time with no day gives it ('nightfall
    on Friday', 'dawn on Wednesday'): at most ' on ' between them."""
    m = mentions[i]
    if i + 1 >= len(mentions):
        return None
    n = mentions[i + 1]
    between = sentence[m.end : n.start].strip().lower()
    if n.type != "DATE" or n.interval is None or between not in ("", "on", "of"):
        return None
    lo, hi = n.interval
    return lo.date() if hi - lo <= timedelta(days=1) else None


# a figure that gives a level: the height of water, a temperature, how full, how long
_LEVEL_DIMENSIONS = frozenset({"length", "temperature", "percent", "volume"})
_LEVEL_WORDS = re.compile(
    r"(?i:\b(?:level|levels|stood|stands|standing|rose|risen|rising|climbed|reached|peaked"
    r"|fell|fallen|dropped|receded|stretched|capacity|temperature|mercury|thermometer"
    r"|(?:was|were|is|are)" + _S + r"at)\b)"
)
_FIXED_SIZE = re.compile(r"(?i:\b(?:deep|high|long|wide|tall|thick|across|in" + _S
                         + r"(?:diameter|length|width|height|depth))\b)")  # fmt: skip
_NEAR = 45


def level(f: Fact, sentence: str) -> bool:
    """Whether ``f`` gives a level that moves through a day, read from the words
    around it: 'the river stood at 4.2 metres', 'the temperature had reached 41C',
    'the reservoir was at 71% of capacity'; not a size ('42 metres deep')."""
    m = f.mention
    if getattr(m, "dimension", "") not in _LEVEL_DIMENSIONS:
        return False
    at = getattr(m, "start", -1)
    if not (isinstance(at, int) and sentence[at : at + len(f.text)] == f.text):
        at = sentence.find(f.text)
    return at >= 0 and level_at(sentence, at, at + len(f.text))


def level_at(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` of ``sentence`` gives a level."""
    after = sentence[end : end + 20]
    if _FIXED_SIZE.match(after.lstrip()) or _FIXED_SIZE.match(after.lstrip().split(" ", 1)[-1]):
        return False
    return _LEVEL_WORDS.search(sentence[max(0, start - _NEAR) : end + 25]) is not None


# the end of the happening a count was reached by: "At the finish, 260 runners had
# been treated", "by the end of the race", "by close of play", "by the final whistle"
_END = re.compile(
    r"(?i:\b(at|by)" + _S + r"(?:the" + _S + r")?(?:finish(?:" + _S + r"line)?|end" + _S
    + r"of" + _S + r"(?:the" + _S + r")?(?:race|marathon|match|game|event|session|night"
    + r"|evening|festival|concert|vigil|operation|search)|close(?:" + _S + r"of" + _S
    + r"(?:play|trading|business|polls))?|final" + _S + r"whistle|full[- ]time"
    + r"|time" + _S + r"the" + _S + r"race" + _S + r"(?:ended|finished)))\b"
)  # fmt: skip


def end_stamps(sentence: str, published: date | None, mentions) -> list:
    """The moment a count was reached by the end of its happening ('At the finish,
    260 runners had been treated'): the later half of the day its sentence names
    before it, else of its report's day, after any clock time of that day's
    morning. Fronted, or after 'by' (a cut-off); 'at the finish' told after a
    figure may be a place ('treated at the finish')."""
    if published is None:
        return []
    found = []
    for m in _END.finditer(sentence):
        if m.group(1).lower() == "at" and not fronted(sentence, m.start(1) + 3, m.end()):
            continue
        days = [
            n.interval[0].date()
            for n in mentions
            if n.type == "DATE" and n.interval and n.start < m.start()
            if n.interval[1] - n.interval[0] <= timedelta(days=1)
        ]
        day = days[-1] if days else published
        start = datetime(day.year, day.month, day.day, 12)
        found.append((start, start + timedelta(hours=12), m.group().split(" ", 1)[1]))
    return found
