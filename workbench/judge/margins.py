"""A margin one report states against the two figures another gives it between
(session 43, eng161, issue 11): "won in 2:05:41, ahead of Bekele in 2:06:19" /
"won by 48 seconds" (38), "took 14,212 votes to Patel's 13,980" / "won by 332
votes" (232), "beat the Lions 98-87" / "won by 13 points" (11), "Harris, 54, beat
Patel, 47" / "Patel, nine years younger than Harris" (7, or 6 to 8 by birthdays).

A difference is a figure of its own kind, never met by the fact comparison (a
margin and a finishing time, a majority and a tally), so the subtraction both
reports invite was left unchecked. The two sentences are seldom aligned (one
tells a margin, the other two times): read in any two sentences of two reports
that name one person or side alike ("Kiprop", "the Hawks"), narrowly:

- the margin: the one figure of one report tied to a win by "by" ("won by",
  "beat him by", "a margin of"), told as a lead ("48 seconds ahead of",
  "440 more votes than") or as a gap of years ("nine years younger than"), not
  hedged ("about", "more than");
- the figures: exactly two of the other report's, in one sentence with no margin
  of its own, of the margin's kind — two exact times for a time, two counts of
  the margin's noun for a count (the second may leave the noun out: "14,212
  votes to Patel's 13,980"), one scoreline ("98-87") for points or goals, two
  ages apposed to two names the gap's sentence names too for an age gap;
- the difference within three times the margin either way: a margin far from the
  figures is of another pair (times of two races, a majority of another seat),
  not a slip of subtraction.

A margin in whole minutes is read to the half minute; a count with the rounding
of its own figure ("won by 200 votes"); an age gap a year either way (birthdays).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import Claim, Fact, Verdict
from .margin_ends import (
    CLOCK,
    LENGTH,
    around,
    at_a_moment,
    names,
    over_whom,
    owner,
    parties_fit,
    stamped,
)
from .spelled import Add, Decide, fact_side, side_at
from .stages import DERIVED, Outcome, Rule

_S = r"[ \u00a0]+"
_WIN = (
    r"won|wins?|winning|beat|beats|beating|defeated|defeats?|edged|edges|led|leads?|leading|"
    r"lost|loses|losing|trail\w*|finished|prevailed|triumphed|victory|win|clear|ahead|margin"
)
# "won by", "beat Patel by just", "a margin of"
_BY = re.compile(
    rf"\b(?:{_WIN})\b[^.;:!?]{{0,50}}?\bby(?:{_S}(?:just|only|a{_S}mere))?{_S}$"
    rf"|\bmargin{_S}(?:of|was|stood{_S}at)(?:{_S}(?:just|only))?{_S}$",
    re.IGNORECASE,
)
# "48 seconds ahead of", "332 votes clear of", "(332) more votes than"
_LEAD = re.compile(
    rf"^(?:{_S}[a-z]+)?{_S}(?:ahead{_S}of|clear{_S}of|in{_S}front{_S}of|behind|faster{_S}than"
    rf"|slower{_S}than|more{_S}(?:[a-z]+{_S})?than|fewer{_S}(?:[a-z]+{_S})?than)\b"
    rf"|^[-\u2010\u2011 ](?:vote|point|goal|run|seat|second|minute|stroke)s?"
    rf"{_S}(?:margin|win|victory|lead|defeat|majority)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    rf"\b(?:about|around|nearly|almost|some|roughly|approximately|more{_S}than|over|under"
    rf"|less{_S}than|fewer{_S}than|at{_S}least|at{_S}most|up{_S}to|close{_S}to)(?:{_S}by)?{_S}$",
    re.IGNORECASE,
)
# a gap between two ages: "nine years younger than Harris"
_AGE_GAP = re.compile(rf"^{_S}(?:older|younger){_S}than\b", re.IGNORECASE)
# an age apposed to a name: "Harris, 54,", "Patel (47)"
_AGE_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?:,[ \u00a0]*|[ \u00a0]*\()$")
_YEAR = 365.25 * 86400
_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,3})[-\u2013](\d{1,3})(?![\w.,:/-]|\s*(?:season|year))")
_SCORED = frozenset({"point", "goal", "run", "try", None})
_SLACK = {"hour": 1800.0, "minute": 30.0}


@dataclass(frozen=True)
class MarginCase:
    """A margin one report states and what another's two figures make it."""

    stated: Fact
    stated_claim: Claim
    parts_claim: Claim
    span: tuple[int, int]  # the figures worked from, offsets in parts_claim's text
    derived: float
    low: float  # what the stated margin allows, with its rounding
    high: float
    reads: str  # "2:05:41 to 2:06:19 is 38 seconds"

    @property
    def misses(self) -> bool:
        return not self.low <= self.derived <= self.high

    @property
    def far(self) -> bool:
        """The margin and the difference too far apart to be one margin."""
        small, big = sorted((self.derived, (self.low + self.high) / 2))
        return small <= 0 or big > 3 * small


