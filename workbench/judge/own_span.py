"""A length of time that its own clock times do not make (issue 11, session
36): "the blaze burned for five hours, from 02:10 to 04:40" (2 h 30 min),
"on one engine for almost two hours, from 06:11 GMT until it landed at
07:22 GMT" (71 minutes).

One source disagreeing with itself (``own_figures.py``): the length and the
two times that bound it are in one sentence, set beside each other. Read
only when the sentence has one length and two clock times, the times told as
a stretch ("from … to / until …", "between … and …") and the length within a
few words of it; a time with its day ("10pm on Monday to noon on Tuesday")
counts the days between. Two zones, or a zone on one time only, are left
alone. The length keeps its rounding ("five hours" is 4 h 30 – 5 h 30) and
its hedge ("almost two hours" is 1 h 30 – 2 h); only a stretch outside both
and a twentieth of it is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..model import Claim, Fact, Verdict
from ..thresholds import current
from .spelled import Add, Decide, fact_side, stretch_side
from .stages import OWN_SPAN, Outcome, Rule

_FROM = re.compile(r"\b(?:from|between)[ \u00a0]+$", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|until|till|and|through)\b|[–-]", re.IGNORECASE)
_STOP = re.compile(r"[;.!?()]")
# words that put the length in another clause than the stretch: "from 7am to 9am and
# reopened after two days"
_APART = re.compile(
    r"\b(?:and|but|after|before|then|later|earlier|ago|since|while|when|during|within|"
    r"which|who|where|until|till)\b",
    re.IGNORECASE,
)
_HALF = {"minute": 30.0, "hour": 1800.0, "day": 43200.0}  # half a unit of the length's rounding
_SLACK = 0.05


@dataclass(frozen=True)
class SpanCase:
    """A length and the two clock times its sentence bounds it by."""

    length: Fact
    start: Fact
    end: Fact
    seconds: float  # what the two times make

    @property
    def misses(self) -> bool:
        m = self.length.mention
        lo, hi = m.amount  # type: ignore[union-attr]
        # a length as written keeps half its unit's rounding; a hedged one's width is its own
        half = _HALF.get(m.granularity or "", 0.0) if lo == hi else 0.0  # type: ignore[union-attr]
        slack = _SLACK * self.seconds
        low = lo - half - slack
        high = float("inf") if hi is None else hi + half + slack
        return not low <= self.seconds <= high

    def reads(self) -> str:
        minutes = round(self.seconds / 60)
        h, m = divmod(minutes, 60)
        told = f"{h} h {m:02d} min" if h else f"{m} min"
        return f"{self.start.text} to {self.end.text} is {told}"


def _clock(f: Fact) -> int | None:
    m = f.mention
    clock = getattr(m, "clock", ())
    if f.kind != "time" or getattr(m, "type", "") != "TIME" or len(clock) != 1:
        return None
    return clock[0][0]


def _dated(f: Fact) -> datetime | None:
    try:
        return datetime.strptime(str(f.mention.value), "%a %d %b %Y %H:%M")  # type: ignore[union-attr]
    except ValueError:
        return None


def _seconds(a: Fact, b: Fact) -> float | None:
    if getattr(a.mention, "tz", None) != getattr(b.mention, "tz", None):
        return None
    da, db = _dated(a), _dated(b)
    if da is not None and db is not None:
        gap = (db - da).total_seconds()
        return gap if gap > 0 else None
    if (da is None) != (db is None):
        return None
    ca, cb = _clock(a), _clock(b)
    if ca is None or cb is None or ca == cb:
        return None
    return 60.0 * ((cb - ca) % 1440)


def _span_of(claim: Claim, facts: Sequence[Fact]) -> SpanCase | None:
    ordered = sorted(facts, key=lambda f: f.start)
    lengths = [f for f in ordered if f.kind == "duration" and getattr(f.mention, "amount", None)]
    clocks = [f for f in ordered if _clock(f) is not None]
    if len(lengths) != 1 or len(clocks) != 2:
        return None
    length, (a, b) = lengths[0], clocks
    text = claim.text
    at = a.start - claim.start
    if not _FROM.search(text[max(0, at - 12) : at]):
        return None
    between = text[a.end - claim.start : b.start - claim.start]
    if _STOP.search(between) or not _TO.search(between) or len(between.split()) > 7:
        return None
    if length.end <= a.start:
        gap, words = text[length.end - claim.start : at], 5
    elif length.start >= b.end:
        gap, words = text[b.end - claim.start : length.start - claim.start], 3
    else:
        return None
    if _STOP.search(gap) or _APART.search(gap) or len(gap.split()) > words:
        return None
    seconds = _seconds(a, b)
    return None if seconds is None else SpanCase(length, a, b, seconds)


def _explanation(case: SpanCase, name: str, rule: Rule) -> str:
    t = case.length.text
    return (
        f"{name} writes '{t}' beside its own clock times: {case.reads()}, not {t} — "
        f"the length does not match the times that bound it: one of them is wrong — "
        f"{rule.outcome}"
    )


def spans_not_matching(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each length its own sentence's clock times do not make."""
    if not current().judge.own_spans:
        return
    for claim in claims:
        case = _span_of(claim, facts_by_claim.get(claim.id, ()))
        if case is None:
            continue
        rule = decide(OWN_SPAN, case)
        if rule is None or rule.outcome == Outcome.SKIP:
            continue
        n, a, b = case.length, case.start, case.end
        sides = (fact_side(claim, n), stretch_side(claim, a, b, case.reads()))
        why = _explanation(case, names.get(claim.article, claim.article), rule)
        add(n.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_SPAN_ROWS: tuple[Rule, ...] = (
    Rule(
        "length_matches_its_times",
        OWN_SPAN,
        lambda c: not c.misses,
        Outcome.SKIP,
        "a length its own clock times make, within its rounding and hedge ('for about "
        "two and a half hours, from 02:10 to 04:40'): one statement, no flag",
        "tests/test_s36_own_span.py::test_lengths_that_match_their_times_stay_silent",
    ),
    Rule(
        "length_against_its_times",
        OWN_SPAN,
        lambda c: True,
        Outcome.CONFLICT,
        "a length set beside the clock times that bound it that they do not make ('for "
        "five hours, from 02:10 to 04:40'): the source contradicts itself",
        "tests/test_s36_own_span.py::test_lengths_against_their_times_are_conflicts",
    ),
)
