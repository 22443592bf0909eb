"""A month and day without its year that a past verb dates.

"He was arrested on March 3" in a February 2009 piece, "Escalante was shot in the
head early Aug. 2 outside his home": the clause tells of something that has
happened, so the day is the latest such day up to publication (March 2008, August
2008), not the one ahead, whatever the distance. Two exceptions keep the nearer
reading (:func:`.base.pick_year` with ``soon``): the day may belong to a plan the
past verb only reports — a future auxiliary in the sentence ("said it will redeem the
shares on Oct. 31") or an infinitive between the verb and the day ("asked it to
respond by Oct. 31", "agreed to meet on March 3") — and then a day a few weeks
ahead is this year's.

A weekday written with the date ("Saturday, April 25") names the year whose day
falls on that weekday: it overrides the tense's guess when the guessed year's day is
another weekday and the adjacent year's, within half a year of publication, is the
one named. When no year near publication fits, the weekday and the date disagree:
the date is kept and the weekday written is remembered (:func:`with_weekday`), so
the comparison can say that one of the two is wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..lexicon import WEEKDAY_NAMES, words
from .base import GRANTED_RE, NEXT_YEAR_REACH_DAYS, Env, Val
from .happened import told_as_past

# "to" + a verb between the past verb and the day: the day is the infinitive's
# ("asked it to respond by Oct. 31"); not "to" + a determiner, a pronoun or a noun of
# the sentence passed ("sentenced to death on March 3", "went to the polls on Sunday").
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them"
    r"|us|me|death|life|prison|jail|court|hospital|power|office|work|school|police)\b)"
    r"[a-z]+\b[^.;:!?]*$",
    re.IGNORECASE,
)
_BOUNDS = frozenset(("to", "until", "till", "through", "by"))
# only the clause the day sits in: look back no further than a sentence break
_BACK = 70


def told_as_done(env: Env) -> bool:
    """A past verb dates the day and no plan comes between: the latest such day."""
    if env.tense != "past" or env.strong_tense() == "future" or plan_follows(env):
        return False
    if env.prev in _STARTS and _ANNOUNCED.search(env.text, max(0, env.start - 90), env.start):
        return False  # "announced a ban from March 24": the start of what was announced
    if env.prev in _BOUNDS and GRANTED_RE.search(env.text, max(0, env.start - 90), env.start):
        return False  # "the bid was extended to Nov. 16": a bound set ahead of the verb
    if _UNSETTLED.search(env.text, _sentence_start(env.text, env.start), env.start):
        return False  # "unclear whether ... can be kept", "a deadline set at June 1"
    return not _INFINITIVE.search(env.text, max(0, env.start - _BACK), env.start)


def plan_follows(env: Env) -> bool:
    """A condition right after the day or month ("a walkout from March 24 if no
    agreement is reached", "further dates in April unless the offer improves"): the
    clause tells of a plan, whatever tense the verb before it has ("has announced",
    "has not ruled out"), so the year is the nearest, not the last one past. A
    reporting verb or "that" between the two ("said on March 3 that if ...") leaves
    the day to the verb before it, and so does a new clause ("since December, and if
    ...")."""
    if env.prev in ("since", "ago", "after"):
        return False  # "since December, and if this bid succeeds": a day gone by
    return bool(_CONDITION_AFTER.match(env.text, env.end))


# the rest of the day's clause, up to "if"/"unless"/"should ... fail", with no sentence
# end, no "that" and no reporting verb between
_CONDITION_AFTER = re.compile(
    r"(?:(?!\b(?:that|said|says|told|announced|added|and|but|or|while|as)\b)[^.;:!?])"
    r"{0,40}?\b(?:if|unless|should\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:fail|collapse))\b",
    re.IGNORECASE,
)


# the start of something announced or set ("announced a walkout from March 24", "set a
# curfew starting June 2"): a plan when the day is a few weeks ahead (``soon``)
_STARTS = frozenset(("from", "starting", "beginning", "effective"))
_ANNOUNCED = re.compile(
    r"\b(?:announc|call|plann|schedul|set|named|declar|order|impos)\w*"
    r"(?:[\s,-]+(?!(?:ran|run|was|were|had|lasted|began|started|ended|took|last|ago)\b)"
    r"[\w'’-]+){0,5}\s+$",
    re.IGNORECASE,
)


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])|\n")
# Earlier in the sentence, a modal or a hedge ("it is unclear whether the tour dates can
# be kept ... the stop on November 11, maybe eliminated") or the deadline a day sets
# ("has a deadline set at June 1"): the sentence tells of a plan, not of what happened.
_UNSETTLED = re.compile(
    r"\b(?:can|could|(?-i:may)|might|maybe|perhaps|possibly|probably|whether|unclear"
    r"|uncertain|deadlines?|target(?:ed)?\s+date)\b",
    re.IGNORECASE,
)


