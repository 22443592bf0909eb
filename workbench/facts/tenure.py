"""What a length of time spent somewhere covers, and which award a date is of.

A tenure is a stretch spent in one role or with one organisation: "spent four
seasons as the Sixers' director of player personnel" is a time in a role, "has
spent 19 seasons with the 76ers" a whole time with the team. They measure
different spans unless the role is the same: the first lies inside the second.
``tenure_of`` reads which, from the words right after the figure and its unit.

A date of an award ("won a Tony Award in 2004", "won an Emmy for doing so in
2005", "hosted the 2007 Oscars") dates that award: ``award_of`` names the award
nearest the date in its clause, so two dates of different awards are told apart
while two of the same award still compare (issue 11, trial 29: ECB+ 02_ecb).
"""

from __future__ import annotations

import re

from .whose import clause_bounds

# The unit after the figure, then "as" a role or "with/at/in" a place:
# "19 seasons with the 76ers", "five years as chief executive", "a decade in
# parliament", "20 years at the company", "three-year stint as minister".
_TENURE = re.compile(
    r"[ \u00a0-]*(?:(?:full|straight|more)[ \u00a0]+)?"
    r"(?P<unit>years?|seasons?|months?|decades?|terms?|campaigns?)?"
    r"(?:[ \u00a0]+(?:stint|spell|run|tenure))?"
    r"(?:[ \u00a0]+(?:now|so[ \u00a0]+far|in[ \u00a0]+all|in[ \u00a0]+total))?"
    r",?[ \u00a0]+(?P<link>as|with|at|in)[ \u00a0]+"
    r"(?P<what>(?:[\w’'.&-]+[ \u00a0]*){1,8})",
    re.IGNORECASE,
)
# Words of a role phrase that say whose role it is, or nothing: "the team's
# director", "the Sixers Director of Player Personnel" have the head "director".
_UNIT = re.compile(r"(?i:years?|seasons?|months?|decades?|terms?)\b")
_ROLE_STOP = re.compile(r"\b(?:of|for|at|with|in|on|before|after|and|until|from|since|to)\b", re.I)
_ARTICLES = frozenset(re.findall(r"\w+", "the a an its his her their our"))
_DETERMINERS = _ARTICLES | {"team", "club", "company", "party"}
# After "in", a time ("in 2003", "in all", "in the league since") is no place
_NOT_PLACE = re.compile(r"(?:\d|the[ \u00a0]+(?:past|last|next)\b|all\b|total\b)", re.I)


def tenure_of(text: str, start: int, end: int) -> tuple[str, str]:
    """("role", head word) for a time in a role ("four seasons as the team's
    director of personnel" → director), ("whole", first word) for a time with
    an organisation or in a place ("19 seasons with the 76ers"), or ("", "")."""
    m = _TENURE.match(text, end)
    if m is None or not (m["unit"] or _UNIT.search(text, start, end)):
        return ("", "")  # "joined in 1994 as an assistant coach": a date, no length
    what = m["what"].strip()
    if m["link"].lower() == "as":
        head = _ROLE_STOP.split(what, maxsplit=1)[0].split()
        words = [w.lower().strip("’'.,") for w in head]
        words = [w for w in words if w and w not in _DETERMINERS and not w.endswith(("’s", "'s"))]
        return ("role", words[-1]) if words else ("", "")
    if m["link"].lower() == "in" and _NOT_PLACE.match(what):
        return ("", "")
    words = [w.lower().strip("’'.,") for w in what.split()]
    words = [w for w in words if w and w not in _ARTICLES] or words
    return ("whole", words[0])


