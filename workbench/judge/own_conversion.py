"""A figure whose own conversion in the same sentence is wrong (issue 11,
session 35): "11,000 metres (about 31,000 feet)" (11,000 m is 36,089 ft),
"520 nautical miles (837km)", "4:31 a.m. PDT (12:31 GMT)", "C$185m (US$150m)"
in a story that states "C$1.37 to the US dollar" elsewhere.

One source disagreeing with itself: no other report need state either
figure. Both sides of the discrepancy are in one sentence of one article.
Compared by the family's own comparison, so rounding and hedges count as
they do between two reports ("about 31,000 feet" for 9,450 m is no flag):

- a figure and its conversion in parentheses, one dimension, two units of a
  fixed conversion (a length, a height, a volume, a speed, a temperature, a
  weight, an area);
- a clock and its conversion in parentheses, both zones written with them
  (a zone read from the story or from the conversion itself is no evidence);
- a sum and its conversion into another currency, only against a rate the
  same article states in words of its own ("C$1.37 to the US dollar",
  "an exchange rate of 1.37 Canadian dollars per US dollar": ``stated_rate``);
  another conversion in the article is no rate to hold it to (the rate of a
  sum's day is the reporter's to choose).

Only a conflict is flagged; an agreeing conversion is the version its figure
is (``findings/converted.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..facts.quantity.units import UNITS, format_number, from_base, to_base
from ..facts.time.instants import zone_name
from ..model import Claim, Comparison, Fact, Verdict
from ..thresholds import current
from .family_helpers import QUANTITY_KINDS, compare_facts
from .own_inches import inch_conversions
from .spelled import Add, Decide, fact_side
from .stages import OWN_CONVERSION, Outcome, Rule
from .stated_rate import Rate, rates_in

# between a figure and its conversion: an opening bracket, perhaps a hedge or "or"
_OPENS = re.compile(
    r"\s*\(\s*(?:(?:or\s+)?(?:about|around|roughly|approximately|some|nearly|almost|c\.|ca\.)\s+"
    r"|or\s+|i\.e\.\s+|equivalent\s+to\s+)?",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"\s*(?:\)|[,;]|\s(?:or|and|at)\s)")
_HAIR = 0.02  # as findings/converted.py: a conversion rounded to a whole number may miss
_SYMBOLS = {"degF": " °F", "degC": " °C"}  # a unit's key as an editor writes it


@dataclass(frozen=True)
class ConversionCase:
    """One figure and its conversion: what the family said of the two, and
    what the conversion should read."""

    kind: str  # quantity, money, time
    comparison: Comparison | None
    should_read: str  # "36,089 ft", "11:31 GMT", "US$135m"
    rate: Rate | None = None
    hair: bool = False  # the two miss each other by no more than _HAIR of the figure
    apart_as_written: bool = False  # hedged, and apart with the hedges set aside


def _dimension(f: Fact) -> str:
    return getattr(f.mention, "dimension", "") or ""


def _unit(f: Fact) -> str | None:
    return getattr(f.mention, "unit", None)


def _bracketed(claim: Claim, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Each figure with the figure after it in parentheses."""
    ordered = sorted(facts, key=lambda f: f.start)
    out = []
    for a, b in pairwise(ordered):
        between = claim.text[a.end - claim.start : b.start - claim.start]
        after = claim.text[b.end - claim.start :]
        if _OPENS.fullmatch(between) and "(" in between and _CLOSES.match(after):
            out.append((a, b))
    return out


def _converted(a: Fact, b: Fact) -> str:
    """``a`` in ``b``'s unit, as an editor reads it: "36,089 ft"."""
    ma, mb = a.mention, b.mention
    ua, ub = UNITS[ma.unit], UNITS[mb.unit]  # type: ignore[union-attr]
    values = [ma.value] if ma.value_high is None else [ma.value, ma.value_high]  # type: ignore[union-attr]
    shown = [_figure(from_base(to_base(v, ua), ub)) for v in values]
    return f"{'–'.join(shown)}{_SYMBOLS.get(mb.unit, ' ' + mb.unit)}"  # type: ignore[union-attr]


def _figure(v: float) -> str:
    if abs(v) >= 1e7:
        return format_number(v, 3, words=True)
    return f"{v:,.0f}" if abs(v) >= 100 else format_number(v, 3)


