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


# a subject just before "one day" and a verb after it: the adverb "some day" ("the hope
# he one day follow", "she one day became"), never a length of one day
_SUBJECT_BEFORE = re.compile(r"\b(?:I|you|he|she|we|they)\s+$", re.IGNORECASE)
_PAST_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|became|went|took|found|saw|came|got|made|told|left|met|began|won|wrote)\b",
    re.IGNORECASE,
)


def some_day(text: str, start: int) -> bool:
    """'one day' at ``start`` is 'some day', not a length: led by a modal or a
    wish ("will one day be", "hopes to one day run") or standing between a subject
    and its verb ("the hope he one day follow")."""
    return bool(MODAL_BEFORE.search(text, 0, start) or _SUBJECT_BEFORE.search(text, 0, start))


def some_day_ahead(text: str, start: int, end: int) -> bool:
    """'Some day' in the future: not with a past verb after it ("she one day became")."""
    return some_day(text, start) and not (
        _SUBJECT_BEFORE.search(text, 0, start) and _PAST_AFTER.match(text, end)
    )


def not_a_length(
    m: re.Match, text: str, after: str, unit_tok: str, unit: str, plural: bool
) -> bool:
    """Ages, light years, shares ("three quarters of"), ordinals ("a second
    time") and nouns qualified by a unit ("three night markets")."""
    q_text = m.group("q").lower()
    if unit_tok == "day" and q_text == "one" and some_day(text, m.start()):
        return True  # "will one day be", "he one day follow": some day (:func:`.rel.r_vague`)
    if re.match(r"[\s-]*(?:old|olds)\b|\s+of\s+age\b", after, re.IGNORECASE):
        return not _AGED_THING.match(after)  # ages: "a 50-year-old", "two years old"
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if re.search(r"light[\s-]*$", before):
        return True
    if unit == "quarter" and (
        not plural
        or (
            re.match(r"\s+of\b", after)
            and not re.search(r"consecutive|straight|successive", m.group(0), re.IGNORECASE)
            and not (q_text in _VAGUE_COUNTS and _OF_ACTIVITY.match(after))
        )
    ):
        return True  # "three quarters of the vote", "a quarter"
    if unit_tok == "second" and q_text not in ("one", "1"):
        return True  # "a second time", "the twenty second" are ordinals
    return unit_tok == "night" and q_text not in ("one", "a", "an", "1") and "-" not in m.group(0)


# "several quarters of losses" is time (no share is "several quarters of" anything)
_VAGUE_COUNTS = ("several", "a few", "few", "many", "numerous")
# the age of an arrangement or a state of affairs ("the 8-month-old truce", "a
# decade-old ban"): how long it has lasted, a length of time; a person's or a
# thing's age ("a 6-year-old", "a 30-year-old building") is not
_AGED_THING = re.compile(
    r"(?P<old>[\s-]*old)\s+(?:(?:[a-z]+[\s-]+)?(?:truce|cease-?fire|armistice|strike|war|conflict"
    r"|dispute|crisis|stand-?off|siege|blockade|embargo|boycott|ban|moratorium|freeze|lockout"
    r"|occupation|insurgency|uprising|rebellion|campaign|feud|deadlock|stalemate|impasse"
    r"|recession|slump|rally|boom|bull\s+market|bear\s+market|drought|shutdown|fight"
    r"|battle|struggle|investigation|probe|inquiry|trial|talks|negotiations|marriage"
    r"|partnership|alliance|coalition|government|regime|administration|presidency|reign"
    r"|tenure|term|rule|policy|program|programme|effort|peace|pact|accord|agreement|treaty"
    r"|deal|contract|law|record|streak|tradition|rivalry|friendship|relationship)s?)\b",
    re.IGNORECASE,
)


def aged_end(text: str, pos: int) -> int | None:
    """Where "-old" ends after a length that is an arrangement's age ("8-month-old truce")."""
    a = _AGED_THING.match(text, pos)
    return a.end("old") if a else None


def lone_unit_is_length(m: re.Match, text: str, after: str) -> bool:
    """ "a day" is a length only when hyphenated ("a day-long"), tied to what
    follows ("a day later", "a year or two", "a decade behind schedule") or led by a
    word of duration ("for a day", "took a year")."""
    prev = text[max(0, m.start() - 25) : m.start()]
    hyphen = "-" in m.group(0)
    tied = re.match(
        r"\s+(?:earlier|later|before|after|ago|behind|ahead|and\s+a\s+half|or\s+(?:two|so|more"
        r"|less|longer)|long|from\s+now)\b|-long\b",
        after,
        re.IGNORECASE,
    )
    led = re.search(
        r"\b(?:for|in|within|over|after|about|around|nearly|almost|than|just"
        r"|only|half|take|takes|took|taking|taken|spent|spend|spends|lasted|last"
        r"|lasts|lasting|least|" + _TIME_IN_A_ROLE + r")\s+$",
        prev,
        re.IGNORECASE,
    )
    whole = _WHOLE_UNIT.search(m.group(0))  # "a full week", "an entire year"
    return bool(
        hyphen or tied or led or whole or _allowed(prev, after) or _OF_ACTIVITY.match(after)
    )


# verbs that spend a time in a state or a role: "served a decade as mayor", "waited a
# week for news", "languished a year in jail" (not a rate: "earned $5 a week")
_TIME_IN_A_ROLE = (
    r"serve|serves|served|serving|wait|waits|waited|waiting|stayed|remained|lived"
    r"|languished|reigned|ruled|worked|slept|endured"
)
_WHOLE_UNIT = re.compile(r"^an?\s+(?:full|whole|entire|solid)\s+[a-z]+$", re.IGNORECASE)


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
