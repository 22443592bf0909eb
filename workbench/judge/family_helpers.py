"""What the judge asks of the fact families. Every question is answered by
the family itself (``workbench.facts``); the judge never reads a mention's
attributes. Kept as named functions because the rules (rules.py) and stages
(engine.py, pairing.py) refer to them by name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from ..facts.quantity import rates as _rates
from ..facts.quantity.family import QUANTITY
from ..facts.quantity.granularity import rounds_as_conversion
from ..facts.quote import Speaker, same_quote_pairs, speakers_differ
from ..facts.registry import family_of
from ..facts.time.family import TIME
from ..model import Claim, Comparison, Fact, Side, Verdict
from .ids import surface

QUANTITY_KINDS = set(QUANTITY.kinds)
TIME_KINDS = set(TIME.kinds)

__all__ = [
    "QUANTITY_KINDS",
    "TIME_KINDS",
    "bound_against_figure",
    "comparable_facts",
    "compare_as_one_count",
    "compare_counting_apart",
    "compare_despite_nouns",
    "compare_facts",
    "compare_magnitudes",
    "conversion_rounded",
    "counted_alike",
    "counted_key",
    "counts_people",
    "different_scale",
    "dimension_of",
    "family_kind",
    "far_coarser",
    "negative_figure",
    "of_record",
    "one_day",
    "pins_own_day",
    "quoted_relative_times",
    "rates_in_force",
    "rates_stated",
    "same_figure",
    "same_quote_pairs",
    "same_value",
    "same_words_different_days",
    "speaker_side",
    "speakers_differ",
    "years_apart",
]


def rates_stated(named_texts: Sequence[tuple[str, str]]):
    """The exchange rates the articles (name, text) state, in force for the
    comparisons made inside the ``with`` block (facts/quantity/rates.py)."""
    return _rates.using(_rates.stated_in(named_texts))


def rates_given(rates: tuple[object, ...]):
    """Rates already read (``rates.stated_in``: read_once.Articles), in force
    for the comparisons made inside the ``with`` block."""
    return _rates.using(rates)


def rates_in_force() -> tuple[object, ...]:
    """The stated rates in force: what a comparison of two currencies reads."""
    return _rates.in_force()


def negative_figure(f: Fact) -> bool:
    """A percentage or sum stated as a negative number ("-2.1%")."""
    return f.kind in QUANTITY_KINDS and QUANTITY.negative(f.mention)


def compare_magnitudes(a: Fact, b: Fact, ln: str, rn: str) -> Comparison | None:
    """Two quantities compared by size, a negative figure's sign read as its direction."""
    if a.kind not in QUANTITY_KINDS or b.kind not in QUANTITY_KINDS:
        return None
    return QUANTITY.compare_magnitudes(a.mention, b.mention, ln, rn)


def conversion_rounded(hedged: Fact, figure: Fact) -> bool | None:
    """Whether a hedged conversion ("about 160 mph") rounds ``figure`` converted
    to its unit at its own step; None when the question does not arise
    (facts/quantity/granularity.rounds_as_conversion)."""
    if hedged.kind not in QUANTITY_KINDS or figure.kind not in QUANTITY_KINDS:
        return None
    if hedged.mention is None or figure.mention is None:
        return None
    return rounds_as_conversion(hedged.mention, figure.mention)


def compare_facts(a: Fact, b: Fact, ln: str, rn: str) -> Comparison | None:
    """The family's verdict on two facts, or None when not comparable (facts of
    different families; quotes, which are matched across whole articles)."""
    fa, fb = family_of(a.kind), family_of(b.kind)
    if fa is not fb or fa.scope != "claim" or a.mention is None or b.mention is None:
        return None
    return fa.compare(a.mention, b.mention, ln, rn)


def comparable_facts(facts: list[Fact]) -> list[Fact]:
    """Facts compared claim by claim (quotes are matched across articles)."""
    return [f for f in facts if family_of(f.kind).scope == "claim"]


# A value read from the tail of a glued mixed number: "41/2 months" (4 1/2, its
# space lost in a token rebuild) read by the time family as "2 months".
_GLUED_BEFORE = re.compile(r"\d/$")


def whole_facts(claim: Claim, facts: list[Fact]) -> list[Fact]:
    """The claim's facts compared claim by claim, less any value read from the
    tail of a glued mixed number: 4 1/2 months is never compared as 2 months."""
    return [
        f
        for f in comparable_facts(facts)
        if not _GLUED_BEFORE.search(
            claim.text, max(0, f.start - claim.start - 2), f.start - claim.start
        )
    ]


