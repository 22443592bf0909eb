"""Words only time expressions use: seasons and parts of a day as TimeML
codes them, the named days built on a weekday name, vague counts ("a couple
of"). Months, weekdays, ordinals and number words are in the shared
:mod:`..lexicon` (parsed by :mod:`..numwords`).
"""

from __future__ import annotations

import re

from ..lexicon import words

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological, northern hemisphere

# Parts of a day as TimeML names them, with the hours they cover (end may pass 24).
PARTS_OF_DAY = {
    "morning": ("MO", 5, 12),
    "afternoon": ("AF", 12, 18),
    "evening": ("EV", 17, 22),
    "night": ("NI", 20, 30),
    "tonight": ("NI", 20, 30),
    "overnight": ("NI", 20, 30),
}
POD_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}

# Named days built on a weekday name: not that weekday of the current week.
NAMED_DAY_WORDS = {
    "black",
    "good",
    "super",
    "cyber",
    "ash",
    "bloody",
    "holy",
    "maundy",
    "easter",
    "shrove",
    "giving",
    "blue",
    "plough",
    "palm",
    "manic",
    "whit",
    "low",
    "fat",
    "patch",  # Microsoft's monthly "Patch Tuesday"
}
# Newspapers named "… on Sunday": "the Mail on Sunday", "the Herald on Sunday".
ON_SUNDAY_PAPERS = {"mail", "herald", "independent"}  # not places: "police in Wales on Sunday"

# Vague counts: (low, high) in units; high None = open-ended.
VAGUE_COUNTS = {
    "several": (3.0, 9.0),
    "a few": (2.0, 5.0),
    "few": (2.0, 5.0),
    "a couple of": (2.0, 3.0),
    "couple of": (2.0, 3.0),
    "a couple": (2.0, 3.0),
    "many": (4.0, None),
    "dozens of": (24.0, 144.0),
    "hundreds of": (200.0, 999.0),
}


def fmt_num(x: float) -> str:
    """1.0 -> '1', 1.5 -> '1.5' (no trailing zeros)."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


POSSESSORS = words("a an its their his her our")
# what is dated by the month it happened in, as a noun after the month ("a June
# agreement"); not a name or a saying ("a June bride", "an April fool", "a May queen")
EVENT_NOUN_AFTER = re.compile(
    r"[\s-]+(?:agreement|accord|deal|contract|pact|settlement|offer|bid|meeting|vote|election"
    r"|referendum|report|survey|statement|announcement|ruling|decision|verdict|order|filing"
    r"|deadline|hearing|summit|visit|trip|attack|raid|strike|coup|crash|quake|earthquake"
    r"|storm|flood|fire|sale|auction|launch|merger|takeover|purchase|payment|loan|rally"
    r"|protest|letter|speech|plan|proposal|budget|cut|increase|rise|drop|decline)\b",
    re.IGNORECASE,
)
