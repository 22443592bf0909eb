"""The day of a telling, not of what was told (issue 11, session 27).

A day set beside a verb of saying or reporting dates that act: "On Monday, we
reported on rumors that the phone would launch in February" dates the report,
not the launch (ECB+ 42_3ecb: its Monday was held against other reports'
launch month); "Yesterday, officials explained that the bridge would reopen",
"told reporters on Friday that the fire started on Wednesday" (Friday dates
the telling, Wednesday the fire). Two readings:

- **the outlet's own report**: "we reported on Monday", "As we reported on
  Tuesday", "On Monday, we wrote that …", "as first reported Monday": the day
  of an earlier story by the outlet itself, never a stage of the story it
  reports (:data:`OWN_REPORT`);
- **a source's statement**: a fronted day whose clause opens with a speaker
  and a verb of saying ("Yesterday, officials explained that …"), or a day
  between a verb of saying and its "that" ("told reporters on Friday that",
  "explained Monday that"): the day of an announcement told in other words
  ("announced").

A passive "was reported at 3 a.m." is no telling (the fire reported then) and
"reportedly" is a hedge; both are left to the stage words of the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .happenings import SAID, told_to_act
from .nearest import nearest as _nearest
from .whose import clause_bounds

# the stage an outlet's own earlier report dates: no other report's stage
OWN_REPORT = "own report"
ANNOUNCED = "announced"

_S = r"[ \u00a0]+"
# verbs of saying and reporting, past or present (not the passive: checked apart)
_SAYING = (
    r"(?:said|says|told|tells|stated|states|explain(?:ed|s)|wrote|writes|not(?:ed|es)|"
    r"reported|reports|announced|announces|confirmed|confirms|revealed|reveals|"
    r"disclosed|discloses|declared|declares|insisted|insists|claimed|claims|warned|warns|"
    r"testified|testifies|acknowledged|acknowledges)"
)
# "we reported", "as we reported", "as first reported", "we told you", "we wrote"
_OWN = re.compile(
    rf"(?:\b(?i:we|I){_S}(?:(?i:first|previously|earlier|already|also){_S})?"
    rf"(?i:reported|wrote|told{_S}you|broke{_S}the{_S}news|revealed|noted)"
    rf"|\b(?i:as){_S}(?:(?i:first|previously|earlier){_S})?(?i:reported))\b"
)
# the speaker and the verb that open the clause after a fronted day: "officials
# explained", "the company's chief executive said", "we reported"
_SPEAKER_VERB = re.compile(
    rf"(?:(?!(?i:who|which|that|and|or|but|when|after|before|as|if)\b)[\w'’.-]+{_S}){{0,4}}?"
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    rf"(?P<verb>(?i:{_SAYING}))\b(?!{_S}(?i:missing|dead|killed|injured|wounded|stolen)\b)"
)
# a verb of saying right before the day, its "that" right after: "told reporters on
# Friday that", "explained Monday that", "said late on Thursday that"; also where
# or how it was said, between the two: "said at practice on Wednesday that", "said
# in a statement Friday that", "told the BBC on Sunday that" (session 27, ECB+
# dev2 25_ecb: 'Wednesday' was read as the day of the examination before 'and')
_WHERE_SAID = (
    rf"(?i:at|in|to|during|via|through|before|after){_S}(?:(?i:a|an|the|his|her|its|their)"
    rf"{_S})?[\w'’.-]+(?:{_S}(?!(?i:on|late|early|last|that)\b)[\w'’.-]+)?"
)
_VERB_BEFORE = re.compile(
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?P<verb>(?i:{_SAYING}))\b"
    rf"(?:{_S}(?i:reporters|journalists|the{_S}press|a{_S}news{_S}conference"
    rf"|a{_S}press{_S}conference|(?:the{_S})?[A-Z][\w'’.-]*|{_WHERE_SAID}))?"
    rf"{_S}(?:(?i:on|late|early|last){_S}){{0,2}}$"
)
_THAT_AFTER = re.compile(rf"(?:{_S}(?i:morning|afternoon|evening|night))?[ \u00a0,]+(?i:that)\b")
# "reported Monday": an own report needs only its verb before the day
_OWN_BEFORE = re.compile(rf"{_OWN.pattern}{_S}(?:(?i:on|late|early|last){_S}){{0,2}}$")


# only words of a day before it: "On Monday", "Late on Friday", "Yesterday"
_FRONTED_DAY_ONLY = re.compile(r"\s*(?:(?i:early|late)[ \u00a0]+)?(?:(?i:on|last|this)[ \u00a0]+)?")
_COMMA = re.compile(r"(?:[ \u00a0]+(?i:morning|afternoon|evening|night))?,[ \u00a0]+")


@lru_cache(maxsize=1 << 14)
def telling_dated(text: str, start: int, end: int) -> str:
    """What the day at ``text[start:end]`` dates when it dates a telling:
    :data:`OWN_REPORT` for the outlet's own report, "announced" for a source's
    statement, "" when it dates no telling (its clause's stage words decide)."""
    return _telling(text, start, end)[0]


def said_dated(text: str, start: int, end: int) -> bool:
    """Whether the day dates a telling told by a verb of saying ("explained",
    "told", "wrote") or the outlet's own report: a statement's day. A day an
    announcing verb dates ("announced today that", "confirmed on Friday that")
    is the announcement stage itself, compared as any stage is."""
    stage, verb = _telling(text, start, end)
    return stage == OWN_REPORT or (bool(stage) and not _ANNOUNCING.match(verb))


_ANNOUNCING = re.compile(r"(?i:announc|confirm|reveal|disclos)")


def _telling(text: str, start: int, end: int) -> tuple[str, str]:
    head = text[max(0, start - 60) : start]
    if m := _OWN_BEFORE.search(head):
        return OWN_REPORT, m.group(0)  # "As we reported on Tuesday", "we reported Monday that"
    after = _comma_after(text, end)
    if after > end and _FRONTED_DAY_ONLY.fullmatch(text, 0, start):
        m = _SPEAKER_VERB.match(text, after)  # "On Monday, we reported on rumors that"
        if m is not None:
            own = _OWN.search(text, after, m.end())
            return (OWN_REPORT if own else ANNOUNCED), m.group("verb")
    m = _VERB_BEFORE.search(head)
    if m is not None and _THAT_AFTER.match(text, end):
        return ANNOUNCED, m.group("verb")  # "told reporters on Friday that the fire started"
    return "", ""


def _comma_after(text: str, end: int) -> int:
    """Where the clause after a fronted day starts (past ", "), or ``end``
    when no comma follows the day ("On Monday night, " has one)."""
    m = _COMMA.match(text, end)
    return m.end() if m else end


@lru_cache(maxsize=1 << 14)
def statement_dated(text: str, start: int, end: int) -> bool:
    """Whether a date or time sits beside a speech verb in its clause ("the union
    said on Thursday", "told reporters Monday", not an order: "were told to leave"):
    it may date the same announcement another report calls 'announced' (kept
    per value: 808 calls for 177 values at 50 articles)."""
    lo, hi = clause_bounds(text, start, end)
    if said_dated(text, start, end):  # "Yesterday, officials explained that"
        return True
    return bool(_nearest(text, start, end, lo, hi, SAID, 3)) and not told_to_act(text[lo:hi])
