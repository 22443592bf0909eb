"""An age written as a length in years (issue 11, session 31): "a 31-year-old
mom", "sixty-one-year-old", "34 years old", and the ages listed before one
("68" of "68 and 48-years-old", "27" of "27 and 31 years old"); session 32:
an age in brackets after a name, "John Smith (34)", "Ms Okafor (61)", or
after "who is" ("Price, who is 34,"), and a
decade of life, "in his thirties" (quantity/decades.py reads it); session 33:
a bound on an age after "who was", "one who was under 16". Read by
``measure._role`` as the role "age", as "Unique Armstead, 32," is, so the two
ways of writing one person's age measure one thing (judge/ages_told.py)."""

from __future__ import annotations

import re

__all__ = ["subject_age", "told_age", "years_old"]

_IN_YEARS = re.compile(r"\w[ \u00a0-]*years?$")
_OLD = re.compile(r"(?:[-\u2010]|[ \u00a0]+)old\b")
_LISTED_OLD = re.compile(
    r"(?:,[ \u00a0]*\d{1,3})*,?[ \u00a0]+(?:and|or)[ \u00a0]+\d{1,3}[ \u00a0-]*years?"
    r"(?:[-\u2010]|[ \u00a0]+)old\b"
)
# "Sarah Kemp (34)", "Mr Doyle (61) and his wife (58)": a name or a person's noun
# right before the bracket, the bracket holding the figure only
_NAME_BRACKET = re.compile(r"(?:\b[A-Z][\w'’.-]+|\b(?:wife|husband|son|daughter))[ \u00a0]*\($")
_LONE = re.compile(r"\d{1,3}")
# "Daniel Price, who is 34, was charged": an age between commas after a name
_WHO_IS = re.compile(r"\b[A-Z][\w'’.-]+,[ \u00a0]+who[ \u00a0]+(?:is|was)[ \u00a0]+$")
# "one who was under 16", "pupils who are over 11", "a girl who was younger than
# 14": a bound on a person's age after "who is/was/are/were" (trial 39 read
# "under 16" as a count and held it against "dozens of children"); the figure
# bare (no unit, no noun after it), the bound word inside the mention or just
# before it. "aged under 12" measure.py already reads.
_BOUND = r"(?:under|over|below|above|younger[ \u00a0]+than|older[ \u00a0]+than)"
_WHO_WAS_BOUND = re.compile(
    r"\bwho[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:" + _BOUND + r"[ \u00a0]+)?$", re.IGNORECASE
)
_BOUND_AGE = re.compile(
    r"(?:" + _BOUND + r"[ \u00a0]+)?(?:\d{1,3}|[a-z]+(?:[ -][a-z]+)?)", re.IGNORECASE
)
_BOUND_STARTS = re.compile(_BOUND + r"[ \u00a0]", re.IGNORECASE)
_BOUND_WORDS = ("under", "over", "below", "above", "than")
# what may follow an age bound: the clause goes on or ends, no noun or unit
_AFTER_BOUND = re.compile(
    r"[ \u00a0]*(?:[.,;:)!?\u2014\u2013]|$)|[ \u00a0]+(?:at|when|and|or|but|in|on|then|"
    r"by|were|was|are|is|had|have|has|years?|died|say|said|live[sd]?|[a-z]+ed)\b",
    re.IGNORECASE,
)
# "She was 91.", "he was 34 and a father of two": a pronoun's age, the clause ending
# with it; "died at 91", "dies at 91 after a long illness" (session 35, user
# trial 41: an obituary's "She was 91." / "She was 92." never compared)
_PRONOUN_WAS = re.compile(
    r"(?<![\w'’-])(?:[Hh]e|[Ss]he)[ \u00a0]+(?:was|is|would[ \u00a0]+have[ \u00a0]+been)[ \u00a0]+$"
)
_DIED_AT = re.compile(r"\b(?i:die[sd]?|dying|passed[ \u00a0]+away)[ \u00a0]+at[ \u00a0]+$")
_AGE_ENDS = re.compile(
    r"[ \u00a0]*(?:[.,;:)!?\u2014\u2013]|$)"
    r"|[ \u00a0]+(?:when|and|at|in|on|after|following|of|from)\b"
)
_DECADE = re.compile(
    r"(?i:in)[ \u00a0]+(?i:his|her|their)[ \u00a0]+(?:[A-Za-z]+[ \u00a0-]+)?"
    r"(?:[A-Za-z]+ties|teens|\d0['’]?s)"
)


