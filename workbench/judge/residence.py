"""Where a named person lives, stated differently by two sources (trial 26).

News says where someone lives in an apposition after the name: "Anthony
Phillip LaSalle, 36, of Bloomington", "LaSalle, of Bloomington, was stopped",
British copy "John Smith, 42, from Leeds". Trial 26's editor found one report
of a hit and run giving the driver as "Anthony LaSalle, 36, of Minneapolis"
while four others said Bloomington, never shown: a wrong home town is a
classic correction.

Each article's stated residences are read from those appositions ("of" after
a comma, "from" only with an age, the place one to three capitalised words
ended by punctuation or a verb, not an organisation). A mention by surname
alone takes the given name of the one full name the article writes with that
surname. Two articles state one person's residence when the surnames are the
same, the first given names agree and any ages are at most a year apart.

Two places are compared as the text allows, without a gazetteer: the same
town is no flag; a town and a place the event's own text puts it in
("Bloomington, Minnesota") are consistent; a town against a place that may
hold it (a US state, a county, a place written after a comma in the event:
"Leeds, England") is unresolved; two towns are a conflict. Which place the
articles put inside which is read from all of them (judge/containment.py:
"Queens' South Ozone Park", "the Bushwick neighborhood of Brooklyn", "Neukölln
in Berlin"; a street put in two places). The only list is
the fifty US states and their AP abbreviations: US copy names an
out-of-state person's home by the state alone, and the list is closed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..facts.quote.names import FUNCTION_WORDS, TITLES
from ..model import Claim, Verdict
from .containment import inside_pairs, sharing_a_street
from .spelled import Add, Decide, article_pairs, by_article, flagged, side_at
from .stages import RESIDENCE, Outcome, Rule

# a capitalised word, a capital inside allowed ("LaSalle", "McDonald", "LuAnn")
_L = r"[a-zß-öø-ÿ]"
_CAP = rf"[A-ZÀ-ÖØ-Þ]{_L}{{0,3}}(?:[A-ZÀ-ÖØ-Þ]{_L}+|{_L}+)"
_CAP = rf"{_CAP}(?:[-'’]{_CAP})?"
_NAME = rf"(?<![\w'’-])(?:{_CAP}\s+(?:[A-Z]\.\s+)?){{0,3}}{_CAP}"
_FULL = re.compile(rf"({_NAME})(?![\w-])")
_U = r"[A-ZÀ-ÖØ-Þ]"  # "Neukölln", "Göttingen", "Île-de-France"
_TOWN = rf"(?:St\.|Saint|Ft\.|Fort|Mt\.|Mount|{_U}{_L}+)(?:[ -]{_U}{_L}+){{0,2}}"
_REGION = rf"(?:{_U}{_L}+\.?(?:\s{_U}{_L}+\.?)?|[A-Z]\.[A-Z]\.)"
# what may follow the place: punctuation, a bracket or a verb's lower-case word
_END = r"(?=[,.;:)]|\s+[a-z]|\s*$)"
_WHO = rf"(?P<person>{_NAME}),\s+(?:(?P<age>\d{{1,3}}),\s+)?"
_PLACE = rf"(?P<town>{_TOWN})(?:,\s+(?P<region>{_REGION}))?"
_STATED = (
    # "Anthony LaSalle, 36, of Bloomington", "John Smith, 42, from Leeds"
    re.compile(rf"{_WHO}(?P<prep>of|from)\s+{_PLACE}{_END}"),
    # "Raj Chohan, who lived half a mile away in South Ozone Park"
    re.compile(
        rf"{_WHO}who\s+(?:had\s+)?(?:lived|lives|resided|resides)(?:\s+[a-z]+){{0,4}}?"
        rf"\s+in\s+{_PLACE}{_END}"
    ),
    # "Anthony LaSalle, a 36-year-old Bloomington man,"
    re.compile(
        rf"{_WHO}an?\s+(?:(?P<age2>\d{{1,3}})-year-old\s+)?(?P<town>{_TOWN})\s+"
        rf"(?:man|woman|resident|native|teen|teenager|youth|boy|girl)\b"
    ),
    # "Bloomington resident Anthony LaSalle"
    re.compile(
        rf"(?<![\w-])(?P<town>{_TOWN})\s+(?:resident|native)\s+(?P<person>{_NAME})(?![\w-])"
    ),
)
# what each of _STATED cannot match without: a claim lacking it is not scanned
# name by name (the names' pattern tried at every capital was most of the time)
_NEEDS = (
    re.compile(r",\s+(?:\d{1,3},\s+)?(?:of|from)\s"),
    re.compile(r",\s+(?:\d{1,3},\s+)?who\s"),
    re.compile(r",\s+(?:\d{1,3},\s+)?an?\s"),
    re.compile(r"\s(?:resident|native)\s"),
)
# a place with its own county offices holds towns: "Queens District Attorney",
# "Queens Supreme Court", "the borough of Brooklyn", "Kings County"
_JURISDICTION = re.compile(
    rf"\b({_TOWN})\s+(?:District Attorney|DA|Supreme Court|County|Borough|borough president)\b"
    rf"|\b[Bb]orough of ({_TOWN})\b"
)
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")
_WRITTEN_IN = re.compile(rf"({_TOWN}),\s+({_REGION})(?=[,.;:)]|\s*$)")
# a place's last word that makes it an organisation, a building, a unit or a street
_ORGANISATIONS = """police department university college school hospital company corp inc ltd
    church council court bank club party group agency association institute center centre
    office board committee ministry army navy force forces team times news post press
    street st road rd avenue ave lane drive boulevard blvd way place terrace crescent close"""
_NOT_PLACES = frozenset(_ORGANISATIONS.split())
_REGIONS = "county state province region shire area district parish"
_REGION_WORDS = frozenset(_REGIONS.split())
_STATES = """alabama ala alaska arizona ariz arkansas ark california calif colorado colo
    connecticut conn delaware del florida fla georgia ga hawaii idaho illinois ill indiana ind
    iowa kansas kan kentucky ky louisiana la maine maryland md massachusetts mass michigan
    mich minnesota minn mississippi miss missouri mo montana mont nebraska neb nevada nev
    hampshire jersey mexico york carolina dakota ohio oklahoma okla oregon ore pennsylvania
    pa rhode tennessee tenn texas utah vermont vt virginia va washington wash wisconsin wis
    wyoming wyo"""
_US_STATES = frozenset(_STATES.split())


_TWO_TOWNS = "two different towns for one person: one is wrong, check it"


@dataclass(frozen=True)
class Residence:
    """One person's home as one article states it."""

    given: str  # the first given name, lower case
    surname: str
    age: int | None
    town: str  # as written
    region: str  # after a comma ("Minn."), or ""
    claim: Claim
    start: int  # the place's span in the claim's text
    end: int

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]

    @property
    def person(self) -> str:
        return f"{self.given.title()} {self.surname}"