# Awards and honours as one name each: "the Oscars", "an Academy Award" → oscar.
_AWARDS = (
    ("oscar", r"oscars?|academy[ \u00a0]+awards?"),
    ("tony", r"tony(?:s|[ \u00a0]+awards?)?|tonys"),
    ("emmy", r"emmys?(?:[ \u00a0]+awards?)?"),
    ("grammy", r"grammys?(?:[ \u00a0]+awards?)?"),
    ("bafta", r"baftas?(?:[ \u00a0]+awards?)?"),
    ("golden globe", r"golden[ \u00a0]+globes?"),
    ("nobel", r"nobel(?:[ \u00a0]+(?:peace[ \u00a0]+)?prizes?)?"),
    ("pulitzer", r"pulitzers?(?:[ \u00a0]+prizes?)?"),
    ("booker", r"(?:man[ \u00a0]+)?booker(?:[ \u00a0]+prizes?)?"),
    ("olivier", r"olivier(?:[ \u00a0]+awards?)?"),
    ("palme d'or", r"palme[ \u00a0]+d['’]or"),
    ("ballon d'or", r"ballon[ \u00a0]+d['’]or"),
    ("mvp", r"mvp|most[ \u00a0]+valuable[ \u00a0]+player"),
)
_ALTERNATIVES = "|".join(f"(?P<a{i}>{rx})" for i, (_, rx) in enumerate(_AWARDS))
_AWARD = re.compile(rf"(?<![\w-])(?:{_ALTERNATIVES})(?![\w-])", re.IGNORECASE)
# Any other named award or prize: "the Turner Prize", "a Peabody Award".
_NAMED_AWARD = re.compile(r"\b([A-Z][\w-]+)[ \u00a0]+(?:Award|Prize|Medal|Trophy)s?\b")


def _awards_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    found = []
    for m in _AWARD.finditer(text, lo, hi):
        name = next(_AWARDS[int(k[1:])][0] for k, v in m.groupdict().items() if v)
        found.append((m.start(), m.end(), name))
    taken = [(s, e) for s, e, _ in found]
    for m in _NAMED_AWARD.finditer(text, lo, hi):
        inside = any(s <= m.start(1) < e for s, e in taken)
        if not inside and m.group(1).lower() not in _ARTICLES:
            found.append((m.start(), m.end(), m.group(1).lower()))
    return found


def award_of(text: str, start: int, end: int) -> str:
    """The award the date at ``text[start:end]`` is of: the award named nearest
    it in its clause ("won an Emmy for doing so in 2005" → emmy; "hosted the
    2007 Oscars" → oscar), or "" when the clause names none."""
    lo, hi = clause_bounds(text, start, end)
    found = _awards_in(text, lo, hi)
    if not found:
        return ""

    def distance(award: tuple[int, int, str]) -> int:
        s, e, _ = award
        return start - e if e <= start else s - end if s >= end else 0

    return min(found, key=distance)[2]


# A length followed by what it is a length of: "more than three years of efforts
# to bring him to justice", "30 hours of deliberation", "a decade of war". That
# noun is what the length measures, whatever the clause's verb ("The sentence caps
# more than three years of efforts" is no sentence's length; session 21).
_OF_ACTIVITY = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|his|her|their|its|our|legal|frustrating|hard|intense)"
    r"[ \u00a0]+)*(?P<noun>[a-z][a-z-]{2,})\b",
    re.IGNORECASE,
)
_NOT_ACTIVITY = frozenset(("age", "it", "them", "this", "that", "these", "those", "which", "what"))
# Words of one thing: time in custody is what a sentence measures
_CUSTODY = ("sentenc", "prison", "jail", "imprison", "custod", "detent", "incarcer", "probation")
# and a player's or a firm's deal, whatever it is called
_DEAL = ("contract", "deal", "extens", "pact", "agreem", "offer", "signed", "signing", "terms")
# and how long a device runs: "eight hours of use", "8 hours of runtime", "an
# eight-hour battery life", "deliver eight hours on a single charge"
_RUNNING = ("battery", "batteri", "runtime", "life", "use", "usage", "charge", "run")
_WORDS = re.compile(r"[a-z][a-z-]+", re.IGNORECASE)


def _root(word: str) -> str:
    w = word.lower()
    for group, name in ((_CUSTODY, "custody"), (_DEAL, "deal")):
        if w.startswith(group):
            return name
    if w in _RUNNING or w.startswith(_RUNNING[:3]):
        return "running"
    return w[:6]


def activity_of(text: str, start: int, end: int) -> str:
    """What a length at ``text[start:end]`` is a length of, by the noun after
    it ("three years of efforts" → "effort"), as a root that other words of
    the same thing share ("deliberation", "deliberated" → "delibe"; "prison",
    "sentenced" → "custody"), or "" when no noun follows."""
    m = _OF_ACTIVITY.match(text, end)
    if m is None or m["noun"].lower() in _NOT_ACTIVITY:
        return ""
    return _root(m["noun"])


def clause_names(text: str, start: int, end: int, root: str) -> bool:
    """Does the clause of the value at ``text[start:end]`` hold a word of ``root``?"""
    lo, hi = clause_bounds(text, start, end)
    return any(_root(w) == root for w in _WORDS.findall(text, lo, hi))