# what may follow a day used as the clause's adverb ("shot early Aug. 2 outside his
# home", "arrested March 3 in Miami", "died Jan. 3, aged 80"): punctuation, the end,
# a preposition or a conjunction; not a noun it modifies ("the Aug. 2 vote")
_ADVERB_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)—–-]|(?:in|at|on|outside|inside|near|after|before|when|while|and"
    r"|but|during|following|from|with|by|amid|of\s+last\s+year|last\s+year)\b)",
    re.IGNORECASE,
)
_DETERMINERS = words("the a an his her its their our my your this that whose")


def no_signal_past(env: Env) -> bool:
    """A day with no preposition that the words around it put in the past."""
    return told_as_past(env.text, env.start, env.end, env.prev) or adverbial_past(env)


def adverbial_past(env: Env) -> bool:
    """A day with no preposition standing as the adverb of a past clause ("was shot
    early Aug. 2 outside his home"), not a noun's modifier ("the Aug. 2 vote")."""
    if env.prev in _DETERMINERS or env.text[: env.start].rstrip().endswith(("'s", "’s")):
        return False
    return bool(_ADVERB_AFTER.match(env.text, env.end)) and told_as_done(env)


_WEEKDAY_ABBR = {name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES[1:])}


def weekday_year(wd: str | None, y: int, mon: int, day: int, pub: date) -> int:
    """The year of the day next to ``y`` that falls on the weekday written with it,
    if that day lies within :data:`.base.NEXT_YEAR_REACH_DAYS` of publication (a day
    further off would be written with its year: the weekday is more likely wrong).
    The weekday only brings a day into its report's own year: a day read in that
    year stays there, its wrong weekday shown, not moved to a past year where the
    weekday fits ("will meet on Thursday, November 14" in April 2025, a Friday:
    never 2024; issue 11, session 34)."""
    if not wd or (k := _WEEKDAY_ABBR.get(wd[:3].lower())) is None or y == pub.year:
        return y
    for yy in (y, y - 1, y + 1):
        try:
            d = date(yy, mon, day)
        except ValueError:
            continue
        if d.weekday() == k and (yy == y or abs((d - pub).days) <= NEXT_YEAR_REACH_DAYS):
            return yy
    return y


SAID_WEEKDAY = "said_weekday"  # a field: the weekday written with a day it does not fall on


def with_weekday(v: Val | None, wd: str | None) -> Val | None:
    """A day written with a weekday it does not fall on ("Wednesday, November 12"
    of 2026, a Thursday): the day is kept, its reading says it is not that weekday,
    and the weekday written is kept as a field for the comparison."""
    if v is None or not wd or v.interval is None or v.gran != "day":
        return v
    k = _WEEKDAY_ABBR.get(wd.strip()[:3].lower())
    if k is None or v.interval[0].weekday() == k:
        return v
    said = WEEKDAY_NAMES[k + 1]
    return replace(v, value=f"{v.value}, not a {said}", fields=(*v.fields, (SAID_WEEKDAY, k)))
