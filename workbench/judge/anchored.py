"""Counts anchored by what they count (issue 11, session 20).

Sentence alignment pairs each sentence of one article with at most one of
another, so a figure whose sentence found no partner, or whose partner was
taken by another sentence of its article, is never compared: "police seized
40 rifles in the raid" / "officers recovered 35 rifles from the house".
``story.py`` compares the key figures of a story (the toll, the injured, a
magnitude) in the leads; this pass reads, across whole articles, every count
whose counted thing is specific, and pairs the counts of two articles that
name the same thing and the same happening. Its evidence is weaker than an
alignment's, so it is conservative by construction:

- a count is anchored only by a specific counted noun ("rifles", "shots",
  "firefighters", "flights"); words that name anyone or anything ("people",
  "victims", "years", "times", "children", "members") never anchor, nor do a
  team's wins and losses (of a record, the last ten games, a career);
- both clauses read as the same happening (``facts/measure.py``: "seized" /
  "seized", or neither names one), the figure is a level (not a change, not
  an age), with no owner, period, place, year, reference point or inclusion
  of its own, and not the whole of a part nor the ones who did it;
- an article that states two different counts of one thing gives none;
- sentences already compared are left to the aligned comparison, and the
  rows of ``unmet.UNMET_ROWS`` decide what is shown: agreement is not shown,
  and a difference is a question (``anchored_count_question``), both figures
  and what they count named, never a conflict.
"""

from __future__ import annotations

import itertools

from ..model import Claim, Fact
from .family_helpers import QUANTITY_KINDS, compare_facts, counted_key, dimension_of
from .pairing import around, measure_in
from .story import Add, Figure, Key, Run, aged, judge_figures, key_figures, whole_or_agent
from .unmet import ANCHORED

# Counted nouns that name anyone or anything: they never anchor a count.
GENERIC = frozenset(
    {
        *("person", "people", "victim", "casualty", "death", "fatality", "life", "body"),
        *("individual", "man", "woman", "child", "kid", "member", "resident", "other"),
        *("one", "time", "year", "month", "week", "day", "hour", "minute", "second"),
        *("decade", "century", "percent", "point", "thing", "way", "part", "place", "case"),
        *("number", "lot", "item", "unit", "piece", "total", "round", "game", "season"),
        # a team's or fighter's wins and losses: of which span (a record's, the last
        # ten games', a career's) the words rarely say (trial 29, ECB+ 05_ecb)
        *("win", "loss", "draw", "victory", "defeat", "winning percentage"),
    }
)


def _key(claim: Claim, f: Fact) -> Key | None:
    """What an anchored count counts and of which happening, or None."""
    if f.mention is None or f.kind not in QUANTITY_KINDS or dimension_of(f) != "count":
        return None
    head = counted_key(f)
    if not head or head in GENERIC or aged(claim, f) is not None:
        return None
    m = measure_in(claim, f)
    if m.role != "level" or whole_or_agent(claim, f):
        return None
    if m.owner or m.listed or m.scope or m.year or m.place or m.venue or m.reference or m.inclusion:
        return None
    return (f"{head}\x1f{m.event}", "count")


def _happening(key: Key) -> str:
    head, event = key[0].split("\x1f")
    return f"{ANCHORED} '{head}'" + (f" ({event})" if event else "")


def counts_never_met(run: Run, add: Add) -> None:
    """Compare the anchored counts of every two articles whose sentences
    stating them were never compared."""
    figures = key_figures(run.claims, run.facts_by_claim, len(run.claims), _key)
    for a, b in itertools.combinations(sorted(figures), 2):
        for key in sorted(set(figures[a]) & set(figures[b])):
            x, y = figures[a][key], figures[b][key]
            if frozenset((x.claim.id, y.claim.id)) in run.compared:
                continue
            _judge(run, add, key, x, y)


def _judge(run: Run, add: Add, key: Key, x: Figure, y: Figure) -> None:
    names = (run.names[x.fact.article], run.names[y.fact.article])
    cmp = compare_facts(x.fact, y.fact, *names)
    if cmp is not None:
        words = (around(x.claim, x.fact), around(y.claim, y.fact))
        judge_figures(run, add, _happening(key), (x, y), cmp, words)