def quoted_relative_times(facts: Sequence[Fact]) -> set[str]:
    """Ids of relative time facts inside a quotation: "tonight" in a quote
    means the night it was said, not the night before publication, so
    these are not compared with other articles' dates."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in facts:
        if f.kind == "quote":
            spans[f.article].append((f.start, f.end))
    # Per article: quote starts in order and the furthest end reached so far, so
    # "inside some quote" is one bisection, not a scan of every quote.
    starts: dict[str, list[int]] = {}
    reach: dict[str, list[int]] = {}
    for art, lst in spans.items():
        lst.sort()
        starts[art] = [s for s, _ in lst]
        reach[art] = list(itertools.accumulate((e for _, e in lst), max))
    out = set()
    for f in facts:
        if f.kind not in TIME_KINDS or f.article not in starts or f.mention is None:
            continue
        k = bisect.bisect_right(starts[f.article], f.start)  # quotes starting at or before
        if k and reach[f.article][k - 1] >= f.end and TIME.relative(f.mention):
            out.add(f.id)
    return out


def same_words_different_days(x: Fact, y: Fact, cmp: Comparison) -> bool:
    """ "today" vs "today" resolving to different days."""
    return (
        cmp.verdict == Verdict.CONFLICT
        and x.kind in TIME_KINDS
        and surface(x.text) == surface(y.text)
    )


def pins_own_day(f: Fact) -> bool:
    """A time relative to publication ("today", "this morning")."""
    return f.kind in TIME_KINDS and f.mention is not None and TIME.pins_own_day(f.mention)


def compare_despite_nouns(
    x: Fact, y: Fact, fa: list[Fact], fb: list[Fact], ln: str, rn: str
) -> Comparison | None:
    """'15% of participants' vs '18% of volunteers': different words for the
    thing counted, but each the only value of its kind in aligned claims."""
    if x.kind != y.kind or x.kind not in QUANTITY_KINDS:
        return None
    if sum(f.kind == x.kind for f in fa) != 1 or sum(f.kind == y.kind for f in fb) != 1:
        return None
    return QUANTITY.compare_counting_apart(x.mention, y.mention, ln, rn)


def compare_counting_apart(x: Fact, y: Fact, ln: str, rn: str) -> Comparison | None:
    """Two figures naming different nouns compared as one count ('6 victims' /
    '8 people'); the caller decides when that is safe (the quantity family compares)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return None
    return QUANTITY.compare_counting_apart(x.mention, y.mention, ln, rn)


