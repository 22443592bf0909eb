"""The time a named person served in prison, across whole articles (issue 11,
session 27).

Reports of one story give a person's past prison term in background
sentences about different things ("LaRue served four and a half months in
prison for his role in the Watergate conspiracy" / "LaRue returned to
Mississippi … after serving more than four years for his role in the
Watergate scandal"): alignment never pairs them, yet both state one fact, how
long that person was held. Like the years of named works (``works.py``), this
pass reads per article the one term it gives a named person and compares the
terms of every two articles, whatever sentences carry them.

Read only where the sentence states it firmly:

- a length right after a past verb of serving a term: "served", "spent",
  "after serving", "having served" (not "is serving", "has served", "will
  serve", "must serve at least …", "faces up to …": a term still running, one
  to come or one asked for);
- the clause tells prison right after the length: "in (federal) prison", "in
  jail", "behind bars", "in custody", or, after "served", "for his role in …"
  or "of his … sentence" ("served 20 years in the Army", "served seven seasons
  as an assistant coach", "spent three years in Paris" are no prison terms);
- the person who served is named as the subject: right before the verb
  ("LaRue served …", "Fred LaRue, who served …"), or at the head of the
  sentence with the verb in its own predicate ("LaRue was known as … and served
  …", "LaRue returned to Mississippi … after serving …"), with no one else named
  as a subject between (two defendants: "Smith and Jones served …"; "Smith said
  Jones …"; "Smith, whose brother …"); a pronoun names no one;
- the key is the surname; two first names that differ are two people of one
  family, never compared;
- a length written as a mixed number that lost its fraction sign ("412
  months" for 4½: a digit, then 12, 14 or 34) is doubtful and not read;
- an article giving one person two terms gives none (``story.key_figures``):
  two stints, or a term and its part;
- a sentence handed down ("sentenced to 20 years") is another figure (one
  person may get several, served consecutively) and is not read here.

The rows of ``unmet.UNMET_ROWS`` decide what is shown.
"""

from __future__ import annotations

import itertools
import re

from ..model import Claim, Fact
from .family_helpers import compare_facts
from .story import Add, Figure, Key, Run, judge_figures, key_figures

SERVED = "served:"  # the key of a named person's time in prison: "served:larue"
_ALL = 10**9  # every sentence of an article: a past term is background

_S = r"[ \u00a0]+"
_NAME = r"(?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+"
# the verb right before the length ("more than", "nearly" belong to the length)
_VERB = re.compile(
    rf"\b(?:(?P<served>served|spent)|(?:after|having|before|upon|on){_S}"
    rf"(?P<serving>serving|spending)|having{_S}(?P<having>served|spent)){_S}$"
)
# what may stand right before "served" when it is not part of the predicate
_NOT_PAST = re.compile(rf"\b(?:has|have|had{_S}not|is|are|was|were|be|been|to|will|would){_S}$")
_PRISON_WORDS = r"prison|jail|gaol|penitentiary|custody|detention|lock-?up"
_PRISON = re.compile(
    rf"{_S}(?:(?:in|at|inside){_S}(?:(?:a|an|the|his|her){_S})?(?:[\w-]+{_S}){{0,2}}"
    rf"(?:{_PRISON_WORDS})\b|behind{_S}bars\b)"
)
# after "served" only: the term told by what it was for, or as part of a sentence
_FOR_ROLE = re.compile(
    rf"{_S}(?:for{_S}(?:his|her|their){_S}(?:role|part){_S}in\b"
    rf"|of{_S}(?:a|an|his|her|the){_S}(?:[\w-]+{_S}){{0,2}}(?:prison{_S})?(?:sentence|term)\b)"
)
# years in prison worked, not served: "served 20 years in the prison as a guard", "…
# in the prison system", "… in the jail's kitchen staff"
_AS = re.compile(
    rf"[^.;:!?]{{0,40}}?\b(?:as{_S}(?:a|an|the|its|their)|system|service|staff|guards?"
    rf"|officers?|wardens?|chaplains?|employees?|workers?|nurses?)\b"
)
# the subject right before the verb: "LaRue served", "Fred LaRue, who served",
# "LaRue later served"
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[^\w'’,][ \u00a0]*)(?P<name>{_NAME})"
    rf"(?:,{_S}who|{_S}(?:also|later|eventually|then|only|ultimately|once))?{_S}$"
)
# what stands before a name that is not the subject of the verb after it
_NOT_SUBJECT = re.compile(
    rf"(?:\b(?:and|or|with|in|at|from|of|to|for|by|on|near|than|like){_S}|,{_S})$"
)
# the subject at the head of the sentence
_HEAD = re.compile(rf"(?P<name>{_NAME})(?=[ \u00a0,])")
# words between the head's name and the verb that bring in someone else
_SOMEONE_ELSE = re.compile(
    r"\b(?:said|says|told|tells|according|whose|whom|while|whereas|but|although|though"
    r"|they)\b|[;:]|\b(?:and|with|or)[ \u00a0]+[A-Z]",
)
_TITLES = frozenset(
    ("mr", "mrs", "ms", "miss", "dr", "former", "ex", "the", "late", "judge", "sen", "rep")
)
_NOT_A_NAME = frozenset(
    (
        *("he", "she", "they", "it", "his", "her", "their", "a", "an", "in", "on", "at"),
        *("for", "of", "by", "with", "from", "to", "as", "after", "before", "when", "but"),
        *("and", "or", "then", "later", "prosecutors", "police", "officials", "authorities"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "last", "this", "who", "both"),
    )
)


