"""Compared only when shown to be one thing (issue 11, session 33).

Until now two figures of aligned claims were compared unless a lexicon said
they differ (the happenings of facts/measure.py, measure_nouns.py, parts,
roles …): a deny-list. Copy the lexicons were never written on brings words
no lexicon holds, and each gap was a false flag ("14 residents" / "three
pets", a depth against a distance, crew members against vessels). Here the
default is the other way round: two figures of the quantity family (counts,
amounts, money, percentages) are compared, with any verdict, only when
something positive says both measure the same thing; without it the pair is
no candidate (no flag, and each figure stays free for a partner that is).

The evidence, each read from what the pairing already knows of both figures:

- ``counted``: both name what they count, and it is one thing by lemma or by
  the quantity family's class of words for people ("14 residents" / "nine
  people") — save two counts of people of which only one says what happened
  to them ("killing at least 47 people" / "thousands of people without
  shelter": a word for people says nothing of which people);
- ``happening``: both clauses name one happening the figure counts ("killing
  12" / "12 dead"; facts/measure.py's lexicons as positive matches);
- ``words``: the words around both share at least two (pairing.frame);
- ``reference``: distances both told from a place ("4km from Gavrio" /
  "about 7.4 kilometres from the port", "15km north-west of Central" / "15
  miles northwest of downtown"; two places named apart are kept
  apart before, by the row ``different_reference_points``);
- ``owner``: figures of one named owner ("Mentis, 58" / "Mentis, 53"; "$1,199
  for the 13-inch" / "$1,099 for the base 13-inch version": an owner word in
  common, two owners told apart are kept apart before, by ``different_owners``),
  of one named place ("82 percent in India" / "65 per cent of traffic to
  India"), of one qualifier joined to a number ("$12 for the 30-day pass" /
  "$15 for the basic 30-day option"), or what rose or fell is one thing
  ("profit fell 12%" / "profit dropped 15%");
- ``part``: one part of a sum, told by what it is paid in or as ("€32m up
  front" / "€30m up front"; facts/parts/);
- ``value``: one value stated twice, in other words or units, or each the
  conversion of one value ("€9.8m (£11.3m)" / "€9.8 million (about £8.5
  million)": two conversions of one fine);
- ``age``: both ages ("Harkin, 67" / "a 76-year-old farmer");
- ``margin``: both how far beyond, or both how far below, a bar ("nine
  more than the 76 needed" / "seven to spare over the 76 needed";
  facts/bars.py, session 36);
- ``only``: each the only figure of its dimension in its sentence (a
  length, a speed, a sum of money, a count …) once the figures both sentences
  state alike are set aside ("Labour on 34 per cent, the Conservatives on 31
  per cent" / "Labour on 34%, the Conservatives on 28%": 31 and 28 are what
  is left): a conversion in parentheses is the figure it converts, not
  another one. Two sentences aligned as one
  statement that each hold one count count one thing ("killing at least 44
  people" / "the death toll has risen to 58"); it is where a sentence holds
  several counts ("14 residents, two dogs and a cat") that the others must
  show which is which.

A happening is read from the figure's own measure (facts/measure.py) or,
where that names none, from the words just before or after it in its clause,
by a small table of classes (``_HAPPENINGS``: killed / dead / died / death
toll; injured / hurt / wounded …), never per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..facts.bars import one_margin
from ..facts.figure_stage import LATER
from ..facts.measure import Measure, clause_bounds
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import (
    QUANTITY_KINDS,
    counted_alike,
    counts_people,
    dimension_of,
    same_figure,
    same_value,
)
from .stages import CANDIDATE, Outcome, Rule

COUNTED, HAPPENING, WORDS, REFERENCE = "counted", "happening", "words", "reference"
OWNER, PART, VALUE, ONLY = "owner", "part", "value", "only"

# Between a figure and its conversion: "230 m (755 ft)", "£1.2bn ($1.6bn)",
# "15 miles, or about 24km", "95 meters (about 310 feet)".
_TWIN_GAP = re.compile(
    r"^[\s,(]*(?:or|about|around|roughly|some|nearly|almost|approximately|approx\.?|\s)*$",
    re.IGNORECASE,
)
AGE = "age"
MARGIN = "margin"  # both how far below, or both how far beyond, a bar (facts/bars.py)
# both at one named point of a running measure: "closed at 97p" / "closed at 95p",
# "peaked at 6.8 metres" / "peaked at 7.1 metres" (facts/figure_stage.py)
STAGE = "stage"

# What follows a length told from a place: "from", "off", "away from", "north
# of", "north-west of", "southeast of" (a conversion in parentheses between).
_FROM_PLACE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:away\s+)?(?:from|off|outside|inland\s+of"
    r"|(?:north|south|east|west)[a-z-]*\s+of)\b",
    re.IGNORECASE,
)

# Classes of words that name one happening a count counts: positive matches,
# never a reason to keep figures apart (that is the lexicons' and rows' work).
_HAPPENINGS = {
    "killed": "kill killed killing kills dead death deaths died die dies dying toll tolls "
    "fatalities fatality fatal lives bodies",
    "injured": "injured injuring injuries injury hurt wounded wounding wounds",
    "missing": "missing unaccounted",
    "arrested": "arrested arrest arrests arresting detained detaining detention custody",
    "evacuated": "evacuated evacuating evacuation evacuees displaced fled flee homeless",
    "rescued": "rescued rescue rescuing saved",
}
# a figure written as a variant's name: "11-inch models", '13" model', "the 2-litre version"
_NAMES_A_VARIANT = re.compile(
    r"(?:-[a-z]+|[\"”])?\s+(?:[A-Z][\w-]*\s+)?(?:models?|versions?|variants?|editions?)\b"
)
_QUALIFIER = re.compile(r"\b\d+(?:\.\d+)?-[A-Za-z]+\b")
_CLASS_OF = {w: k for k, ws in _HAPPENINGS.items() for w in ws.split()}
_WORD = re.compile(r"[a-z]+")


def _twins(claim: Claim, a: Fact, b: Fact) -> bool:
    """``b`` is ``a``'s conversion written beside it, or ``a`` is ``b``'s."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    gap = claim.text[first.end - claim.start : second.start - claim.start]
    return len(gap) <= 24 and bool(_TWIN_GAP.match(gap))


