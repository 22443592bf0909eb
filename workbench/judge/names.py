"""A name spelled two ways by two sources.

Trial 22's editor found names the largest class of real discrepancies the
workbench never showed: "Hugh Hefner" in four reports, "Hugh Heffner" in a
fifth; a misspelt name is the commonest correction a desk prints. Names are
not values of a fact family (nothing normalises them), so they are compared
here, over whole articles, like the key figures of ``story.py``.

Each article's full names are read from its sentences: two or three
capitalised words (a middle initial allowed) after any title ("President",
"Sen.") and not a month, a weekday or a word the articles also write in lower
case ("Will", "Center"). Two articles spell one name two ways when one part is
the same and the other part is a spelling variant (one or two letters apart,
same first letter, neither a prefix of the other: "Hefner"/"Heffner",
"Welzler"/"Wetzler"; not "Smith"/"Smiths", "Center"/"Centre"; a surname
beside the same given name also with an 'e' or its last letter added,
"Rait"/"Raite", "Mitchel"/"Mitchell") and each
article writes only its own spelling. A given name that differs ("Jonathon Smith" /
"John Smith") may be two relatives: it is flagged only when the two names
stand in sentences the aligner paired. One flag per article pair and name,
at each article's first full mention; the rows below decide it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..facts.letters import unaccented, written_out
from ..facts.lexicon import MONTHS, WEEKDAYS
from ..facts.quote.names import FUNCTION_WORDS, TITLES
from ..model import Claim, Side, Verdict
from .spelled import Add, Decide, article_pairs, by_article, flagged, side_at
from .stages import NAME, Outcome, Rule
from .translit import NAME_TRANSLITERATED_TWO_WAYS, transliterated

# a capitalised word ("O'Brien", "Smith-Jones"; not the "'s" of a possessive)
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_RUN = re.compile(
    rf"(?<![\w'’-])({_CAP}(?:\s+(?:[A-Z]\.\s+)?{_CAP}){{1,3}})(?![\w-]|['’](?!s\b)\w)"
)
_PART = re.compile(_CAP)
_WORD = re.compile(r"[^\W\d_]+")
_NOT_NAMES = TITLES | FUNCTION_WORDS | set(MONTHS) | set(WEEKDAYS)
# one spelling for two variants of English, not of a name
_REGIONAL = ((re.compile(r"re$"), "er"), (re.compile(r"our"), "or"), (re.compile(r"is"), "iz"))


@dataclass(frozen=True)
class Named:
    """A full name's first mention in an article."""

    given: str
    surname: str
    claim: Claim
    start: int  # in the claim's text
    end: int

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]


