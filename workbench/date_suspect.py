"""A publication date that looks wrong, said once for the story (user trial 49).

An article dated a week late turns every day it counts from its own date
("this morning", "on Saturday", "six weeks ago") into a day after the one the
other reports give. Each such pair is a conflict naming both publication dates
("one of them is wrong, or one publication date is"), but trial 49 met them as
three unrelated conflicts and never asked whether the date was wrong. When one
article is the common side of such conflicts - with two or more other reports,
about two or more of its sentences, all its days falling the same way (all
later, or all earlier, by two days to two weeks: a day off is left to the
pairs' flags) - one line says so and how to give the right date.
Nothing analysed changes: the editor decides.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .model import Analysis, Article, Discrepancy, Fact, Finding, Verdict

# the rules that say "one of them is wrong, or one publication date is"
# (judge/days.py) and "re-date the copy (or check its publication date)"
# (judge/redated.py): a day counted from each report's own date
COUNTED_RULES = frozenset({"counted_from_different_days", "copy_not_redated"})
SHOWN = 3  # the article's own words quoted before "…"
SLIP_DAYS = 14  # a wrong date slips days or a week or two; a larger gap is its own difference
# a day off is left to the pair's flag: a clock, a late-night piece, a zone may
# explain it (judge/days.py's a_day_off_by_the_clock); two days and more is a slip
LEAST_DAYS = 1.5


@dataclass(frozen=True)
class Suspect:
    """An article whose own-date days disagree with the other reports'."""

    article: Article
    words: tuple[str, ...]  # its words counted from its date, as written
    others: int  # how many other reports give other days
    later: bool  # its days fall after theirs (else before)
    days: tuple[int, int]  # the least and most days apart


@dataclass(frozen=True)
class _Hit:
    other: frozenset[str]  # the other report, and those its finding says state its day
    claim: str
    text: str
    shift: float  # days from its day to the other's (negative: its day is later)


def suspects(analysis: Analysis) -> list[Suspect]:
    """The articles whose publication date looks wrong (see the module's doc)."""
    hits = _hits(analysis.discrepancies, analysis.facts, _stating(analysis.findings))
    by_id = {a.id: a for a in analysis.articles}
    found = []
    for article, own in sorted(hits.items()):
        others = _others(own)
        if len(others) < 2 or len({h.claim for h in own}) < 2:
            continue
        if any(len(_others(hits.get(o, ()))) >= len(others) for o in others):
            continue  # not the one side they share
        shifts = [h.shift for h in own]
        if not (all(s < 0 for s in shifts) or all(s > 0 for s in shifts)):
            continue  # days falling both ways: no one date explains them
        if article not in by_id or by_id[article].published is None:
            continue
        words = tuple(dict.fromkeys(h.text for h in own))
        apart = sorted(round(abs(s)) for s in shifts)
        later = shifts[0] < 0
        found.append(Suspect(by_id[article], words, len(others), later, (apart[0], apart[-1])))
    return found


def _others(hits: Sequence[_Hit]) -> frozenset[str]:
    return frozenset().union(*(h.other for h in hits))


def _stating(findings: Sequence[Finding]) -> dict[tuple[str, str], frozenset[str]]:
    """(discrepancy, article) -> the articles of the version that article's side is in."""
    said: dict[tuple[str, str], frozenset[str]] = {}
    for f in findings:
        for v in f.versions:
            articles = frozenset(s.article for s in v.sides)
            for d in f.discrepancies:
                for a in articles:
                    said[d, a] = articles
    return said


def _hits(
    ds: Sequence[Discrepancy], facts: Sequence[Fact], stating: dict[tuple[str, str], frozenset[str]]
) -> dict[str, list[_Hit]]:
    at = {(f.article, f.start, f.end): f for f in facts}
    hits: dict[str, list[_Hit]] = defaultdict(list)
    for d in ds:
        if d.verdict != Verdict.CONFLICT or d.rule not in COUNTED_RULES:
            continue
        a, b = d.sides
        if a.article == b.article:
            continue
        for me, other in ((a, b), (b, a)):
            mine, theirs = (_start(at.get((s.article, s.start, s.end))) for s in (me, other))
            if mine is None or theirs is None:
                continue
            shift = (theirs - mine).total_seconds() / 86400
            if LEAST_DAYS <= abs(shift) <= SLIP_DAYS:  # a larger gap is a difference of its own
                said = stating.get((d.id, other.article), frozenset()) | {other.article}
                hits[me.article].append(_Hit(said - {me.article}, me.claim, me.text, shift))
    return hits


def _start(fact: Fact | None) -> datetime | None:
    interval = (fact.value or {}).get("interval") if fact is not None else None
    if not interval:
        return None
    try:
        return datetime.fromisoformat(str(interval[0]))
    except ValueError:
        return None


def suspect_line(s: Suspect, where: str = "command line") -> str:
    """One line: which article, which of its words, which way, and how to
    give the right date (``where``: "command line" or "window")."""
    a = s.article
    published: date = a.published  # type: ignore[assignment]  # suspects() keeps dated ones
    words = ", ".join(f"'{w}'" for w in s.words[:SHOWN]) + (", …" if len(s.words) > SHOWN else "")
    low, high = s.days
    apart = f"{low} days" if low == high else f"{low} to {high} days"
    if low == high == 1:
        apart = "a day"
    way = "after" if s.later else "before"
    how = (
        f"give the right one with --published {os.path.basename(a.path) or a.id}=YYYY-MM-DD"
        if where == "command line"
        else "type the right one in its column"
    )
    return (
        f"{a.outlet or a.id}: its publication date ({published:%a %d %b %Y}) may be wrong — "
        f"the days it counts from it ({words}) fall {apart} {way} the days {s.others} other "
        f"reports give; if the date is wrong, {how}"
    )
