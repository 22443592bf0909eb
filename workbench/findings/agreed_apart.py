"""An agreement that is one side of a conflict (trial 42).

In 32_ecb, "61" was listed as Agreed (32_4, 32_5, 32_8) while the conflict
"61 vs 68" held the same sentences as its version A: reading the Agreed
section, the editor thought the age was settled. Such an agreement is agreed
among its sources only; where it is listed, it names the finding that
disputes it and the other versions there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Finding, Verdict


def _spots(versions) -> set[tuple[str, int, int]]:
    return {(s.article, s.start, s.end) for v in versions for s in v.sides}


def disputed_by(agreement: Finding, others: Iterable[Finding]) -> tuple[Finding, tuple[str, ...]]:
    """The first finding, not consistent, with a version stating the
    agreement's figure in the same sentences, and its other versions'
    values; (agreement, ()) when none."""
    mine = _spots(agreement.versions)
    for f in others:
        if f.id == agreement.id or f.kind != agreement.kind or f.verdict == Verdict.CONSISTENT:
            continue
        for v in f.versions:
            if mine & _spots([v]):
                return f, tuple(w.value for w in f.versions if w is not v)
    return agreement, ()


def disputed_words(agreement: Finding, others: Sequence[Finding], names=None) -> str:
    """' — agreed among these sources only: ‘68’ in ECB+ 32_7ecb (conflict
    Fd11993f74)', or ''."""
    f, values = disputed_by(agreement, others)
    if not values:
        return ""
    named = names or {}
    where = []
    for v in f.versions:
        if v.value in values:
            arts = dict.fromkeys(named.get(s.article, s.article) for s in v.sides)
            where.append(f"‘{v.value}’ in {', '.join(arts)}")
    return f" — agreed among these sources only: {'; '.join(where)} ({f.verdict} {f.id})"
