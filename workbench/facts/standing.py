"""Counts of people who stand rather than happen: a place's population, a
company's workforce, the crowd present where something happened (issue 11,
session 30).

measure.py reads what a count counts from the happening word nearest it; a
count of those who live somewhere, work somewhere or were there names no
happening and was read as "not stated", so it met the toll: "a town of about
210,000 people" against "at least 47 killed", "employs about 168,000 people,
around 95,000 of them in Germany" against "5,000 jobs will go", "as many as
500 people were on the bridge" against "14 people" one fisherman brought out.
Such a count is a happening of its own (``Measure.event``):

- **population**: "a town of about 210,000", "a population of 1.2 million",
  "home to about 4,200 people", "3,000 people live in the valley";
- **workforce**: "employs about 168,000 people", "a workforce of 12,000",
  "9,000 people are employed at the site", and a share of either told with
  "of them" ("around 95,000 of them in Germany");
- **aboard**: the crowd on a bridge, a deck or a train, "hundreds of people
  were on it", "crowded with 300 people" (the happening measure.py already
  gives those aboard a ship or a plane).

Jobs a company cuts are read here too, as their own happening **cut** ("5,000
jobs will go", "will cut 4,000 jobs", "1,200 job cuts"): never its workforce.
"""

from __future__ import annotations

import re

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_HEDGE = (
    rf"(?:(?:about|around|some|roughly|nearly|almost|approximately|an{_S}estimated|over|"
    rf"more{_S}than|fewer{_S}than|less{_S}than|just{_S}(?:over|under)|as{_S}many{_S}as|"
    rf"up{_S}to|close{_S}to){_S})?"
)
_PLACE = (
    r"towns?|cit(?:y|ies)|villages?|suburbs?|districts?|regions?|islands?|countr(?:y|ies)|"
    r"nations?|municipalit(?:y|ies)|count(?:y|ies)|provinces?|communit(?:y|ies)|settlements?|"
    r"boroughs?|metropolis|estates?|neighbou?rhoods?|states?"
)
# Right before the figure, its clause tells a population.
_POPULATION_BEFORE = re.compile(
    rf"\b(?:(?:{_PLACE}){_S}of|populations?(?:{_S}(?:of|is|was|stands{_S}at|numbers))?|"
    rf"home{_S}to|inhabitants{_S}of|(?:is|are|was|were){_S}home{_S}to){_S}{_HEDGE}$",
    re.IGNORECASE,
)
# ... or a workforce.
_WORKFORCE_BEFORE = re.compile(
    rf"\b(?:employ(?:s|ed|ing)?|(?:work(?:{_S})?force|headcount|payroll|staff){_S}(?:of|is|was|"
    rf"stands{_S}at|numbers)){_S}{_HEDGE}$",
    re.IGNORECASE,
)
# Right after it: "3,000 people live in", "4,200 inhabitants", "9,000 people are
# employed at", "500 people were on the bridge" (not "in hospital", "in custody").
_AFTER = re.compile(
    rf"(?:{_S}(?!and\b|or\b|but\b)[\w'’-]+){{0,2}}?{_S}(?:"
    rf"(?P<population>(?:live|lived|living|reside|resided|residing)\b|inhabitants\b)"
    rf"|(?P<workforce>(?:are|is|were|was){_S}employed\b|work(?:s|ed)?{_S}(?:for|at){_S}"
    r"(?:the|its)\b)"
    rf"|(?P<aboard>(?:are|is|were|was|had{_S}been){_S}(?:still{_S})?on{_S}(?:it|them|board|"
    r"the[ \u00a0]+(?!ground\b|scene\b|way\b|phone\b|run\b|record\b)[a-z]+)\b))",
    re.IGNORECASE,
)
_AFTER_FIRST = re.compile(rf"{_S}(?:people{_S})?inhabitants\b", re.IGNORECASE)
_CROWDED = re.compile(
    rf"\b(?:crowded|packed|filled|thronged|jammed){_S}with{_S}{_HEDGE}$", re.IGNORECASE
)
# "around 95,000 of them in Germany" after a workforce or a population.
_OF_THEM = re.compile(rf"{_S}of{_S}(?:them|whom)\b", re.IGNORECASE)
_STANDING_WORDS = (
    ("workforce", re.compile(r"\b(?:employ\w*|work[ \u00a0]?force|headcount|payroll)\b", re.I)),
    ("population", re.compile(r"\b(?:populations?|inhabitants|home[ \u00a0]+to)\b", re.I)),
)


# Jobs right after the figure ("5,000 jobs", "4,000 more posts", "1,200 job cuts"),
# and a word of their loss in its clause.
_JOBS_AFTER = re.compile(
    rf"{_S}(?:[a-z-]+{_S})?(?:jobs?|posts|positions|roles|redundancies)\b", re.IGNORECASE
)
_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|ax(?:e|es|ed|ing)|shed(?:s|ding)?|slash\w*|eliminat\w*|lay(?:s|ing)?"
    r"[ \u00a0]+off|laid[ \u00a0]+off|redundan\w*|los(?:e|es|t|ing)|go|going|gone|disappear\w*)\b",
    re.IGNORECASE,
)


def standing_count(text: str, start: int, end: int, lo: int) -> str:
    """ "population", "workforce" or "aboard" when the words at the figure
    ``text[start:end]`` (its clause opening at ``lo``) count people who live,
    work or stand somewhere; "cut" for jobs cut; "" otherwise."""
    if end >= 0 and _JOBS_AFTER.match(text, end):
        _, hi = clause_bounds(text, start, end)
        if _CUT.search(text, lo, hi):
            return "cut"
    before = text[max(lo, start - 60) : start]
    if _POPULATION_BEFORE.search(before):
        return "population"
    if _WORKFORCE_BEFORE.search(before):
        return "workforce"
    if _CROWDED.search(before):
        return "aboard"
    if end < 0 or end > len(text):
        return ""
    if _AFTER_FIRST.match(text, end):
        return "population"
    after = _AFTER.match(text, end, min(len(text), end + 80))
    if after is not None:
        return next(name for name, found in after.groupdict().items() if found)
    if _OF_THEM.match(text, end):  # a share of a workforce told earlier in the sentence
        return next((name for name, rx in _STANDING_WORDS if rx.search(text, 0, start)), "")
    return ""
