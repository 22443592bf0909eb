"""'The week before last', 'the year after next', 'the weekend before last',
'Thursday before last': two units back or ahead of publication's, as 'last week' and
'next week' are one ("the weekend before last" was read as last weekend, "the week
after next" not at all). 'Thursday after next' is in :mod:`.ordinals`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..lexicon import WEEKDAY_ALT, WEEKDAY_NAMES, WEEKDAYS
from .base import Builder, Env, Val, cap, rule, v_day, v_unknown, v_weekend
from .cal import monday
from .rel import rel_unit_builder

# "last" or "next" opening a time of its own: "the week before last year's election"
_NOT_ALONE = (
    r"(?![-'’]|\s+(?:[a-z]+day|week|weekend|month|year|quarter|season|spring|summer|fall"
    r"|autumn|winter|night|time)s?\b)"
)


@rule(
    r"\b(?:the\s+)?(?P<u>week|weekend|month|year)\s+(?P<d>before\s+last|after\s+next)\b"
    + _NOT_ALONE,
    1,
    keys="week weekend month year",
)
def r_unit_before_last(m: re.Match, text: str) -> Builder | None:
    """'the week before last' (1998-W31 in a paper of 12 August 1998), 'the month
    after next' (1998-10), 'the year before last' (1996)."""
    u = m.group("u").lower()
    k = -2 if m.group("d").lower().startswith("before") else 2
    if u != "weekend":
        return rel_unit_builder(u, k, None, m.group(0))

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-WXX-WE", "weekend", m.group(0))
        return v_weekend(env.published + timedelta(days=7 * k))

    return build


@rule(
    rf"\b(?:the\s+)?(?P<wd>{WEEKDAY_ALT})\s+before\s+last\b{_NOT_ALONE}",
    1,
    keys=" ".join(WEEKDAY_NAMES[1:]).lower(),
)
def r_weekday_before_last(m: re.Match, text: str) -> Builder | None:
    """'Thursday before last': that day of the week before last week."""
    if not cap(m.group("wd")):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            return v_unknown("XXXX-XX-XX", "day", m.group(0))
        return v_day(monday(pub) - timedelta(days=14 - wd + 1), deictic=True)

    return build