def _quantity_case(a: Fact, b: Fact, name: str) -> ConversionCase | None:
    dim = _dimension(a)
    if not dim or dim == "currency" or dim != _dimension(b) or _unit(a) == _unit(b):
        return None
    if _unit(a) not in UNITS or _unit(b) not in UNITS:
        return None
    if dim == "temperature" and _as_change(a, b):
        return None  # "rose by 2C (3.6F)": a change converts without the offset
    cmp = compare_facts(a, b, name, name)
    hair = _by_a_hair(a, b)
    apart = not hair and _hedged_apart(a, b)
    return ConversionCase("quantity", cmp, _converted(a, b), hair=hair, apart_as_written=apart)


def _hedged_apart(a: Fact, b: Fact) -> bool:
    """A hedged figure or conversion whose figures as written, each with its
    own rounding but not its hedge, do not meet: "around 165 knots (about
    265 km/h)" (165 kn is 306 km/h). A conversion converts the figure its
    sentence states; "about" on both sides is no licence for a second
    rounding (session 36: the two hedges let 306 meet 265)."""
    ma, mb = a.mention, b.mention
    if not (ma.hedge or mb.hedge) or _dimension(a) == "temperature":  # type: ignore[union-attr]
        return False
    (alo, ahi), (blo, bhi) = _as_written(ma), _as_written(mb)
    return ahi < blo * (1 - _HAIR) or bhi < alo * (1 - _HAIR)


def _as_written(m: Any) -> tuple[float, float]:
    """The figure's rounding in its dimension's base unit, its hedge aside."""
    half = m.precision / 2
    high = m.value if m.value_high is None else m.value_high
    unit = UNITS[m.unit]
    return to_base(m.value - half, unit), to_base(high + half, unit)


def _by_a_hair(a: Fact, b: Fact) -> bool:
    """The two figures as written, converted, differ by no more than a hair:
    "2.96 pounds (1.35 kg)" (2.96 lb is 1.343 kg), a conversion of a figure
    rounded before it was converted. Nominal values, not the roundings' ends:
    "11,000 metres" is read as anything from 10,500 m, which would excuse
    "about 31,000 feet" (36,089 ft) on top of the family's own rounding."""
    ma, mb = a.mention, b.mention
    na, nb = _nominal(ma), _nominal(mb)
    if _dimension(a) == "temperature":
        return abs(na - nb) <= 1.0  # a degree, the scales' zeros aside
    return abs(na - nb) <= _HAIR * max(abs(na), abs(nb))


def _nominal(m: Any) -> float:
    """The figure as written in its dimension's base unit, a range by its middle."""
    v = m.value if m.value_high is None else (m.value + m.value_high) / 2
    return to_base(v, UNITS[m.unit])


def _as_change(a: Fact, b: Fact) -> bool:
    """``b`` converts ``a`` read as a change of temperature, the scales' zeros
    aside: 2C is 3.6F warmer, though 2C is 35.6F."""
    ma, mb = a.mention, b.mention
    if ma.value_high is not None or mb.value_high is not None:  # type: ignore[union-attr]
        return False
    want = ma.value * UNITS[ma.unit].factor / UNITS[mb.unit].factor  # type: ignore[union-attr]
    slack = max(mb.precision, 0.05 * abs(mb.value), 0.6)  # type: ignore[union-attr]
    return abs(want - mb.value) <= slack  # type: ignore[union-attr]


def _clock(f: Fact) -> int | None:
    m = f.mention
    clock = getattr(m, "clock", ())
    if getattr(m, "type", "") != "TIME" or len(clock) != 1 or clock[0][1] - clock[0][0] > 1:
        return None
    # a zone written with the clock, not read from the story or a short name
    # whose summer time is the day's ("ET" read as EDT): no evidence of a slip
    if getattr(m, "tz", None) is None or getattr(m, "zone_of_story", False) or m.zone:  # type: ignore[union-attr]
        return None
    return clock[0][0]


def _time_case(a: Fact, b: Fact, name: str) -> ConversionCase | None:
    ca, cb = _clock(a), _clock(b)
    if ca is None or cb is None or a.mention.tz == b.mention.tz:  # type: ignore[union-attr]
        return None
    minutes = (ca - a.mention.tz + b.mention.tz) % 1440  # type: ignore[union-attr]
    should = f"{minutes // 60:02d}:{minutes % 60:02d} {zone_name(b.mention)}"  # type: ignore[arg-type]
    return ConversionCase("time", compare_facts(a, b, name, name), should)


