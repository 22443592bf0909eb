"""'The week before last', 'the year after next', 'the weekend before last',
'Thursday before last': two units back or ahead of publication's, as 'last week' and
'next week' are one ("the weekend before last" was read as last weekend, "the week
after next" not at all). 'Thursday after next' is in :mod:`.ordinals`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..lexicon import WEEKDAY_ALT, WEEKDAY_NAMES, WEEKDAYS
from .base import OR_DAY, Builder, Env, Val, cap, rule, v_day, v_unknown, v_weekend
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
    return _weekday_two_weeks_back(m, WEEKDAYS[m.group("wd").lower()])


@rule(
    rf"\b(?:a\s+week\s+(?:ago\s+)?last\s+(?P<wd>{WEEKDAY_ALT})\b"
    rf"|(?P<rel>last|next)\s+(?P<wd2>{WEEKDAY_ALT})\s+week"
    r"(?![-'’\w]|\s+(?:ago|earlier|before|later)\b))",
    1,
    keys=" ".join(WEEKDAY_NAMES[1:]).lower(),
)
def r_weekday_week_before_last(m: re.Match, text: str) -> Builder | None:
    """'last Thursday week', 'a week last Thursday', 'a week ago last Thursday' (session
    32): a week before last Thursday, which is the Thursday of last week - so the
    Thursday of the week before last, as 'Thursday before last' (read as 'last
    Thursday' alone, a week late); 'next Thursday week' a week after next Thursday."""
    wd = m.group("wd") or m.group("wd2")
    if not cap(wd):
        return None
    if (m.group("rel") or "").lower() == "next":
        return _weekday_after_next(m, WEEKDAYS[wd.lower()])
    return _weekday_two_weeks_back(m, WEEKDAYS[wd.lower()])


def _weekday_after_next(m: re.Match, wd: int) -> Builder:
    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            return v_unknown("XXXX-XX-XX", "day", m.group(0))
        return v_day(monday(pub) + timedelta(days=14 + wd - 1), deictic=True)

    return build


def _weekday_two_weeks_back(m: re.Match, wd: int) -> Builder:

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            return v_unknown("XXXX-XX-XX", "day", m.group(0))
        d = monday(pub) - timedelta(days=14 - wd + 1)
        return _or_recent(v_day(d, deictic=True), d, pub, wd)

    return build


def _or_recent(v: Val, d: date, pub: date, wd: int) -> Val:
    """'Thursday before last' in a paper of Sunday 14 Dec: two Thursdays back in the
    previous week's reading (4 Dec... 27 Nov, kept) or the Thursday before the one
    three days ago (4 Dec), as 'last Thursday' (:func:`.lastday.or_this_weeks`): the
    second reading rides along, so a source stating it is a question, not a
    conflict (session 32)."""
    recent = pub - timedelta(days=(pub.isoweekday() - wd - 1) % 7 + 1)
    alt = recent - timedelta(days=7)
    if alt == d or (pub - recent).days < 3:
        return v
    return replace(v, fields=(*v.fields, (OR_DAY, alt.toordinal())))


_WEEK_OFFSET = {"last": -1, "this": 0, "next": 1}


@rule(
    rf"\b(?:the\s+)?(?P<wd>{WEEKDAY_ALT})\s+of\s+(?P<rel>last|this|next)\s+week\b"
    r"(?![-'’]|\s+(?:and|or)\b)",
    1,
    keys=" ".join(WEEKDAY_NAMES[1:]).lower(),
)
def r_weekday_of_a_week(m: re.Match, text: str) -> Builder | None:
    """'Wednesday of last week', 'the Monday of next week' (session 32): one day,
    that weekday of the week named from publication's - one statement, so the week
    is not left to meet another report's day on its own."""
    if not cap(m.group("wd")):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    k = _WEEK_OFFSET[m.group("rel").lower()]

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            return v_unknown("XXXX-XX-XX", "day", m.group(0))
        return v_day(monday(pub) + timedelta(days=7 * k + wd - 1), deictic=True)

    return build