def compare_as_one_count(x: Fact, y: Fact, ln: str, rn: str) -> Comparison | None:
    """Two counts naming different nouns compared as one ('16 deaths' / '14
    people' who died); the caller decides when that is safe (tolls.py)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return None
    return QUANTITY.compare_as_one_count(x.mention, y.mention, ln, rn)


def counted_alike(x: Fact, y: Fact) -> bool:
    """Both figures name what they count, and it is one thing ("10,000
    followers" / "about 10,000 followers"; the quantity family decides)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    return QUANTITY.counted_alike(x.mention, y.mention)


def counted_key(f: Fact) -> str:
    """What a figure counts, one canonical noun, or "" (the quantity family decides)."""
    return QUANTITY.counted_key(f.mention) if f.kind in QUANTITY_KINDS and f.mention else ""


def counts_people(f: Fact) -> bool:
    """The figure names people as what it counts (the quantity family decides)."""
    return f.kind in QUANTITY_KINDS and f.mention is not None and QUANTITY.counts_people(f.mention)


def dimension_of(f: Fact) -> str:
    """What a quantity measures in units ("count", "length" …), or ""."""
    return QUANTITY.dimension_of(f.mention) if f.kind in QUANTITY_KINDS and f.mention else ""


def one_day(f: Fact) -> bool:
    """A date resolved to one day at most ("Sunday 3 March", "yesterday" in a
    dated article), not a month, a year or an unanchored weekday (the time
    family's evidence decides)."""
    if f.kind != "date" or f.mention is None:
        return False
    spans = [hi - lo for dim, lo, hi in TIME.evidence(f) if dim == "date"]
    return bool(spans) and max(spans) < _DAY_SECONDS


_DAY_SECONDS = 86400


def same_figure(x: Fact, y: Fact) -> bool:
    """One figure, or a bound that rounds the other (the quantity family decides)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    return QUANTITY.same_figure(x.mention, y.mention)


def same_value(x: Fact, y: Fact) -> bool:
    """One value stated twice in other words or units (the family decides)."""
    if x.mention is None or y.mention is None:
        return False
    if x.kind in QUANTITY_KINDS and y.kind in QUANTITY_KINDS:
        return QUANTITY.same_value(x.mention, y.mention)
    if x.kind in TIME_KINDS and y.kind in TIME_KINDS:
        return TIME.same_value(x.mention, y.mention)
    return False


def a_day_off_by_the_clock(x: Fact, y: Fact) -> bool:
    """'this morning' in a paper a time zone ahead vs 'Monday morning' (the time
    family decides)."""
    if x.kind not in TIME_KINDS or y.kind not in TIME_KINDS:
        return False
    if x.mention is None or y.mention is None:
        return False
    return TIME.a_day_off_by_the_clock(x.mention, y.mention)


def days_within_a_week(x: Fact, y: Fact) -> bool:
    """Two days (or parts of days: "last night", "Friday morning"), each resolved,
    no more than a week apart: the precision at which one happening of a running
    story is dated twice ("arrested Friday" / "arrested last night")."""
    ix = getattr(x.mention, "interval", None) if x.kind in TIME_KINDS else None
    iy = getattr(y.mention, "interval", None) if y.kind in TIME_KINDS else None
    if not ix or not iy:
        return False
    day = timedelta(days=1, hours=1)  # a night runs into the next day
    if ix[1] - ix[0] > day or iy[1] - iy[0] > day:
        return False
    return abs(ix[0] - iy[0]) <= timedelta(days=7)


def far_coarser(x: Fact, y: Fact) -> bool:
    """A day inside a year, a year inside a decade (the time family decides)."""
    if x.kind not in TIME_KINDS or y.kind not in TIME_KINDS:
        return False
    if x.mention is None or y.mention is None:
        return False
    return TIME.far_coarser(x.mention, y.mention)


def years_apart(left: str, right: str) -> int:
    """The fewest years between the years two normalised dates name ("Mon 19 Dec
    2005" / "1988": 17; a decade is its ten years: "the 1950s" / "1976": 17),
    or 0 when either names none."""
    ya, yb = _year_spans(left), _year_spans(right)
    return min((max(a0 - b1, b0 - a1, 0) for a0, a1 in ya for b0, b1 in yb), default=0)


def _year_spans(text: str) -> list[tuple[int, int]]:
    spans = [(int(y), int(y)) for y in _YEARS.findall(text)]
    return spans + [(int(d) * 10, int(d) * 10 + 9) for d in _DECADES.findall(text)]


_YEARS = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_DECADES = re.compile(r"\b((?:1[5-9]|20)\d)0s\b")


def of_record(f: Fact) -> bool:
    """A count of a fighter's or team's record (facts/quantity/records.py)."""
    return QUANTITY.of_record(f.mention)


def bound_against_figure(x: Fact, y: Fact) -> bool:
    """'up to 16GB' against '4 GB': one side only a bound (the quantity family decides)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    return QUANTITY.bound_against_figure(x.mention, y.mention)


def different_scale(x: Fact, y: Fact) -> bool:
    """'$25,000' vs '$18 billion': not one figure misreported (the quantity
    family decides)."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS:
        return False
    return QUANTITY.off_scale(x.mention, y.mention)


# How many times longer one length of time must be than another to be another
# thing's length, not one length misreported: "a four-week trial" / "more than
# 15 hours" of deliberation (45 times), "a 30-year hold" / "7:41 left".
LENGTH_SCALE = 20


def lengths_of_different_scale(x: Fact, y: Fact) -> bool:
    """Two lengths of time over twenty-fold apart (each read at its shortest:
    "more than 15 hours" is at least 15): the hours of a jury's deliberation and
    the weeks of its trial, never one length written two ways (session 29)."""
    if x.kind != "duration" or y.kind != "duration":
        return False
    ax, ay = getattr(x.mention, "amount", None), getattr(y.mention, "amount", None)
    if not ax or not ay or not ax[0] or not ay[0]:
        return False
    short, long = sorted((ax[0], ay[0]))
    return long >= LENGTH_SCALE * short


def family_kind(a: str, b: str) -> str:
    """The kind a flag between two facts of one family is filed under."""
    for k in ("money", "percent", "quantity", "date", "duration", "time"):
        if k in (a, b):
            return k
    return a


def speaker_side(f: Fact, sp: Speaker) -> Side:
    """The side of an attribution flag: the speaker's words, or the quote itself
    when the speaker was named in an earlier paragraph."""
    if sp.start >= 0:
        return Side(f.article, f.claim, sp.start, sp.end, sp.text, sp.name)
    return Side(f.article, f.claim, f.start, f.end, f.text, f"{sp.name} (from context)")


# "his third fight this year", "the fifth defence this season", "a second time
# this month": the period is the window of a count, not the day of a happening.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\d+(?:st|nd|rd|th))\b(?:\W+\w+){0,3}\W+(?:so\s+far\s+)?$",
    re.IGNORECASE,
)
_WINDOW_WORDS = re.compile(r"^(?:this|last|so far this)\s+(?:year|season|month|week)$", re.I)


def count_windows(facts: Sequence[Fact], claims: dict[str, Claim]) -> set[str]:
    """Ids of period facts that bound a count ("third this year"): they do
    not date the story's happening, so they are not compared with other
    articles' dates (a fresh reader, J19d: 'third this year' against 'Saturday
    night', the day of the fight)."""
    out = set()
    for f in facts:
        claim = claims.get(f.claim)
        if f.kind not in TIME_KINDS or claim is None or not _WINDOW_WORDS.match(f.text.strip()):
            continue
        before = claim.text[max(0, f.start - claim.start - 60) : f.start - claim.start]
        if _ORDINAL_BEFORE.search(before):
            out.add(f.id)
    return out
