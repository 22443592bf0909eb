"""Whether two reports of one quantity agree (``compare``).

Verdicts (``compare``)
----------------------
None when the two should not be compared: different dimensions, or both name
what they count and the nouns differ (singular/plural, a few synonyms such as
soldier/troop, and person vs civilian/resident count as the same).
UNRESOLVED when comparing needs data we do not have: different currencies
(no exchange rates offline) or per cent vs percentage points.
IDENTICAL when the numeral is written the same way (case, spaces and
thousands separators aside), with the same unit and the same hedge ("50 km" vs
"50km"; "over" = "more than", "under"/"fewer than" = "less than").
Otherwise CONSISTENT if the two intervals overlap after unit conversion,
CONFLICT if they do not. The explanation names both values (converted to a
common unit), how far apart their central values are, and whose rounding,
range or hedge covers the other ("within the rounding of SCMP's 'about
50km'"), or the two intervals when neither does.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from workbench.facts.quantity.bounds import bounds_verdict, same_amount_other_currency
from workbench.facts.quantity.loose_us import as_local, as_us, local_behind_us
from workbench.facts.quantity.mention import (
    QuantityMention,
    convert_display,
    per_text,
    sig_for,
    stated_text,
    unit_label,
)
from workbench.facts.quantity.open_dollar import as_hinted, open_reading
from workbench.facts.quantity.rates import same_sum, stated_counterpart, through_rate
from workbench.facts.quantity.routes import chained_counterpart, one_sum_twice
from workbench.facts.quantity.terms import (
    HEDGE_CLASS,
    LOWER_CLOSED,
    LOWER_OPEN,
    ONE_SIDED,
    PEOPLE_LIKE,
    PEOPLE_NOUNS,
    SYNONYMS,
    UPPER_CLOSED,
    UPPER_OPEN,
    plural_of,
    singular_of,
)
from workbench.facts.quantity.unit_prices import over_the_same_unit, with_conversion
from workbench.facts.quantity.units import UNITS, Unit, format_number, lookup_unit
from workbench.facts.quantity.vague import is_vague, vague_miss
from workbench.facts.quantity.yearly import year_rate
from workbench.model import Comparison, Verdict

__all__ = ["compare"]


def _canonical_counted(noun: str) -> str:
    noun = singular_of(noun) if noun not in SYNONYMS else noun
    return SYNONYMS.get(noun, noun)


canonical_counted = _canonical_counted


def same_counted(a: str, b: str) -> bool:
    ca, cb = _canonical_counted(a), _canonical_counted(b)
    if ca == cb:
        return True
    return (ca == "person" and cb in PEOPLE_LIKE) or (cb == "person" and ca in PEOPLE_LIKE)


# Units whose names may be read as a counted noun when a word before them is not
# read with them ("450 statute miles", "30 square nautical miles"): never a count.
_MEASURED = frozenset({"length", "area", "volume", "speed", "temperature", "duration"})


def _names_a_measure(m: QuantityMention) -> bool:
    """A count whose counted noun names a unit of length, area, volume, speed,
    temperature or time: a measurement in that unit, which no count of people
    or things ever meets (issue 11, session 36; "pounds" of mass or money and
    "stone" are left alone)."""
    if m.dimension != "count" or not m.counted:
        return False
    unit = lookup_unit(m.counted)
    return unit is not None and unit.dimension in _MEASURED


def _hedge_class(h: str | None) -> str | None:
    return HEDGE_CLASS.get(h, h) if h else None


def _target_unit(a: QuantityMention, b: QuantityMention) -> Unit | None:
    """The unit both sides are shown in: the right side's unless it is imperial."""
    if a.unit is None or b.unit is None:
        return None
    ua, ub = UNITS[a.unit], UNITS[b.unit]
    if ua.dimension == "currency":
        return UNITS[ub.base]
    if a.unit == b.unit:
        return ub
    if ub.metric is None:
        return ub
    if ua.metric is None:
        return ua
    return UNITS[ub.metric]


def _in_unit(m: QuantityMention, target: Unit | None) -> str:
    """Short display of ``m`` with its conversion to ``target`` when it differs."""
    prefix = f"{m.hedge} " if m.hedge else ""
    stated = stated_text(m)
    per = per_text(m)
    if m.unit is None:
        noun = f" {plural_of(m.counted, m.value_high or m.value)}" if m.counted else ""
        return f"{prefix}{stated}{noun}{per}"
    if target is None or target.symbol == m.unit:
        return f"{prefix}{stated}{per}"
    return f"{prefix}{stated}{per} = {convert_display(m, target)}{per}"


