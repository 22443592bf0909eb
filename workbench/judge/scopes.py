"""Same counted thing, another scope (issue 11, point 2; session 23): two
figures of one happening where one counts a wider area or more people than
the other are not one figure misreported. "12 dead in Spain" / "20 dead in
Spain and France", "40 homes in Kent" / "400 homes across the region", "15
arrested in Manchester" / "60 arrested nationwide", "nine killed, including
crew" / "seven killed", "40 passengers, excluding crew" / "52 passengers":
the wider count may hold the narrower. The editor is asked, with both scopes
named, never told of a conflict.

The same scope written two ways ("in Spain" / "Spanish": the adjective is
read as no scope), a place only one report names (a dateline, the story's own
place) and two figures of unrelated named places (``different_periods``: not
compared at all, as before) are no nested scope.
"""

from __future__ import annotations

import re

from ..facts.measure import Measure, measure_of
from ..facts.measure_words import PLACE_WORDS
from ..facts.places import same_place, scoped_places
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase, UnmetCase
from .inclusion_sense import scope_cannot_explain
from .stages import CANDIDATE, UNMET, Outcome, Rule

# Areas by size: a named place (a town, a county, a country) may lie inside any
# area word but "in the county" or "in the town"; two area words nest by this order
# ("six in the town" / "25 nationwide", session 33).
_AREA = {"town": 0.5, "county": 1, "region": 2, "state": 3, "nation": 4, "countries": 5, "world": 6}
_SIDES = ("home", "abroad")  # a count at home or abroad: some of one counted everywhere
_INCLUSION = {
    "more": "counting others in",
    "others": "counting others in",
    "less": "leaving some out",
}


def _named(m: Measure) -> str:
    return " and ".join(w.capitalize() for w in m.where)


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two lists of places sharing one but not all: "in Spain" / "in Spain and
    France", "in Spain and Portugal" / "in Spain and France"."""
    shared = [x for x in a if any(same_place(x, y) for y in b)]
    return bool(shared) and not (len(shared) == len(a) == len(b))


def _place_scope(a: Measure, b: Measure) -> tuple[str, str] | None:
    """How each figure's place is named, when one place holds the other."""
    if a.where and b.where:
        if _overlap(a.where, b.where):
            return f"in {_named(a)}", f"in {_named(b)}"
        return None
    area_a, area_b = _AREA.get(a.place, 0), _AREA.get(b.place, 0)
    if a.where and not b.where and area_b > 1:
        return f"in {_named(a)}", PLACE_WORDS[b.place]
    if b.where and not a.where and area_a > 1:
        return PLACE_WORDS[a.place], f"in {_named(b)}"
    if area_a and area_b and area_a != area_b and not (a.where or b.where):
        return PLACE_WORDS[a.place], PLACE_WORDS[b.place]
    # "1,400 jobs at the Telford plant" / "8,500 jobs across Europe": one site's
    # figure against one over a named place or an area (session 28, eng79)
    for x, y, flip in ((a, b, False), (b, a, True)):
        if x.place == "site" and not x.where and (y.where or _AREA.get(y.place, 0) > 1):
            pair = PLACE_WORDS["site"], f"in {_named(y)}" if y.where else PLACE_WORDS[y.place]
            return pair[::-1] if flip else pair
    # "9 million passengers on its domestic routes" / "41 million passengers": a count
    # at home or abroad is some of a count that names neither (session 27, eng78)
    for x, y, flip in ((a, b, False), (b, a, True)):
        # (a locality is where, not whose: "visitors spent $11 billion in the city")
        if x.place in _SIDES and not (y.place not in ("", "town") or y.where or x.where):
            pair = PLACE_WORDS[x.place], "with no place named (home and abroad may both be in it)"
            return pair[::-1] if flip else pair
    return None


def nested_scopes(a: Measure, b: Measure) -> tuple[str, str] | None:
    """Each figure's scope in words, when the two figures count one thing over
    nested scopes (places of which one names more, or an area against a place
    in it, or one count taking in or leaving out others); None when nothing
    says so."""
    if a.inclusion != b.inclusion and {a.inclusion, b.inclusion} & {"others", "less"}:
        return (
            _INCLUSION.get(a.inclusion, "no others counted in"),
            _INCLUSION.get(b.inclusion, "no others counted in"),
        )
    return _place_scope(a, b)


