"""A named owner's sum per season against a sum over its years (issue 11,
session 23): "$21 million a season" in one article, "$161 million (over seven
years)" in another are both the value of one contract, stated per season and
in total. They are kept apart as figures (judge/owned.py pairs a sum only with
a sum, a sum per season only with one) and related here when the total's words
give its years: $161 million over seven years is $23 million a season. A
difference beyond five per cent is a question, never a conflict (an average
is not every season's pay, a total may hold a bonus); agreement is not shown.
"""

from __future__ import annotations

from ..facts.owned import length_after
from ..model import Comparison, Fact, Verdict
from .family_helpers import family_of
from .pairing import around
from .story import Add, Figure, Run, judge_figures

# how far a sum per season may be from the total over its years and still agree
_SLACK = 0.05


def _interval(f: Fact) -> tuple[str, float, float] | None:
    if f.mention is None:
        return None
    found = family_of(f.kind).evidence(f)
    return found[0] if len(found) == 1 else None


def _money(x: float) -> str:
    for div, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(x) >= div:
            return f"{x / div:.3g} {word}"
    return f"{x:.3g}"


def per_season(
    run: Run, add: Add, pair: tuple[Figure, Figure], pers: tuple[str, str], what: str, owner: str
) -> None:
    """Relate one article's sum per season to the other's sum over its years:
    ``pair``, the two articles' figures of one owner and measure; ``pers``,
    which is per season and which in total ("season", "total"); ``what``,
    the figure per season named (judge/owned.what_of)."""
    x, y = pair
    s, t = (x, y) if pers[0] == "season" else (y, x)
    years = length_after(t.claim.text, t.fact.end - t.claim.start)
    es, et = _interval(s.fact), _interval(t.fact)
    if years is None or es is None or et is None or es[0] != et[0]:
        return
    lo, hi = et[1] / years, et[2] / years
    if lo <= es[2] * (1 + _SLACK) and hi >= es[1] * (1 - _SLACK):
        return  # the total over its years is the sum per season
    unit = es[0].split(":")[-1]
    each = _money((lo + hi) / 2)  # the stated total over its years, not its rounding
    explanation = (
        f"{s.fact.text} a season vs {t.fact.text} over {years:g} years = {each} {unit} a "
        "season: a sum per season and a total over its years that do not agree — unresolved"
    )
    cmp = Comparison(Verdict.UNRESOLVED, explanation, x.fact.text, y.fact.text)
    words = (around(x.claim, x.fact), around(y.claim, y.fact))
    judge_figures(run, add, what, (x, y), cmp, words, "", owner)
