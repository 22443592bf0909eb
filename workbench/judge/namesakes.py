"""Two people who share a surname are two owners (issue 11, cause 4; session 42,
user trial 49): "Kathryn Jenkin, 20" and "John Jenkin, 23" are a sister's and a
brother's ages, not one age told twice; "Tom Curran took four wickets" and "Sam
Curran took three wickets" are two brothers' figures. A bare surname ("Jenkin,
23", "Mr Jenkin") is read as the full name its own sentence ties it to: the
nearest one with that surname before it. A sentence that names two people of
that surname and ties the bare one to neither leaves it no one's: it is not
held against either's figure.

Read by judge/why_apart.py as "owner" (row ``different_owners``)."""

from __future__ import annotations

import re

from ..facts.whose import clause_bounds
from .aged_apposed import TITLES
from .ages import age_of
from .titles import same_given

# A run of capitalised words: a name ("Kathryn Jenkin", "Mr Jenkin", "Jenkin").
_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)*")
# Capitalised words that open a sentence without naming anyone.
_NOT_NAMES = frozenset(
    (
        *("his", "her", "their", "its", "the", "a", "an", "he", "she", "they", "it", "but"),
        *("and", "on", "in", "at", "after", "before", "when", "police", "officers"),
    )
)
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "mx"))
_NOT_GIVEN = TITLES | _HONORIFICS
# Words that may stand before the subject's name in its clause: "His brother
# Mark Jenkin", "Unemployed John Jenkin", "the accused, John Jenkin".
_LEAD = re.compile(r"[\"'“‘ \u00a0]*(?:[A-Za-z-]+[ \u00a0]+){0,3}$")

Person = tuple[str, str]  # (given name or "", surname), lower case


def _person(run: str, opens: bool = False) -> Person | None:
    """The person a run of capitalised words names; ``opens``: the run opens
    its sentence, whose first word may be no name ("Unemployed John Jenkin")."""
    words = [w.lower().rstrip("'’") for w in run.split()]
    if opens and len(words) > 2:
        words = words[1:]
    words = [w for w in words if w not in _NOT_GIVEN and w not in _NOT_NAMES]
    if not words:
        return None
    # every capitalised word before the surname may be the given name: "Former
    # President Bill Clinton" (a descriptor first), "John Paul Jones" (a middle name)
    return (" ".join(words[:-1]), words[-1])


def _people(text: str) -> list[tuple[int, Person]]:
    """Every name in a sentence, where it stands."""
    found = []
    for m in _RUN.finditer(text):
        p = _person(m.group(0), opens=not text[: m.start()].strip(" \"'“‘"))
        if p is not None:
            found.append((m.start(), p))
    return found


def _subject(text: str, start: int, end: int) -> tuple[int, Person] | None:
    """The name that opens the figure's clause ("John Jenkin was jailed for 12
    years", "His brother Mark Jenkin was jailed for 10"), with at most three
    words before it."""
    lo, _ = clause_bounds(text, start, end)
    for m in _RUN.finditer(text, lo, start):
        if not _LEAD.fullmatch(text, lo, m.start()):
            return None
        words = [w.lower().rstrip("'’") for w in m.group(0).split()]
        if len(words) == 1 and words[0] in _NOT_NAMES:
            continue  # "His brother Mark Jenkin"
        words = [w for w in words if w not in _NOT_GIVEN]
        # a person's name: one given name and a surname, or a surname alone;
        # never "The US Coast Guard" (an organisation's name)
        if not 1 <= len(words) <= 2 or _NOT_NAMES.intersection(words):
            return None
        return m.start(), (words[0] if len(words) == 2 else "", words[-1])
    return None


def person_of(text: str, start: int, end: int) -> Person | None:
    """Whose figure ``text[start:end]`` is, as (given name, surname): a named
    person's age (judge/ages.py) or the name opening its clause; a bare surname
    takes the given name of the nearest full name of that surname before it in
    the sentence, or "?" when the sentence names two such people and ties it to
    neither."""
    age = age_of(text, start, end)
    if age is not None:  # the name read again: "Unemployed John Jenkin, 23"
        low, person = text.lower(), (age[1], age[0])
        after = text.startswith("-old", end)  # "the 23-year-old John Jenkin"
        at = low.find(age[0], end) if after else low.rfind(age[0], 0, start)
        for m in _RUN.finditer(text, max(0, at - 60), at + len(age[0])):
            p = _person(m.group(0), opens=not text[: m.start()].strip(" \"'“‘"))
            if m.start() <= at < m.end() and p is not None and p[0] and p[1] == age[0]:
                at, person = m.start(), p
    else:
        subject = _subject(text, start, end)
        if subject is None:
            return None
        at, person = subject
    if person[0]:
        return person
    before = [p for i, p in _people(text) if p[1] == person[1] and p[0] and i < at]
    if before:
        return before[-1]
    given = [p[0] for _, p in _people(text) if p[1] == person[1] and p[0]]
    two = any(not _one_given_name(x, y) for x in given for y in given)
    return ("?", person[1]) if two else person


def _one_name(a: str, b: str) -> bool:
    return (
        same_given(a, b)  # the same, three letters alike, or a short form (titles.py's table)
        or (a[:1] == b[:1] and (len(a) == 1 or len(b) == 1))  # an initial
        or (len(a) >= 2 and len(b) >= 2 and (a.startswith(b) or b.startswith(a)))
    )


def _one_given_name(a: str, b: str) -> bool:
    """One given name written two ways: the same, one an initial, a short form
    sharing its first three letters or beginning the full one ("Katie" /
    "Kathryn", "Ed" / "Edward"), or a common short form ("Tom" / "Thomas", "Bill"
    / "William"). Either side may carry other capitalised words before its surname
    (a descriptor, a middle name): one matching word is enough."""
    return any(_one_name(x, y) for x in a.split() for y in b.split())


def namesakes_apart(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> bool:
    """Two figures owned by two people sharing a surname: different given names
    ("Kathryn Jenkin, 20" / "John Jenkin, 23"), or a bare surname its sentence
    ties to neither of two namesakes against one of them."""
    pa, pb = person_of(a, *a_span), person_of(b, *b_span)
    if pa is None or pb is None or pa[1] != pb[1]:
        return False
    if not pa[0] or not pb[0]:
        return False
    if "?" in (pa[0], pb[0]):
        return True
    return not _one_given_name(pa[0], pb[0])