def scopes_differ(x: Fact, text_x: str, y: Fact, text_y: str) -> bool:
    """Whether two figures, each in its sentence, are counted over scopes their
    clauses state differently: nested ones ("in Kent" / "across the region"),
    two areas, two named places or two inclusions (an update of a running
    figure needs one scope, running.update_told)."""
    read = []
    for f, text in ((x, text_x), (y, text_y)):
        at = text.find(f.text)
        if at < 0:
            return False
        read.append(measure_of(text, at, at + len(f.text)))
    a, b = read
    if nested_scopes(a, b) is not None or a.inclusion != b.inclusion:
        return True
    if a.place and b.place and a.place != b.place:
        return True
    shared = [p for p in a.where if any(same_place(p, q) for q in b.where)]
    return bool(a.where and b.where) and len(shared) != max(len(a.where), len(b.where))


_N = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A whole followed by a part of it in a named place: "25 people, including 4 in
# Lyon", "31 dead, 12 of them in Spain", "among them 3 in Kent".
_S = r"[ \u00a0]+"
_PART = re.compile(
    r"(?:" + _S + r"[a-z][\w-]*){0,3}?,?" + _S
    + r"(?:(?:including|among" + _S + r"them|of" + _S + r"whom)" + _S
    + r"(?:at" + _S + r"least" + _S + r"|some" + _S + r")?(" + _N + r")\b"
    + r"|(" + _N + r")" + _S + r"of" + _S + r"(?:them|whom)\b)",
    re.IGNORECASE,
)  # fmt: skip


def part_places(claim: Claim, f: Fact) -> tuple[str, ...]:
    """The named place of the part a whole figure says it holds ("25 people,
    including 4 in Lyon" -> ("lyon",)), or ()."""
    text = claim.text
    m = _PART.match(text, f.end - claim.start)
    if m is None:
        return ()
    group = 1 if m.group(1) else 2
    return scoped_places(text, m.start(group), m.end(group))


def _whole_and_part(c: CandidateCase) -> tuple[str, str] | None:
    """One figure a whole with a part in a named place, the other a figure of
    that place: '25 people, including 4 in Lyon' / '6 people in Lyon'."""
    if c.claims is None or c.measures is None:
        return None
    for (claim, f, m), other in (
        ((c.claims[0], c.x, c.measures[0]), c.measures[1]),
        ((c.claims[1], c.y, c.measures[1]), c.measures[0]),
    ):
        part = () if m.where else part_places(claim, f)
        if part and other.where and all(any(same_place(w, p) for p in part) for w in other.where):
            of_place = f"in {_named(other)}"
            whole = f"in all (a part of it {of_place})"
            return (whole, of_place) if f is c.x else (of_place, whole)
    return None


def _scopes(c: CandidateCase) -> tuple[str, str] | None:
    if c.measures is None:
        return None
    return nested_scopes(*c.measures) or _whole_and_part(c)


def wider_scope(c: CandidateCase) -> bool:
    """A conflict between two figures of one happening whose scopes nest."""
    if c.cmp.verdict != Verdict.CONFLICT or c.measures is None or c.same_value:
        return False
    if c.measured_apart not in ("", "scope", "inclusion"):
        return False
    if scope_cannot_explain(c) and _place_scope(*c.measures) is None:
        return False  # the count of wider scope is the smaller: no part and whole
    return _scopes(c) is not None


def _whole_side(a: Measure, b: Measure) -> int | None:
    """Which of two figures over nested places counts the whole (0 or 1): the one
    naming more places, an area against a place or a site in it, the wider of
    two areas; None when the places only overlap or an inclusion differs."""
    if a.inclusion != b.inclusion or _place_scope(a, b) is None:
        return None
    if a.place in _SIDES or b.place in _SIDES:
        return None  # at home or abroad against all: a question (session 27, eng78)
    if a.where and b.where:
        return None if len(a.where) == len(b.where) else int(len(b.where) > len(a.where))
    area_a, area_b = _AREA.get(a.place, 0), _AREA.get(b.place, 0)
    if a.where or a.place == "site" or a.place in _SIDES:
        return 1 if (area_b > 1 or b.where or not b.place) else None
    if b.where or b.place == "site" or b.place in _SIDES:
        return 0 if (area_a > 1 or a.where or not a.place) else None
    return None if area_a == area_b else int(area_b > area_a)


def _bounds(f: Fact) -> tuple[float, float] | None:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    return None if lo is None or hi is None else (float(lo), float(hi))


def part_within_whole(c: CandidateCase) -> bool:
    """A conflict between a count of a part (a place, a site) and a count of a
    whole that holds it ('In Italy, 38 injured' / 'at least 50 injured in the two
    countries'; '1,400 jobs at the Telford plant' / '8,500 jobs across Europe'),
    the part no larger than the whole: two measures, not one figure misreported."""
    if c.cmp.verdict != Verdict.CONFLICT or c.measures is None or c.same_value:
        return False
    if c.measured_apart not in ("", "scope"):
        return False
    whole = _whole_side(*c.measures)
    if whole is None:
        return False
    part_f, whole_f = (c.y, c.x) if whole == 0 else (c.x, c.y)
    pb, wb = _bounds(part_f), _bounds(whole_f)
    return pb is not None and wb is not None and pb[0] <= wb[1]


