"""Who reported speech credits, as a set of people, with what they said.

"Woodward and Bernstein have insisted Deep Throat was one person" credits two
people; "Woodward says Deep Throat was an individual" one of them. A sentence
may credit several statements ("Although LaRue insisted he was not Deep
Throat, …, Woodward and Bernstein have insisted …"): each credit keeps the
words it introduces, so two sentences are compared on the statement they
share, not on whoever is named first. A surname alone is a person when the
article names that person in full elsewhere ("Bob Woodward" … "Woodward
says"); a descriptor ("a spokesman", "police"), an organisation or an outlet
is never one of the people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...text import content_tokens, stem
from .mention import Speaker
from .names import same_person
from .speakers import _W, AFFILIATION, NAME, PRONOUNS, SPEECH_VERBS, make_speaker

# Verbs of reported speech beyond those that introduce a quotation.
REPORT_VERBS = (
    rf"{SPEECH_VERBS}|maintained|maintains|maintain|insists|insist|contended|contends|"
    r"promised|testified"
)
_AUX = r"(?:(?:has|have|had|also|long|repeatedly|previously|later|again|always|since)\s+){0,3}"
# "Woodward and Bernstein", "Carl Bernstein and Bob Woodward", "Smith, Jones and Lee"
_GROUP = rf"{NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){NAME}){{0,4}}"
# Words of a post before a name ("Club doctor Omar Haddad said"), never of
# someone else's ("a lawyer for Smith", "a lawyer representing Smith", "the
# mayor and Ann Green": the name is not the speaker, or not the only one).
_POST_WORD = (
    r"(?!(?:for|of|to|at|by|with|from|on|in|about|against|and|or|nor|but)\b)[\w'’-]+(?<!ing)"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))(?:{_POST_WORD}\s+){{0,3}}?(?P<who>{_GROUP}){AFFILIATION}"
    rf"(?:,[^,]{{2,60}})?,?\s+{_AUX}(?:{REPORT_VERBS})\b(?:\s+that\b)?"
)
# "…, said Genesee County Sheriff Robert J. Pickell."
_VERB_FIRST = re.compile(
    rf"(?:^|(?<=,\s))(?:{SPEECH_VERBS})\s+(?P<who>(?:the\s+)?[^,;.]{{2,80}}?)(?=\s*(?:[,;]|\.?$))"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?P<who>(?:the\s+)?{_W}{{2,80}})")
# "an aide to John Smith", "a lawyer representing Smith": someone speaking for them
_FOR_SOMEONE = re.compile(
    r"(?:(?:the|an?)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)*?\s+"
    r"(?:to|for|of|with|from|at|representing|close\s+to)\s"
)
_ANY_REPORT = re.compile(rf"\b(?:{REPORT_VERBS}|[Aa]ccording to)\b")
# "the California Highway Patrol said", "according to the Academy": an
# institution, whatever its name looks like
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_THE = re.compile(r"[Tt]he\s")
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# Share of the shorter statement's content words the longer must hold: "the
# bridge will reopen in March" credited to two people is one statement; "the
# actress was settling in well at the clinic in Malibu on Friday" and "the
# actress had checked into a different clinic in Malibu late on Friday night"
# share their setting (4 words of 6), not what they say of it. The words of
# the attributions are left out, so the share is of the statements alone.
SAME_STATEMENT_SHARE = 0.75
_SPEECH_WORDS = frozenset(stem(w) for w in re.findall(r"[a-z]+", REPORT_VERBS)) | {"according"}
_NEGATION = re.compile(r"\b(?:not|never|no|nobody|nothing|neither|nor)\b|n[’']t\b", re.I)


@dataclass(frozen=True)
class Credit:
    """One attribution of a sentence: the people credited (empty when the
    words name someone who is no person, or nobody) and the statement."""

    speakers: tuple[Speaker, ...]
    all_people: bool  # every one credited is a person named here
    start: int  # article offsets of the attribution's names
    end: int
    said: str  # the words credited

    @property
    def names(self) -> str:
        names = [sp.name for sp in self.speakers]
        if len(names) < 2:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


@lru_cache(maxsize=64)
def people_in(text: str) -> dict[str, str]:
    """Surname key → the fullest name of each person the article names with
    two or more words ("Bob Woodward"), so that "Woodward says" is a person."""
    people: dict[str, str] = {}
    for m in re.finditer(NAME, text):
        run, start = m.group(0), m.start()
        words = run.split()
        if len(words) > 2 and re.search(r"(?:^|[.!?]\s|\n)\s*$", text[max(0, start - 3) : start]):
            # a sentence's first word is capitalised anyway ("Reporters Ann Kessler")
            start = start + run.index(words[1])
            run = text[start : m.end()]
        if len(run.split()) > 1:
            make_speaker(run, start, people)
    return people


def _speaker(raw: str, start: int, article: str) -> Speaker | None:
    """make_speaker, with the article's people looked up only for a lone word
    ("Woodward"), which alone may be an organisation or a person."""
    sp = make_speaker(raw, start, {})
    lone = sp is not None and not sp.is_person and sp.key.startswith("org:") and " " not in sp.key
    if lone and article:
        sp = make_speaker(raw, start, dict(people_in(article)))
    return sp


def _speakers(raw: str, start: int, article: str) -> tuple[list[Speaker], bool]:
    """The people of 'Woodward and Bernstein', and whether all are persons."""
    found: list[Speaker] = []
    at = 0
    for part in [*_SPLIT.split(raw)]:
        at = raw.index(part, at)
        if part.strip().lower() in PRONOUNS or not part.strip():
            return found, False
        sp = _speaker(part, start + at, article)
        if sp is None:
            return found, False
        found.append(sp)
        at += len(part)
    people_only = all(sp.is_person and not sp.is_outlet and not sp.is_descriptor for sp in found)
    return found, bool(found) and people_only


@lru_cache(maxsize=4096)
def credits(sentence: str, offset: int, article: str = "") -> tuple[Credit, ...]:
    """Every attribution of a reported-speech sentence, in order, with the words
    it credits: those after its verb up to the next attribution, or — for an
    attribution at the end ("…, Pickell said") — those before it."""
    if not _ANY_REPORT.search(sentence):
        return ()
    spans: list[tuple[int, int, int, list[Speaker], bool]] = []  # start, end, verb end
    for m in _SUBJECT.finditer(sentence):
        found, ok = _speakers(m.group("who"), offset + m.start("who"), article)
        ok = ok and not _THE_BEFORE.search(sentence[: m.start("who")])
        spans.append((m.start("who"), m.end("who"), m.end(), found, ok))
    for rx in (_VERB_FIRST, _ACCORDING):
        for m in rx.finditer(sentence):
            if any(s <= m.start("who") < e for s, _, e, _, _ in spans):
                continue
            sp = _speaker(m.group("who"), offset + m.start("who"), article)
            who = m.group("who")
            ok = sp is not None and sp.is_person and not _FOR_SOMEONE.match(who)
            ok = ok and not _THE.match(who)
            spans.append((m.start(), m.end("who"), m.end(), [sp] if sp else [], ok))
    spans.sort(key=lambda s: s[0])
    out: list[Credit] = []
    for i, (s, e, verb_end, found, ok) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(sentence)
        prev = spans[i - 1][2] if i else 0
        after, before = sentence[verb_end:nxt], sentence[prev:s]
        said = after if len(content_tokens(after)) >= 3 else before
        if found:  # the names as written, titles included ("Sheriff Robert J. Pickell")
            s, e = found[0].start - offset, found[-1].end - offset
        out.append(Credit(tuple(found), ok, offset + s, offset + e, said))
    return tuple(out)


def _words(c: Credit) -> set[str]:
    """The statement's content words ("Sheriff's deputies chased him" keeps
    'sheriff' though a sheriff is credited: the names are not in ``said``)."""
    return {stem(w) for w in content_tokens(c.said)} - _SPEECH_WORDS


def _denies(c: Credit, other: set[str], other_denies: bool) -> bool:
    """Whether ``c`` negates words the other statement asserts: "will not
    reopen" against "will reopen" ("not a composite" denies nothing the other
    says of "one person")."""
    if other_denies:
        return False
    for m in _NEGATION.finditer(c.said):
        clause = re.split(r"[,;:]|\b(?:and|but|or)\b", c.said[m.end() :], maxsplit=1)[0]
        following = [stem(w) for w in content_tokens(clause)[:3]]
        if other.intersection(following):
            return True
    return False


def same_statement(a: Credit, b: Credit) -> float:
    """How much two credited statements share (0 when they cannot be one
    statement: fewer than three words, or one denies what the other says)."""
    wa, wb = _words(a), _words(b)
    short = min(len(wa), len(wb))
    na, nb = bool(_NEGATION.search(a.said)), bool(_NEGATION.search(b.said))
    if short < 3 or _denies(a, wb, nb) or _denies(b, wa, na):
        return 0.0
    share = len(wa & wb) / short
    return share if share >= SAME_STATEMENT_SHARE else 0.0


def shared_statement(ca: Sequence[Credit], cb: Sequence[Credit]) -> tuple[Credit, Credit] | None:
    """The two credits, one of each sentence, that state one thing, best first."""
    scored = [(same_statement(a, b), a, b) for a in ca for b in cb]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    _, a, b = max(scored, key=lambda s: s[0])
    return a, b


def credited_apart(a: Credit, b: Credit) -> str:
    """How two credits of one statement name its people: 'same', 'fewer' (one
    names only some of the other's, or they share some), 'apart' (no one in
    common), or '' when either credits someone who is no named person."""
    if not (a.all_people and b.all_people and a.speakers and b.speakers):
        return ""
    ina = [any(same_person(x.name, y.name) for y in b.speakers) for x in a.speakers]
    inb = [any(same_person(y.name, x.name) for x in a.speakers) for y in b.speakers]
    if all(ina) and all(inb):
        return "same"
    if not any(ina) and not any(inb):
        return "apart"
    return "fewer"
