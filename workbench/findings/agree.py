"""Agreements: consistent findings where every source states the same figure.

Editors called these noise (trials 24 and 25): "61" and "61-year-old", "two"
and "2", "$13.9 billion" and "$13.9bn". A finding is an agreement when it is
consistent, has one version, and every source's figure reads the same as
written: the same amount in the same unit as stated (not only after
conversion), with the same precision (nothing rounded: "a dozen" is not "12")
and the same bound or hedge, or the same time value read without any
publication date (nothing resolved: "yesterday" and "June 22", "April 29"
given its year by the date of publication, a clock time dated by the lede).
Consistent findings that needed any of that stay items to review: that two
reports agree only after normalising is what the workbench is for.

Decided from the facts' normalised values (``Fact.value``), never from the
wording; quotes, names and speakers are never agreements (no figure). Whether
a time's value stands in its own words is asked of its family by ``stated``,
which the analysis hands in (``workbench.as_written``: the review log
imports this package and must not reach the fact families); without it no
time is an agreement.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..model import Fact, Finding, Verdict

# what a figure must share with every other statement of it, as written
_MEASURE = ("kind", "amount", "amount_high", "unit", "hedge", "per", "precision")
_TIME = ("type", "timex", "granularity", "modifier", "part", "value")
_FIGURES = frozenset({"number", "percent", "quantity", "money", "duration", "date", "time", "set"})


Stated = Callable[[Fact], bool]


def is_agreement(
    finding: Finding,
    fact_at: Callable[[tuple[str, int, int]], Fact | None],
    stated: Stated | None = None,
) -> bool:
    """``fact_at``: the fact at (article, start, end) of a finding's side;
    ``stated``: a time's value stands in its own words (``as_written``)."""
    if finding.verdict != Verdict.CONSISTENT or len(finding.versions) != 1:
        return False
    found = [fact_at((s.article, s.start, s.end)) for s in finding.versions[0].sides]
    if len({s.article for s in finding.versions[0].sides}) < 2:
        return False
    forms = {as_written(f, stated) if f is not None and f.kind in _FIGURES else None for f in found}
    return len(forms) == 1 and None not in forms


def as_written(fact: Fact, stated: Stated | None) -> str | None:
    """The figure's normalised value when nothing outside its words went into
    it (None when something did, or it is no figure)."""
    value = fact.value
    if "si_unit" in value:
        return json.dumps(["measure", *(value.get(k) for k in _MEASURE)])
    if "timex" in value:
        if stated is None or not stated(fact):
            return None
        return json.dumps(["time", *(value.get(k) for k in _TIME)])
    return None
