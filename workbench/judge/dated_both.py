"""Two days of two happenings, one report stating both: no conflict (user trial 50).

Seacom made three announcements (ECB+ 30_ecbplus): business customers restored
(14 October 2011), every customer restored (20 October), the repair complete (4
November). 30_10's "announced today" (14 October) against 30_13's "announced
today (20 October)" was called a conflict, though 30_13 itself goes on "Last
week Friday (14 October 2011), Seacom announced that it had restored services
to its business customers"; and 30_1's "today (4 November)" against 30_13's
20 October, though 30_1 lists "on 14 October 2011" and "on 20 October 2011"
before its own day. An article stating both days, in two of its sentences,
tells two happenings: the other report's one day is the other one of them,
and pairing the two compares two happenings (as both_stated.py reads a
figure its own article also states).

Read for two dates that differ (a conflict or a question), each resolved to a
day: does one side's article state the other side's day in another of its
sentences, written out in full (a month, a day and a year: "14 October 2011",
not "on Friday", whose day a wrong publication date moves), dating no other
happening than the other side does (its clause's happening and the other
side's, where both name one, agree: "arrested on 3 March" is not met by "the
attack on 3 March"; what a statement tells, "announced that it had restored …
on 14 October", names no stage of its own)? Only when exactly one side's article does: two articles
each stating both days split the other way round disagree (a swap, still a
conflict).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..facts.measure import Measure
from ..model import Claim, Fact
from .stages import VALUE, Outcome, Rule

Measured = Callable[[Claim, Fact], Measure]
# a clause naming no stage, or a statement's content ("announced that it had
# restored … on 14 October": facts/measure.dated_event_of's "reported")
_OPEN = frozenset({"", "reported"})
_INDEX: dict[int, tuple[object, dict[str, list[Fact]]]] = {}


def _day(f: Fact) -> str:
    """The day a date resolves to ('' when it is no single day)."""
    timex = f.value.get("timex") if isinstance(f.value, dict) else None
    if not isinstance(timex, str) or len(timex) != 10 or not timex[:4].isdigit():
        return ""
    return timex


def _dates_of(article: str, facts_by_claim: Mapping[str, Sequence[Fact]]) -> list[Fact]:
    """Every date of an article, one index per run (kept while its facts are)."""
    got = _INDEX.get(id(facts_by_claim))
    if got is None or got[0] is not facts_by_claim:
        index: dict[str, list[Fact]] = {}
        for fs in facts_by_claim.values():
            for f in fs:
                if f.kind == "date" and _day(f):
                    index.setdefault(f.article, []).append(f)
        _INDEX.clear()
        got = _INDEX[id(facts_by_claim)] = (facts_by_claim, index)
    return got[1].get(article, [])


def _states(
    s: Fact,
    o: Fact,
    claims: Mapping[str, Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    measured: Measured,
    written: Callable[[Fact], bool],
) -> bool:
    """Whether ``s``'s article states ``o``'s day in another sentence, written
    out in full, dating no other happening than ``o`` does."""
    day = _day(o)
    theirs = measured(claims[o.claim], o).event if o.claim in claims else ""
    for z in _dates_of(s.article, facts_by_claim):
        if z.claim == s.claim or _day(z) != day or z.claim not in claims or not written(z):
            continue
        mine = measured(claims[z.claim], z).event
        if mine in _OPEN or theirs in _OPEN or mine == theirs:
            return True
    return False


def dates_both(
    x: Fact,
    y: Fact,
    claims: Mapping[str, Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    measured: Measured,
    written: Callable[[Fact], bool],
) -> bool:
    """Exactly one side's article states both days (see the module's doc);
    ``written``: a date written out in full (judge/days.fixed)."""
    if x.kind != "date" or y.kind != "date" or x.article == y.article:
        return False
    if not _day(x) or not _day(y) or _day(x) == _day(y):
        return False
    got = (claims, facts_by_claim, measured, written)
    return _states(x, y, *got) != _states(y, x, *got)


def _dated_both(c: object) -> bool:
    return bool(getattr(c, "dated_both", False))


DAYS_ONE_REPORT_TELLS_APART = Rule(
    "days_one_report_tells_apart",
    VALUE,
    _dated_both,
    Outcome.SKIP,
    "two dates that differ where one side's article states both days in two of its "
    "sentences, written out in full and dating no other happening than the other side's "
    "('announced today (20 October)' against 'announced today' of the 14th, while the "
    "first goes on 'Last week Friday (14 October 2011), Seacom announced …'): two "
    "happenings that report tells apart, not one misdated — no flag. Not when both "
    "articles state both days (a swap stays a conflict)",
    "tests/test_dated_both.py::test_a_report_stating_both_days_tells_two_happenings; "
    "user trial 50 (ECB+ 30_ecbplus: 30_10/30_13, 30_1/30_13, "
    "30_10/30_1)",
)
