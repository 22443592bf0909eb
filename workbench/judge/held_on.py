"""The day a counted state held (issue 11, session 35).

"Nine sniffer dogs were searching the hotel on Tuesday" / "Fourteen … on
Wednesday"; "Twelve vessels were taking part in the search on Monday" / "By
Tuesday, 20 vessels had joined"; "Yesterday 300 firefighters were battling the
blaze" in papers of two days.
A count whose own predicate tells a state or an activity going on — a
progressive ("were searching", "were being treated"), a state ("were
stranded", "were in hospital", "were on the scene"), or the work the counted
did that day ("nine dogs and their handlers searched the ruins") — holds at the
day its clause gives, as "by Wednesday evening" does: two such counts of
different days are two moments of one count (judge/running.py), not one figure
told twice. Readers of held-out events called such pairs conflicts "although
both are right at their own moment".

Only the count's own predicate: the figure stands before it in the clause the
day is in, and no subordinate clause ("when it capsized on Tuesday", "after the
quake on Tuesday") comes between — a day of the happening itself stays no
stamp, so two tolls of one sinking still conflict.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|a" + _S + r"dozen)"
)
# what a predicate of a future or a plan is, not a state that held: "were
# expecting", "were planning to", "were going to"
_NOT_STATE = r"(?!(?:going|expecting|hoping|planning|preparing|considering|threatening)\b)"
# the predicate of a state or an activity going on: a progressive, or a state
_HELD = (
    r"(?:were|was|are|is|remain(?:ed|s)?|stay(?:ed|s)?)" + _S + r"(?:still" + _S + r")?"
    r"(?:being" + _S + r")?"
    r"(?:" + _NOT_STATE + r"[a-z]{2,}ing\b(?<!\bduring)(?<!\bevening)(?<!\bmorning)"
    r"|(?:stranded|trapped|deployed|stationed|sheltering|housed|involved|at" + _S + r"work"
    r"|on" + _S + r"(?:the" + _S + r")?(?:scene|site|ground|duty|standby|strike)"
    r"|in" + _S + r"(?:shelters?|hospitals?|intensive" + _S + r"care|custody))\b)"
)
# the words a count's predicate takes before its day: no clause break, no
# subordinate clause ("when it capsized on Tuesday", "after the quake on Tuesday")
_FILL = (
    r"(?:" + _S + r"(?!(?:when|after|before|as|since|while|because|until|till|by|and|"
    r"following|that|which|who|where)\b)[\w'’./-]+){0,9}?"
)
# an activity the counted carry on, told in the past ("nine dogs and their handlers
# searched the ruins on Tuesday", "200 firefighters battled the blaze"): those at
# work that day, never what happened to them ("were killed", "were evacuated")
_AT_WORK = (
    r"(?:search(?:ed|ing)|comb(?:ed|ing)|scour(?:ed|ing)|patroll(?:ed|ing)|battl(?:ed|ing)"
    r"|fought|tackl(?:ed|ing)|work(?:ed|ing)|took" + _S + r"part|tak(?:ing)" + _S + r"part)\b"
)
_COUNT_HELD = (
    r"\b"
    + _NUMBER
    + r"(?:"
    + _S
    + r"[\w'’-]+){0,4}?"
    + _S
    + r"(?:"
    + _HELD
    + r"|"
    + _AT_WORK
    + r")"
)
# the day after the count's predicate: "… were searching the hotel on Tuesday"
_BEFORE_DAY = re.compile(
    r"(?i:" + _COUNT_HELD + _FILL + r"(?:" + _S + r"(?:on|at|in))?" + _S + r"$)"
)
# the day opening the clause, the count and its predicate after it: "On Tuesday
# nine dogs were searching", "Yesterday 300 firefighters were battling"
_AFTER_DAY = re.compile(r"(?i:[ \u00a0,]*" + _COUNT_HELD + r")")
_OPENS = re.compile(r"(?i:(?:^|[,;:]|\bthat)[ \u00a0]*(?:on[ \u00a0]+)?$)")
_REACH = 160


def state_held(sentence: str, start: int, end: int) -> bool:
    """Whether the day at ``sentence[start:end]`` is the day a count's state or
    activity held: the count's own predicate tells one going on, the day in its
    clause after it, or opening the clause before the count."""
    if _BEFORE_DAY.search(sentence, max(0, start - _REACH), start):
        return True
    return bool(
        _OPENS.search(sentence, max(0, start - 12), start)
        and _AFTER_DAY.match(sentence, end, min(len(sentence), end + 60))
    )
