"""The day of an attempt, a plot or a threat, not the day of the deed (issue 11,
session 42, user trial 49: "an ATTEMPTED murder on June 20 vs the murder on June 24",
read as two days of one murder).

A story of a killing or an attack may date an earlier happening of the same
kind that never came off: "the attempted murder of his wife on June 20", "a plot
to kill the mayor was foiled on Monday", "Cole threatened to kill his neighbour
on May 2", "a failed bid to bomb the station last week". The DATED lexicon reads
the deed's word near the date ("murder", "kill", "bomb": the incident) and drops
the word that makes it another happening, so the day was held against the day
the deed was done.

:func:`attempt_stage` reads, in the date's clause, the word of a deed nearest
the date; when a qualifier of intent or failure governs it (a few words before
it at most: "attempted", "attempt(s) to/on", "plot(ted) to", "plan(ned) to",
"conspir(ed/acy) to", "threat(ened) to", "tried to", "bid to", "failed",
"foiled", "thwarted"), or the nearest word is the attempt's own noun or verb
("the plot was foiled on Monday"), the date dates an attempt (:data:`ATTEMPTED`).
An attempt's day compares with another attempt's day only
(``stamped.kept_alone``): two reports dating one foiled plot on two days still
conflict, and no deed's day is set against it.

Why it holds on events not seen: the qualifiers are how English tells a deed
that was meant, tried or threatened but not done, whatever the deed, the place
or the outlet; only the deed's word nearest the date counts, so "the man who
tried to flee was shot on Monday" still dates the shooting.
"""

from __future__ import annotations

import re

from .whose import clause_bounds

ATTEMPTED = "attempt, plot or threat"

_S = r"[ \u00a0]+"
# a deed a story dates: a killing, an attack, a bombing, a shooting, a robbery
_DEED = re.compile(
    r"\b(?:murder\w*|kill\w*|assassinat\w*|attack\w*|bomb\w*|shoot\w*|shot|stab\w*|"
    r"robb\w*|hijack\w*|kidnap\w*|abduct\w*|poison\w*|strangl\w*|slay\w*|slain)\b",
    re.IGNORECASE,
)
# the qualifier that makes the deed one meant, tried or threatened, right before it
_QUALIFIED = re.compile(
    r"\b(?:attempt(?:ed|s|ing)?(?:" + _S + r"(?:to|on))?|tr(?:ied|ying|ies)" + _S + r"to|"
    r"plot(?:s|ted|ting)?(?:" + _S + r"to)?|plan(?:s|ned|ning)?" + _S + r"to|"
    r"conspir(?:acy|ed|ing|es)" + _S + r"to|threat(?:s|en|ens|ened|ening)?" + _S + r"to|"
    r"threat(?:s|ened)?" + _S + r"of|bid" + _S + r"to|intent" + _S + r"to|"
    r"(?:failed|foiled|thwarted|botched|aborted|would-be|planned)(?:" + _S + r"(?:bid|"
    r"attempt|plot)" + _S + r"to)?)"
    r"(?:" + _S + r"(?!(?:and|but|when|after|before|then|was|were|is|are|been|had|has)\b)"
    r"[\w'’-]+){0,2}?" + _S + r"$",
    re.IGNORECASE,
)
# the attempt named in its own words: "the plot was foiled on Monday", "an attempt on
# his life on 3 May", "threatened the neighbour on May 2"
_OWN = re.compile(
    r"\b(?:attempt(?:ed|s)?|plot(?:s|ted)?|foiled|thwarted|threat(?:s|ened)?)\b",
    re.IGNORECASE,
)
# "an attempt on his life"
_LIFE = re.compile(
    r"\battempts?"
    + _S
    + r"on"
    + _S
    + r"(?:his|her|their|the"
    + _S
    + r"\w+'s)"
    + _S
    + r"(?:life|lives)\b",
    re.IGNORECASE,
)
# the DATED readings an attempt overrules: the deed near the date, or nothing
_OVERRULED = frozenset(("", "incident"))
_NEAR = 80  # characters either side of the date a deed's word is looked for


def _nearest_deed(text: str, lo: int, hi: int, start: int, end: int) -> re.Match[str] | None:
    """The word of a deed or of an attempt nearest the date in its clause."""
    spots = [
        m
        for rx in (_DEED, _OWN)
        for m in rx.finditer(text, max(lo, start - _NEAR), min(hi, end + _NEAR))
        if m.end() <= start or m.start() >= end
    ]
    if not spots:
        return None
    return min(spots, key=lambda m: start - m.end() if m.end() <= start else m.start() - end)


def attempt_stage(text: str, start: int, end: int, read: str = "") -> str:
    """:data:`ATTEMPTED` when the date at ``text[start:end]`` (text: its
    sentence) dates an attempt, a plot or a threat rather than the deed, where
    the DATED lexicon ``read`` the deed or nothing; "" otherwise."""
    if read not in _OVERRULED:
        return ""
    lo, hi = clause_bounds(text, start, end)
    word = _nearest_deed(text, lo, hi, start, end)
    if word is None:
        return ""
    if _OWN.fullmatch(word.group(0)):  # "a plot to kill the mayor was foiled on Monday"
        # only an attempt at a deed ("WMT's attempt to stop the strike failed last
        # Friday" is no attempt at a deed: transit_strike, authored development)
        deeds = _DEED.finditer(text, max(lo, start - _NEAR), min(hi, end + _NEAR))
        return (
            ATTEMPTED
            if any(_qualified(text, lo, d) for d in deeds)
            or _LIFE.search(text, max(lo, start - _NEAR), min(hi, end + _NEAR))
            else ""
        )
    return ATTEMPTED if _qualified(text, lo, word) else ""


def _qualified(text: str, lo: int, deed: re.Match[str]) -> bool:
    """Whether a qualifier of intent or failure governs the deed's word."""
    return bool(_QUALIFIED.search(text, max(lo, deed.start() - 60), deed.start()))