@dataclass(frozen=True)
class NameCase:
    """Two articles' full names that share one part and spell the other alike."""

    x: Named
    y: Named
    given_differs: bool  # the given names differ, the surnames are the same
    # the two mentions stand in sentences the aligner paired (or the two names did
    # in two other articles)
    aligned: bool
    # the part that differs is one foreign name in two romanisations (translit.py)
    transliterated: bool = False


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one word: one or two letters apart (two only in words
    of five letters or more), the same first letter, neither a prefix of the
    other (plurals, possessives, "Jack"/"Jackie") and not British and
    American spellings of one word. Accents are left out first: "José" and
    "Jose", "Müller" and "Muller" are one spelling in two house styles (many
    English-language outlets drop accents), not a misspelling to correct; so
    are "Jürgen" and "Juergen", "Schröder" and "Schroeder", "Strauß" and
    "Strauss": the German letters written out, a house style too."""
    if _house_styles(a, b):
        return False
    a, b = _unaccented(a), _unaccented(b)
    if a == b or min(len(a), len(b)) < 4 or a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    distance = Levenshtein.distance(a, b)
    return distance == 1 or (distance == 2 and min(len(a), len(b)) >= 5)


# a name's sound where English spelling varies: a hard c or a k ("Catherine"/
# "Katherine", "Carl"/"Karl", "Christine"/"Kristine"), ph or f ("Philip"/
# "Filip"), th or t, y or i, a letter written twice or once
_SOUNDS = (
    (re.compile(r"^c(?=[aoulr])|^ch(?=r)"), "k"),
    (re.compile(r"^ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
)
_VOWELS = re.compile(r"[aeiou]")


def sounded_alike(a: str, b: str) -> bool:
    """Two spellings of one name that sound alike where ``spelled_alike``
    finds them too far apart: the same sounds written with other letters,
    or the same consonants with a vowel or two more or less ("Catherine",
    "Katherine" and "Kathryn"; "Carl"/"Karl"; "Philip"/"Filip"). A fresh user
    trial saw "Catherine Gomes", "Katherine Gomes" and "Kathryn Gomes" in five
    reports of one murder never shown: the first-letter test left them out.
    Not "Colin"/"Kevin" or "Carla"/"Karen": their consonants differ."""
    if _house_styles(a, b):
        return False
    a, b = _unaccented(a), _unaccented(b)
    if min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    ka, kb = _sound(a), _sound(b)
    if ka == kb:
        return True
    skeleton = _VOWELS.sub("", ka[1:]) == _VOWELS.sub("", kb[1:]) and ka[0] == kb[0]
    return skeleton and min(len(ka), len(kb)) >= 5 and Levenshtein.distance(ka, kb) <= 2


def lengthened(a: str, b: str) -> bool:
    """One surname with a final letter added: an 'e' ("Rait"/"Raite",
    "Clark"/"Clarke", "Brown"/"Browne") or its last letter written twice
    ("Mitchel"/"Mitchell", "Bennet"/"Bennett"). ``spelled_alike`` leaves out
    a spelling that is a prefix of the other, for plurals and pet names
    ("Smith"/"Smiths", "Jack"/"Jackie"); a fresh user saw "Duncan Rait" in
    most reports of a climber's death and "Duncan Raite" in two, never shown.
    Asked only of a surname whose given name agrees (``cases_between``): an
    'e' added to a given name may be another person ("Louis"/"Louise"), an
    added 's' a plural ("Winter Olympic"/"Winter Olympics")."""
    if _house_styles(a, b):
        return False
    short, long = sorted((_unaccented(a), _unaccented(b)), key=len)
    if len(short) < 4 or len(long) != len(short) + 1 or not long.startswith(short):
        return False
    return long[-1] == "e" or long[-1] == short[-1]


def _sound(word: str) -> str:
    for pattern, into in _SOUNDS:
        word = pattern.sub(into, word)
    return word


def _house_styles(a: str, b: str) -> bool:
    """One word in two house styles: letters a plain alphabet lacks written out
    or left plain, accents left out, British and American spelling
    ("Jürgen"/"Juergen", "Nordsø"/"Nordso", "Centre"/"Center")."""
    return written_out(a) == written_out(b) or regional(_unaccented(a)) == regional(_unaccented(b))


def _unaccented(word: str) -> str:
    return unaccented(word).lower()


def regional(word: str) -> str:
    """A word with British spellings made American ('centre' -> 'center')."""
    for pattern, into in _REGIONAL:
        word = pattern.sub(into, word)
    return word


def full_names(claims: Sequence[Claim]) -> dict[tuple[str, str], Named]:
    """One article's full names (given, surname) at their first mention."""
    lower = {w for c in claims for w in _WORD.findall(c.text) if w.islower()}
    out: dict[tuple[str, str], Named] = {}
    for claim in claims:
        for m in _RUN.finditer(claim.text):
            words = [
                (w.group(), m.start() + w.start(), m.start() + w.end())
                for w in _PART.finditer(m.group())  # middle initials left out
            ]
            while words and words[0][0].lower() in _NOT_NAMES:
                words = words[1:]
            if len(words) < 2 or any(w[0].lower() in _NOT_NAMES for w in words):
                continue
            if any(w[0].lower() in lower for w in (words[0], words[-1])):
                continue  # a word the articles also write in lower case
            key = (words[0][0], words[-1][0])
            if key not in out:
                out[key] = Named(key[0], key[1], claim, words[0][1], words[-1][2])
    return out


def _capitalised(claims: Sequence[Claim]) -> set[str]:
    return {w for c in claims for w in _WORD.findall(c.text) if w[0].isupper()}


@dataclass(frozen=True)
class ArticleNames:
    """What one article says of names: its full names, its capitalised words."""

    full: dict[tuple[str, str], Named]
    capitalised: frozenset[str]
    by_part: dict[tuple[int, str], list[tuple[str, str]]]  # (0: given / 1: surname, word)

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> ArticleNames:
        full = full_names(claims)
        by_part: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for key in sorted(full):
            for part in (0, 1):
                by_part.setdefault((part, key[part]), []).append(key)
        return cls(full, frozenset(_capitalised(claims)), by_part)