def only_of_its_dimension(
    claim: Claim, f: Fact, facts: Sequence[Fact], told_alike: Sequence[Fact] = ()
) -> bool:
    """``f`` is the only figure of its dimension in its claim (a length, a
    speed, money, a count …): a conversion of it beside it is no other figure,
    and neither is one the other claim states alike (``told_alike``: "34 per
    cent" / "34%" set aside, "31 per cent" / "28%" are the shares left)."""
    dim = dimension_of(f)
    if not dim:
        return False
    return not any(
        g.id != f.id
        and g.kind in QUANTITY_KINDS
        and dimension_of(g) == dim
        and not _twins(claim, f, g)
        and not any(same_value(g, h) for h in told_alike)
        for g in facts
    )


def _from_a_place(claim: Claim, f: Fact) -> bool:
    """A length told as a distance from a place: "15 miles northwest of
    downtown", "4km (2.5 miles) off the coast", "30km from Quito"."""
    if dimension_of(f) != "length":
        return False
    return bool(_FROM_PLACE.match(claim.text, f.end - claim.start))


def happenings(claim: Claim, f: Fact, m: Measure) -> frozenset[str]:
    """The happenings a figure counts: its measure's, or the classes of the
    words within 60 characters of it in its clause ("the death toll … rose
    to 58": killed)."""
    if m.event:
        return frozenset((_CLASS_OF.get(m.event, m.event),))
    s, e = f.start - claim.start, f.end - claim.start
    lo, hi = clause_bounds(claim.text, s, e)
    near = claim.text[max(lo, s - 60) : s] + " " + claim.text[e : min(hi, e + 60)]
    return frozenset(_CLASS_OF[w] for w in _WORD.findall(near.lower()) if w in _CLASS_OF)


