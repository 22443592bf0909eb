"""What a date stamps when it is no day of the story's happening (issue 11,
session 38: "dates of different stages are not one date").

A report dates more than its happening. It stamps a state or a running figure
at a moment ("as of late Tuesday night investigators were still waiting",
"five of them were in critical condition on Tuesday afternoon", "the fire grew
from about 600 hectares on Tuesday morning", an at-a-glance box "(as of 6 p.m.
PDT Tuesday, Aug. 18)", "412mm of rain in the 24 hours to 9am on Wednesday",
"Investigators were last night trying to establish why"); it dates the moment
a happening was found out ("The fire was discovered at about 3:40 p.m.
Monday", "was first reported Monday") and the moment the first call about it
was logged ("emergency services logged the first call about the blast at
6.43am"). The DATED lexicon read none of these, or read the happening near
them ("blast": "incident"), so each was held against the day or the minute of
the happening itself, or of another stage: the readers of authored development
judged such pairs wrong (plant_explosion, wildfire, cyclone, emergency_landing).

``stamp_stage`` reads the stage from the words right before the date (a
state's or a level's words ending just where the date begins, or a verb of
finding a few words back in its clause, nothing of another clause between);
``dated_things.date_reading`` gives it where the DATED lexicon read an
incident, a contact, a telling or nothing ("as of" and a clause opening "By …"
whatever it read). Two different stages never compare (``Measure.differs``);
what was under way and a call compare with their own kind only, never with a
date whose stage its clause does not tell (``kept_alone``), while a state, a
discovery and a fire's run still do ("By Wednesday, Aug. 12, the service had 14
aircraft" / "320 personnel were assigned on Wednesday": measured, session 38).
Two discoveries still compare (the key's wrong discovery day stays found), and
two states too (the update rows decide). A stamp is named in no explanation
(``judge/pairing._named``): it keeps dates apart, and what stays compared
reads as it did.

Why it holds on events not seen: the cues are how news stamps a running
figure, a state, a discovery and an emergency call in any story; they name no
event, place or outlet.
"""

from __future__ import annotations

import re

from .attempted import ATTEMPTED
from .dated_noun import is_told
from .emerged import made_known
from .sighted import SIGHTED

STATE = "state held"  # a state or a running figure's level at a moment
GOING = "under way"  # what was going on then: an activity, a state kept, a reading's window
FOUND = "found out"  # the moment a happening was discovered or first reported
SPREAD = "spread"  # the moment a fire ran through a place or grew
CALLED = "call logged"  # the moment a call about the happening came in
KNOWN = "made known"  # the moment the story came out: "it emerged today" (emerged.py)

STAMPS = frozenset((STATE, GOING, FOUND, SPREAD, CALLED, KNOWN))
# the stages never compared with a date whose stage its clause does not tell: what
# was under way then, a call and the day a story came out are no happening's day
# told in other words
_ALONE = frozenset((GOING, CALLED, KNOWN))
# the readings of the DATED lexicon the other cues overrule: nothing, the happening
# near the date, a contact or a telling read further off ("not discovered until
# Wednesday 2 October, and the company disclosed it a week later")
_STAMPABLE = frozenset(("", "incident", "reached", "announced"))
# the stages too broad to say two dates are of one happening (the judge's broad
# stages, like an incident or a statement): many counts are stamped "as of" a day
BROAD_STAMPS = frozenset((STATE, GOING, SPREAD))