def _money_case(a: Fact, b: Fact, rates: Sequence[Rate]) -> ConversionCase | None:
    ma, mb = a.mention, b.mention
    if _dimension(a) != "currency" or _dimension(b) != "currency" or _unit(a) == _unit(b):
        return None
    if ma.value_high is not None or mb.value_high is not None:  # type: ignore[union-attr]
        return None
    for rate in rates:
        got = rate.converts(ma, mb)
        if got is not None:
            verdict, should = got
            cmp = Comparison(verdict, "", a.text, b.text)
            return ConversionCase("money", cmp, should, rate)
    return None


def _case(a: Fact, b: Fact, name: str, rates: Sequence[Rate]) -> ConversionCase | None:
    if a.mention is None or b.mention is None:
        return None
    if a.kind in QUANTITY_KINDS and b.kind in QUANTITY_KINDS:
        if _dimension(a) == "currency":
            return _money_case(a, b, rates)
        return _quantity_case(a, b, name)
    if a.kind == b.kind == "time":
        return _time_case(a, b, name)
    return None


def _family_conflict(case: ConversionCase) -> bool:
    return case.comparison is not None and case.comparison.verdict == Verdict.CONFLICT


def _explanation(case: ConversionCase, a: Fact, b: Fact, name: str, rule: Rule) -> str:
    at = f" at {case.rate.cited()}" if case.rate is not None else ""
    return (
        f"{name} writes '{a.text}' with '{b.text}' in parentheses: "
        f"{a.text}{at} = {case.should_read}, not {b.text} — the conversion does not "
        f"convert its figure: one of them is wrong — {rule.outcome}"
    )


def conversions_not_converting(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    texts: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each figure its own bracketed conversion does not convert."""
    if not current().judge.own_conversions:
        return
    for claim in claims:
        name = names.get(claim.article, claim.article)
        facts = list(facts_by_claim.get(claim.id, ()))
        for a, b in _bracketed(claim, facts + inch_conversions(claim, facts)):
            # the rates of an article are read only when it has a figure to convert
            # (issue 14: reading all 200 articles' rates for a few figures, 0.6 s)
            text = texts.get(claim.article)
            case = _case(a, b, name, rates_in(text) if text is not None else ())
            if case is None:
                continue
            rule = decide(OWN_CONVERSION, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            cmp = case.comparison
            left = cmp.left if cmp is not None and isinstance(cmp.left, str) else a.text
            right = cmp.right if cmp is not None and isinstance(cmp.right, str) else b.text
            sides = (fact_side(claim, a, left), fact_side(claim, b, right))
            why = _explanation(case, a, b, name, rule)
            add(a.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_CONVERSION_ROWS: tuple[Rule, ...] = (
    Rule(
        "hedged_conversion_apart",
        OWN_CONVERSION,
        lambda c: c.apart_as_written and not _family_conflict(c),
        Outcome.CONFLICT,
        "a hedged figure and its hedged conversion that miss each other with the hedges "
        "set aside ('around 165 knots (about 265 km/h)', 165 kn = 306 km/h): a "
        "conversion converts the figure written, 'about' is no second rounding",
        "tests/test_s36_own_share.py::test_hedged_wrong_conversions_are_conflicts",
    ),
    Rule(
        "conversion_converts",
        OWN_CONVERSION,
        lambda c: not _family_conflict(c),
        Outcome.SKIP,
        "a conversion that agrees with its figure within both roundings and hedges "
        "('9,450 metres (about 31,000 feet)') is one statement in two units: no flag",
        "tests/test_s35_own_conversion.py::test_right_conversions_stay_silent",
    ),
    Rule(
        "conversion_off_by_a_hair",
        OWN_CONVERSION,
        lambda c: c.hair,
        Outcome.SKIP,
        "a conversion that misses its figure's rounding by no more than 2% of it "
        "('2.96 pounds (1.35 kg)', 2.96 lb = 1.343 kg) converts a figure rounded "
        "before it was converted: no slip worth an editor's time",
        "tests/test_s35_own_conversion.py::test_right_conversions_stay_silent",
    ),
    Rule(
        "conversion_does_not_convert",
        OWN_CONVERSION,
        lambda c: True,
        Outcome.CONFLICT,
        "a figure and its own conversion in parentheses that disagree beyond both "
        "roundings: the source contradicts itself, whatever other reports say",
        "tests/test_s35_own_conversion.py::test_wrong_conversions_are_conflicts",
    ),
)
