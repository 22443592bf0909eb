"""Whose figure a value is: the place or party a sentence ties it to.

"Telephone and internet services in Egypt were down by 80 percent, in India
by 65 percent": the 80 is Egypt's, the 65 India's. Versions of one finding
are one owner's figure: a finding that listed one country's 65% and another
country's 82% as versions of one figure (fresh trial 21) compared two things.

An owner is a name the sentence ties to the value in the value's own stretch
of the sentence (up to the next comma, clause word or other figure), close to
it: after a preposition following the value and at most four words of what
it counts ("65% of traffic to India", "52 percent in Egypt", "55% with Saudi
Arabia"), or a possessive ("82 percent of India's traffic"); else before it
("in Egypt were down by 80 percent"). A name merely standing near the value
("a Brooklyn mother of 12", "a Brownsville mother of 12") or further along
("2 leaders of polygamist group arrested in Canada" / "Two leaders of
polygamous groups with ties to Utah") is no owner. Two values have different owners only when both
have owners and none is shared; a value without one fits any.

The comparison reads owners too (``facts.measure``: the name a figure's
clause gives as its owner or subject, "The Red Sox offered $170 million", and
one owner's figure in a list, "the Orioles (seven years, $140 million)"), and
the finding level must not unite versions the comparison would call different
things: the Red Sox' offer and the Nationals' made one money finding of two
versions (fresh editor trial). ``measured_apart`` is that test as the findings
read it (written here: this package may not import the judge; it follows
``judge.apart.owners_differ``, a word cut short by a possessive still one
word): both figures name an owner, none of one's words is the other's, and
neither sentence names the other's owner; or one is a listed owner's figure
whose owner the other sentence never names. The reading itself is handed in
by the analysis (``Read``: ``facts.measure.measure_of``): the review log
imports this package and may not reach the fact families.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol

from ..model import Claim, Discrepancy, Fact, Side
from .persons import persons_apart

Where = tuple[str, int, int]  # a side's article and offsets

# kinds whose values belong to someone (a country's share, a team's score);
# times are left alone (a day is not a place's)
OWNED_KINDS = frozenset({"number", "percent", "quantity", "money"})

# words that end a value's stretch: punctuation of clauses, clause words, and
# "and" opening a second predicate ("EYP MCF is headquartered in New York and has
# approximately 350 employees": New York is where it sits, not whose the 350 are;
# "in Egypt and India were down" joins two names and ends nothing)
_BREAK = re.compile(
    r"[,;:()\[\]–—]|\s-\s|\b(?:that|which|who|where|while|but|although|though|whereas|"
    r"said|says|according)\b|\band(?=\s+(?:has|have|had|is|are|was|were|will|would|can|could)\b)",
    re.I,
)
_PREP = r"(?i:in|to|with|for|at|from|across|inside|within)"
# (a place with two names joined by a slash is one name: "Aoraki / Mt. Cook",
# "Derry/Londonderry")
_NAME = r"[A-Z][\w.-]*(?:(?:\s*/\s*|\s+(?:of\s+)?)[A-Z][\w.-]*){0,3}"
# a name the preposition ties to the value: "to India", "in the Middle East"
_WORD = r"[\w'’.-]+"
# after the value, up to four words of what it counts, then the owner: "65% of
# traffic to India", "52 percent in Egypt", "82 percent of India's traffic"
_AFTER = (
    re.compile(rf"^\s*(?:{_WORD}\s+){{0,4}}?{_PREP}\s+(?:the\s+)?({_NAME})"),
    re.compile(rf"^\s*(?:{_WORD}\s+){{0,2}}?of\s+(?:the\s+)?({_NAME})['’]s\b"),
)
# before it: "in Egypt were down by 80 percent", "Hewlett-Packard's planned $13.9 billion"
_BEFORE = (
    re.compile(rf"\b{_PREP}\s+(?:the\s+)?({_NAME})(?:\s+{_WORD}){{0,4}}\s*$"),
    re.compile(rf"\b({_NAME})['’]s(?:\s+{_WORD}){{0,2}}\s*$"),
)
# capitalised words that name no place or party
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "the a an internet web net monday tuesday wednesday thursday friday saturday "
        "sunday january february march april may june july august september october "
        "november december today i he she it they we this that these those",
    )
)


def _names(found: Sequence[str]) -> frozenset[str]:
    out = set()
    for name in found:
        words = [w for w in re.split(r"\s+", name.strip(".'’")) if w]
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if words:
            out.add(" ".join(words).lower().rstrip("'’s").rstrip(".") or words[0].lower())
    return frozenset(out)


def stretch(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The value's own part of ``text`` (offsets into it): from the last
    break or other figure before ``start`` to the first after ``end``."""
    lo, hi = 0, len(text)
    for m in _BREAK.finditer(text):
        if m.end() <= start:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    for s, e in others:
        if e <= start:
            lo = max(lo, e)
        elif s >= end:
            hi = min(hi, s)
    return lo, hi


def owners(claim: Claim, start: int, end: int, facts: Sequence[Fact]) -> frozenset[str]:
    """The names ``claim`` ties to the value at ``start``-``end`` (offsets
    into the article). ``facts``: the claim's facts (other figures end the
    value's stretch; every fact's words, dates among them, are no names)."""
    text = claim.text
    s, e = start - claim.start, end - claim.start
    if not 0 <= s < e <= len(text):
        return frozenset()
    spans = [(f.start - claim.start, f.end - claim.start) for f in facts]
    figures = [(a, b) for a, b in spans if (a, b) != (s, e) and b > a and not (a < e and s < b)]
    lo, hi = stretch(text, s, e, figures)
    chars = list(text)
    for a, b in spans:  # dates and other figures name nobody
        for i in range(max(a, 0), min(b, len(chars))):
            chars[i] = " "
    part = "".join(chars)
    # the owner tied after the value ("65% of traffic to India"), else before it
    for patterns, where in ((_AFTER, part[e:hi]), (_BEFORE, part[lo:s])):
        found = [m.group(1) for p in patterns if (m := p.search(where)) and _names([m.group(1)])]
        if found:
            return _names(found[:1])
    return frozenset()


