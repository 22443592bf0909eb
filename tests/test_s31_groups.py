"""Session 31 (find47): one comparison, one finding.

A user trial (38) saw "12-year vs 11-year" twice, as two findings of one
claim group: one source's '11-year' was compared with three sources' '12-year'
and a fourth source's '15-year' (its sentence names both girls); complete
linkage kept one of the '12-year' pairs out (its sentence was never aligned
with the '15-year' one), and that lone pair's finding then listed the other
sources' '12-year' too (``fill``), so both findings showed the same two
figures as two versions. Three mechanisms, each tested on cases of its own:

- a finding whose every pair compares a figure (the very place) another
  finding holds with a value that finding already shows joins it
  (``clusters._compares_within``);
- a finding that shows a pair of another as two of its versions (both places,
  different values) joins it (``clusters._shows_a_pair``);
- a side another finding's pair compares with a side this finding shows is
  not listed here as a further source (``fill.shown_once``).
"""

from __future__ import annotations

import pytest

from workbench.findings.clusters import clusters
from workbench.findings.fill import compared_places, shown_once
from workbench.model import Discrepancy, Side, Verdict


def _side(article: str, value: str, start: int = 10) -> Side:
    return Side(article, f"{article}:0", start, start + len(value), value, value)


def _pair(n: int, a: Side, b: Side, kind: str = "quantity") -> Discrepancy:
    verdict = Verdict.CONSISTENT if a.normalized == b.normalized else Verdict.CONFLICT
    return Discrepancy(f"d{n}", kind, verdict, "", (a, b))


def _key(side: Side, kind: str) -> str:
    return side.normalized


def _related(aligned: set[frozenset[str]]):
    def related(x: str, y: str) -> bool:
        return x == y or frozenset((x[0], y[0])) in aligned

    return related


def _partition(ds: list[Discrepancy], aligned: set[frozenset[str]]) -> list[list[str]]:
    got = clusters(ds, _related(aligned), {}, _key)
    return sorted(sorted(ds[n].id for n in c) for c in got)


# one source's figure (a) against three sources' value and a fourth source's
# other figure (e, its sentence naming two); d's sentence was aligned with a
# only, so complete linkage keeps a~d out of the finding that already holds
# a's figure against d's value
HUB_CASES = [
    ("quantity", "11-year", "12-year", "15-year"),  # the trial's ages
    ("money", "$4.2m", "$4.5m", "$9m"),  # a fee and a second sum
    ("date", "Tuesday", "Wednesday", "March 3"),  # a day and another date
    ("number", "seven", "eight", "twelve"),  # a count of arrests and of raids
]


@pytest.mark.parametrize(("kind", "hub", "most", "other"), HUB_CASES)
def test_the_same_figure_against_the_same_value_is_one_finding(kind, hub, most, other):
    a = _side("a", hub)
    ds = [
        _pair(1, a, _side("b", most), kind),
        _pair(2, a, _side("e", other), kind),
        _pair(3, a, _side("c", most), kind),
        _pair(4, a, _side("d", most), kind),
    ]
    aligned = {frozenset(p) for p in ("ab", "ac", "ae", "ad", "be", "ce", "bc")}
    assert _partition(ds, aligned) == [["d1", "d2", "d3", "d4"]]


@pytest.mark.parametrize(("kind", "hub", "most", "other"), HUB_CASES)
def test_the_same_figure_against_another_value_stays_apart(kind, hub, most, other):
    # a~d compares a's figure with a value the other finding does not show:
    # which thing it is stays the judge's (and the editor's) question
    a = _side("a", hub)
    ds = [
        _pair(1, a, _side("b", most), kind),
        _pair(2, a, _side("e", other), kind),
        _pair(3, a, _side("c", most), kind),
        _pair(4, a, _side("d", "99"), kind),
    ]
    aligned = {frozenset(p) for p in ("ab", "ac", "ae", "ad", "be", "ce", "bc")}
    assert _partition(ds, aligned) == [["d1", "d2", "d3"], ["d4"]]


@pytest.mark.parametrize(
    ("kind", "told", "day", "later"),
    [
        ("date", "yesterday", "Friday", "Saturday"),  # ECB+ 18_ecb's shape
        ("date", "next year", "2007", "this year"),
        ("quantity", "2.5 miles", "4 km", "3 miles"),
    ],
)
def test_a_finding_showing_anothers_pair_as_two_versions_joins_it(kind, told, day, later):
    # first: a's figure against b's and c's; second: b's and a's against d's -
    # it holds a and b as two versions, the pair a~b of the first
    a, b = _side("a", told), _side("b", day)
    d = _side("d", later)
    ds = [
        _pair(1, a, b, kind),
        _pair(2, a, _side("c", day), kind),
        _pair(3, b, d, kind),
        _pair(4, a, d, kind),
    ]
    aligned = {frozenset(p) for p in ("ab", "ac", "bd", "ad", "bc")}
    assert _partition(ds, aligned) == [["d1", "d2", "d3", "d4"]]


def test_two_sources_of_one_version_in_another_finding_join_nothing():
    # two sources' '$1,799' agree (one finding), and both are one version of a
    # finding of another price against a range: no comparison shown twice
    # (ECB+ 40_ecbplus's laptop prices stay two findings)
    b, c = _side("b", "$1,799"), _side("c", "$1,799")
    ds = [
        _pair(1, b, c, "money"),
        _pair(2, b, _side("d", "$1,499"), "money"),
        _pair(3, b, _side("e", "$1,799-$2,199", 40), "money"),
        _pair(4, c, _side("e", "$1,799-$2,199", 40), "money"),
    ]
    aligned = {frozenset(p) for p in ("bc", "bd", "cd")}
    got = _partition(ds, aligned)
    assert ["d3", "d4"] in got and len(got) == 2


def _value(side: Side) -> str:
    return side.normalized


def test_a_further_source_is_not_listed_where_another_finding_compares_it():
    a, b, c, d = _side("a", "11"), _side("b", "12"), _side("c", "12"), _side("d", "12")
    e = _side("e", "15")
    ds = [_pair(0, a, b), _pair(1, a, c), _pair(2, c, d), _pair(3, e, d)]
    compared = compared_places(ds)
    # the finding of a~b would list c and d too: c is compared with a in the
    # finding of a~c, so a and c would show as two versions in both
    assert shown_once([c, d], [a, b], [0], compared, _value) == [d]
    # c~d state one value: one version, no comparison shown twice
    assert shown_once([d], [a, c], [1], compared, _value) == [d]
    # but e~d compares two values: a finding showing e does not list d
    assert shown_once([d], [a, e], [1], compared, _value) == []


def test_sides_are_weighed_in_order():
    a, b, c, d = _side("a", "5"), _side("b", "7"), _side("c", "7"), _side("d", "9")
    ds = [_pair(0, a, b), _pair(1, c, d)]
    # c kept first, then d (another value) is compared with c by another finding
    assert shown_once([c, d], [a, b], [0], compared_places(ds), _value) == [c]
