"""'Overnight' on its own: the night that spans two days (issue 12, user trial).

"The fire broke out overnight" in a morning paper is the night just gone:
the evening before publication into the publication day (``TNI`` of the day
before, as TimeBank values it); in a future clause ("temperatures will fall
overnight") it is the coming night. Its interval is the whole night
(:data:`.lex.PARTS_OF_DAY`, 20:00-06:00), so it agrees with "late Thursday",
"Thursday night" and "early Friday" alike.

Only the adverb is a time. Before a noun it describes the thing ("an
overnight stay", "overnight losses", "the overnight rate"), and next to a
named day ("overnight Thursday", "overnight into Friday", "overnight on
Tuesday") the day is the mention and carries the statement.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..lexicon import WEEKDAYS
from ..textwin import ends_before, starts_at
from .base import Builder, Env, Val, rule, v_day, v_unknown
from .lex import PARTS_OF_DAY, POD_NAMES

_DAY_WORDS = "|".join([*WEEKDAYS, "today", "tonight", "tomorrow", "yesterday"])
# What may follow the adverb: the end of the clause, or a word that is not a noun.
_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\"'”’—–-]|(?:in|on|at|to|into|and|or|but|as|after|before|while|when"
    r"|with|from|by|for|amid|because|until|near|across|outside|inside|off|out|up|down"
    r"|under|over|through|following|during|despite|so|then|without|since|local)\b)",
)
_NAMED_DAY = re.compile(rf"\s+(?:(?:on|into|to|from)\s+)?(?:{_DAY_WORDS})\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:an?|the|their|its|his|her|our|this|that)\s+$", re.IGNORECASE)


@rule(r"\bovernight\b", 2, keys="overnight")
def r_overnight(m: re.Match, text: str) -> Builder | None:
    if not starts_at(_AFTER, text, m.end()) or starts_at(_NAMED_DAY, text, m.end()):
        return None  # "overnight losses", "overnight Thursday"
    if ends_before(_ARTICLE, text, m.start()):
        return None  # "an overnight", "the overnight" describe a noun
    code, h0, h1 = PARTS_OF_DAY["overnight"]

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown(f"XXXX-XX-XXT{code}", "partofday", "overnight")
        ahead = env.tense in ("future", "present")
        v = v_day(env.published - timedelta(days=0 if ahead else 1), True)
        s = v.interval[0]
        v.interval = (s + timedelta(hours=h0), s + timedelta(hours=h1))
        v.timex = f"{v.timex}T{code}"
        v.gran = "partofday"
        v.value = f"{v.value}, {POD_NAMES[code]}"
        return v

    return build
