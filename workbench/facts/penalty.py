"""The day a penalty is passed, not the day of the conviction nor of the deed
(issue 11, session 42, user trial 49: "convicted today" against a death verdict
"on Tuesday", read as two days of one conviction).

A trial has stages: a verdict of guilt, then a sentence. Where a jury passes
the sentence (a penalty phase), news calls it a "verdict" too: "a jury returned
a death verdict on Tuesday", "a verdict of death", "a life verdict". The DATED
lexicon reads "verdict" as the conviction, so the sentencing day was held
against the day of the guilty verdict; and "was sentenced to death on Tuesday"
read the nearest word, "death", as the deed (the incident), so the sentencing
day was held against the day of the killing.

:func:`penalty_stage` gives the stage "sentenced" (the DATED name) to a date
whose clause passes a penalty close before it: "sentenced (him) to death / life
/ 30 years", "a death (or life) verdict", "a verdict of death", "recommended (or
imposed) the death penalty" - where the DATED lexicon read a conviction, the
deed or nothing. A guilty verdict ("found guilty on Monday", "convicted today",
"the verdict on Monday") keeps its own stage.

Why it holds on events not seen: these are the words any report of a sentence
uses, whatever the crime, the court or the outlet; the cue must end a few words
before the date, with no clause break between.
"""

from __future__ import annotations

import re

from .whose import clause_bounds

SENTENCED = "sentenced"  # the DATED stage of a penalty passed

_S = r"[ \u00a0]+"
_PENALTY = re.compile(
    r"\b(?:sentenc(?:ed|es|ing)(?:" + _S + r"[\w'’-]+){0,3}?" + _S + r"to" + _S
    + r"(?:death|life|(?:[\w-]+" + _S + r")?(?:years?|months?|decades?))|"
    + r"(?:death|life)" + _S + r"(?:verdicts?|sentences?)|verdicts?" + _S + r"of" + _S
    + r"(?:death|life)|(?:recommend|impos|return|hand)\w*" + _S + r"(?:a" + _S + r"|the" + _S
    + r")?(?:death" + _S + r"(?:penalty|sentence)|life" + _S + r"sentence))\b",
    re.IGNORECASE,
)  # fmt: skip
# the cue ends a few words before the date at most, or begins a few words after it
# ("A jury on Tuesday returned a verdict of death")
_CLOSE = re.compile(
    r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b)[\w.'’-]+){0,5}?" + _S
    + r"(?:(?:on|at|in|late|early|last|this)" + _S + r")*$",
    re.IGNORECASE,
)  # fmt: skip
_AFTER = re.compile(
    r"(?:" + _S + r"(?!and\b|but\b|when\b|after\b|before\b|while\b|for\b)[\w.'’-]+){0,3}?" + _S,
    re.IGNORECASE,
)  # fmt: skip
_OVERRULED = frozenset(("", "convicted", "incident"))
# a sentence served, not passed: "returned to prison in May 2005 to serve a life
# sentence", "was serving a life sentence" (tests/test_real11p_judge.py, s14)
_SERVED = re.compile(r"\bserv(?:e|es|ed|ing)" + _S + r"(?:(?:a|an|the|his|her|their)" + _S + r")?$")


def _passed(text: str, cue: re.Match) -> bool:
    return not _SERVED.search(text, max(0, cue.start() - 30), cue.start())


def penalty_stage(text: str, start: int, end: int, read: str = "") -> str:
    """The stage "sentenced" when the date at ``text[start:end]`` (text: its sentence)
    dates a penalty passed, where the DATED lexicon ``read`` a conviction, the
    deed or nothing; "" otherwise."""
    if read not in _OVERRULED:
        return ""
    lo, hi = clause_bounds(text, start, end)
    for cue in _PENALTY.finditer(text, lo, start):
        if _CLOSE.match(text, cue.end(), start) and _passed(text, cue):
            return SENTENCED
    after = _PENALTY.search(text, end, hi)
    if after is not None and _AFTER.fullmatch(text, end, after.start()) and _passed(text, after):
        return SENTENCED
    return ""
