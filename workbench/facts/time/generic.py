"""'Today' and 'tomorrow' that name an era, not a day: "in today's world", "today's
personal computers", "the people of tomorrow", "the cars of today"; and a year that
names the edition of a yearly event, not when it is held: "this year's Oscars"
(:func:`editions`); and a time in the possessive after "before" / "after", which dates
the event the preposition governs ("after last night's announcement": the announcement
is last night, the speaking after it; :func:`bounds_over_an_event`).

TimeML values them as the present or the future (MEANTIME: "at today's GM" is
``PRESENT_REF``), and the editor reads them so: "today's computers" says nothing
about the publication day, so the mention becomes a vague reference (compared
only with other vague references) instead of the day. "Today's vote", "today's
session" and "the close of today" stay the day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import TimeMention

_ERA_NOUNS = (
    r"world|society|youth|young|generation|children|kids|teenagers|families|parents"
    r"|consumers|workplace|workforce|culture|standards|era|age|times|environment|computers"
    r"|cars|technology|technologies|media|politics|economy|climate|reality|realities|army"
    r"|military|leaders|students|schools|women|men|people|audiences|readers|voters"
)
_POSSESSIVE = re.compile(
    rf"\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}(?:{_ERA_NOUNS})\b(?!['’])", re.IGNORECASE
)
_OF_BEFORE = re.compile(
    r"\b(?!(?:end|start|beginning|close|rest|remainder|morning|afternoon|evening|night|part"
    r"|events|news|results|session|trading|vote|meeting|report|statement|letter|edition"
    r"|issue|paper|decision|order)\b)[a-z]{3,}s?\s+of\s+$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:and|or)\s+")


def generic_days(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'today' / 'tomorrow' standing for the present or the future, as vague references
    ("the cars of today and tomorrow": the second follows the first)."""
    out: list[TimeMention] = []
    for m in ms:
        word = m.text.lower()
        prev = out[-1] if out else None
        joined = (
            prev is not None
            and prev.timex.endswith("_REF")
            and _AND.fullmatch(text, prev.end, m.start)
        )
        if word in ("today", "tomorrow") and (joined or _generic(text, m)):
            present = word == "today"
            m = replace(
                m,
                timex="PRESENT_REF" if present else "FUTURE_REF",
                interval=None,
                granularity="day" if present else "year",
                value="the present" if present else "the future (unspecified)",
                deictic=False,
            )
        out.append(m)
    return out


def _generic(text: str, m: TimeMention) -> bool:
    if text.startswith(("'s", "’s"), m.end):
        return bool(_POSSESSIVE.match(text, m.end + 2))  # "today's personal computers"
    return bool(_OF_BEFORE.search(text, 0, m.start))  # "the people of tomorrow"


# a yearly event or its season: what "this year's ..." may name the edition of
_EDITION_NOUNS = (
    r"Oscars|Emmys|Grammys|Tonys|Golden\s+Globes|BAFTAs|Olympics|Olympic\s+Games"
    r"|(?-i:Games|Open|Tour|Cup|Derby)|World\s+Series|Super\s+Bowl|awards?|ceremony|festival"
    r"|season|finals?|championships?|tournament|playoffs|fair|expo|carnival|contest"
    r"|competition|pageant|marathon|Grand\s+Prix|draft|regatta|show"
)
_EDITION_AFTER = re.compile(
    rf"['’]s\s+(?:[\w.-]+\s+){{0,3}}?(?:{_EDITION_NOUNS})\b(?!['’]|-)", re.IGNORECASE
)
_RELATIVE_YEAR = re.compile(r"(?:this|last|next|the\s+coming)\s+year", re.IGNORECASE)


def editions(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'This year's Oscars', 'next year's World Cup': the year names which edition
    of a yearly event, and an edition's event or season may be held in the next
    calendar year (in August 2013, "this year's Oscars" are the March 2014
    ceremony, which another report calls "next year"). The mention keeps its
    year and says so; :mod:`.compare` leaves a date in the next year unresolved
    instead of calling it a conflict."""
    out = []
    for m in ms:
        if (
            m.type == "DATE"
            and m.granularity == "year"
            and m.interval is not None
            and _RELATIVE_YEAR.fullmatch(m.text)
            and _EDITION_AFTER.match(text, m.end)
        ):
            y = m.interval[0].year
            m = replace(m, edition=True, value=f"{m.value} (an edition: may be held in {y + 1})")
        out.append(m)
    return out


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+[\w\"“]")
# "before Tuesday's vote" may be Tuesday itself, before the vote: up to the day's end;
# "after last night's announcement" from the night on
_INCLUSIVE = {"before": "by", "after": "as early as"}


# "after third-quarter profit fell", "before full-year results": a period
# written as one hyphenated word before a noun qualifies that noun (session 30,
# authored carmaker_cuts: read as 'after Q3', judged a misread)
_ATTRIBUTIVE = re.compile(r"[\w]+-[\w]+")
_NOUN_AFTER = re.compile(r"\s+(?!of\b|in\b|on\b|and\b|or\b|to\b)[a-z][\w-]*")


def _attributive(text: str, m: TimeMention) -> bool:
    return bool(_ATTRIBUTIVE.fullmatch(m.text)) and _NOUN_AFTER.match(text, m.end) is not None


def bounds_over_an_event(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'Speaking after last night's announcement', 'shares fell before Tuesday's
    vote': the preposition bounds the event ('the announcement', 'the vote') and
    the time dates that event, so the clause's own time may fall within it. The
    bound takes the time in ("from last night", "no later than Tuesday")
    instead of leaving it out ("after last night" would say the announcement was
    after last night). A period written as one hyphenated word before a noun
    ("after third-quarter profit fell") dates the event the noun names and is
    no bound at all."""
    out = []
    for m in ms:
        if (
            m.modifier in _INCLUSIVE
            and m.type in ("DATE", "TIME")
            and m.interval is not None
            and _POSSESSIVE_NOUN.match(text, m.end)
        ):
            m = replace(m, modifier=_INCLUSIVE[m.modifier])
        elif m.modifier in ("after", "before") and m.type == "DATE" and _attributive(text, m):
            # the event the noun names ("profit fell") is of that period, and the
            # preposition bounds the event, not the period
            m = replace(m, modifier=None, value=m.value.removeprefix(f"{m.modifier} "))
        out.append(m)
    return out