def _person(name: str) -> tuple[str, str] | None:
    """The surname and first name ("" when not given) of a name's words, or
    None when they name no person (a pronoun, a month, a title alone)."""
    words = [w.lower().rstrip(".'’") for w in name.split()]
    while words and words[0] in _TITLES:
        words = words[1:]
    if not words or any(w in _NOT_A_NAME or w.endswith(("'s", "’s")) for w in words):
        return None
    return words[-1], words[0] if len(words) > 1 else ""


def _subject(text: str, verb: re.Match[str]) -> tuple[str, str] | None:
    before = text[: verb.start()]
    if verb.group("served"):
        if _NOT_PAST.search(before):
            return None
        near = _SUBJECT_BEFORE.search(before)
        if near is not None:
            if _NOT_SUBJECT.search(before, 0, near.start("name")):
                return None  # "Smith and Jones served": two people; "jailed in Ohio served"
            return _person(near.group("name"))
    head = _HEAD.match(text)
    if head is None or text.startswith(("'s", "’s", " and ", " or "), head.end()):
        return None
    between = text[head.end() : verb.start()]
    if _SOMEONE_ELSE.search(between):
        return None
    # "LaRue … quiet, and served …": the head's own predicate, joined by "and"
    if verb.group("served") and not re.search(rf"\band(?:{_S}(?:later|then))?{_S}$", before):
        return None
    return _person(head.group("name"))


# a mixed number whose fraction sign was lost in the copy: "412 months" for 4½ months
# (one wire sentence reads "41/2", "412" and "4� months" in three reports); such a
# length is doubtful as written and not read as a term
_LOST_FRACTION = re.compile(r"(?<![\d,.])[1-9](?:12|14|34)(?![\d,.])")


def served_by(claim: Claim, f: Fact) -> tuple[str, str] | None:
    """The surname and first name of the named person a length is the time in
    prison of, as its sentence states it (see the module's docstring), or None."""
    if f.kind != "duration" or f.mention is None:
        return None
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    if _LOST_FRACTION.search(text, s, e):
        return None
    verb = _VERB.search(text, max(0, s - 40), s)
    if verb is None:
        return None
    spent = bool(verb.group("served") == "spent" or verb.group("serving") == "spending")
    spent = spent or verb.group("having") == "spent"
    held = _PRISON.match(text, e) or (not spent and _FOR_ROLE.match(text, e))
    if not held or _AS.match(text, held.end()):
        return None
    return _subject(text, verb)


def _key(claim: Claim, f: Fact) -> Key | None:
    who = served_by(claim, f)
    return (f"{SERVED}{who[0]}", "duration") if who else None


def terms_never_met(run: Run, add: Add) -> None:
    """Compare the time in prison every two articles give one named person,
    whatever sentences carry it (aligned or not)."""
    figures = key_figures(run.claims, run.facts_by_claim, _ALL, _key)
    for a, b in itertools.combinations(sorted(figures), 2):
        for key in sorted(set(figures[a]) & set(figures[b])):
            x, y = figures[a][key], figures[b][key]
            # compared in aligned sentences too, as a work's year is (works.py): "served
            # four and a half months in prison" / "after serving more than four years"
            # may align, and the aligned rows leave two lengths of differing clauses out;
            # a flag the aligned comparison made on the two is kept (flagbook's DUPLICATE)
            wx, wy = served_by(x.claim, x.fact), served_by(y.claim, y.fact)
            if wx is None or wy is None or (wx[1] and wy[1] and wx[1] != wy[1]):
                continue  # "Tom Reyes" / "Luis Reyes": two people of one family
            names = (run.names[x.fact.article], run.names[y.fact.article])
            cmp = compare_facts(x.fact, y.fact, *names)
            if cmp is None:
                continue
            who = " ".join(_as_written(x.claim.text, w) for w in (wx[1] or wy[1], wx[0]) if w)
            judge_figures(run, add, f"time {who} served in prison", (x, y), cmp, _words(x, y))


def _as_written(text: str, word: str) -> str:
    """A name's word as the sentence writes it ("LaRue", not "Larue")."""
    m = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    return m.group() if m else word.capitalize()


def _words(x: Figure, y: Figure) -> tuple[str, str]:
    return _around(x), _around(y)


def _around(f: Figure) -> str:
    text, s = f.claim.text, f.fact.start - f.claim.start
    words = text[max(0, s - 25) : s + 60].split()
    return " ".join(words[1:-1] if len(words) > 2 else words).strip(" ,.;:")