PART_WITHIN_WHOLE = Rule(
    "part_within_whole",
    CANDIDATE,
    part_within_whole,
    Outcome.SKIP,
    "a count of one place or site against a count over a whole that holds it ('In "
    "Italy, 38 people were injured' / 'at least 50 people were injured in the two "
    "countries'; '1,400 jobs at the Telford plant' / '8,500 jobs across Europe'; 'some "
    "4,200 evacuated in Liguria' / 'more than 5,000 across the two countries'), the part "
    "no larger than the whole: a part and its whole measure different things — no flag. "
    "A part larger than its whole stays a question (wider_scope)",
    "tests/test_s28_moments_and_scopes.py::test_a_part_within_its_whole_is_not_compared; "
    "authored storm and carmaker_cuts (development: readers' cause different-scope)",
)


def wider_scope_note(c: CandidateCase) -> str:
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    scopes = _scopes(c)
    assert scopes is not None
    return (
        f"{found}; different scope: '{c.x.text}' {scopes[0]}, '{c.y.text}' {scopes[1]} — "
        "the wider count may hold the other; check which each source counts — unresolved"
    )


WIDER_SCOPE = Rule(
    "wider_scope",
    CANDIDATE,
    wider_scope,
    Outcome.UNRESOLVED,
    "two counts of one happening over nested scopes ('12 dead in Spain' / '20 dead in "
    "Spain and France'; '40 homes in Kent' / '400 homes across the region'; 'nine killed, "
    "including crew' / 'seven killed') differ as a part and its whole may: not a "
    "conflict; both scopes are named for the editor",
    "tests/test_s23_scope_and_bounds.py::test_counts_over_nested_scopes_are_a_question",
    wider_scope_note,
)


def _unmet_measures(c: UnmetCase) -> tuple[Measure, Measure] | None:
    """What two key figures stated in sentences never aligned measure."""
    if c.claims is None:
        return None
    found = [
        measure_of(claim.text, f.start - claim.start, f.end - claim.start)
        for claim, f in zip(c.claims, (c.x, c.y), strict=True)
    ]
    return found[0], found[1]


def _unmet_places(c: UnmetCase) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The named places of two key figures stated in sentences never aligned."""
    found = _unmet_measures(c)
    return ((), ()) if found is None else (found[0].where, found[1].where)


def _unmet_scopes(c: UnmetCase) -> tuple[str, str] | None:
    """Each key figure's scope in words, when the scopes nest: named places that
    share some ("in Spain" / "in Spain and France"), or a named place against an
    area that holds it ("In Italy" / "in the two countries", session 28)."""
    found = _unmet_measures(c)
    return None if found is None else _place_scope(*found)


def unmet_wider_scope(c: UnmetCase) -> bool:
    """Key figures never met whose scopes nest."""
    if c.cmp.verdict != Verdict.CONFLICT or c.happening.startswith("age of"):
        return False
    return _unmet_scopes(c) is not None


def unmet_other_places(c: UnmetCase) -> bool:
    """Key figures never met, each of a named place the other does not name."""
    a, b = _unmet_places(c)
    return bool(a and b) and not any(same_place(x, y) for x in a for y in b)


def unmet_wider_scope_note(c: UnmetCase) -> str:
    scopes = _unmet_scopes(c)
    assert scopes is not None
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{found}; compared: the {c.happening} each article states once, in sentences "
        f"never aligned ({c.names[0]}: '{c.around[0]}' / {c.names[1]}: '{c.around[1]}'); "
        f"different scope: '{c.x.text}' {scopes[0]}, '{c.y.text}' {scopes[1]} — the wider "
        "count may hold the other; check which each source counts — unresolved"
    )


UNMET_WIDER_SCOPE = Rule(
    "unmet_wider_scope",
    UNMET,
    unmet_wider_scope,
    Outcome.UNRESOLVED,
    "as wider_scope, for the key figures of two articles whose sentences never met: "
    "'12 killed in Spain' / '20 dead in Spain and France' may be a part and its whole",
    "tests/test_s23_scope_and_bounds.py::test_key_figures_of_nested_places_are_a_question",
    unmet_wider_scope_note,
)
UNMET_OTHER_PLACES = Rule(
    "unmet_other_places",
    UNMET,
    unmet_other_places,
    Outcome.SKIP,
    "as different_periods for named places: the key figures of two articles whose "
    "sentences never met, each of a named place the other never names ('12 killed in "
    "Spain' / '20 dead in Portugal'), count two things",
    "tests/test_s23_scope_and_bounds.py::test_key_figures_of_nested_places_are_a_question",
)