def _span(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def _converted(c: CandidateCase) -> bool:
    """Each figure, or its conversion beside it, is one value stated twice."""
    if c.claims is None:
        return False
    ca, cb = c.claims
    fa, fb = c.facts
    xs = [c.x, *(g for g in fa if g.id != c.x.id and _twins(ca, c.x, g))]
    ys = [c.y, *(g for g in fb if g.id != c.y.id and _twins(cb, c.y, g))]
    return any(same_value(a, b) for a in xs for b in ys if (a, b) != (c.x, c.y))


def _one_value(c: CandidateCase) -> bool:
    """One value stated twice (in other words or units, or a bound rounding
    it), or each the conversion of one value."""
    if c.same_value or c.cmp.verdict == Verdict.IDENTICAL or same_figure(c.x, c.y):
        return True
    return _converted(c)


def _only(c: CandidateCase) -> bool:
    """Each the only figure of its family in its claim, or of its dimension
    once the figures both claims state alike are set aside. A figure that names
    a variant ("the 11-inch models", "the 13" model") is the thing's name, not a
    measure of it: being alone says nothing (ECB+ 40_ecbplus, session 33)."""
    if _variant_named(c, any):
        return False
    if c.lone:
        return True
    if c.claims is None:
        return False
    (ca, cb), (fa, fb) = c.claims, c.facts
    others_a = [g for g in fa if g.id != c.x.id]
    others_b = [g for g in fb if g.id != c.y.id]
    return only_of_its_dimension(ca, c.x, fa, others_b) and only_of_its_dimension(
        cb, c.y, fb, others_a
    )


def _one_owner(ma: Measure, mb: Measure) -> bool:
    """An owner word or a named place in common, or one thing that rose or fell."""
    if set(ma.owner) & set(mb.owner) or set(ma.where) & set(mb.where):
        return True
    return bool(ma.thing) and ma.thing == mb.thing


def _qualifiers(claim: Claim, f: Fact) -> frozenset[str]:
    """The words joined to a number near a figure in its clause that say
    what it is of: "$12 for the 30-day pass", "the 13-inch option"."""
    s, e = f.start - claim.start, f.end - claim.start
    lo, hi = clause_bounds(claim.text, s, e)
    near = claim.text[max(lo, s - 40) : s] + " " + claim.text[e : min(hi, e + 40)]
    return frozenset(m.lower() for m in _QUALIFIER.findall(near))


def _people_told_once(c: CandidateCase, told: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Two counts of people of which only one says what happened to them:
    "killing at least 47 people" / "thousands of people without shelter" —
    a word for people says nothing of which people."""
    return counts_people(c.x) and counts_people(c.y) and bool(told[0]) != bool(told[1])


def evidence(c: CandidateCase) -> tuple[str, ...]:
    """The kinds of evidence that the two figures of ``c`` measure one thing."""
    return tuple(_evidence(c))


def _evidence(c: CandidateCase) -> Iterator[str]:
    """:func:`evidence` one kind at a time, in its order: the row asks only
    whether there is any, and the last kinds walk every figure of both claims
    (issue 14: hostile text, a clause of hundreds of figures)."""
    told: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    if c.measures is not None and c.claims is not None:
        (ma, mb), (ca, cb) = c.measures, c.claims
        told = (happenings(ca, c.x, ma), happenings(cb, c.y, mb))
    if counted_alike(c.x, c.y) and not _people_told_once(c, told):
        yield COUNTED
    if told[0] & told[1]:
        yield HAPPENING
    if c.measures is not None and c.claims is not None:
        (ma, mb), (ca, cb) = c.measures, c.claims
        if (ma.reference or _from_a_place(ca, c.x)) and (mb.reference or _from_a_place(cb, c.y)):
            yield REFERENCE
        if _one_owner(ma, mb) or _qualifiers(ca, c.x) & _qualifiers(cb, c.y):
            yield OWNER
        if ma.part.lstrip("~") and ma.part.lstrip("~") == mb.part.lstrip("~"):
            yield PART
        if ma.role == mb.role == AGE:
            yield AGE
        if ma.stage and ma.stage == mb.stage and ma.stage != LATER:
            yield STAGE
        if one_margin(ca.text, _span(ca, c.x), cb.text, _span(cb, c.y)):
            yield MARGIN
    if c.shared_frame >= 2:
        yield WORDS
    if _one_value(c):
        yield VALUE
    if _only(c):
        yield ONLY


def _variant_named(c: CandidateCase, which=all) -> bool:
    """Whether the figures (``all`` or ``any`` of the two) name a variant."""
    if c.claims is None:
        return False
    return which(
        bool(_NAMES_A_VARIANT.match(claim.text, f.end - claim.start))
        for claim, f in zip(c.claims, (c.x, c.y), strict=True)
    )


def not_shown_one_thing(c: CandidateCase) -> bool:
    """Two figures of the quantity family with no evidence that both measure
    one thing (``evidence``); two figures that each name a variant ("the
    11-inch models" / "the 13-inch model") name two things whatever the words
    around them share."""
    if c.x.kind not in QUANTITY_KINDS or c.y.kind not in QUANTITY_KINDS:
        return False
    return _variant_named(c) or next(_evidence(c), None) is None


NOT_SHOWN_ONE_THING = Rule(
    "not_shown_one_thing",
    CANDIDATE,
    not_shown_one_thing,
    Outcome.SKIP,
    "two counts, amounts, sums or percentages of aligned claims are compared only on "
    "positive evidence that both measure one thing: one counted thing ('14 residents' / "
    "'nine people'), one happening ('killing 12' / '12 dead'), two words around both in "
    "common, distances from one place, one owner's figure, one value told twice, or each "
    "the only figure of its unit's dimension in its sentence. Without it the pair is no "
    "candidate and each figure stays free for its real partner: 'rescued 14 residents, two "
    "dogs and a cat' / 'pulled nine people and three pets' compares 14 with nine, never 14 "
    "with three. Lexicons of what differs (a deny-list) miss every word new copy brings",
    "tests/test_s33_same_thing.py::test_figures_not_shown_to_be_one_thing_are_not_compared; "
    "tests/test_judge_rules.py::test_values_that_measure_different_things_do_not_pair; "
    "authored development events (different things compared: 5 wrong, 2 borderline and 1 "
    "right flags dropped, key recall unchanged); labelled pairs 03 and 04 (shares and sums "
    "left once the figures told alike are set aside still compared)",
)
