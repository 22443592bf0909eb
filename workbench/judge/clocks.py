"""The game clock of a record falling (issue 11, session 26): reports of a
record-breaking game state the moment it fell in sentences about different
things ("Tyler Hansbrough broke Phil Ford's 30-year hold on the all-time
scoring record … with 7:41 left in the 1st half" / "with 7:42 remaining in the
first half …, Tyler Hansbrough became UNC's all-time leading scorer"): one
moment of one game, which alignment never pairs. ``story.py`` keys such a
clock by the period it is in and compares it across articles as a key figure.

Read only where the sentence states it firmly: a game clock with the time
left in a named period right after it ("7:41 left in the 1st half", "2:10
remaining in the third quarter") in a clause that tells a record falling
("broke … record", "set a … record", "became … all-time leading scorer"); a
record tied ("tied Ford on a jumper with 14:05 left") is another moment, keyed
apart, and a sentence telling both gives no key.
An article telling two clocks of a record in one period gives none
(``story.key_figures``); a clock of any other play is no key (judge/plays.py
keeps plays apart in aligned sentences).
"""

from __future__ import annotations

import re

from ..model import Claim, Fact

CLOCK = "record clock:"  # the key of a record's moment: "record clock:broken, first half"

_S = r"\s+"
_ORDINAL = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
_LEFT = re.compile(
    rf"{_S}(?:left|remaining|to{_S}(?:go|play)){_S}in{_S}the{_S}"
    rf"(first|1st|second|2nd|third|3rd|fourth|4th|final){_S}(half|quarter|period)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d\d(?:\.\d)?")
_NEAR_RECORD = r"\b[^.;!?]{0,80}?\brecord\b"
# a record broken or set, and a record tied: two moments of one game ("Hansbrough
# tied Ford on a jumper … 14:05" / "broke the record … 7:41")
_BROKE = re.compile(
    r"\b(?:br(?:oke|eaks?|eaking|oken)|set(?:s|ting)?|eclips\w*|surpass\w*|pass(?:ed|es|ing))"
    rf"{_NEAR_RECORD}"
    r"|\bbec(?:ame|omes?|oming)\b[^.;!?]{0,40}?\ball[ -]time[ -](?:leading|top)[ -]\w+",
    re.IGNORECASE,
)
# not "tied the game with 2:10 left": a score tied is no record
_TIED = re.compile(rf"\b(?:tie[sd]|tying|equall?(?:ed|ing|s)){_NEAR_RECORD}", re.IGNORECASE)


# Where a play's clause ends inside a sentence (as judge/plays.py reads it): "tied
# Ford … with 14:05 left in the first half, then set the record … with 7:41 to go"
_BREAK = re.compile(
    r";|\s(?:before|after|while|then|until|but)\s|,\s+and\s|\sand\s+then\s", re.IGNORECASE
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause of a sentence a clock stands in."""
    before = [m.end() for m in _BREAK.finditer(text, 0, start)]
    after = _BREAK.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def record_clock(claim: Claim, f: Fact) -> str:
    """The moment and period ("broken, first half"; "tied, second half") of a
    game clock at which the sentence tells a record broken or tied, or "" when
    it is no such clock."""
    if f.kind != "duration" or f.mention is None:
        return ""
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    if not _CLOCK.fullmatch(text[s:e].strip()):
        return ""
    left = _LEFT.match(text, e)
    clause = _clause(text, s, e)
    broke, tied = bool(_BROKE.search(clause)), bool(_TIED.search(clause))
    if left is None or broke == tied:  # no record, or a tie and a break in one sentence
        return ""
    nth = left.group(1).lower()
    moment = "broken" if broke else "tied"
    return f"{moment}, {_ORDINAL.get(nth, nth)} {left.group(2).lower()}"