def side_owners(
    side: Side, claim: Claim | None, facts: Sequence[Fact], kind: str
) -> frozenset[str]:
    """The owners of a finding's side (none for a kind no one owns)."""
    if claim is None or kind not in OWNED_KINDS:
        return frozenset()
    return owners(claim, side.start, side.end, facts)


# a place name's abbreviated word and the word it stands for: "at Mt Cook" and "at
# Aoraki Mount Cook" are one mountain (user trial 40: one climber's fall split over
# two findings, each place read as another owner)
_ABBREVIATED = {
    "mount": "mt",
    "mountain": "mtn",
    "mountains": "mts",
    "fort": "ft",
    "saint": "st",
    "street": "st",
    "point": "pt",
    "road": "rd",
    "avenue": "ave",
}


def _place_words(name: str) -> set[str]:
    """A name's words, hyphens and full stops aside, each word as its usual
    abbreviation ("Mount" as "mt", "Street" and "Saint" as "st")."""
    words = re.split(r"[\s\-‐–/]+", name.replace(".", " "))
    return {_ABBREVIATED.get(w, w) for w in words if w}


def differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two values tied to different owners: both known, and no name of one
    is the other's or part of it ("the Mediterranean" / "the Mediterranean Sea")."""

    def same(x: str, y: str) -> bool:
        wx, wy = _place_words(x), _place_words(y)
        return wx <= wy or wy <= wx

    return bool(a) and bool(b) and not any(same(x, y) for x in a for y in b)


class Owned(Protocol):
    """What the comparison reads of a figure's owner (``facts.measure.Measure``)."""

    owner: tuple[str, ...]
    subject: tuple[str, ...]
    listed: bool
    event: str  # the happening it counts ("killed", "injured", "arrested"), or ""


# a figure's sentence and its offsets in it -> what the comparison reads of its owner
Read = Callable[[str, int, int], Owned]


def measure_at(read: Read, claim: Claim, start: int, end: int) -> tuple[Owned, str]:
    """What the comparison reads of the figure at ``start``-``end`` (offsets
    into the article), with its sentence."""
    return read(claim.text, start - claim.start, end - claim.start), claim.text


def measured_apart(a: Owned, text_a: str, b: Owned, text_b: str) -> bool:
    """Two figures the comparison reads as different owners' (see above)."""
    if (a.listed and not _named(a.owner, text_b)) or (b.listed and not _named(b.owner, text_a)):
        return True
    for own_a, own_b in ((a.owner or a.subject, b.owner or b.subject), (a.subject, b.subject)):
        if (
            own_a
            and own_b
            and not any(_alike(x, y) for x in own_a for y in own_b)
            and not _named(own_a, text_b)
            and not _named(own_b, text_a)
        ):
            return True
    return False


# kinds whose figures count a happening ("killed 2", "arrested 5"); a measure
# with its unit ("a 61-year-old man carrying a firearm", "was arrested") is
# a property of its thing, whatever verb its clause has
COUNTED_KINDS = frozenset({"number"})


def happenings_differ(a: Owned, b: Owned) -> bool:
    """Two figures the comparison reads as counts of different happenings:
    both clauses name one, and not the same ("killing two" / "wounding two
    others": the killed and the injured)."""
    return bool(a.event) and bool(b.event) and a.event != b.event


def _alike(x: str, y: str) -> bool:
    """One owner word, however the possessive was cut ("charle" of "Charles'",
    "national" of "the Nationals'")."""
    return x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))


def _named(words: tuple[str, ...], text: str) -> bool:
    """Whether a word of an owner begins a word of ``text``."""
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}", low) for w in words if w)


def apart_of(
    discrepancies: Sequence[Discrepancy],
    claims: dict[str, Claim],
    facts: Sequence[Fact],
    read: Read | None = None,
) -> Callable[[Where, Where], bool]:
    """Whether two sides (by place) of ``discrepancies`` are tied to
    different owners (``read``: the comparison's reading too), or are figures
    of sentences about different people (``persons``)."""
    by_claim: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_claim[f.claim].append(f)
    owner: dict[Where, frozenset[str]] = {}
    reads: dict[Where, tuple[Owned, str] | None] = {}
    told: dict[Where, tuple[str, str]] = {}  # a side's kind and sentence (``persons``)
    for d in discrepancies:
        for s in d.sides:
            at = (s.article, s.start, s.end)
            if at not in owner:
                claim = claims.get(s.claim)
                told[at] = (d.kind, claim.text if claim is not None else "")
                owner[at] = side_owners(s, claim, by_claim[s.claim], d.kind)
                owned = read is not None and claim is not None and d.kind in OWNED_KINDS
                reads[at] = measure_at(read, claim, s.start, s.end) if owned else None
    none: frozenset[str] = frozenset()
    people = persons_apart(lambda at: told.get(at, ("", "")))

    def apart(a: Where, b: Where) -> bool:
        if differ(owner.get(a, none), owner.get(b, none)) or people(a, b):
            return True
        ra, rb = reads.get(a), reads.get(b)
        return ra is not None and rb is not None and measured_apart(*ra, *rb)

    return apart
