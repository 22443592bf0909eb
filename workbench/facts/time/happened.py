"""A day that names a happening which is over by the time it is told.

A month and day, a weekday or a month written before the noun of a happening that
nobody schedules ("the Oct. 3 attack", "Monday's blast", "the Aug. 7 embassy
bombings", "his Dec. 5 arrest", "the October quake"), or of what exists once it has
been made ("the Feb. 23 accord", "the Dec. 12 ruling", "his Nov. 2 letter"), dates
that happening, and the happening has taken place: the day is the latest such day up
to publication, whatever the tense of the clause around it ("prosecutors will seek
the death penalty for the Oct. 3 bombing" in a March piece is last October's, not the
October ahead). So is the day after such a noun and "of" ("the bombing of Aug. 7",
"the massacre of March 3"; not "the attack on Monday": "will question them about the
attack on Monday" may say when the questioning is). Happenings that are planned and
announced ahead ("the Nov. 3 election", "the Jan. 1 deadline", "the Dec. 5
execution", "a general strike") keep the clause's tense; so do weather events, which
are forecast by day ("Friday's storm").
"""

from __future__ import annotations

import re

from .tense import ED_STOP, PAST_VERBS_ALT, past_verb_before

_OVER = (
    r"attacks?|(?:fire-?|car-?|suicide-?)?bombings?|blasts?|explosions?|crash(?:es)?"
    r"|shootings?|killings?|murders?|massacres?|assassinations?|slayings?|stabbings?"
    r"|ambush(?:es)?|raids?|coups?|riots?|rampage|(?:earth)?quakes?|tremors?|tsunami"
    r"|eruption|fires?|blaze|derailment|collision|accident|sinking|hijackings?"
    r"|kidnappings?|abductions?|disappearance|arrests?|deaths?|shelling|air[ -]?strikes?"
    r"|cyber-?attacks?|break-ins?|robbery|heist|escape|outbreak|spill|collapse|crackdown"
    r"|invasion|uprising|landslide|avalanche|ambushes|incursion|hacks?"
    # what exists once it has been made: a ruling, an accord, a letter
    r"|rulings?|verdicts?|accords?|agreements?|pacts?|treaty|letters?|interviews?|statements?"
)
# words that end a noun phrase before its head noun is reached
_STOP = (
    r"the|a|an|of|to|in|on|at|for|and|or|but|by|with|from|as|that|which|who|this|these"
    r"|will|would|could|should|may|might|can|must|shall|is|are|was|were|be|been|being"
    r"|has|have|had|do|does|did|not|no|than|if|when|after|before|since|until|into|over"
)
# up to two modifiers between the time and the noun ("the Aug. 7 U.S. embassy bombings")
_AFTER = re.compile(
    rf"(?:['’]s)?(?:[ \u00a0]+(?!(?:{_STOP})\b)[A-Za-z][\w.'’-]*){{0,2}}?[ \u00a0]+(?:{_OVER})\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(?:the|an?|its|his|her|their|this|that|last)[ \u00a0]+(?:[A-Za-z][\w.'’-]*[ \u00a0]+)?"
    rf"(?:{_OVER})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)


# the subject of its clause, the happening with its day right after it and no "on" ("The
# ruling Wednesday means the trial will proceed", "The decision Wednesday could delay
# the project", "The move Monday is expected to lift shares"): what the clause says next
# is its consequence, the day is the happening's
_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)(?:the|an?|its|his|her|their)[ \u00a0]+(?:[A-Za-z][\w.'’-]*[ \u00a0]+)?"
    rf"(?:{_OVER}|decisions?|moves?|announcements?|resignations?)[ \u00a0]+$",
    re.IGNORECASE,
)


def names_a_happening_over(text: str, start: int, end: int) -> bool:
    """The time at text[start:end] dates a happening told as having taken place."""
    if _AFTER.match(text, end) or _SUBJECT.search(text, max(0, start - 60), start):
        return True
    return bool(_BEFORE.search(text, max(0, start - 60), start))


# A month and day with no preposition told as past by what is around it (a day that the
# clause's tense would otherwise not move from publication's year):
# - "last" before it ("since last Dec. 20", "signed last Sept. 5"): the latest such day;
# - "took place" before it ("the talks, which took place Sept. 5"), as any past verb
#   right before it (:func:`.tense.past_verb_before`);
# - the day heads a subject whose own verb follows in the past ("the Dec. 20 meeting
#   ended without agreement", "turnout in the Dec. 20 poll was low", "results of the
#   Dec. 20 vote were announced"): what the subject names is over, unless the verb says
#   it was moved or called off ("the Dec. 20 vote was postponed": it may lie ahead).
_PLAN_CHANGE = (
    r"postponed|delayed|cancell?ed|called|put|pushed|moved|rescheduled|extended|set"
    r"|scheduled|planned|expected|due|announced|brought|advanced|deferred|suspended"
    r"|adjourned|confirmed|approved|likely|unlikely|going|supposed|meant|intended|to|not"
    r"|still|also|now|being"
)
_PAST_AFTER_SUBJECT = re.compile(
    rf"(?:['’]s)?(?:[ \u00a0]+(?!(?:{_STOP})\b)[A-Za-z][\w.'’-]*){{1,3}}?[ \u00a0]+"
    rf"(?:(?:was|were)\b(?![ \u00a0]+(?:{_PLAN_CHANGE})\b)"
    rf"|(?!(?:{_PLAN_CHANGE})\b)(?:[a-z]{{3,}}ed|{PAST_VERBS_ALT})\b"
    r"(?![ \u00a0]+(?:to|for|off)\b))",
)
_TOOK_PLACE = re.compile(r"\b(?:took|taken)[ \u00a0]+place[ \u00a0]+$", re.IGNORECASE)


def told_as_past(text: str, start: int, end: int, prev: str) -> bool:
    """A month and day without a preposition that the words around it put in the past."""
    if prev in ("last", "past") or past_verb_before(text, start):
        return True
    if _TOOK_PLACE.search(text, max(0, start - 20), start):
        return True
    m = _PAST_AFTER_SUBJECT.match(text, end)
    if not m or m.group().split()[-1].lower() in ED_STOP:
        return False
    # reported speech shifts "is" back ("he said the Dec. 20 vote was a test"): the copula
    # after a reporting verb may tell of a day ahead
    was = m.group().split()[-1].lower() in ("was", "were")
    return not (was and _REPORTED.search(text, max(0, start - 80), start))


_REPORTED = re.compile(
    r"\b(?:said|says|say|told|added|stated|insisted|argued|warned|believed?s?|thought|knew"
    r"|announced|predicted|suggested|acknowledged|noted)\b[^.;:!?]*$",
    re.IGNORECASE,
)