_S = r"[ \u00a0]+"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|more" + _S + r"than|over)" + _S + r")?"
_FIGURE = (
    r"[$€£]?(?:[A-Z]{1,2}\$)?\d[\d,.]*(?:[ \u00a0]*(?:million|billion|bn|m|%|per"
    + _S
    + r"cent|percent))?"
)
_ON = r"(?:(?:on|at|by|as" + _S + r"of|in" + _S + r"the|early|late)" + _S + r")*"
# a stamp of its own before a date, whatever the happening its clause tells: "as of
# late Tuesday night", "(as of 6 p.m. PDT Tuesday, Aug. 18)", and a count given by
# then, the clause opening on it: "By Wednesday evening the coast guard had
# confirmed 16 deaths", "By 10pm on Sunday, police had arrested 14 people"
_AS_OF_BEFORE = re.compile(
    r"(?:\bas" + _S + r"of|(?:^|[.;:—–][ \u00a0]*|\()by)" + _S + r"(?:[\w.:]+" + _S + r"){0,3}$",
    re.IGNORECASE,
)
# the words before a date that stamp a state or a level, ending where it begins
_STATE_BEFORE = re.compile(
    r"(?:"
    # a level a figure stood at then: "held it near 600 hectares overnight", "had
    # reached C$14.3 million by Tuesday", "stood at 31 on Monday" (not a base, "up
    # from 61.9% in 2022": the earlier figure's period, compared with its like)
    r"\b(?:(?:held|kept|contained)(?:" + _S + r"(?:it|them|the" + _S + r"\w+))?" + _S
    + r"(?:at|near|to)|(?:stood|stands|remained|was" + _S + r"put)" + _S + r"at"
    + r"|(?:had|has|have)" + _S + r"(?:reached|hit|topped))" + _S + _HEDGE + _FIGURE
    + r"(?:" + _S + r"[a-z]+){0,2}" + _S + _ON
    # a state a count is in: "were in critical condition on Tuesday afternoon",
    # "were still missing as of Friday", "remain without power"
    + r"|\b(?:is|are|was|were|remains?|remained|been)(?:" + _S + r"(?:still|said" + _S
    + r"to" + _S + r"be|listed|reported))?" + _S + r"(?:missing|unaccounted" + _S + r"for"
    + r"|in" + _S + r"hospital|in" + _S + r"(?:an?" + _S + r")?(?:critical|serious|stable|grave)"
    + _S + r"condition|without" + _S + r"(?:power|electricity|water|supply))" + _S + _ON
    + r")$",
    re.IGNORECASE,
)  # fmt: skip
# the words before a date that tell what was going on then, not a count: the end of
# a reading's window, "412mm of rain in the 24 hours to 9am on Wednesday"; a state
# kept until then, "will remain a dangerous cyclone well inland through Wednesday",
# "to hold the rate at its new level for the rest of this year" (not "expected to
# reopen before Monday": no state held)
_GOING_BEFORE = re.compile(
    r"(?:\b(?:in|over|during)" + _S + r"the" + _S + r"(?:[\w-]+" + _S + r")?(?:hours|days|weeks)"
    + _S + r"(?:to|until|up" + _S + r"to|ending)" + _S + r"(?:[\w.:]+" + _S + r"){0,2}"
    + r"|\b(?:remains?|remained|remaining|stay(?:s|ed)?|hold(?:s|ing)?|held|keep(?:s|ing)?|kept)\b"
    + r"[^,;.!?]{0,60}" + _S + r"(?:through|until|till|for(?:" + _S + r"the" + _S + r"rest"
    + _S + r"of)?)" + _S + r")$",
    re.IGNORECASE,
)  # fmt: skip
# a date between a verb "to be" and an -ing form: "Investigators were last night
# trying to establish why", "crews are this morning searching": what was going on
_BEING_BEFORE = re.compile(
    r"\b(?:is|are|was|were)" + _S + r"(?:still" + _S + r")?(?:on" + _S + r")?$", re.I
)
_ING_AFTER = re.compile(_S + r"(?:still" + _S + r")?[a-z]+ing\b")
_ING_LATER = re.compile(
    r"[^;.!?]{0,60}?\b(?:is|are|was|were)" + _S + r"(?:still" + _S + r")?[a-z]+ing\b", re.I
)
# a happening found out: "was discovered at about 3:40 p.m. Monday", "was first
# reported Monday", "discovered the breach on Oct. 2", "not discovered until"
_FOUND_BEFORE = re.compile(
    r"\b(?:discover(?:ed|y)|detected|spotted|came" + _S + r"to" + _S + r"light"
    r"|first" + _S + r"(?:reported|noticed|seen)"
    r"|found(?!" + _S + r"(?:guilty|not|that|it|to)\b))"
    r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b)[\w.:'’]+){0,7}" + _S + r"$",
    re.IGNORECASE,
)
# the first call about a happening logged: "emergency services logged the first call
# about the blast at 6.43am", "the first 911 call came in at 6:43" (not the call a
# ship or a crew in trouble sent, "sent a distress call at 21:47": the emergency)
_CALLED_BEFORE = re.compile(
    r"\b(?:(?:logged|received|took|answered|got)" + _S + r"(?:the" + _S + r")?(?:first" + _S
    + r")?(?:[\w-]+" + _S + r")?|(?:first|911|999|112)" + _S
    + r"(?:(?:911|999|112|emergency|distress)" + _S + r")?)calls?\b"
    + r"[^,;.!?]{0,60}$",
    re.IGNORECASE,
)  # fmt: skip


