"""One finding per misspelt name: a fact about a source, not about one claim.

The judge flags a name two sources spell two ways once per pair of articles
(``judge/names.py``, ``judge/proper.py``: kind "name"), at each article's first
mention. Readers asked for one item per misspelling (session 21: "Anre
Iguodala" in one 05_ecb source against "Andre Iguodala" in four others gave
four flags): the name is misspelt in the source, whichever claim it stands in.

So name discrepancies are grouped here, not by claim group: the spellings the
discrepancies link (a middle initial, punctuation, case and a dropped accent
aside — "José" and "Jose" is house style) make one person; the spelling most
sources write is the person's usual one, and each other spelling (a variant)
is one finding holding every discrepancy that compares it with the usual one.
Two variants compared with each other are one finding with both (three
romanisations of one foreign name: one item, not one finding inside another); when no
spelling is written by more sources than every other, the person is one
finding. Two people are never one finding unless a discrepancy links their
spellings ("Hugh Hefner" and "Christie Hefner" share a surname, nothing else).

A finding's versions are its spellings, each with every place a source uses
it (``places``): the whole name wherever it is written, and the surname alone
when the spellings differ in the surname ("Mr. Heffner"), unless that surname
stands in another person's name ("Christie Hefner").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from ..model import Claim, Discrepancy, Side

NAME = "name"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MIDDLE = r"\s+(?:(?:[A-Z]\.|[A-Z][a-z]+)\s+)?(?:[A-Z]\.\s+)?"
_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
# capitalised words before a surname that are no given name (the review log reads
# findings through ``keep``, and may import nothing of the facts: a list of its own)
_NOT_GIVEN = frozenset(
    str.split("""mr mrs ms miss dr sir dame lord lady president senator sen governor gov mayor judge
    justice officer sergeant detective chief coach professor prof minister chancellor rev
    father general colonel captain lieutenant agent inspector constable but and as when
    while after before said says told asked then so if though although because""")
)


def folded(text: str) -> str:
    """A word without its accents, in lower case ('José' -> 'jose')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def spelling(text: str) -> str:
    """One key for the ways a name is written that spell it the same: its first
    and last words (as the judge reads a full name: ``judge.names``) in lower
    case, accents, middle names and initials and punctuation left out ('Andre
    T. Iguodala' = 'Andre Iguodala', 'Robyn Norma Mendes' = 'Robyn Mendes';
    'José' = 'Jose')."""
    words = [folded(w) for w in _WORD.findall(text) if len(w) > 1]
    return " ".join(words[:1] + words[1:][-1:])


class _Persons:
    """Spellings linked by discrepancies: one person each."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def link(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def name_clusters(discrepancies: Sequence[Discrepancy]) -> list[list[int]]:
    """The name discrepancies (indices into ``discrepancies``) of each finding:
    one per person and variant spelling (module docstring), in the order of
    their first discrepancy. Discrepancies of other kinds are left out."""
    names = [(n, d) for n, d in enumerate(discrepancies) if d.kind == NAME]
    persons = _Persons()
    sources: dict[str, set[str]] = defaultdict(set)
    for _, d in names:
        keys = [spelling(s.text) for s in d.sides]
        persons.link(keys[0], keys[-1])
        for key, s in zip(keys, d.sides, strict=True):
            sources[key].add(s.article)
    usual: dict[str, str | None] = {}
    for person in {persons.root(k) for k in sources}:
        ranked = sorted(
            (k for k in sources if persons.root(k) == person), key=lambda k: (-len(sources[k]), k)
        )
        alone = len(ranked) < 2 or len(sources[ranked[0]]) > len(sources[ranked[1]])
        usual[person] = ranked[0] if alone else None
    variants = _Persons()  # variants compared with each other: one finding
    chosen: list[tuple[int, str, str]] = []
    for n, d in names:
        keys = [spelling(s.text) for s in d.sides]
        person = persons.root(keys[0])
        main = usual[person]
        if main is None:
            variant = ""  # no spelling stands out: the person is one finding
        elif main in keys:
            variant = next((k for k in keys if k != main), main)
        else:  # two variants compared: one finding shows both (trial 34: a second
            variant = keys[0]  # finding repeated one of the first's three spellings)
            variants.link(keys[0], keys[-1])
        chosen.append((n, person, variant))
    out: dict[tuple[str, str], list[int]] = {}
    for n, person, variant in chosen:
        out.setdefault((person, variants.root(variant) if variant else ""), []).append(n)
    return list(out.values())


def places(claims: Sequence[Claim], sides: Sequence[Side]) -> list[tuple[Side, str]]:
    """Every place a source writes one of the spellings of ``sides`` (a name
    finding's discrepancy sides): the whole name (a middle initial allowed),
    and the surname alone when the spellings differ in their last word and the
    word stands in no other person's name, each with its spelling's key
    (``spelling``). Sides already given are left out."""
    ends: dict[str, list[str]] = {}  # a spelling's first and last words, as written
    for s in sides:
        words = [w for w in _WORD.findall(s.text) if len(w) > 1]
        ends.setdefault(spelling(s.text), words[:1] + words[1:][-1:])
    lasts = {folded(w[-1]) for w in ends.values() if w}
    by_surname = len(lasts) > 1 and all(len(w) > 1 for w in ends.values())
    patterns = []
    for key, ws in ends.items():
        if not ws:
            continue
        # a middle name or initials between them ('Robyn Norma Mendes', 'Robert J. Wetzler')
        whole = _MIDDLE.join(re.escape(w) for w in ws)
        patterns.append((key, re.compile(rf"(?<![\w'’-]){whole}(?![\w-])"), False))
        if by_surname:
            last = re.compile(rf"(?<![\w'’-]){re.escape(ws[-1])}(?![\w-])")
            patterns.append((key, last, True))
    given = {(s.article, s.start, s.end) for s in sides}
    out: list[tuple[Side, str]] = []
    for claim in claims:
        taken: list[tuple[int, int]] = []
        for key, pattern, alone in patterns:
            for m in pattern.finditer(claim.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue  # the surname of a whole name found already
                if alone and _in_a_name(claim.text[: m.start()]):
                    continue
                taken.append((m.start(), m.end()))
                at = (claim.article, claim.start + m.start(), claim.start + m.end())
                if at not in given:
                    side = Side(claim.article, claim.id, at[1], at[2], m.group(), m.group())
                    out.append((side, key))
    return out


def _in_a_name(before: str) -> bool:
    """The word before a surname is a capitalised word other than a title
    ('Christie Hefner'; not 'Mr. Hefner', 'President Hefner', 'said Hefner')."""
    m = _BEFORE.search(before)
    if m is None:
        return False
    word = m.group(1)
    return word[0].isupper() and not word.endswith(".") and word.lower() not in _NOT_GIVEN


class Spelt:
    """A name finding's sides read by spelling: ``key`` the version a side is
    (a surname alone is the version whose whole name it ends), ``whole`` a
    side writing the whole name (a version is named by those)."""

    def __init__(self, sides: Sequence[Side], more: Sequence[tuple[Side, str]]) -> None:
        self.keys = {(s.article, s.start, s.end): k for s, k in more}
        self.keys.update({(s.article, s.start, s.end): spelling(s.text) for s in sides})

    def key(self, side: Side) -> str:
        return f"{NAME}:{self.keys.get((side.article, side.start, side.end), spelling(side.text))}"

    def whole(self, side: Side) -> bool:
        return spelling(side.text) == self.keys.get((side.article, side.start, side.end))
