"""The happening a count's own counted noun tells, read before its clause's
(issue 11, session 27).

measure.py read what a count counts from the nearest happening word of its
clause; a count whose noun says what it counts took a word meant for
another figure: "letting off 13 shots in Horton's death" was read as a
count of the killed (from "death") and never met "12 shots were fired". A
count of shots, bullets or rounds of ammunition counts what was fired, what
hit someone, or what was seized, whatever casualty word stands near:

- **hit**: the clause tells the shots striking someone or something ("three
  bullets struck him", "hit by four bullets", "riddled with 20 bullets",
  "13 bullets in his body");
- **seized**: found, seized, recovered or handed over ("200 rounds of
  ammunition were seized", "police recovered 150 rounds");
- **fired**: otherwise ("12 shots were fired", "fired 30 rounds", "sprayed 13
  bullets", "letting off 13 shots").

Counts of such different things (shots fired / bullets that hit him / rounds
seized) are different happenings (``Measure.differs``), and a count of shots
never meets a count of the dead. A bare number, "the dead", "casualties"
still take their clause's happening (measure.py). "Shots" and "rounds" are
read so only near a word of guns ("shooting", "fired", "gunman", "police"):
"12 shots on goal" and "four rounds of golf" count no gunfire.
"""

from __future__ import annotations

import re

from .nearest import nearest

_S = r"[ \u00a0]+"
# The counted noun right after the figure, past up to two modifiers ("13 stray
# bullets", "200 live rounds of ammunition", "12 more shots"), or "N of the X".
_NOUN_AFTER = re.compile(
    rf"(?:[ \u00a0-]+(?!of\b|and\b|in\b|to\b|at\b)[A-Za-z][\w’'-]*){{0,2}}?{_S}"
    rf"(?:(?:of|from){_S}(?:the|these|those|his|her|their){_S})?"
    r"(?P<noun>(?:gun)?shots?|bullets?|rounds?|cartridges?|shell[ \u00a0]+casings?)\b",
    re.IGNORECASE,
)
# A role noun made of a happening's verb, the figure's own counted noun: those doing
# it, not those it happened to - "150 rescuers on the mountain", "300 rescue workers"
# are the searchers, never "220 rescued" (session 34, issue 11). "Rescuers pulled 17
# survivors out" still counts the rescued: the role noun is the subject there.
_ROLE_AFTER = re.compile(
    rf"(?:[ \u00a0-]+(?!of\b|and\b|in\b|to\b|at\b|were\b|was\b)[A-Za-z][\w’'-]*){{0,2}}?{_S}"
    r"(?:rescuers|rescue[ \u00a0]+(?:workers|teams|crews|personnel|volunteers|squads|units|"
    r"specialists|staff))\b",
    re.IGNORECASE,
)
# A figure with a unit or a currency of its own ("9-mm", "7.62mm", "$300").
_MEASURED = re.compile(r"\d[ \u00a0-]?[A-Za-z%]|[$€£¥]")
# Ammunition nouns that are gunfire wherever they stand.
_ALWAYS = re.compile(r"(?:gunshots?|bullets?|cartridges?|shell[ \u00a0]+casings?)$", re.I)
# Words of guns in the sentence: what makes "shots" and "rounds" gunfire.
_GUNS = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|gun\w*|shoot\w*|rifles?|pistols?|revolvers?|handguns?|"
    r"weapons?|ammunition|ammo|bullets?|sprayed|let(?:ting)?[ \u00a0]+off|police|"
    r"officers?|attack\w*|murder\w*|killed|wounded|sniper\w*|troops|soldiers)\b",
    re.IGNORECASE,
)
# Words of sport, where shots and rounds are tries and stages of play.
_SPORT = re.compile(
    r"\b(?:goals?|goalkeeper|keeper|basket\w*|field[ \u00a0-]+goals?|three-pointers?|"
    r"free[ \u00a0]+throws?|golf\w*|birdies?|bogeys?|par|putts?|holes?|knock\w*[ \u00a0]+out|"
    r"bout|fight|boxing|round[ \u00a0]+of[ \u00a0]+(?:talks|funding|voting|negotiations)|"
    r"draft|playoffs?|tournament|on[ \u00a0]+target)\b",
    re.IGNORECASE,
)
# What the shots did, as a word of the clause (nearest.nearest reads the nearest).
_DID = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        (
            "hit",
            r"(?:hit|hits|struck|strik(?:e|es|ing)|riddled|pierc\w*|lodged)\b"
            r"|in[ \u00a0]+(?:his|her|their|the)[ \u00a0]+(?:body|bodies|chest|head|back|torso)\b",
        ),
        (
            "seized",
            r"(?:seiz\w*|recover\w*|confiscat\w*|found|discover\w*|stockpil\w*|stash\w*|"
            r"cache|haul|handed[ \u00a0]+(?:over|in)|surrender\w*|stolen)\b",
        ),
        (
            "fired",
            r"(?:fir(?:e|ed|es|ing)|sprayed|spraying|let(?:ting)?[ \u00a0]+off|unleash\w*|"
            r"emptied|rang[ \u00a0]+out|ringing[ \u00a0]+out|shot|shoot\w*)\b",
        ),
    )
)
# "hit by four bullets", "riddled with 20 bullets", "killed by three bullets":
# the passive of hitting right before the figure, whatever follows the noun.
_HIT_BY = re.compile(
    r"\b(?:hit|struck|riddled|wounded|pierced|killed|felled|injured)[ \u00a0]+(?:by|with)[ \u00a0]+"
    r"(?:(?:at[ \u00a0]+least|about|some|up[ \u00a0]+to|as[ \u00a0]+many[ \u00a0]+as)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def counted_happening(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The happening the counted noun right after the figure ``text[start:end]``
    tells ("hit", "seized", "fired"), read within the clause ``text[lo:hi]``;
    "" when the noun tells none (most nouns: their clause says)."""
    if _MEASURED.search(text, start, end):
        return ""  # a measure, not a count: "12 9-mm shell casings" is of a calibre
    if _ROLE_AFTER.match(text, end, hi):
        return "rescuers"
    m = _NOUN_AFTER.match(text, end, hi)
    if m is None:
        return ""
    noun = m["noun"]
    if not _ALWAYS.match(noun) and (not _GUNS.search(text) or _SPORT.search(text)):
        return ""
    if noun.lower().startswith("round") and not _GUNS.search(text, lo, hi):
        return ""  # "two rounds" in a sentence of guns, but its clause tells none
    if _HIT_BY.search(text, max(lo, start - 40), start):
        return "hit"
    return nearest(text, start, m.end(), lo, hi, _DID, 6) or "fired"
