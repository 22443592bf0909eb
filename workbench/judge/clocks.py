"""The game clock of a record falling (issue 11, session 26): reports of a
record-breaking game state the moment it fell in sentences about different
things ("Tyler Hansbrough broke Phil Ford's 30-year hold on the all-time
scoring record … with 7:41 left in the 1st half" / "with 7:42 remaining in the
first half …, Tyler Hansbrough became UNC's all-time leading scorer"): one
moment of one game, which alignment never pairs. ``story.py`` keys such a
clock by the period it is in and compares it across articles as a key figure.

Read only where the sentence states it firmly: a game clock with the time
left in a named period right after it ("7:41 left in the 1st half", "2:10
remaining in the third quarter") in a sentence that tells a record falling
("broke … record", "set a … record", "became … all-time leading scorer").
An article telling two clocks of a record in one period gives none
(``story.key_figures``); a clock of any other play is no key (judge/plays.py
keeps plays apart in aligned sentences).
"""

from __future__ import annotations

import re

from ..model import Claim, Fact

CLOCK = "record clock:"  # the key of the moment a record fell: "record clock:first half"

_S = r"\s+"
_ORDINAL = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
_LEFT = re.compile(
    rf"{_S}(?:left|remaining|to{_S}(?:go|play)){_S}in{_S}the{_S}"
    rf"(first|1st|second|2nd|third|3rd|fourth|4th|final){_S}(half|quarter|period)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d\d(?:\.\d)?")
_RECORD = re.compile(
    r"\b(?:br(?:oke|eaks?|eaking|oken)|set(?:s|ting)?|tie[sd]|tying|equall?ed|eclips\w*|"
    r"surpass\w*|pass(?:ed|es|ing))\b[^.;!?]{0,80}?\brecord\b"
    r"|\bbec(?:ame|omes?|oming)\b[^.;!?]{0,40}?\ball[ -]time[ -](?:leading|top)[ -]\w+",
    re.IGNORECASE,
)


def record_clock(claim: Claim, f: Fact) -> str:
    """The period ("first half") of a game clock at which the sentence tells
    a record falling, or "" when it is no such clock."""
    if f.kind != "duration" or f.mention is None:
        return ""
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    if not _CLOCK.fullmatch(text[s:e].strip()):
        return ""
    left = _LEFT.match(text, e)
    if left is None or not _RECORD.search(text):
        return ""
    nth = left.group(1).lower()
    return f"{_ORDINAL.get(nth, nth)} {left.group(2).lower()}"
