"""Every count a cluster tells of a running happening, each at its moment
(issue 11, session 32).

Two counts of one toll told at two moments are judged as a pair (judge/running.py,
judge/risen.py), but whether the later one is the earlier moved on is not the
pair's alone to say: "at least 40 dead" on Thursday and "at least 45" on
Saturday look like a toll that rose, yet a third report's "36 as of Friday"
says the Thursday floor never held; "at least 55" on Wednesday after a toll
called final at 52 on Monday is no rise either. This module keeps, for one
judging run, the counts of running happenings every article tells (the dead,
the injured, the arrested, the missing, the evacuated …) with the moment each
is told at, so that a pair's update can be checked against the rest of the
story (``broken_floor``, ``capped_below``, ``told_higher_by_then``).

What counts as the same thing: the same happening its clause tells
(facts/measure.py), the same kind of running count (judge/grows.py), a count
of no other group ("15 people", "15 victims" and "15 deaths" count one toll;
"4 soldiers" do not) and no scope, place or year of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..facts.measure import measure_of
from ..model import Article, Claim, Fact
from .family_helpers import counted_key, dimension_of, rates_stated, same_value
from .grows import is_floor, running_word
from .ids import labels
from .running import Stamp, published_moment, stamps, when

# The happenings a running count of a story is of (facts/happenings.EVENTS names).
RUNNING_EVENTS = frozenset(
    {"killed", "injured", "arrested", "evacuated", "missing", "rescued", "hospitalised"}
    | {"displaced"}
)
# Counted nouns that name anyone the happening befell, not a group among them.
_ANYONE = frozenset(
    {"", "person", "victim", "casualty", "death", "fatality", "life", "body", "individual"}
)
# How far a figure may be from a single value and still be one count, not a bound.
_EXACT = 0.1

# Hedges that round a single figure rather than bound it (facts/quantity/terms.py).
_ROUNDING = frozenset(
    {"about", "approximately", "around", "roughly", "some", "circa", "estimated"}
    | {"an estimated", "close to", "nearly", "almost", "in the region of", "give or take"}
)

# A sentence naming a year or recalling another happening tells the story's
# background, not its own count (authored bridge_collapse: "revived memories of the
# 2016 … collapse, which killed 11 people" is no count of this collapse).
_RECALLED = re.compile(
    r"(?i:\b(?:1[89]|20)\d\d\b|\bmemories\b|\brecall(?:s|ed|ing)?\b|\bprevious\b"
    r"|\blast\s+(?:year|month|decade)\b|\bdeadliest\b|\bworst\b)"
)

Key = tuple[str, str, str]  # (happening, kind of running count, counted group)


class Told(NamedTuple):
    fact: Fact
    sentence: str
    article: str
    published: date | None
    key: Key


_LINE: ContextVar[tuple[Told, ...]] = ContextVar("counts_told", default=())


def key_of(f: Fact, sentence: str, at: int) -> Key | None:
    """What a count is the level of, or None when it is no count of a running
    happening or its clause gives it a scope of its own."""
    if f.mention is None or dimension_of(f) != "count":
        return None
    kind = running_word(f, sentence)
    if not kind:
        return None
    m = measure_of(sentence, at, at + len(f.text))
    if m.event not in RUNNING_EVENTS or m.role != "level":
        return None
    if m.owner or m.listed or m.scope or m.year or m.place or m.venue or m.inclusion:
        return None
    if _RECALLED.search(sentence):
        return None  # "memories of the 2016 collapse, which killed 11": another happening
    noun = counted_key(f)
    return (m.event, kind, "" if noun in _ANYONE else noun)


def key_in(f: Fact, sentence: str) -> Key | None:
    """``key_of`` a figure of a sentence, where its mention stands in it."""
    start = getattr(f.mention, "start", -1)
    at = start if isinstance(start, int) and sentence[start:].startswith(f.text) else -1
    at = at if at >= 0 else sentence.find(f.text)
    return None if at < 0 else key_of(f, sentence, at)


@contextmanager
def counts_told(claims: Sequence[Claim], facts: Sequence[Fact], published: dict) -> Iterator[None]:
    """Keep the counts of running happenings the articles tell while the block runs."""
    by_id = {c.id: c for c in claims}
    line = []
    for f in facts:
        claim = by_id.get(f.claim)
        if claim is None:
            continue
        key = key_of(f, claim.text, f.start - claim.start)
        if key is not None:
            line.append(Told(f, claim.text, f.article, published.get(f.article), key))
    token = _LINE.set(tuple(line))
    try:
        yield
    finally:
        _LINE.reset(token)


@contextmanager
def told_in(articles: Sequence[Article], claims: Sequence[Claim], facts: Sequence[Fact]):
    """What a judging run reads across its whole cluster: the rates of exchange the
    articles state (family_helpers.rates_stated) and the counts they tell."""
    named = labels(articles)
    with (
        rates_stated([(named[a.id], a.text) for a in articles]),
        counts_told(claims, facts, {a.id: a.published for a in articles}),
    ):
        yield


def _bounds(f: Fact) -> tuple[float, float]:
    lo, hi = getattr(f.mention, "low", None), getattr(f.mention, "high", None)
    v = float(getattr(f.mention, "value", 0) or 0)
    return (float(lo) if lo is not None else v, float(hi) if hi is not None else v)


def exact(f: Fact) -> bool:
    """A single figure, perhaps rounded ("about 40", "nearly 300"), not a bound
    ("at least 40", "up to 300") nor a vague amount ("dozens")."""
    hedge = getattr(f.mention, "hedge", None)
    if hedge is not None:
        return hedge in _ROUNDING
    lo, hi = _bounds(f)
    return hi - lo <= _EXACT * max(lo, 1.0)


def _value(f: Fact) -> float:
    return float(getattr(f.mention, "value", 0) or 0)


def report_day(published: date) -> tuple[Stamp, ...]:
    day = datetime(published.year, published.month, published.day)
    return ((day, day + timedelta(days=1), f"published {published:%-d %b}"),)


def moment(t: Told, wide: bool = True) -> tuple[Stamp, ...]:
    """When a told count held: its sentence's stamps, else its report's day (from
    the afternoon before when ``wide``: running.published_moment)."""
    own = stamps(t.sentence, t.published)
    if own or t.published is None:
        return own
    return published_moment(t.published) if wide else report_day(t.published)


def _after(a: tuple[Stamp, ...], b: tuple[Stamp, ...]) -> bool:
    """Every moment of ``b`` begins after every moment of ``a`` ends."""
    return bool(a and b) and max(x[1] for x in a) <= min(y[0] for y in b)


def _told(f: Fact) -> Told | None:
    return next((t for t in _LINE.get() if t.fact.id == f.id), None)


def _others(t: Told, *skip: Fact) -> Iterator[Told]:
    ids = {f.id for f in skip}
    return (g for g in _LINE.get() if g.key == t.key and g.fact.id not in ids)


def _named(g: Told) -> str:
    at = moment(g)
    told = f"'{at[0][2]}', {when(at[0])}" if at else "no day"
    return f"'{g.fact.text}' ({told}, in the sentence \"{_short(g.sentence)}\")"


def _short(sentence: str, reach: int = 90) -> str:
    return sentence if len(sentence) <= reach else sentence[: reach - 1].rstrip() + "…"


def _one_figure(g: Told) -> bool:
    """Whether ``g``'s article tells one figure of its count, however written
    (story.key_figures: an article giving two is no witness of either)."""
    return all(
        same_value(h.fact, g.fact) for h in _LINE.get() if h.key == g.key and h.article == g.article
    )


def broken_floor(earlier: Fact, later: Fact) -> str:
    """Why the earlier figure, a floor, never held: another count of the same thing,
    told at a moment after the floor's, is below it ('at least 40' on Thursday /
    '36 as of Friday'); "" when none is. What only grows stays counted."""
    t = _told(earlier)
    if t is None or not is_floor(earlier) or t.key[1] != "grows":
        return ""
    for g in _others(t, earlier, later):
        if not _one_figure(g):
            continue  # "36 died at the scene … the toll rose to 45": an article's two moments
        if exact(g.fact) and _bounds(g.fact)[1] < _value(earlier):
            unstamped = not stamps(t.sentence, t.published) and not stamps(g.sentence, g.published)
            if _after(moment(t, not unstamped), moment(g, not unstamped)):
                return f"{_named(g)} is below the floor '{earlier.text}' at a later moment"
    return ""


def capped_below(earlier: Fact, later: Fact, called) -> str:
    """Why the later figure, a floor, cannot be: a count of the same thing called
    final, confirmed or total (``called``) told before it is below it ('a final
    toll of 52' on Monday / 'at least 55' on Wednesday); "" when none is."""
    t = _told(later)
    if t is None or not is_floor(later) or t.key[1] != "grows":
        return ""
    for g in _others(t, later):
        if not exact(g.fact) or not called(g.fact, g.sentence):
            continue
        if _bounds(g.fact)[1] < _value(later) and not _after(moment(t), moment(g)):
            return f"{_named(g)} is called a final count, below the later floor '{later.text}'"
    return ""


def told_higher_by_then(earlier: Fact, later: Fact) -> str:
    """Why the earlier figure is no count of its moment: another report told a
    higher count of what only grows at that moment or before it (authored
    derailment: 'Two people were killed' in Tuesday's paper beside 'Four people
    were killed' in another of Tuesday); "" when none did."""
    t = _told(earlier)
    if t is None or t.key[1] != "grows":
        return ""
    mine = moment(t, wide=False)
    for g in _others(t, earlier, later):
        if g.article == t.article or _bounds(g.fact)[0] <= _bounds(earlier)[1]:
            continue
        if not _after(mine, moment(g, wide=False)):
            return f"{_named(g)} was told by then, higher than '{earlier.text}'"
    return ""
