"""An identifier written two ways by two sources (trial 25).

A phone number, a case or reference number, a flight number or a house number
in a street is not a quantity: nobody rounds it, and one digit wrong is the
whole of it wrong. Trial 25's editor found "call police on 0845 125 222" in
one report of a fire and "0845 125 2222" in five others, never shown (a wrong
phone number is a classic correction). The quantity family leaves such numbers
out on purpose (they are not amounts), so they are compared here, like the
names of ``names.py``.

Two identifiers are one written two ways when they are of one kind and one
format (a phone number with the same first digits, a flight of the same
airline, a house in the same street), their digits are not the same but only
a digit apart (one left out, added, changed or two swapped; two in a number
of ten digits or more) and each article writes only its own. A spacing of
the same digits ("0800 555 111" / "0800 555111") is one number. A phone
number is flagged wherever the two articles print it (a number to call is
one per story); the shorter identifiers only in sentences the aligner paired
(house numbers a digit apart in two sentences may be two houses).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..model import Claim, Side, Verdict
from .spelled import Add, Decide, article_pairs, by_article, flagged, side_at
from .stages import IDENTIFIER, Outcome, Rule

_S = r"[ \u00a0]"
# a phone number: an optional country code, an area code (bracketed or not), then
# groups of digits apart by a space, dot or dash; 7 to 15 digits in all
_PHONE = re.compile(
    rf"(?<![\w.,/+-])(?:\+\d{{1,3}}{_S}?)?(?:\(\d{{2,5}}\)|\d{{2,5}})"
    r"(?:[ \u00a0.-]\d{2,8}){1,3}"
    r"(?![\w/]|[.,:]\d)"
)
# the sentence says it is a number to call
_PHONE_CUE = re.compile(
    r"\b(?i:call(?:ed|ing|s)?|phone|telephone|tel|contact(?:ed|ing)?|ring|dial|hotline|"
    r"helpline|freephone|text|crimestoppers|number)\b"
)
_FLIGHT = re.compile(rf"\b[Ff]light{_S}+(?:[Nn]o\.?{_S}*)?([A-Z]{{2}}|[A-Z]\d)?{_S}?(\d{{1,4}})\b")
_REFERENCE = re.compile(
    rf"\b(?i:case|reference|ref|crime|incident|log|docket|file|serial)\.?{_S}+"
    rf"(?i:number|no\.?|#){_S}*:?{_S}*([A-Z]{{0,4}}[-/]?\d[\d/-]{{2,}}\d)\b"
)
_STREET_WORDS = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Boulevard|Blvd\.?|Way|Place|Court|"
    r"Terrace|Crescent|Close|Parade"
)
_STREET = re.compile(
    rf"(?<![\w.,-])(\d{{1,5}}){_S}+((?:[A-Z][a-z]+{_S}+){{1,3}}(?:{_STREET_WORDS}))(?!\w)"
)
_STREET_ABBREV = {"st": "street", "rd": "road", "ave": "avenue", "blvd": "boulevard"}
_NAMES = {"phone": "phone number", "flight": "flight number", "reference": "reference number"}


@dataclass(frozen=True)
class Identifier:
    """One identifier as printed in a claim."""

    kind: str  # "phone" | "flight" | "reference" | "house"
    key: str  # what it identifies within its kind: the street, the airline, "" otherwise
    digits: str
    claim: Claim
    start: int  # in the claim's text
    end: int

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]

    @property
    def label(self) -> str:
        return f"house number in {self.key.title()}" if self.kind == "house" else _NAMES[self.kind]


def identifiers_in(claim: Claim) -> list[Identifier]:
    """The identifiers of one claim, in reading order."""
    text = claim.text
    out = []
    if _PHONE_CUE.search(text):
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            groups = len(re.findall(r"\d+", m.group()))
            # a trunk or country code, or three groups: not "2008-2009"
            if 7 <= len(digits) <= 15 and (m.group()[0] in "0+(" or groups >= 3):
                out.append(Identifier("phone", "", digits, claim, m.start(), m.end()))
    for m in _FLIGHT.finditer(text):
        airline = (m.group(1) or "").upper()
        out.append(Identifier("flight", airline, m.group(2), claim, m.start(), m.end()))
    for m in _REFERENCE.finditer(text):
        digits = re.sub(r"\W", "", m.group(1)).upper()
        out.append(Identifier("reference", "", digits, claim, m.start(1), m.end(1)))
    for m in _STREET.finditer(text):
        words = m.group(2).lower().rstrip(".").split()
        street = " ".join([*words[:-1], _STREET_ABBREV.get(words[-1], words[-1])])
        out.append(Identifier("house", street, m.group(1), claim, m.start(), m.end()))
    return out


def a_digit_apart(a: Identifier, b: Identifier) -> bool:
    """One identifier written two ways: the same kind and format, digits that
    differ by one edit (two in numbers of ten digits or more)."""
    if a.kind != b.kind or a.key != b.key or a.digits == b.digits:
        return False
    if a.kind == "phone" and a.digits[:3] != b.digits[:3]:
        return False  # another area code or service: another number
    longest = max(len(a.digits), len(b.digits))
    return OSA.distance(a.digits, b.digits) <= (2 if longest >= 10 else 1)


@dataclass(frozen=True)
class IdentifierCase:
    """Two articles' identifiers of one kind a digit apart."""

    x: Identifier
    y: Identifier
    aligned: bool  # the two stand in sentences the aligner paired
    both_written: bool  # an article also prints the other's digits