def _interval_text(m: QuantityMention, target: Unit | None) -> str:
    """``m``'s interval in ``target`` units: "45–55 km", "> 50", "≤ 48 hours"."""

    def conv(x: float) -> float:
        if target is None:
            return x
        return (x - target.offset) / target.factor

    lo, hi = m.low, m.high
    label = unit_label(target.symbol) if target is not None else ""
    if target is not None and target.dimension == "currency":
        label = f" {target.symbol}"
    sig = sig_for(m) + 1
    if math.isinf(hi):
        op = ">" if m.hedge in LOWER_OPEN and not m.exact else "≥"
        return f"{op} {format_number(conv(lo), sig)}{label}"
    if math.isinf(lo) or (lo == 0 and m.hedge in UPPER_OPEN | UPPER_CLOSED):
        op = "<" if m.hedge in UPPER_OPEN and not m.exact else "≤"
        return f"{op} {format_number(conv(hi), sig)}{label}"
    if math.isclose(lo, hi):
        return f"{format_number(conv(lo), sig)}{label}"
    return f"{format_number(conv(lo), sig)}–{format_number(conv(hi), sig)}{label}"


def _quote(m: QuantityMention, name: str) -> str:
    return f"{name}'s '{m.text}'" if name else f"'{m.text}'"


def _overlap(a: QuantityMention, b: QuantityMention) -> bool:
    tol = 1e-9 * max(1.0, abs(a.low), abs(b.low), abs(a.high if not math.isinf(a.high) else 0))
    return max(a.low, b.low) <= min(a.high, b.high) + tol and not _only_touch(a, b, tol)


def _only_touch(a: QuantityMention, b: QuantityMention, tol: float = 1e-9) -> bool:
    """Two rounded or hedged figures whose ranges meet at one end only ("about
    300" and "about 400": 250–350 and 350–450): a rounded figure stands for a
    half-open range, so they never stand for one value. Two unhedged figures of
    one precision (6.2 / 6.3) are already a conflict in bounds_verdict; this
    reaches the hedged ones and figures of different precision. Explicit
    ranges ("300 to 400", "400 to 500") and exact values still meet at their ends."""
    if a.value_high is not None or b.value_high is not None or a.exact or b.exact:
        return False
    if a.hedge in ONE_SIDED or b.hedge in ONE_SIDED:
        return False
    lo, hi = max(a.low, b.low), min(a.high, b.high)
    return abs(hi - lo) <= tol and _width(a) > tol and _width(b) > tol


def _apart(a: QuantityMention, b: QuantityMention, target: Unit | None) -> str:
    ca, cb = a.base_value(), b.base_value()
    if a.dimension == "percent":
        return f"{format_number(abs(ca - cb), 3)} points apart"
    if a.dimension == "temperature" and target is not None:
        diff = abs(ca - cb) / target.factor
        return f"{format_number(diff, 2)}{unit_label(target.symbol)} apart"
    big = max(abs(ca), abs(cb))
    if big == 0:
        return "0% apart"
    pct = abs(ca - cb) / big * 100
    return f"{format_number(pct, 2)}% apart"


def _rate(m: QuantityMention) -> str | None:
    """The denominator a rate is compared by: a year however told ("per annum",
    "a season" of pay, "an annual salary of"), else the written one."""
    per = year_rate(m)
    return None if per is None else _canonical_counted(per)


def _same_amount(a: QuantityMention, b: QuantityMention) -> bool:
    """Two closed statements that allow a common value ("$15 an hour" / "$15")."""
    if a.hedge in ONE_SIDED or b.hedge in ONE_SIDED:
        return False
    return a.low <= b.high and b.low <= a.high


def _contains(m: QuantityMention, value: float) -> bool:
    tol = 1e-9 * max(1.0, abs(value))
    return m.low - tol <= value <= m.high + tol


def _cover_phrase(m: QuantityMention) -> str:
    if m.value_high is not None or is_vague(m):
        return "within the range of"
    if m.hedge in LOWER_OPEN | LOWER_CLOSED | UPPER_OPEN | UPPER_CLOSED:
        return "allowed by"
    return "within the rounding of"


_LOCAL_DOLLARS = frozenset({"AUD", "CAD", "NZD", "HKD", "SGD"})


