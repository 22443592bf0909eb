"""The rate a story agrees on, and the conversion out of line with it (issue
11, session 43).

Every rate the articles state or imply (rates.py: a gloss "£11.68m (roughly
€15.8m)", a pair in brackets, a rate in words "at 1.17 euros to the pound")
was put in force alike. One wrong gloss then became a rate of its own: a
held-out story's "£11.68m (roughly €15.8m)" (at the story's 1.17 it is
€13.67m) made two right conversions in other articles a conflict, "£11.68m
is roughly €15.8m as Courier converts it", while the wrong gloss itself was
never flagged.

Here the rates of one pair of currencies are held against each other before
any is used:

- a rate stated in words outranks one implied by a gloss: when the worded
  rates agree, each gloss they do not allow is out of line;
- with glosses only, the rate the glosses of most articles agree on (two
  articles at least, more than any other rate) is the story's; each gloss
  that misses it is out of line;
- two rates and no majority (one article's gloss against another's): which
  one is wrong the texts do not say — both stay in force, as a question.

Rates "agree" within both roundings and the few per cent outlets' rates of
different days differ by (``stated_rate_drift``). A gloss out of line is
taken out of force, so it neither excuses nor condemns another figure, and
is itself the discrepancy (judge/rate_outliers.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .rates import StatedRate, agree

CONFLICT = "conflict"  # out of line with the rate the story agrees on
QUESTION = "unresolved"  # one of two rates, no majority


@dataclass(frozen=True)
class OutOfLine:
    """A gloss whose rate the story's other rates do not allow: ``against``
    the rates it is held to; ``verdict`` conflict (they agree on a rate) or
    unresolved (two rates, no majority)."""

    rate: StatedRate
    against: tuple[StatedRate, ...]
    verdict: str

    def allowed(self) -> tuple[float, float]:
        """The interval ``against`` allows, from this gloss's first currency to its second."""
        return agreed(self.against, self.rate.quote)


def _toward(r: StatedRate, code: str) -> tuple[float, float]:
    return r.toward(code)


def agreed(rates: Sequence[StatedRate], code: str) -> tuple[float, float]:
    """The interval rates that agree allow (into ``code``): what all allow, or
    when their roundings do not meet, the span of them (rates of nearby days)."""
    spans = [_toward(r, code) for r in rates]
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    if lo <= hi:
        return lo, hi
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _clusters(rates: list[StatedRate]) -> list[list[StatedRate]]:
    """Rates grouped so that each group's rates all agree, in order of size."""
    code = rates[0].quote
    ordered = sorted(rates, key=lambda r: sum(_toward(r, code)))
    groups: list[list[StatedRate]] = []
    for r in ordered:
        for g in groups:
            if all(agree(r, o) for o in g):
                g.append(r)
                break
        else:
            groups.append([r])
    return groups


def _articles(rates: Sequence[StatedRate]) -> int:
    return len({r.source for r in rates})


def _judged(rates: list[StatedRate]) -> list[OutOfLine]:
    """The glosses out of line among the rates of one pair of currencies."""
    glosses = [r for r in rates if len(r.sums) == 2]
    worded = [r for r in rates if not r.sums]
    if not glosses or len(rates) < 2:
        return []
    if worded:
        if len(_clusters(worded)) > 1:
            return []  # the worded rates disagree: nothing to hold a gloss to
        return [
            OutOfLine(g, tuple(worded), CONFLICT)
            for g in glosses
            if not all(agree(g, w) for w in worded)
        ]
    groups = _clusters(glosses)
    if len(groups) < 2:
        return []
    sizes = sorted((_articles(g) for g in groups), reverse=True)
    main = max(groups, key=_articles)
    if sizes[0] >= 2 and sizes[0] > sizes[1]:
        return [
            OutOfLine(r, tuple(main), CONFLICT)
            for g in groups
            if g is not main
            for r in g
            if not any(agree(r, m) for m in main)
        ]
    if len(groups) == 2 and len(glosses) == 2:
        first, second = glosses
        return [OutOfLine(first, (second,), QUESTION)]
    return []


def sorted_out(rates: Sequence[StatedRate]) -> tuple[tuple[StatedRate, ...], tuple[OutOfLine, ...]]:
    """The rates to put in force (every rate but a gloss the story's rate
    rules out) and the glosses out of line."""
    by_pair: dict[frozenset[str], list[StatedRate]] = defaultdict(list)
    for r in rates:
        if not r.chained:
            by_pair[frozenset((r.base, r.quote))].append(r)
    out: list[OutOfLine] = []
    for group in by_pair.values():
        out.extend(_judged(group))
    ruled_out = {id(o.rate) for o in out if o.verdict == CONFLICT}
    return tuple(r for r in rates if id(r) not in ruled_out), tuple(out)