def residences_in(claims: Sequence[Claim]) -> list[Residence]:
    """One article's stated residences, a person's first one each."""
    givens: dict[str, set[str]] = {}
    for claim in claims:
        for m in _FULL.finditer(claim.text):
            words = _name_words(m.group(1))
            if len(words) > 1:
                givens.setdefault(words[-1], set()).add(words[0].lower())
    out: dict[tuple[str, str], Residence] = {}
    for claim in claims:
        stated = (p for p, need in zip(_STATED, _NEEDS, strict=True) if need.search(claim.text))
        for m in itertools.chain.from_iterable(p.finditer(claim.text) for p in stated):
            found = {k: v for k, v in m.groupdict().items() if v}
            words = _name_words(found["person"])
            if not words or _not_a_place(found["town"]):
                continue
            if "prep" not in found and "region" not in found and _described(found["town"]):
                continue  # "a British woman", "local resident": who, not where
            age = found.get("age") or found.get("age2")
            age = age or _age_before(claim.text[: m.start("person")])
            if found.get("prep") == "from" and age is None:
                continue  # "Jones, from the council": a home only beside an age
            surname = words[-1]
            given = {words[0].lower()} if len(words) > 1 else givens.get(surname, set())
            if len(given) != 1:
                continue  # a surname alone that the article never gives in full, or two people
            (first,) = given
            region = found.get("region", "")
            region = "" if region and _not_a_place(region) else region
            end = m.end("region") if region else m.end("town")
            r = Residence(
                first, surname, int(age) if age else None, found["town"], region,
                claim, m.start("town"), end,
            )  # fmt: skip
            out.setdefault((first, surname), r)
    return list(out.values())