def one_dollar(m: QuantityMention, other: QuantityMention) -> QuantityMention:
    """``m`` read in ``other``'s dollar when both are written "$" and only
    ``other``'s story says which dollar: "$1,500" in a Canadian-datelined story
    is C$1,500, and "$1,500" in a report naming no country is the same "$" —
    read as US dollars only by default, it made a false "one of the currencies
    is wrong" (session 29)."""
    if not m.loose_dollar or not other.unit or other.unit == m.unit:
        return m
    if (hinted := as_hinted(m, other)) is not None:  # the story's dollar (story_dollar)
        return hinted
    if other.home and m.dollar_hint in ("", other.unit):
        return replace(m, unit=other.unit, home=other.home, loose_dollar=False)
    same_sum = (m.value, m.value_high) == (other.value, other.value_high)
    if other.unit in _LOCAL_DOLLARS and same_sum:
        # "$3 billion" in a report naming no country / "A$3 billion (about US$1.9
        # billion)": the same sum in the dollar the other report names, not a US
        # figure set against the other's conversion
        return replace(m, unit=other.unit, as_other=True, loose_dollar=False)
    return m


def _both_dollars(
    m: QuantityMention, other: QuantityMention, m_name: str, other_name: str
) -> Comparison | None:
    """A bare "$" against "US$" another report converts from a local dollar
    (:mod:`.loose_us`): the same sum as the local one is that sum; readings that
    disagree leave the question open, naming both."""
    local = local_behind_us(m, other)
    if local is None:
        return None
    local = replace(local, per=m.per)  # the pair met on what it is per already
    if same_sum(as_local(m, local), local):
        return compare(as_local(m, local), other, m_name, other_name)
    as_cad = compare(as_local(m, local), local, m_name, other_name)
    as_usd = compare(as_us(m), other, m_name, other_name)
    if as_cad is None or as_usd is None or as_cad.verdict == as_usd.verdict:
        return None
    cad, usd = (c.explanation.rsplit(" — ", 1) for c in (as_cad, as_usd))
    how = (f"'{m.text}' is a bare '$' its report does not place, and {other_name}'s "
           f"'{other.text}' converts '{local.text}': read as {local.si_unit}, {cad[0]} "
           f"({cad[-1]}); read as USD, {usd[0]} ({usd[-1]})")  # fmt: skip
    return Comparison(Verdict.UNRESOLVED, f"{how} — unresolved", as_usd.left, as_usd.right)


def _width(m: QuantityMention) -> float:
    return m.high - m.low


def compare(
    a: QuantityMention, b: QuantityMention, left_name: str, right_name: str
) -> Comparison | None:
    """Whether two mentions of the same fact agree; None if they are not comparable."""
    if a.dimension != b.dimension:
        return None
    if a.counted and b.counted and not same_counted(a.counted, b.counted):
        return None
    if _names_a_measure(a) != _names_a_measure(b):
        return None  # "26" injured / "about 450 statute miles" read as a count of miles
    a, over = over_the_same_unit(a, b)  # "0.25 euros per kWh" / "€250/MWh" (unit_prices)
    if over:
        return with_conversion(compare(a, b, left_name, right_name), over)
    rate_a, rate_b = _rate(a), _rate(b)  # a year told in other words is one (yearly.py)
    if rate_a and rate_b and rate_a != rate_b:
        return None  # "$15 an hour" and "$31,000 a year" are different rates
    if bool(a.per) != bool(b.per) and not (rate_a and rate_b) and not _same_amount(a, b):
        return None  # "at least $20 million per season" is a rate, "$140 million" a total
    if (opened := open_reading(a, b, left_name, right_name, compare)) is not None:
        return opened  # a "$" its article does not place, in its article's own dollar
    a, b = one_dollar(a, b), one_dollar(b, a)
    both = _both_dollars(a, b, left_name, right_name) or _both_dollars(b, a, right_name, left_name)
    if both is not None:
        return both
    target = _target_unit(a, b)
    left, right = _in_unit(a, target), _in_unit(b, target)
    left_full = f"{left} ({_interval_text(a, target if a.dimension != 'currency' else None)})"
    right_full = f"{right} ({_interval_text(b, target if b.dimension != 'currency' else None)})"
    via = _as_stated(a, b, left_name, right_name) or through_rate(a, b)  # rates stated
    if via is not None:
        return via
    swapped = same_amount_other_currency(a, b, left, right, left_full, right_full)
    if swapped is not None:
        return swapped
    unresolved = _different_scales(a, b)
    if unresolved is not None:
        return unresolved
    if a.dimension == "currency":
        target = UNITS[a.si_unit]
        left_full = f"{left} ({_interval_text(a, target)})"
        right_full = f"{right} ({_interval_text(b, target)})"
    same_written = (
        a.form == b.form and a.unit == b.unit and _hedge_class(a.hedge) == _hedge_class(b.hedge)
        and a.kind == b.kind and abs(a.value) == abs(b.value)  # not "45 MEUR" / "45 kEUR"
    )  # fmt: skip
    if same_written:
        why = f"{left} vs {right}: same value stated the same way — identical"
        return Comparison(Verdict.IDENTICAL, why, left_full, right_full)
    decided = bounds_verdict(a, b, left, right, left_full, right_full)
    if decided is not None:
        return decided
    near_vague = "" if _overlap(a, b) else vague_miss(a, b)
    if near_vague:
        return Comparison(Verdict.UNRESOLVED, f"{left} vs {right}: {near_vague} — unresolved",
                          left_full, right_full)  # fmt: skip
    if _overlap(a, b):
        reason = _consistent_reason(a, b, target, left_name, right_name)
        why = f"{left} vs {right}: {reason} — consistent"
        return Comparison(Verdict.CONSISTENT, why, left_full, right_full)
    if _only_touch(a, b) and (a.hedge or b.hedge):
        meet = format_number(max(a.low, b.low) / (target.factor if target else 1), 6)
        ranges = f"{_interval_text(a, target)} vs {_interval_text(b, target)}"
        meets = f"two estimates that meet only at {meet}, the edge of both ({ranges})"
        why = f"{left} vs {right}: {meets} — unresolved"
        return Comparison(Verdict.UNRESOLVED, why, left_full, right_full)
    reason = _conflict_reason(a, b, target, left_name, right_name)
    why = f"{left} vs {right}: {reason} — conflict"
    return Comparison(Verdict.CONFLICT, why, left_full, right_full)