# a fire's run through a place or its growth: "flames burned through much of
# Harlow Springs late Tuesday", "ran through the valley on Tuesday", "the fire grew
# from about 600 hectares on Tuesday morning"; "the Tuesday on which the fire ran"
# (read where the DATED lexicon read nothing; not "swept", "tore", "raced
# through": a mudslide or a flood that "swept through the village on Tuesday" is
# the happening itself, and a blast that "tore through the plant" the incident)
_SPREAD_VERB = (
    r"(?:(?:ran|run|runs|burn(?:ed|t|s)?)" + _S + r"(?:\w+" + _S + r"){0,4}?(?:through|across"
    + r"|into)|grew|grown)\b"
)  # fmt: skip
_SPREAD_BEFORE = re.compile(
    r"\b" + _SPREAD_VERB + r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b)"
    r"[\w.:'’-]+){0,7}" + _S + r"$",
    re.IGNORECASE,
)
_SPREAD_AFTER = re.compile(
    _S + r"(?:on|in|during)" + _S + r"which(?:" + _S + r"[\w'’-]+){0,5}?" + _S + _SPREAD_VERB
    + r"|" + _S + r"(?:on|in|during)" + _S + r"which(?:" + _S + r"[\w'’-]+){0,5}?" + _S
    + r"(?:ran|burned|burnt)\b",
    re.IGNORECASE,
)  # fmt: skip


def stamp_stage(text: str, start: int, end: int, read: str = "") -> str:
    """The stage the date at ``text[start:end]`` (text: its sentence) stamps:
    ``STATE`` (a state or a level), ``GOING`` (what was under way), ``CALLED``
    (the first call), ``FOUND`` (the finding of a happening), ``SPREAD`` (its
    run through a place, only where the DATED lexicon ``read`` nothing: a blast
    that "tore through the plant early Tuesday" is the incident); "" otherwise."""
    head = text[:start]
    if made_known(head):  # "…, it emerged today, as rescuers recovered …"
        return KNOWN
    # "as of late Tuesday night investigators … were still waiting": under way
    if _AS_OF_BEFORE.search(head) and read != "rumoured":
        return GOING if _ING_LATER.match(text, end) else STATE
    if read not in _STAMPABLE:
        return ""
    if _STATE_BEFORE.search(head):
        return STATE
    if _GOING_BEFORE.search(head) or (_BEING_BEFORE.search(head) and _ING_AFTER.match(text, end)):
        return GOING
    if _CALLED_BEFORE.search(head):
        return CALLED
    if _FOUND_BEFORE.search(head):
        return FOUND
    if read:
        return ""
    return SPREAD if _SPREAD_BEFORE.search(head) or _SPREAD_AFTER.match(text, end) else ""


def kept_alone(event: str) -> bool:
    """Whether a date of this stage compares with a date of its own stage only: a
    told thing's (``dated_noun.told_dated``) or a stamp of this module."""
    return event in _ALONE or event in (ATTEMPTED, SIGHTED) or is_told(event)
