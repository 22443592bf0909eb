"""Two figures of changed things, or of two measures of one kind told in one
sentence, are figures of different things (the "thing" reason of
``pairing._apart``; the row is ``different_things_changed`` in apart_rows.py).

``things_differ`` (apart.py): "profit rose 12%" / "revenue rose 8%".
``measures_differ`` (facts/measure_nouns.py, issue 11, session 29): "sustained
winds of about 175km/h … and gusts up to 232km/h" / "a gust of 232 km/h (about
160 mph)": the sustained wind is never held against the gust's conversion;
"Rs 50,000 for each of the injured" / "400,000 rupees ($4,500) for each
victim's family": two payments. ``dated_apart``: the same for two times,
"a No 3 alarm at 3.20pm" / "a No. 4 alarm at 4.47pm".
"""

from __future__ import annotations

from ..facts.bars import bars_apart
from ..facts.dated_group import groups_apart
from ..facts.dated_things import dated_things_apart
from ..facts.measure import Measure
from ..facts.measure_basis import bases_differ
from ..facts.measure_nouns import measures_differ
from ..facts.peaks import dated_readings_apart, readings_apart
from ..facts.sized import sizes_apart
from .apart import things_differ

Span = tuple[int, int]


def things_apart(a: Measure, text_a: str, b: Measure, text_b: str, sa: Span, sb: Span) -> bool:
    """Figures of different changed things, or of different measures of one kind
    or of one outcome ("suspected" / "confirmed" cases, "excess" / "heatstroke"
    deaths, "insured" / "total" losses: facts/measure_basis.py, session 32), or
    readings of different places or days (facts/peaks.py), or figures that
    stand differently against a bar: the bar, a shortfall below it, a surplus
    over it, a plain count (facts/bars.py, session 36), or lengths of different
    dimensions or of two things a sentence tells apart (facts/sized.py, session 37)."""
    return (
        things_differ(a, text_a, b, text_b)
        or measures_differ(text_a, sa, text_b, sb)
        or bool(bases_differ(text_a, sa, text_b, sb))
        or readings_apart(text_a, sa, text_b, sb)  # "48.1C in Seville" / "120F in Cordoba"
        or bars_apart(text_a, sa, text_b, sb)  # "82 seats" / "the 76 needed" (facts/bars.py)
        or sizes_apart(text_a, sa, text_b, sb)  # the tunnel's width / the gate's (facts/sized.py)
    )


def dated_apart(a: Measure, text_a: str, b: Measure, text_b: str, sa: Span, sb: Span) -> str:
    """Why two times date different things (dated_things.dated_things_apart), or
    "thing" for the times of two levels told in one sentence ("raised to a No 3
    alarm at 3.20pm and a No 4 alarm at 3.47pm" / "a No. 4 alarm at 4.47pm"), or
    for the days of readings of different places ("48.1C in Seville on Monday" /
    "120F in Cordoba on Tuesday", facts/peaks.py), or for the days of two groups of
    people ("The first nine men were brought up on Friday" / "The last 21 … on
    Sunday", facts/dated_group.py, session 38)."""
    why = dated_things_apart(a, text_a, b, text_b)
    return why or (
        "thing"
        if measures_differ(text_a, sa, text_b, sb)
        or dated_readings_apart(text_a, sa, text_b, sb)
        or groups_apart(text_a, sa, text_b, sb)  # "the first nine" / "the last 21" (dated_group)
        else ""
    )