def _as_stated(
    a: QuantityMention, b: QuantityMention, left_name: str, right_name: str
) -> Comparison | None:
    """A sum an article converts itself ("£1.2bn (€1.4bn)"), against the same
    figure in the other currency elsewhere ("€1.5bn"): the conversion as the
    article states it is compared, so two roundings do not widen it."""
    found = stated_counterpart(a, b) or chained_counterpart(a, b)
    if found is None:
        return None
    which, told, rate = found
    if which == 0:
        cmp = compare(told, b, rate.source, right_name)
    else:
        cmp = compare(a, told, left_name, rate.source)
    if cmp is None or " — " not in cmp.explanation:
        return None
    converted, other = (a, told) if which == 0 else (b, told)
    verb = "convert" if rate.chained and " and " in rate.source else "converts"
    head = (f"{converted.text} is {other.text} as {rate.source or 'an article'} {verb} it "
            f"('{rate.words}')")  # fmt: skip
    found_text, verdict = cmp.explanation.rsplit(" — ", 1)
    if cmp.verdict == Verdict.IDENTICAL:
        cmp, verdict = replace(cmp, verdict=Verdict.CONSISTENT), "consistent"
    why = f"{_in_unit(a, None)} vs {_in_unit(b, None)}: {head}; {found_text} — {verdict}"
    return Comparison(cmp.verdict, why, a.display(), b.display())


def compare_ignoring_counted(
    a: QuantityMention, b: QuantityMention, left_name: str, right_name: str
) -> Comparison | None:
    """'15% of participants' vs '18% of volunteers': compared as if they
    counted the same thing, the two nouns named in the explanation. The
    caller decides when that is safe (judge: each is the only value of its
    kind in two aligned claims)."""
    if not a.counted or not b.counted or _names_a_measure(a) != _names_a_measure(b):
        return None
    people = counts_people(a.counted) and counts_people(b.counted)
    if a.unit is None and not people:
        return None  # "two life sentences" / "2 pistols": different things, not one group
    cmp = compare(replace(a, counted=None), replace(b, counted=None), left_name, right_name)
    if cmp is None or not people:
        return cmp  # "46mm of rain" / "1.8 inches of rain in July": the unit says what
    found, verdict = cmp.explanation.rsplit(" — ", 1)
    names = f"{plural_of(a.counted, 2)} and {plural_of(b.counted, 2)}"
    why = f"{found} ({names} read as one group of people) — {verdict}"
    return Comparison(cmp.verdict, why, cmp.left, cmp.right)


# Agent nouns name people: participants, volunteers, members, followers, workers.
_AGENT = re.compile(r"(?:er|or|ant|ent|ist|ee|ian)$")


