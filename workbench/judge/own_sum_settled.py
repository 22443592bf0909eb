"""Which part of a breakdown that does not add up another report settles
(issue 11, session 36, eng119).

``own_sum.py`` flags a total its own sentence's parts do not add up to —
"212, … with 87 in France, 51 in Germany, 34 in Belgium, 22 in the
Netherlands, 17 in Spain and 10 in Poland" (221) — and says one of them is
wrong, leaving the editor to find which. When another report gives one of
those parts differently, and with its figure the parts add up to the total
("France has recorded the most cases, with 78", 221 − 87 + 78 = 212), the
explanation names that part and that report. The verdict and the flag do not
change; only what the editor is told.

A part of the breakdown is matched in another report's sentence by the words
the breakdown gives it ("in France", "from Alder", "adults"): a count of that
sentence, of exactly the value that makes the sum hold, is the count nearest
to one of those words. Nothing is named when another report gives a part as
this one does (they may share the slip, or the total is wrong), when two
different parts could each be the wrong one, or when the other figure counts
another happening.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..facts.measure import measure_of
from ..model import Claim, Fact
from ..text import STOPWORDS

_LABEL_END = re.compile(r"[,;.:)—–]|\band\b|\bwith\b|[ \u00a0]-[ \u00a0]")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
_BOUND = 8  # words between a part's own words and its figure
# words between that make the figure a whole the place or group is some of:
# "22 homes were damaged in all, most of them in Colne"
_WHOLE = re.compile(
    r"\b(?:all|total|overall|altogether|combined|them|whom|those|including|among|across)\b",
    re.IGNORECASE,
)
# words around a part that say nothing of which part it is
_NOT_A_LABEL = frozenset(
    {"them", "whom", "those", "people", "cases", "patients", "the", "some", "were", "was"}
)


def count_value(f: Fact) -> float:
    return float(f.mention.value)  # type: ignore[union-attr]


def plain_count(f: Fact) -> bool:
    """A count stated as one figure, neither a range nor hedged (own_sum's too)."""
    m = f.mention
    return (
        f.kind == "number"
        and getattr(m, "dimension", "") == "count"
        and getattr(m, "value_high", None) is None
        and not getattr(m, "hedge", None)
    )


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-1] if len(w) > 4 and w.endswith("s") else w


def label(claim: Claim, part: Fact) -> tuple[str, frozenset[str]]:
    """The words the breakdown gives a part ("87 in France" → "in France"),
    read up to the next comma, "and" or the list's end, and their keys."""
    after = claim.text[part.end - claim.start :]
    m = _LABEL_END.search(after)
    words = after[: m.start()] if m else after
    words = words[:60].rstrip()
    keys = {
        _key(w)
        for w in _WORD.findall(words)
        if w.lower() not in STOPWORDS and w.lower() not in _NOT_A_LABEL and len(w) > 2
    }
    return words, frozenset(keys)


def _nearest_count(claim: Claim, facts: Sequence[Fact], keys: frozenset[str]) -> list[Fact]:
    """The counts of a sentence that are the nearest count to one of the words,
    bound to it: at most _BOUND words between, none telling a whole."""
    counts = [f for f in facts if plain_count(f)]
    out = []
    for m in _WORD.finditer(claim.text):
        if not counts or _key(m.group()) not in keys:
            continue
        at, end = claim.start + m.start(), claim.start + m.end()

        def gap(f: Fact, at: int = at, end: int = end) -> str:
            a, b = (end, f.start) if f.start >= end else (f.end, at)
            return claim.text[a - claim.start : b - claim.start]

        near = min(counts, key=lambda f: len(gap(f)))
        between = gap(near)
        if len(between.split()) > _BOUND or _WHOLE.search(between) or near in out:
            continue
        out.append(near)
    return out


def _other_values(
    claim: Claim,
    part: Fact,
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    event: str,
) -> list[tuple[str, float]]:
    """(article, value) of each count another report gives this part, of the
    same happening as far as the clauses say."""
    _, keys = label(claim, part)
    if not keys:
        return []
    out = []
    for other in claims:
        if other.article == claim.article:
            continue
        for f in _nearest_count(other, facts_by_claim.get(other.id, ()), keys):
            theirs = measure_of(other.text, f.start - other.start, f.end - other.start).event
            if event and theirs and theirs != event:
                continue
            out.append((other.article, count_value(f)))
    return out


def settling_part(
    claim: Claim,
    total: Fact,
    parts: Sequence[Fact],
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
) -> str:
    """The words to add to the explanation when other reports settle which part
    is wrong, or "" when they do not."""
    added = sum(count_value(p) for p in parts)
    event = measure_of(claim.text, total.start - claim.start, total.end - claim.start).event
    found: list[tuple[Fact, float, list[str]]] = []
    for p in parts:
        needed = count_value(total) - (added - count_value(p))
        given = _other_values(claim, p, claims, facts_by_claim, event)
        if any(v == count_value(p) for _, v in given):
            continue  # another report gives this part as this one does
        settling = sorted({a for a, v in given if v == needed})
        if settling and needed > 0:
            found.append((p, needed, settling))
    if len(found) != 1:
        return ""
    p, needed, settling = found[0]
    words, _ = label(claim, p)
    named = [names.get(a, a) for a in settling]
    who = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    gives = "give" if len(named) > 1 else "gives"
    return (
        f": '{p.text}{words}' — {who} {gives} {needed:,.0f}, and with {needed:,.0f} the "
        f"parts add up to {total.text}"
    )