def _name_words(run: str) -> list[str]:
    """The words of a capitalised run that make a name: no initials, no title or
    function word before it ("Police", "Mr", "Then")."""
    words = [w for w in run.split() if not w.endswith(".")]
    while words and words[0].lower() in TITLES | FUNCTION_WORDS | _NOT_PLACES:
        words = words[1:]
    return words


def _age_before(text: str) -> str | None:
    m = _AGE_BEFORE.search(text)
    return m.group(1) if m else None


# words before "man", "woman", "resident" that say who someone is, not where they live
_DESCRIBING = """local longtime former fellow area another one young old
    black white muslim sikh hindu jewish catholic christian latino latina gay"""
_DESCRIPTORS = frozenset(_DESCRIBING.split())


def _described(town: str) -> bool:
    """A word before "man"/"resident" that is a nationality, faith or description:
    demonyms end in -an, -ish, -ese, -i or -ic ("British", "Pakistani"); a US
    state ("Michigan man") is a place."""
    words = town.lower().split()
    if words[-1] in _US_STATES:
        return False
    return (
        bool(_DESCRIPTORS & set(words)) or re.search(r"(an|ish|ese|i|ic)$", words[-1]) is not None
    )


def _not_a_place(town: str) -> bool:
    words = town.lower().split()
    return words[-1].rstrip(".") in _NOT_PLACES or words[0] in TITLES | FUNCTION_WORDS


def _norm(place: str) -> str:
    place = place.lower().replace("st.", "saint").replace("ft.", "fort").replace("mt.", "mount")
    return re.sub(r"[.\s]+", " ", place).strip()


@dataclass(frozen=True)
class ResidenceCase:
    """One person's home as two articles state it, and what the event's text
    tells of the two places."""

    x: Residence
    y: Residence
    same_town: bool
    inside: bool  # the text puts one place in the other
    may_hold: bool  # one place may hold the other (a state, a county, a region)


@dataclass(frozen=True)
class Places:
    """What the event's text says of places: which place it writes inside which."""

    inside: frozenset[tuple[str, str]]  # (town, region)
    counties: frozenset[str] = frozenset()  # places with their own county offices
    shared: frozenset[str] = frozenset()  # places one street is put in with another

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> Places:
        pairs = {
            (_norm(m.group(1)), _norm(m.group(2)))
            for c in claims
            for m in _WRITTEN_IN.finditer(c.text)
            if not _not_a_place(m.group(1)) and not _not_a_place(m.group(2))
        }
        counties = {  # "Acting Queens District Attorney": "acting queens" and "queens"
            " ".join(words[i:])
            for c in claims
            for m in _JURISDICTION.finditer(c.text)
            for words in [_norm(m.group(1) or m.group(2)).split()]
            for i in range(len(words))
        }
        texts = [c.text for c in claims]
        pairs |= inside_pairs(texts)  # "Queens' South Ozone Park", "Neukölln in Berlin"
        return cls(frozenset(pairs), frozenset(counties), frozenset(sharing_a_street(texts)))

    def region(self, place: str) -> bool:
        words = place.split()
        return (
            place in _US_STATES
            or (len(words) == 2 and words[1] in _US_STATES)  # "new york", "north dakota"
            or words[-1] in _REGION_WORDS
            or any(r == place for _, r in self.inside)
            or place in self.counties
            or place in self.shared
        )

    def holds(self, region: str, town: str) -> bool:
        return (town, region) in self.inside