def cases_between(x: ArticleNames, y: ArticleNames, aligned: set[frozenset[str]]) -> list[NameCase]:
    """The name pairs of two articles that share a part and spell the other alike,
    each article writing only its own spelling."""
    out = []
    shared = [
        (kx, ky)
        for part, word in sorted(x.by_part.keys() & y.by_part.keys())
        for kx, ky in itertools.product(x.by_part[(part, word)], y.by_part[(part, word)])
    ]
    for (gx, sx), (gy, sy) in shared:
        both = f"{gx} {sx} {gy} {sy}"
        if gx == gy and (_alike(sx, sy) or lengthened(sx, sy) or transliterated(sx, sy, both)):
            odd = (sx, sy)
        elif sx == sy and (_alike(gx, gy) or transliterated(gx, gy, both)):
            odd = (gx, gy)
        else:
            continue
        if odd[0] in y.capitalised or odd[1] in x.capitalised:
            continue  # an article writes both: two people, or it corrects itself
        nx, ny = x.full[(gx, sx)], y.full[(gy, sy)]
        together = frozenset((nx.claim.id, ny.claim.id)) in aligned
        out.append(NameCase(nx, ny, sx == sy, together, transliterated(*odd, both)))
    return out


def names_spelled_apart(
    claims: Sequence[Claim],
    names: dict[str, str],
    aligned: set[frozenset[str]],
    add: Add,
    decide: Decide,
) -> None:
    """Flag every name two articles spell two ways (module docstring)."""
    read = {a: ArticleNames.of(cs) for a, cs in by_article(claims, lambda c: [c]).items()}
    found = [
        (a, b, case)
        for a, b in article_pairs(read)
        for case in cases_between(read[a], read[b], aligned)
    ]
    # two given names shown to be one person's in aligned sentences of two articles
    # are so in every article that writes them (trial 25: "Robyn Mendes" was credited
    # to the two sources whose sentence met "Robin Mendes", not to the other three)
    same = {_names_of(c) for _, _, c in found if c.given_differs and c.aligned}
    found = [
        (a, b, replace(c, aligned=True) if c.given_differs and _names_of(c) in same else c)
        for a, b, c in found
    ]
    for a, b, case, rule in flagged(found, NAME, decide):
        x, y = case.x, case.y
        explanation = (
            f"The same name is spelled ‘{x.text}’ in {names[a]} but ‘{y.text}’ in "
            f"{names[b]} — one spelling is wrong: check it — {rule.outcome}"
        )
        if case.transliterated:
            explanation = (
                f"The same name is written ‘{x.text}’ in {names[a]} but ‘{y.text}’ in "
                f"{names[b]}: one foreign name in two romanisations, house style rather "
                f"than a fact — one person; the desk may want one spelling — {rule.outcome}"
            )
        add("name", Verdict(str(rule.outcome)), explanation, (_side(x), _side(y)), rule.name)


@lru_cache(maxsize=1 << 16)
def _alike(a: str, b: str) -> bool:
    """Two spellings of one name; read once per two words, not once per two
    articles writing them (session 33: 16,535 readings at 200 articles)."""
    return spelled_alike(a, b) or sounded_alike(a, b)


def _names_of(case: NameCase) -> frozenset[tuple[str, str]]:
    return frozenset(((case.x.given, case.x.surname), (case.y.given, case.y.surname)))


def _side(n: Named) -> Side:
    return side_at(n.claim, n.start, n.end, n.text, n.text)


NAME_ROWS: tuple[Rule, ...] = (
    NAME_TRANSLITERATED_TWO_WAYS,
    Rule(
        "given_names_apart_in_other_claims",
        NAME,
        lambda c: c.given_differs and not c.aligned,
        Outcome.SKIP,
        "two given names a letter apart with one surname ('Jonathon'/'Jonathan Smith') may be two "
        "relatives; they are flagged only in sentences that state the same claim",
        "tests/test_names.py::test_given_names_apart_only_in_aligned_sentences",
    ),
    Rule(
        "name_spelled_two_ways",
        NAME,
        lambda c: True,
        Outcome.CONFLICT,
        "one name spelled two ways by two sources (one part the same, the other a letter "
        "or two apart, each source writing only its own spelling): one spelling is wrong",
        "tests/test_names.py::test_a_surname_spelled_two_ways_is_a_conflict",
    ),
)
