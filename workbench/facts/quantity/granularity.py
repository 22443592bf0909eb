"""Two hedged figures of one unit, as an editor reads them (issue 11, session 31).

"about 55 mph" / "about 65 mph", "around 1,200" / "around 1,400": each hedge
widens its figure by a tenth either side, so the intervals meet and the two
were called consistent. An editor reads a hedge as a rounding, not a stretch:
a writer who knew 65 mph would not have written "about 55 mph". Two hedged
figures agree only when one could be written for the other at the step the
coarser of them is rounded to — its own granularity ("9,000" is given to the
thousand, "150" to the fifty, "55" to the five, "6.2" to the tenth):

* "about 9,400" / "about 9,000": 9,400 rounds to 9,000 at the thousand — agree;
* "about 95 miles" / "some 93 miles": 93 rounds to 95 at the five — agree;
* "about 55 mph" / "about 65 mph": at the five, 65 never rounds to 55 — two
  different figures, a conflict;
* "about 6.2" / "around 6.3", "around 1,200" / "around 1,400": the same.

Only two single figures hedged with "about" (around, roughly, some …) in one
unit: a conversion ("about 30 miles" / "50km") keeps the family's intervals,
and so does a range, a bound or a vague amount ("hundreds").
"""

from __future__ import annotations

from .mention import QuantityMention, unit_label
from .terms import ABOUT
from .units import UNITS, format_number, from_base, to_base
from .vague import is_vague


def granularity(m: QuantityMention) -> float:
    """The step a stated figure is rounded to, in its unit: its last significant
    digit's place, five times that when that digit is a 5 after another ("55" ->
    5, "150" -> 50, "2.5 million" -> 500,000, "9,400" -> 100, "6.2" -> 0.1); a
    lone 5 is its own place ("500" -> 100: 'about 500' is not 'some 400')."""
    step = m.precision
    if step <= 0:
        return 0.0
    digits = round(abs(m.value) / step)
    return step * 5 if digits % 10 == 5 and digits > 10 else step


def _hedged_point(m: QuantityMention) -> bool:
    written = str(m.form or "")
    return (
        m.hedge in ABOUT
        and m.value_high is None
        and m.precision > 0
        and not m.exact
        and not is_vague(m)
        and not (m.dimension == "percent" and written.isalpha())  # "about a third"
    )


def hedged_point(m: QuantityMention) -> bool:
    """A single figure hedged with "about", given to a step of its own."""
    return _hedged_point(m)


def hedged_pair(a: QuantityMention, b: QuantityMention) -> bool:
    """Two single figures, each hedged with "about", stated in one unit."""
    return a.unit == b.unit and a.dimension == b.dimension and _hedged_point(a) and _hedged_point(b)


def coarser_step(a: QuantityMention, b: QuantityMention) -> float:
    return max(granularity(a), granularity(b))


def round_to_each_other(a: QuantityMention, b: QuantityMention) -> bool:
    """Whether either figure, rounded to the coarser figure's step, gives the other
    (half a step away is no rounding: 'about 25%' is not written 'about 20%')."""
    step = coarser_step(a, b)
    gap = abs(a.value - b.value)
    return gap < step / 2 - 1e-9 * max(1.0, abs(a.value), abs(b.value))


def _step_text(step: float) -> str:
    return f"{int(step):,}" if step >= 1 and step == int(step) else f"{step:g}"


def hedged_explanation(a: QuantityMention, b: QuantityMention, left: str, right: str) -> str:
    """Why two hedged figures agree or differ, by the coarser one's step."""
    step = _step_text(coarser_step(a, b))  # trial 46 could not read "at the step of 100
    # the coarser is given to": said as the nearest step the coarser figure is rounded to
    if round_to_each_other(a, b):
        return (
            f"{left} vs {right}: both hedged; '{a.text}' and '{b.text}' round to each other "
            f"to the nearest {step}, as the coarser is rounded — consistent"
        )
    return (
        f"{left} vs {right}: both hedged, but neither is the other rounded to the nearest "
        f"{step}, as the coarser is: '{a.text}' and '{b.text}' are different figures "
        "('about' rounds a figure, it does not stretch to another) — conflict"
    )


def rounds_as_conversion(hedged: QuantityMention, figure: QuantityMention) -> bool | None:
    """Whether a hedged conversion ("232 km/h (about 160 mph)") could be written
    for ``figure`` (another report's "144mph", of one dimension, any unit)
    converted to its unit and rounded at its own step (session 35, eng107:
    "about 160 mph" for 144 mph passed as 10% apart, within the hedge; a
    conversion's "about" rounds, at the step of 10 it gives 140, not 160).
    None when the question does not arise: no hedged single figure, another
    dimension, a currency (its rate is the writer's), a range or no unit.
    A hedged ``figure`` rounds at the coarser of the two steps, as two hedged
    figures of one unit do ("some 93 miles" / "about 95 miles": at the five)."""
    units = (UNITS.get(hedged.unit or ""), UNITS.get(figure.unit or ""))
    if (
        not _hedged_point(hedged)
        or hedged.dimension != figure.dimension
        or hedged.dimension == "currency"
        or figure.value_high is not None
        or figure.hedge not in (None, *ABOUT)  # a bound, "up to 232km/h", allows the hedge
        or units[0] is None
        or units[1] is None
    ):
        return None
    converted = from_base(to_base(figure.value, units[1]), units[0])
    step = granularity(hedged)
    if _hedged_point(figure):  # "some 93 miles (150km)" / "about 95 miles": the coarser step
        step = max(step, granularity(figure) * units[1].factor / units[0].factor)
    return abs(converted - hedged.value) < step / 2 - 1e-9 * max(1.0, abs(hedged.value))


def hedged_apart_across_units(a: QuantityMention, b: QuantityMention, left: str, right: str) -> str:
    """Two figures hedged with "about" in two units of one dimension, neither of
    which is the other converted and rounded at the coarser step (session 41,
    issue 11): "about 90 km/h" / "about 65 mph" (105 km/h) met only because each
    hedge widened its figure by a tenth, and were called consistent with "the
    ranges overlap" — the rule of two hedged figures of one unit ("about 55 mph"
    / "about 65 mph"), across a conversion. "about 30 miles" / "about 50km"
    still agree: 30 miles is 48 km, 50 at the step of ten. Only where the hedges
    meet: figures further apart keep the family's conflict. The reason, or ""."""
    if a.unit == b.unit or not (_hedged_point(a) and _hedged_point(b)):
        return ""
    if max(a.low, b.low) > min(a.high, b.high):
        return ""  # the hedges do not meet: the family's conflict says how far apart
    if rounds_as_conversion(a, b) is not False or rounds_as_conversion(b, a) is not False:
        return ""
    unit_a, unit_b = UNITS[a.unit or ""], UNITS[b.unit or ""]
    b_in_a = from_base(to_base(b.value, unit_b), unit_a)
    step = format_number(max(granularity(a), granularity(b) * unit_b.factor / unit_a.factor))
    shown = f"{format_number(b_in_a)}{unit_label(unit_a.symbol)}"
    return (
        f"{left} vs {right}: both hedged, but '{b.text}' is {shown}, which does not round "
        f"to '{a.text}' at the nearest {step} — 'about' rounds a figure, it does not "
        "stretch to another — conflict"
    )