def _cases(
    xs: list[Identifier], ys: list[Identifier], aligned: set[frozenset[str]]
) -> list[IdentifierCase]:
    digits_x = {(i.kind, i.digits) for i in xs}
    digits_y = {(i.kind, i.digits) for i in ys}
    out, seen = [], set()
    for x, y in itertools.product(xs, ys):
        if not a_digit_apart(x, y) or (x.kind, x.key, x.digits, y.digits) in seen:
            continue
        seen.add((x.kind, x.key, x.digits, y.digits))
        both = (x.kind, y.digits) in digits_x or (y.kind, x.digits) in digits_y
        together = frozenset((x.claim.id, y.claim.id)) in aligned
        out.append(IdentifierCase(x, y, together, both))
    return out


def identifiers_apart(
    claims: Sequence[Claim],
    names: dict[str, str],
    aligned: set[frozenset[str]],
    add: Add,
    decide: Decide,
) -> None:
    """Flag every identifier two articles write a digit apart (module docstring)."""
    found = by_article(claims, identifiers_in)
    pairs = (
        (a, b, c) for a, b in article_pairs(found) for c in _cases(found[a], found[b], aligned)
    )
    for a, b, case, rule in flagged(pairs, IDENTIFIER, decide):
        x, y = case.x, case.y
        explanation = (
            f"The {x.label} is ‘{x.text}’ in {names[a]} but ‘{y.text}’ in {names[b]} "
            f"({_how(x.digits, y.digits)}) — one is wrong: check it — {rule.outcome}"
        )
        add("identifier", Verdict(str(rule.outcome)), explanation, (_side(x), _side(y)), rule.name)


def _how(a: str, b: str) -> str:
    if len(a) != len(b):
        return "a digit more in one" if abs(len(a) - len(b)) == 1 else "two digits more in one"
    if sorted(a) == sorted(b):
        return "two digits swapped"
    return "a digit differs" if OSA.distance(a, b) == 1 else "two digits differ"


def _side(i: Identifier) -> Side:
    return side_at(i.claim, i.start, i.end, i.text, i.digits)


IDENTIFIER_ROWS: tuple[Rule, ...] = (
    Rule(
        "identifier_written_both_ways",
        IDENTIFIER,
        lambda c: c.both_written,
        Outcome.SKIP,
        "an article that prints both identifiers names two things (two phone lines, two "
        "flights), not one written two ways",
        "tests/test_identifiers.py::test_an_article_printing_both_numbers_is_not_flagged",
    ),
    Rule(
        "short_identifier_in_other_claims",
        IDENTIFIER,
        lambda c: c.x.kind != "phone" and not c.aligned,
        Outcome.SKIP,
        "house, flight and case numbers a digit apart in sentences that do not state the same "
        "claim may be two houses or two flights; only a number to call is one per story",
        "tests/test_identifiers.py::test_house_numbers_apart_only_in_aligned_sentences",
    ),
    Rule(
        "identifier_a_digit_apart",
        IDENTIFIER,
        lambda c: True,
        Outcome.CONFLICT,
        "one identifier (phone, case, flight or house number) written a digit apart by two "
        "sources, each writing only its own: one of them is wrong",
        "tests/test_identifiers.py::test_a_phone_number_a_digit_short_is_a_conflict",
    ),
)