def years_old(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age in years: written
    "N-year" or "N years" before "-old" / " old", or listed before one, or a
    bare number in brackets after a name ("Sarah Kemp (34)") or set off after
    "Name, who is" ("Sarah Kemp, who is 34,"), or a decade of life ("in her
    early 40s"), or a bound after "who was" ("one who was under 16")."""
    if _IN_YEARS.search(text, start, end) and _OLD.match(text, end):
        return True
    if _DECADE.fullmatch(text, start, end):  # "a man in his thirties"
        return True
    if _age_bound(text, start, end):  # "one who was under 16"
        return True
    if subject_age(text, start, end):  # "She was 91.", "died at 91 on Saturday"
        return True
    if _LONE.fullmatch(text, start, end) and text.startswith(")", end):
        return bool(_NAME_BRACKET.search(text, max(0, start - 40), start))
    if _LONE.fullmatch(text, start, end) and text.startswith(",", end):
        return bool(_WHO_IS.search(text, max(0, start - 40), start))
    return bool(_LISTED_OLD.match(text, end))


def subject_age(text: str, start: int, end: int) -> bool:
    """Whether the bare figure at ``text[start:end]`` is the age of the person
    a story is about, told as an obituary tells it: "She was 91.", "he was 34
    and a father of two", "died at 91 on Saturday", "dies at 91"."""
    if not _LONE.fullmatch(text, start, end) or not _AGE_ENDS.match(text, end):
        return False
    before = text[max(0, start - 40) : start]
    return bool(_PRONOUN_WAS.search(before) or _DIED_AT.search(before))


def _age_bound(text: str, start: int, end: int) -> bool:
    """A bound on a person's age after "who was": "who was under 16", "who
    were over 80,", "who is younger than 14 at the time"; the bound word in
    the figure ("under 16") or just before it, and a number with nothing
    counted after it."""
    if not _BOUND_AGE.fullmatch(text, start, end) or not _AFTER_BOUND.match(text, end):
        return False
    before = _WHO_WAS_BOUND.search(text, max(0, start - 40), start)
    if before is None:
        return False
    said = before.group().rstrip().lower()
    if not (_BOUND_STARTS.match(text, start) or said.endswith(_BOUND_WORDS)):
        return False  # "who was 16" is no bound (years_old's other readings)
    return any(c.isdigit() for c in text[start:end]) or _is_number_word(text[start:end])


def _is_number_word(figure: str) -> bool:
    from .numwords import word_number

    words = _BOUND_STARTS.sub("", figure.lower()).strip()
    return word_number(words) is not None


# An age after a name, between commas: "Comeaux, 49, was in a wheelchair" (the
# comma before it is a clause break, so the whole text is searched).
_AGE = re.compile(r"\b[A-Z][\w'’.-]+,[ \u00a0]+$")
# What follows such an age: a comma, another name ("Andrew Lopez, 20 and Jon
# Cole, 24"), or a verb of one person ("Lopez, 20 was found guilty"); "In Texas,
# 20 were killed" is a count (a plural verb), and so is "Smith, 3 goals".
_AGE_AFTER = re.compile(
    r",[ \u00a0]|[ \u00a0]+(?:and[ \u00a0]+[A-Z]|(?:was|is|has|had|who|faces|pleaded|died)\b)"
)
# An age after a verb of ageing: "Teixeira will be 29 in April", "who turns 40 on
# Friday", "died at age 91" (but "will be 29 stores" is a count).
_AGE_VERB = re.compile(r"\b(?i:(?:will|would|to)[ \u00a0]+be|turn(?:s|ed|ing)?)[ \u00a0]+$")
_AGED = re.compile(r"\b(?i:aged|at[ \u00a0]+(?:the[ \u00a0]+)?age(?:[ \u00a0]+of)?)[ \u00a0]+$")
_AGE_VERB_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+(?:in|on|next|this|last|when|before|after|years?)\b"
)
# A sum, a share or a decimal is no age: "the deficit would be $2.5 billion next
# year" and "will be 40 per cent next year" are not "will be 29 in April" (session 39:
# a money flag's "what both measure" said "an age").
_NOT_AN_AGE = re.compile(
    r"[$£€¥₹%]|\d[.,]\d|(?i:million|billion|trillion|per[ \u00a0]?cent)\b|\d(?:bn|m|k)\b"
)


def told_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age told beside a name
    ("Lopez, 20, was"), after a verb of ageing ("will be 29 in April", "turns 40
    on Friday") or after "aged" / "at the age of"."""
    if _NOT_AN_AGE.search(text, start, end):
        return False
    if _AGE.search(text, max(0, start - 40), start) and _AGE_AFTER.match(text, end):
        return True
    if _AGE_VERB.search(text, max(0, start - 30), start) and _AGE_VERB_AFTER.match(text, end):
        return True
    return bool(_AGED.search(text, max(0, start - 30), start))