def _at(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def _is_margin(claim: Claim, f: Fact) -> bool:
    s, e = _at(claim, f)
    before = claim.text[max(0, s - 70) : s]
    if _HEDGE.search(before):
        return False
    after = claim.text[e : e + 40]
    return bool(_BY.search(before) or _LEAD.match(after) or _age_gap(claim, f))


def _age_gap(claim: Claim, f: Fact) -> bool:
    return "year" in f.text.lower() and bool(_AGE_GAP.match(claim.text[_at(claim, f)[1] :]))


def _ages(pc: Claim, pf: Sequence[Fact], sc: Claim) -> tuple[float, tuple[int, int], str] | None:
    """Two ages apposed to two names the margin's sentence names too."""
    ages = []
    for f in sorted(pf, key=lambda f: f.start):
        s, e = _at(pc, f)
        named = _AGE_BEFORE.search(pc.text, max(0, s - 30), s)
        if _count(f) and named and re.match(r"[ \u00a0]*[,)]", pc.text[e:]):
            ages.append((f, named.group("name")))
    if len(ages) != 2 or not all(re.search(rf"\b{n}\b", sc.text) for _, n in ages):
        return None
    (x, nx), (y, ny) = ages
    d = abs(float(x.mention.value) - float(y.mention.value))  # type: ignore[union-attr]
    span = (_at(pc, x)[0] - len(nx) - 2, _at(pc, y)[1])
    return d, span, f"{nx}, {x.text}, and {ny}, {y.text}, are {d:g} years apart in age"


def _seconds(f: Fact) -> tuple[float, float] | None:
    amount = getattr(f.mention, "amount", None)
    if f.kind != "duration" or not amount or amount[1] is None:
        return None
    return float(amount[0]), float(amount[1])


def _count(f: Fact) -> bool:
    m = f.mention
    return (
        f.kind == "number"
        and getattr(m, "dimension", "") == "count"
        and getattr(m, "value_high", None) is None
        and isinstance(getattr(m, "value", None), float)
    )


def _stated(sc: Claim, sf: Sequence[Fact]) -> Fact | None:
    """The report's one margin, with no figures of its own to work it from."""
    margins = [f for f in sf if (_count(f) or _seconds(f)) and _is_margin(sc, f)]
    if len(margins) != 1:
        return None
    m = margins[0]
    if at_a_moment(sc, m):  # "trailed by nine with 4:12 remaining": not the final margin
        return None
    if m.kind == "duration" and sum(1 for f in sf if _seconds(f)) > 1:
        return None
    if m.kind == "duration" and LENGTH.search(m.text) and not _age_gap(sc, m):
        return None  # "four days early": a length of time, not a gap between two finishes
    noun = getattr(m.mention, "counted", None)
    if m.kind == "number" and any(
        _count(f) and f is not m and getattr(f.mention, "counted", None) in (noun, None) for f in sf
    ):
        return None
    return None if _SCORE.search(sc.text) else m


def _ends_fit(pc: Claim, ends: Sequence[Fact], sc: Claim, m: Fact) -> bool:
    """Two figures of the margin's own parties, neither of a moment or another occasion."""
    if any(at_a_moment(pc, f) for f in ends):
        return False
    a, b = ends
    first, second = owner(pc, a), owner(pc, b, since=a.end - pc.start)
    return parties_fit(over_whom(sc, m), first, second, names(sc.text))


def _times(pc: Claim, pf: Sequence[Fact]) -> tuple[float, tuple[int, int], str] | None:
    times = sorted((f for f in pf if _seconds(f)), key=lambda f: f.start)
    if len(times) != 2 or any(_seconds(f)[0] != _seconds(f)[1] for f in times):  # type: ignore[index]
        return None
    if not all(CLOCK.search(f.text) for f in times):  # points on a clock, not lengths of time
        return None
    a, b = (_seconds(f)[0] for f in times)  # type: ignore[index]
    d = abs(a - b)
    shown = f"{d:g} seconds" if d < 120 else f"{int(d // 60)} min {d % 60:g} s"
    span = (_at(pc, times[0])[0], _at(pc, times[1])[1])
    return d, span, f"{times[0].text} and {times[1].text} are {shown} apart"


def _counts(pc: Claim, pf: Sequence[Fact], m: Fact) -> tuple[float, tuple[int, int], str] | None:
    noun = getattr(m.mention, "counted", None)
    if noun is None:
        return None
    counts = sorted(
        (f for f in pf if _count(f) and getattr(f.mention, "counted", None) in (noun, None)),
        key=lambda f: f.start,
    )
    if len(counts) != 2 or getattr(counts[0].mention, "counted", None) != noun:
        return None
    a, b = (float(f.mention.value) for f in counts)  # type: ignore[union-attr]
    d = abs(a - b)
    span = (_at(pc, counts[0])[0], _at(pc, counts[1])[1])
    return d, span, f"{counts[0].text} against {counts[1].text} is a margin of {d:,.0f}"


def _score(pc: Claim, m: Fact) -> tuple[float, tuple[int, int], str] | None:
    if getattr(m.mention, "counted", None) not in _SCORED:
        return None
    scores = list(_SCORE.finditer(pc.text))
    if len(scores) != 1 or stamped(around(pc.text, *scores[0].span())):
        return None  # a score at half-time or of another meeting is not this game's
    s = scores[0]
    d = abs(int(s.group(1)) - int(s.group(2)))
    return d, s.span(), f"{s.group(0)} is a margin of {d}"


def _parties(pc: Claim, pf: Sequence[Fact], sc: Claim, m: Fact, span: tuple[int, int]) -> bool:
    """The figures worked from are of the margin's parties (whose gap)."""
    ends = sorted(
        (f for f in pf if span[0] <= f.start - pc.start and f.end - pc.start <= span[1]),
        key=lambda f: f.start,
    )
    ends = [f for f in ends if f.kind == m.kind]
    if len(ends) == 2:
        return _ends_fit(pc, ends, sc, m)
    over = over_whom(sc, m)  # a scoreline: whom the margin is over plays in it
    return over is None or over <= names(pc.text)


def _allowed(m: Fact) -> tuple[float, float]:
    if m.kind == "duration":
        lo, hi = _seconds(m)  # type: ignore[misc]
        words = m.text.lower()
        slack = next((v for k, v in _SLACK.items() if k in words and "second" not in words), 0.5)
        return lo - slack, hi + slack
    mention = m.mention
    return float(mention.low), float(mention.high)  # type: ignore[union-attr]


def margins_of(pc: Claim, pf: Sequence[Fact], sc: Claim, sf: Sequence[Fact]) -> list[MarginCase]:
    """The margin ``sc`` states against the two figures ``pc`` gives it between."""
    m = _stated(sc, sf)
    if m is None or any(_is_margin(pc, f) for f in pf if _count(f) or _seconds(f)):
        return []
    if _age_gap(sc, m):
        got, years = _ages(pc, pf, sc), round(_seconds(m)[0] / _YEAR)  # type: ignore[index]
        low, high = years - 1, years + 1  # ages a year apart either side of a birthday
    else:
        got = _times(pc, pf) if m.kind == "duration" else _counts(pc, pf, m) or _score(pc, m)
        low, high = _allowed(m)
    if got is None:
        return []
    d, span, reads = got
    if not _parties(pc, pf, sc, m, span):
        return []
    case = MarginCase(m, sc, pc, span, d, low, high, reads)
    return [] if case.far else [case]


_NAME = re.compile(r"\b[A-Z][a-z’'-]{2,}\b")
_NOT_NAMES = frozenset(
    re.split(
        " ",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December The This That "
        "These Those Its Their His Her Our And But For With After Before When While Among "
        "Of Officials Police Shares Sources Then There Here Two Three Four Five Six Seven "
        "Eight Nine Ten One Both All Some Most Many Last Earlier Later",
    )
)


def _names(text: str) -> set[str]:
    """The capitalised words of a sentence but its common openers: who it is about."""
    return {w for w in _NAME.findall(text) if w not in _NOT_NAMES}


def margins_apart(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag a margin one report states that another's two figures do not make."""
    stated = [c for c in claims if _stated(c, facts_by_claim.get(c.id, ())) is not None]
    for sc in stated:
        said = _names(sc.text)
        for pc in claims:
            if pc.article == sc.article or not said & _names(pc.text):
                continue
            pf, sf = facts_by_claim.get(pc.id, ()), facts_by_claim.get(sc.id, ())
            for case in margins_of(pc, pf, sc, sf):
                rule = decide(DERIVED, case)
                if rule is None or rule.outcome == Outcome.SKIP:
                    continue
                s, e = case.span
                worked = side_at(pc, s, e, pc.text[s:e], case.reads)
                pn, sn = names.get(pc.article, pc.article), names.get(sc.article, sc.article)
                why = (
                    f"{case.reads} ({pn}), not the {case.stated.text} {sn} states — {rule.outcome}"
                )
                sides = (worked, fact_side(sc, case.stated))
                add(case.stated.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


MARGIN_ROWS: tuple[Rule, ...] = (
    Rule(
        "margin_matches_another_reports_figures",
        DERIVED,
        lambda c: isinstance(c, MarginCase) and not c.misses,
        Outcome.SKIP,
        "a margin one report states that the two figures another gives make, within the "
        "margin's rounding ('2:05:41' and '2:06:19' / 'won by 38 seconds'): no flag",
        "tests/test_s43_margins.py::test_margins_that_match_stay_silent",
    ),
    Rule(
        "margin_against_another_reports_figures",
        DERIVED,
        lambda c: isinstance(c, MarginCase),
        Outcome.CONFLICT,
        "a margin one report states against the two figures another gives it between "
        "('2:05:41' and '2:06:19' / 'won by 48 seconds': 38): the subtraction both "
        "invite settles it",
        "tests/test_s43_margins.py::test_margins_against_their_figures",
    ),
)
