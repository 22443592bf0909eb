"""Whose figure, when a sentence is about a named person: the person slot.

"On Friday, 36-year-old Duncan Rait died after slipping …" and "Robert
Buckley, 32, died while climbing … on Saturday" date two deaths. A pair-level
flag compared the two days, and the finding holding it listed Rait's day and
Buckley's as versions of one date, with a third version, "the weekend", of
Buckley's death (user trial 40: a needs-correction recorded on twelve pairs,
unrelated ones among them). A finding's versions are one thing's: figures of
sentences about different people are not.

A person is a name the sentence marks as a person's, not merely a capitalised
run (a place, "Mount Sefton", a team): a name beside an age ("36-year-old
Duncan Rait", "Robert Buckley, 32,", "Anna Kovacs (41)") or after a courtesy
title ("Mr Buckley", "Mrs Okafor"). A name that speaks ("said Inspector Dave
Gaskin", "Gaskin told reporters") reports the figure and is left out: the
speaker is not whose the figure is. Two sides are about different people only
when both sentences name one, no surname of one is alike a surname of the
other ("Rait" / "Raite": one person spelt two ways), and neither sentence
names the other's surname anywhere ("Mr Buckley's death came a day after
Duncan Raite died" names both: no telling). When either sentence names no one,
the ages tell: "A 36-year-old man died on Friday" is not "Robert Buckley, 32",
more than two years apart (one person's age told 31 and 32 is one person).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache

# kinds whose sides are a figure of something (a quote or a name is not)
PERSONAL_KINDS = frozenset(
    {"number", "percent", "quantity", "money", "duration", "date", "time", "set"}
)

_CAP = r"[A-Z][\w'’-]*"
_RUN = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ \u00a0]+{_CAP})*")
# an age just before the name, or a word or two between ("27-year-old Welsh rider")
_AGE_BEFORE = re.compile(
    r"\b\d{1,3}[- \u00a0]years?[- \u00a0]old(?:[ \u00a0]+[\w'’-]+){0,2}[ \u00a0]+$", re.I
)
_AGE_AFTER = re.compile(r"^(?:,[ \u00a0]*\d{1,3}(?=[,; \u00a0])|[ \u00a0]*\(\d{1,3}\))")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?$")
_SPEAKS_AFTER = re.compile(
    r"^[,]?[ \u00a0]*(?:said|says|told|added|explained|confirmed|stated)\b", re.I
)
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|told|according[ \u00a0]+to)[ \u00a0]+$", re.I)
# capitalised words that open a run but name no one: a sentence's first word,
# a day or month, a demonym before the name ("Englishman Robert Buckley")
_NOT_NAME = frozenset(
    re.findall(
        r"\w+",
        "the a an on in at by yesterday today last this monday tuesday wednesday thursday "
        "friday saturday sunday january february march april may june july august september "
        "october november december englishman englishwoman briton american australian "
        "british new zealander canadian irishman scot",
    )
)


def _words(run: str) -> list[str]:
    out = [re.sub(r"['’]s?$", "", w).lower() for w in run.split()]
    while out and out[0] in _NOT_NAME:
        out = out[1:]
    return out


@lru_cache(maxsize=4096)
def people(text: str) -> frozenset[str]:
    """The surnames (lower case) of the people ``text`` names as people: beside
    an age or after a courtesy title, never as a speaker."""
    found = set()
    for m in _RUN.finditer(text):
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 30]
        if _SPEAKS_AFTER.match(after) or _SPEAKS_BEFORE.search(before):
            continue
        parts = m.group(0).split()
        titled = len(parts) > 1 and bool(_TITLE.match(parts[0]))
        words = _words(" ".join(parts[1:]) if titled else m.group(0))
        if not words:
            continue
        aged = bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(after))
        if titled or (aged and len(words) >= 2):
            found.add(words[-1])
    return frozenset(found)


# an age two reports give one person may be a year or two apart (a birthday, a
# slip); further apart, two ages are two people
_AGE_SLIP = 2


def _alike(x: str, y: str) -> bool:
    """One surname, perhaps spelt two ways ("rait" / "raite", "grieve" /
    "greive")."""
    if x == y:
        return True
    if min(len(x), len(y)) < 4:
        return False
    return x.startswith(y) or y.startswith(x) or SequenceMatcher(None, x, y).ratio() >= 0.8


def _names(surname: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(surname)}", text, re.I) is not None


_AGE = re.compile(
    r"\b(\d{1,3})[- \u00a0]years?[- \u00a0]old\b|(?<=[A-Za-z’'],[ \u00a0])(\d{1,3})(?=,)", re.I
)


def ages(text: str) -> frozenset[int]:
    """The ages ``text`` gives: "a 36-year-old man", "Robert Buckley, 32,"."""
    return frozenset(int(m.group(1) or m.group(2)) for m in _AGE.finditer(text))


def differ(text_a: str, text_b: str) -> bool:
    """Two sentences about different people (see above): named people none
    alike, or, when either names none, ages years apart ("A 36-year-old man
    died on Friday" / "Robert Buckley, 32, died on Saturday"; an age told 31
    and 32 may be one person's)."""
    a, b = people(text_a), people(text_b)
    if a and b:
        if any(_alike(x, y) for x in a for y in b):
            return False
        return not any(_names(x, text_b) for x in a) and not any(_names(y, text_a) for y in b)
    if any(_names(x, text_b) for x in a) or any(_names(y, text_a) for y in b):
        return False
    old_a, old_b = ages(text_a), ages(text_b)
    return bool(old_a and old_b) and all(abs(x - y) > _AGE_SLIP for x in old_a for y in old_b)


def persons_apart(text_of: Callable[[tuple[str, int, int]], tuple[str, str]]) -> Callable:
    """Whether two places are figures of sentences about different people;
    ``text_of``: a place's kind and its sentence ("" when unknown)."""

    def apart(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
        (kind_a, text_a), (kind_b, text_b) = text_of(a), text_of(b)
        if kind_a not in PERSONAL_KINDS or kind_b not in PERSONAL_KINDS:
            return False
        return bool(text_a) and bool(text_b) and differ(text_a, text_b)

    return apart
