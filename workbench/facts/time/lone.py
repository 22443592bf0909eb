"""Whether a counted unit is a length of time: "two years" is, "two years old",
"three quarters of the vote", "a second time" and "$41m a year" are not.
Used by :func:`.spans.r_duration`."""

from __future__ import annotations

import re

# a modal or wish just before "one day": "will one day be", "hopes to one day run"
MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|might|may|can|shall|should|must|to)|['’]ll)"
    r"\s+(?:(?:also|still|even|perhaps|really|surely)\s+)?$",
    re.IGNORECASE,
)


def not_a_length(
    m: re.Match, text: str, after: str, unit_tok: str, unit: str, plural: bool
) -> bool:
    """Ages, light years, shares ("three quarters of"), ordinals ("a second
    time") and nouns qualified by a unit ("three night markets")."""
    q_text = m.group("q").lower()
    if unit_tok == "day" and q_text == "one" and MODAL_BEFORE.search(text, 0, m.start()):
        return True  # "will one day be": some day in the future (:func:`.rel.r_vague`)
    if re.match(r"[\s-]*(?:old|olds)\b|\s+of\s+age\b", after, re.IGNORECASE):
        return True  # ages: "a 50-year-old", "two years old"
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if re.search(r"light[\s-]*$", before):
        return True
    if unit == "quarter" and (
        not plural
        or (
            re.match(r"\s+of\b", after)
            and not re.search(r"consecutive|straight|successive", m.group(0), re.IGNORECASE)
        )
    ):
        return True  # "three quarters of the vote", "a quarter"
    if unit_tok == "second" and q_text not in ("one", "1"):
        return True  # "a second time", "the twenty second" are ordinals
    return unit_tok == "night" and q_text not in ("one", "a", "an", "1") and "-" not in m.group(0)


def lone_unit_is_length(m: re.Match, text: str, after: str) -> bool:
    """ "a day" is a length only when hyphenated ("a day-long"), tied to what
    follows ("a day later", "a year or two") or led by a word of duration
    ("for a day", "took a year")."""
    prev = text[max(0, m.start() - 25) : m.start()]
    hyphen = "-" in m.group(0)
    tied = re.match(
        r"\s+(?:earlier|later|before|after|ago|and\s+a\s+half|or\s+(?:two|so|more"
        r"|less|longer)|long|from\s+now)\b|-long\b",
        after,
        re.IGNORECASE,
    )
    led = re.search(
        r"\b(?:for|in|within|over|after|about|around|nearly|almost|than|just"
        r"|only|half|take|takes|took|taking|taken|spent|spend|spends|lasted|last"
        r"|lasts|lasting|least)\s+$",
        prev,
        re.IGNORECASE,
    )
    return bool(hyphen or tied or led or _allowed(prev, after) or _OF_ACTIVITY.match(after))


_ALLOWED_BEFORE = re.compile(
    r"\b(?:give|gives|gave|given|giving|offer|offers|offered|allow|allows|allowed|grant|grants"
    r"|granted|has|have|had|having|get|gets|got|need|needs|needed)\s+(?:[A-Za-z][\w'’]*\s+)?"
    r"(?:only\s+|just\s+)?$"
)
# "a decade of war", "a day of mourning", "a week of talks": a length filled by something
# (not "a day of the week", "a month of which")
_OF_ACTIVITY = re.compile(
    r"\s+of\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|which|whom"
    r"|what|it|them|him|us|me|age|sundays)\b)[a-z]{3,}"
)
_TO_VERB = re.compile(r"\s+to\s+(?!(?:a|an|the|one|two|\d+|remember|forget)\b)[a-z]{2,}\b")


def _allowed(prev: str, after: str) -> bool:
    """A time allowed for something: "gave him a week to withdraw", "has a day to
    decide" (not a rate: "20 tonnes a week to hotels")."""
    return bool(_ALLOWED_BEFORE.search(prev) and _TO_VERB.match(after))