def compare_as_one_count(
    a: QuantityMention, b: QuantityMention, left_name: str, right_name: str
) -> Comparison | None:
    """Two plain counts naming different nouns compared as one count ("16
    deaths" / "14 people" who died), the two nouns named in the explanation;
    the caller decides when that is safe (judge/tolls.py)."""
    if a.dimension != "count" or b.dimension != "count" or not a.counted or not b.counted:
        return None
    if _names_a_measure(a) or _names_a_measure(b):
        return None  # "26 people" / "450 sea miles": no count of one group
    cmp = compare(replace(a, counted=None), replace(b, counted=None), left_name, right_name)
    if cmp is None:
        return None
    found, verdict = cmp.explanation.rsplit(" — ", 1)
    names = f"{plural_of(a.counted, 2)} and {plural_of(b.counted, 2)}"
    why = f"{found} ({names} read as one count) — {verdict}"
    return Comparison(cmp.verdict, why, cmp.left, cmp.right)


def counts_people(noun: str) -> bool:
    """Whether a counted noun names people, so that two such nouns may count
    one group in other words ("participants" / "volunteers")."""
    n = _canonical_counted(noun)
    return n in PEOPLE_LIKE or n in PEOPLE_NOUNS or bool(_AGENT.search(n))


def _different_scales(a: QuantityMention, b: QuantityMention) -> Comparison | None:
    """Unresolved when the two are on scales with no conversion between them."""
    if a.si_unit == b.si_unit or a.dimension not in ("currency", "temperature", "percent"):
        return None
    left_m, right_m = a.display(), b.display()
    if a.dimension == "currency":
        why = f"{left_m} vs {right_m}: different currencies, no exchange rate — unresolved"
        if (mid := one_sum_twice(a, b)) is not None:  # each article's own conversion
            why = (
                f"{left_m} vs {right_m}: both convert {mid.display()}, one into each currency; "
                "the texts give no rate between the two to check either conversion — unresolved"
            )
    elif a.dimension == "temperature":
        bare = a if a.unit == "deg" else b
        why = (f"{left_m} vs {right_m}: one does not say Celsius or Fahrenheit, nor does its "
               f"story — check which scale '{bare.text}' is in — unresolved")  # fmt: skip
    else:
        why = (f"{left_m} vs {right_m}: per cent and percentage points measure different "
               f"things — unresolved")  # fmt: skip
    return Comparison(Verdict.UNRESOLVED, why, left_m, right_m)


def _consistent_reason(
    a: QuantityMention, b: QuantityMention, target: Unit | None, left_name: str, right_name: str
) -> str:
    """Why two overlapping statements agree."""
    ca, cb = a.base_value(), b.base_value()
    same_value = math.isclose(ca, cb, rel_tol=1e-9, abs_tol=1e-12) and (
        (a.value_high is None) == (b.value_high is None)
    )
    if same_value and _hedge_class(a.hedge) == _hedge_class(b.hedge):
        return f"same value, written differently ('{a.text}' vs '{b.text}')"
    if same_value:
        return (
            "same figure, one is hedged"
            if not (a.hedge and b.hedge)
            else ("same figure, different hedges")
        )
    covers = []
    if _contains(b, ca):
        covers.append((b, right_name))
    if _contains(a, cb):
        covers.append((a, left_name))
    apart = _apart(a, b, target)
    ranged = [c for c in covers if c[0].value_high is not None]
    if ranged and len(ranged) < len(covers):
        covers = ranged  # "4 km" inside "3 to 5 km": the range is the reason
    if covers:
        m, name = min(covers, key=lambda c: _width(c[0]))
        return f"{apart}, {_cover_phrase(m)} {_quote(m, name)}"
    return (f"{apart}; the ranges {_interval_text(a, target)} and "
            f"{_interval_text(b, target)} overlap")  # fmt: skip


def _conflict_reason(
    a: QuantityMention, b: QuantityMention, target: Unit | None, left_name: str, right_name: str
) -> str:
    """Why two statements that allow no common value disagree."""
    if (
        a.exact
        and b.exact
        and a.value_high is None
        and b.value_high is None
        and not (a.hedge or b.hedge)
    ):
        return "exact counts differ"
    apart = _apart(a, b, target)
    bounded = [
        (m, n) for m, n in ((a, left_name), (b, right_name))
        if m.hedge in ONE_SIDED
    ]  # fmt: skip
    if bounded:
        m, name = bounded[0]
        other = b if m is a else a
        return f"{apart}; {_in_unit(other, target)} is not allowed by {_quote(m, name)}"
    return (f"{apart}, beyond the rounding of {_quote(a, left_name)} and "
            f"{_quote(b, right_name)} ({_interval_text(a, target)} vs "
            f"{_interval_text(b, target)})")  # fmt: skip