def case_of(x: Residence, y: Residence, places: Places) -> ResidenceCase:
    tx, ty = _norm(x.town), _norm(y.town)
    rx, ry = _norm(x.region), _norm(y.region)
    if tx == ty:
        return ResidenceCase(x, y, True, False, bool(rx and ry and rx != ry))
    inside = (
        places.holds(tx, ty) or places.holds(ty, tx) or tx == ry or ty == rx
    )  # fmt: skip
    return ResidenceCase(x, y, False, inside, places.region(tx) or places.region(ty))


def _same_person(x: Residence, y: Residence) -> bool:
    if x.surname != y.surname or x.given != y.given:
        return False
    return x.age is None or y.age is None or abs(x.age - y.age) <= 1


def homes_apart(
    claims: Sequence[Claim],
    names: dict[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag every person two articles give two homes (module docstring)."""
    read = by_article(claims, lambda c: [c])
    homes = {a: residences_in(cs) for a, cs in read.items()}
    places = Places.of(claims)
    found = [
        (a, b, case_of(x, y, places))
        for a, b in article_pairs(homes)
        for x, y in itertools.product(homes[a], homes[b])
        if _same_person(x, y)
    ]
    for a, b, case, rule in flagged(found, RESIDENCE, decide):
        x, y = case.x, case.y
        explanation = (
            f"{x.person}'s home is ‘{x.text}’ in {names[a]} but ‘{y.text}’ in {names[b]} "
            f"— {rule.explain(case) if rule.explain else _TWO_TOWNS} — {rule.outcome}"
        )
        sides = (
            side_at(x.claim, x.start, x.end, x.text, _norm(x.text)),
            side_at(y.claim, y.start, y.end, y.text, _norm(y.text)),
        )
        add("residence", Verdict(str(rule.outcome)), explanation, sides, rule.name)


RESIDENCE_ROWS: tuple[Rule, ...] = (
    Rule(
        "same_home",
        RESIDENCE,
        lambda c: c.same_town and not c.may_hold,
        Outcome.SKIP,
        "the same town given as one person's home by two sources: nothing to show",
        "tests/test_residence.py::test_the_same_town_is_no_flag",
    ),
    Rule(
        "home_inside_the_other",
        RESIDENCE,
        lambda c: c.inside,
        Outcome.CONSISTENT,
        "the articles' own text puts one place inside the other",
        "tests/test_residence.py::test_a_town_and_the_state_the_text_puts_it_in_agree",
        explain=lambda c: "the articles' own text puts one place inside the other",
    ),
    Rule(
        "home_may_be_inside",
        RESIDENCE,
        lambda c: c.may_hold,
        Outcome.UNRESOLVED,
        "a town against a place that may hold it (a state, a county, a place written after "
        "a comma) or one town in two regions: the text does not tell whether they agree",
        "tests/test_residence.py::test_a_town_against_a_state_is_unresolved",
        explain=lambda c: (
            f"one town in two regions: the text does not tell which — check which "
            f"'{c.x.town}' is meant"
            if c.same_town
            else f"one may be a region holding the other; the text does not tell — check "
            f"whether '{c.x.town}' and '{c.y.town}' are one place at two scales"
        ),
    ),
    Rule(
        "home_in_two_towns",
        RESIDENCE,
        lambda c: True,
        Outcome.CONFLICT,
        "one person (same surname, same given name, ages a year apart at most) given two "
        "different towns as home by two sources: one of them is wrong",
        "tests/test_residence.py::test_two_towns_for_one_person_are_a_conflict",
    ),
)
