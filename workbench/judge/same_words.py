"""One verdict on the same words of one sentence pair (issue 11, session 34).

A quotation altered in its figures ("days, possibly weeks" / "weeks, possibly
months") is rightly a conflict by the quote comparison, while the duration
check on the same words found "both allow more than 2 weeks" and called them
consistent: a fresh reader saw one pair carry two verdicts that contradict each
other. A consistent flag whose two sides each lie on the words a conflict of the
same two articles already judged says nothing the editor can use beside it: it
is left out. Two conflicts, or a consistent flag on other words of the pair
("on Monday" beside an altered quotation), are kept."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Discrepancy, Side, Verdict


def _within(inner: Side, outer: Side) -> bool:
    """The words of ``inner`` lie on those of ``outer`` (one article, overlapping)."""
    return inner.article == outer.article and inner.start < outer.end and outer.start < inner.end


def _judged_by(flag: Discrepancy, conflict: Discrepancy) -> bool:
    (a, b), (x, y) = flag.sides, conflict.sides
    return (_within(a, x) and _within(b, y)) or (_within(a, y) and _within(b, x))


def one_verdict_per_words(flags: Sequence[Discrepancy]) -> list[Discrepancy]:
    """The flags without a consistent verdict on words a conflict already judged."""
    conflicts = [d for d in flags if d.verdict == Verdict.CONFLICT]
    if not conflicts:
        return list(flags)
    return [
        d
        for d in flags
        if d.verdict != Verdict.CONSISTENT or not any(_judged_by(d, c) for c in conflicts)
    ]
