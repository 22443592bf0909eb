"""How a finding is told to an editor: each version labelled as its sources
word it ("Monday / today", a bound kept: "as early as July"), with its reading
where two versions look alike ("8.40am (2019-03-14T08:40)"), and the finding's
explanation — every version with its sources, the versions the verdict stands
on, the reason of the strongest pair. Split from build.py (session 36)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Discrepancy, Fact, Relation, Side, Verdict, Version
from ..naming import quoted, surface
from . import said_once
from .pairwise import which_conflict
from .per_version import by_version, cross_reason
from .quoted import how_others_differ
from .scoped import pair_scope

_STRENGTH = {Verdict.CONFLICT: 3, Verdict.UNRESOLVED: 2, Verdict.CONSISTENT: 1}
# what a wording keeps to be told apart: "J. Pickell" = "J Pickell"
NOT_WORD = re.compile(r"[^\w\s]")


def told_apart(versions: tuple[Version, ...]) -> tuple[Version, ...]:
    """Versions worded alike but read differently ('8.40am' on two different
    days, 'at 8.40am' and 'about 8.40am') carry their reading too: three
    versions all labelled '8.40am' looked arbitrary (fresh CLI trial)."""
    labels = Counter(v.value for v in versions)
    return tuple(
        replace(v, value=with_reading(v.value, v.sides[0].normalized))
        if labels[v.value] > 1 and v.sides[0].normalized
        else v
        for v in versions
    )


def with_reading(value: str, reading: str) -> str:
    """'8.40am (2019-03-14T08:40)'; a reading holding the wording stands alone ('Saturday
    (publication date unknown)', trial 22; 'at 3:30 p.m. = Sat 8 Jan 2011 15:30', never '3:30
    p.m. (at 3:30 p.m. = …)', which trial 43 read six times in one explanation)."""
    if _words(reading) == _words(value):
        return value  # the wording read back in lower case tells nothing apart (trial 29)
    held = f" {_words(value)} " in f" {_words(reading.split(' = ')[0])} "
    return reading if held or reading.lower().startswith(value.lower()) else f"{value} ({reading})"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def wordings(sides: list[Side], facts: dict[tuple[str, int, int], Fact]) -> str:
    """A version as the sources word it: "Monday / today" when one source
    wrote the day another called today (the same value after normalising);
    a time keeps the bound it was read with ("as early as July")."""
    seen: dict[str, str] = {}
    for s in sides:
        text = " ".join(s.text.split())
        fact = facts.get((s.article, s.start, s.end))
        bound = (fact.value.get("signal") or "") if fact is not None else ""
        if (
            bound
            and fact is not None
            and fact.value.get("modifier") == bound
            and not text.lower().startswith(bound.lower())
        ):
            text = f"{bound} {text}"
        seen.setdefault(NOT_WORD.sub("", surface(text)), text)  # "J. Pickell" = "J Pickell"
    words = list(seen.values())
    return " / ".join(words[:3]) + (" / …" if len(words) > 3 else "")


def explain(
    ds: list[Discrepancy],
    versions: tuple[Version, ...],
    judged: tuple[tuple[Relation, ...], dict[tuple[int, int], str]],
    verdict: Verdict,
    names: dict[str, str],
    published: dict[str, str],
) -> str:
    """One discrepancy and nothing else judged: its own explanation. More:
    every version with the sources that state it (and, when the versions were
    published on different days, the day each was), which versions the verdict
    stands on when they disagree ("conflict between ‘24’ and ‘5’"; by their sources for a
    quotation or versions told apart by a reading, trials 36, 43), then the reason of the
    strongest pair (a discrepancy's before one judged here)."""
    relations, why = judged
    judged_by = (ds, relations, why, verdict)
    scope = pair_scope(ds, versions, published, names)
    if len(ds) == 1 and not why and sum(len(v.sides) for v in versions) == 2:
        return ds[0].explanation
    days = [{published.get(s.article, "") for s in v.sides} for v in versions]
    dated = all(len(d) == 1 and "" not in d for d in days) and len(set().union(*days)) > 1
    parts = []
    for v in versions:
        sources = sorted({names.get(s.article, s.article) for s in v.sides})
        extra = "" if v.independent == len(sources) else f"; {v.independent} independent"
        when = _when(v, published, dated)
        parts.append(f"{quoted(v.value, '‘', '’')} ({', '.join(sources)}{extra}{when})")
    top = max(ds, key=lambda d: (_STRENGTH.get(d.verdict, 0), -ds.index(d)))
    reason = top.explanation
    spoken = next((r for r in relations if r.discrepancy == top.id), None)
    if top.verdict != verdict:  # the verdict stands on versions no discrepancy compared
        spoken = next(r for r in relations if r.verdict == verdict)
        reason = why[(spoken.left, spoken.right)]
    if spoken is not None and spoken.left == spoken.right and (got := cross_reason(*judged_by)):
        spoken, reason = got  # two members of one version say nothing of the other (trial 44)
    whose = names if ds[0].kind == "quote" or any(" = " in v.value for v in versions) else None
    pairs = which_conflict(versions, relations, verdict, whose)
    if len(versions) > 2 and not pairs.startswith("every two"):
        return by_version(
            ds, versions, judged, verdict, names, lambda v: _when(v, published, dated), scope
        )
    pairs = "" if verdict == Verdict.CONSISTENT or len(versions) == 2 else pairs  # both listed
    head = f"{verdict} between {pairs}" if pairs else str(verdict)
    reason = scope(spoken, reason) if spoken is not None else reason  # trial 46
    said = f"{' vs '.join(parts)} — {head}: {said_once.reason_once(reason, versions)}"
    if ds[0].kind == "quote" and len(versions) > 2:  # a shorter quote says it is shorter
        shown = frozenset((spoken.left, spoken.right)) if spoken else frozenset()
        if more := how_others_differ(ds, versions, relations, why, shown):
            said += f" Also: {more}"
    return said


def _when(v: Version, published: dict[str, str], dated: bool) -> str:
    """'; published 2012-02-29' when the versions were published on different days."""
    return f"; published {published.get(v.sides[0].article, '')}" if dated else ""
