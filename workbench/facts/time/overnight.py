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
    r"|under|over|through|following|during|despite|so|then|without|since|local"
    # a verb or a clause of its own after it (session 32): "the fire that broke out
    # overnight was brought under control", "said overnight that"
    r"|was|were|is|are|has|have|had|will|would|could|that|which|who)\b)",
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


# Dawn and dusk, and "the night" after a preposition: parts of a day with no day
# named, read like "in the morning" (TimeML: TMO, TEV, TNI; the day comes from the
# report, :func:`.focusday.clocks_on_the_day`). "The dawn of a new era", "dawn
# raids" and "the night of the attack" are no such time.
_EDGES = {"dawn": ("MO", 5, 7), "daybreak": ("MO", 5, 7), "first light": ("MO", 5, 7)}
_EDGES |= {"dusk": ("EV", 17, 20), "nightfall": ("EV", 17, 20), "sundown": ("EV", 17, 20)}
_EDGE_BEFORE = re.compile(
    r"\b(?:at|before|after|until|till|by|around|near|since|from|between|toward|towards)\s+$"
    # the far end of a range of them: "from dusk to dawn", "between dawn and dusk"
    r"|\b(?:from|between)\s+(?:dawn|daybreak|first\s+light|dusk|nightfall|sundown)"
    r"\s+(?:to|and)\s+$",
    re.I,
)


@rule(
    r"\b(?:pre-?dawn|(?P<e>dawn|daybreak|first\s+light|dusk|nightfall|sundown))\b(?!-)"
    r"|\b(?:during|through|throughout|into|in|overnight)\s+(?P<n>the\s+night)\b",
    4,
    keys="dawn predawn pre daybreak light dusk nightfall sundown night",
)
def r_day_edge(m: re.Match, text: str) -> Builder | None:
    """'at dawn', 'shortly before daybreak', 'a pre-dawn raid', 'through the night'."""
    if starts_at(r"\s*(?:of|before|after|when|that|'s|’s)\b", text, m.end()):
        return None  # "the dawn of", "the night of the attack", "the night before"
    if m.group("n"):
        code, h0, h1 = PARTS_OF_DAY["night"]
        span = m.span("n")
    else:
        word = re.sub(r"\s+", " ", (m.group("e") or "dawn").lower())
        if m.group("e") and not ends_before(_EDGE_BEFORE, text, m.start()):
            return None  # "dawn raids", "Dawn" the name
        code, h0, h1 = _EDGES[word]
        span = m.span()
    clock = ((h0 * 60, h1 * 60),)
    label = POD_NAMES[code] if m.group("n") else m.group(0).lower()

    def build(env: Env) -> Val:
        return Val("TIME", f"T{code}", None, "partofday", label, clock=clock)

    return build, span
