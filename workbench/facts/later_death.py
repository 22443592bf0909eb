"""A day that dates a death after the incident, not the incident (issue 11,
session 37: "different happenings paired").

A story of an explosion, a crush or a crash dates the incident ("killed two
workers Tuesday") and, days later, the deaths of those hurt in it ("a third
worker died in hospital last Thursday", "three more people had died over the
course of Monday", "succumbed to her injuries on Sunday") or the toll's rise
("the number killed rose to 31 last night"). The DATED lexicon reads every
death as the stage "incident", so the day of a later death was held against
the day of the incident: a conflict two reports never had (authored
development plant_explosion, stadium_crush: seven wrong flags).

``later_death`` reads the cue of a later death around a date, in its clause:
a death in a hospital or a burns unit, a death of one's injuries, a death told
as later or as further ("more", "another"); and the cue of a toll that rose.
The date must sit inside the cue (a death's), close after it or just before
its verb; a possessive day ("Saturday's crush") dates its noun, never the
rise. Read as the stage ``LATER_DEATH`` or ``TOLL_ROSE`` (the moment a tally
was told: "rose to 31 last night" and "three more died on Monday" are two
moments) by ``dated_things.date_reading``, only where the DATED lexicon read
"incident" or nothing; the row ``different_happenings`` then keeps it from the
incident's day, and two later deaths' days still compare.

Why it holds on events not seen: the cues are the ways news tells a death
after the incident, in any story with a toll; they name no event, place or
outlet.
"""

from __future__ import annotations

import re

from .whose import clause_bounds

LATER_DEATH = "died later"
TOLL_ROSE = "toll rose"

_S = r"[ \u00a0]+"
_W = r"[\w'’.,-]+"
# a death in a place of care: "died in hospital", "died yesterday afternoon at the
# burn unit in Hamilton", "died at Mercy General Hospital" (not "at the scene")
_IN_CARE = (
    r"\b(?:died|dies|death)\b(?:" + _S + _W + r"){0,4}?" + _S + r"(?:in|at)" + _S
    + r"(?:(?:the|a|an|[A-Z][\w'’.-]*)" + _S + r"){0,3}?"
    + r"(?:burns?" + _S + r"units?|intensive" + _S + r"care|trauma" + _S
    + r"(?:centre|center|unit)|(?P<care>hospitals?|medical" + _S + r"(?:centre|center)|"
    + r"infirmary|clinic))\b"
)  # fmt: skip
# a death in a hospital is a later one only beside a word of those hurt or of a
# further death ("a third worker died in hospital", "three more died in
# hospital"); "the actor died at a hospital in Lyon after a stroke" is the death
_HURT = re.compile(
    r"\b(?:third|fourth|fifth|sixth|another|more|further|later|since|subsequently|"
    r"injur\w*|wound\w*|hurt|burn(?:s|ed)?|victims?|survivors?)\b",
    re.IGNORECASE,
)
# a death of one's injuries: "died of his injuries", "succumbed to her wounds"
_OF_INJURIES = (
    r"\b(?:died|dies|succumb(?:ed|s)?)\b(?:" + _S + _W + r"){0,4}?" + _S + r"(?:of|from|to)"
    + _S + r"(?:(?:his|her|their|the|its)" + _S + r")?(?:injuries|wounds|burns)\b"
)  # fmt: skip
# a death told as later or further: "later died", "died later", "three more people
# had died", "another victim died", "a further two have since died"
_LATER = (
    r"\b(?:later|since|subsequently)" + _S + r"(?:died|succumbed)\b|\bdied" + _S + r"later\b"
    r"|\b(?:more|further|another)" + _S + r"(?:[\w-]+" + _S + r"){0,2}?"
    r"(?:(?:had|have|has)" + _S + r")?(?:since" + _S + r")?(?:died|succumbed)\b"
)
# a toll that rose: "the death toll rose to 31", "the number of people killed in
# the crush climbed to 34"
_TOLL_ROSE = (
    r"\b(?:toll|number" + _S + r"of" + _S + r"(?:people|dead|deaths|victims|those))\b"
    r"[^.;:!?]{0,90}?" + _S + r"(?:(?:has|had)" + _S + r")?"
    r"(?:rose|risen|climbed|jumped|increased|grew|reached|rises|climbs)\b"
)
_CUE = re.compile("|".join((_IN_CARE, _OF_INJURIES, _LATER)), re.IGNORECASE)
_ROSE = re.compile(_TOLL_ROSE, re.IGNORECASE)
# how far past a cue's end, or before its start, a date may stand and date it
_AFTER, _BEFORE = 45, 30
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# a cue opening on the death itself: only then may the date stand inside it ("the
# toll from the crush on Saturday rose to 31": Saturday dates the crush)
_DEATH = re.compile(r"(?:died|dies|death)\b", re.IGNORECASE)


def later_death(text: str, start: int, end: int) -> str:
    """``LATER_DEATH`` when the date at ``text[start:end]`` (text: its sentence)
    dates a death after the incident, ``TOLL_ROSE`` when it dates the toll's
    rise (a moment of the tally: "rose to 31 last night" / "three more died on
    Monday" are two moments), "" otherwise: a cue (see the module) in its
    clause, the date inside it, right after it or just before it."""
    if _POSSESSIVE_AFTER.match(text, end):
        return ""  # "Saturday's crush": the day of the noun
    if _reaches(_ROSE, text, start, end):
        return TOLL_ROSE
    return LATER_DEATH if _reaches(_CUE, text, start, end) else ""


def _reaches(cue: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a match of ``cue`` dated by the date at ``text[start:end]``."""
    lo, hi = clause_bounds(text, start, end)
    # a fronted day reaches the clause after it: "On Monday, three more died"
    lo, hi = max(0, min(lo, start - _BEFORE - 20)), max(hi, min(len(text), end + 200))
    for m in cue.finditer(text, lo, hi):
        if m.groupdict().get("care") and not _HURT.search(text):
            continue  # died in hospital, no one hurt and no further death told
        if m.start() <= start and end <= m.end() and _DEATH.match(text, m.start()):
            return True  # "died yesterday afternoon at the burn unit"
        if m.end() <= start <= m.end() + _AFTER and not _STOP_AFTER.search(text, m.end(), start):
            return True  # "died in hospital over the course of Monday"
        if m.start() - _BEFORE <= end <= m.start() and not _STOP_BEFORE.search(
            text, end, m.start()
        ):
            return True  # "On Monday, three more people died"
    return False


# what ends the reach of a cue to a date after it: a clause break, or a clause of
# another happening ("died … at the burn unit where he was flown on Tuesday")
_STOP_AFTER = re.compile(r"[,.;:!?]|\b(?:where|when|after|before|who|which|while|and|but)\b")
_STOP_BEFORE = re.compile(r"[.;:!?]|\b(?:and|but|when|after|before|while)\b")
