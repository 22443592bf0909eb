"""One verdict on the same words of one sentence pair (issue 11, session 34).

A quotation altered in its figures ("days, possibly weeks" / "weeks, possibly
months") is rightly a conflict by the quote comparison, while the duration
check on the same words found "both allow more than 2 weeks" and called them
consistent: a fresh reader saw one pair carry two verdicts that contradict each
other. A consistent flag whose two sides each lie on the words a conflict of the
same two articles already judged says nothing the editor can use beside it: it
is left out. Two conflicts, or a consistent flag on other words of the pair
("on Monday" beside an altered quotation), are kept.

Session 35: a quote conflict stands for the two quotations it compares, not
only the words it shows. "The line could stay closed for up to five days" /
"… will stay closed for five days" is a conflict on "could … up to" / "will",
while the duration check read "5 days lies within up to five days" as
consistent: two verdicts on one quoted remark, the second saying the dropped
"up to" is harmless where the first says it alters the quote. A consistent
flag on words written differently inside two quotations a quote conflict
compares is left out; one on words both quote alike ("on Monday" inside both)
is kept."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Discrepancy, Fact, Side, Verdict

# (article, start, end) of two quotations compared with each other
Span = tuple[str, int, int]


def _within(inner: Side, outer: Side) -> bool:
    """The words of ``inner`` lie on those of ``outer`` (one article, overlapping)."""
    return inner.article == outer.article and inner.start < outer.end and outer.start < inner.end


def _judged_by(flag: Discrepancy, conflict: Discrepancy) -> bool:
    (a, b), (x, y) = flag.sides, conflict.sides
    return (_within(a, x) and _within(b, y)) or (_within(a, y) and _within(b, x))


def _inside(side: Side, span: Span) -> bool:
    article, start, end = span
    return side.article == article and start <= side.start and side.end <= end


def _quotations(conflict: Discrepancy, quoted: Sequence[tuple[Span, Span]]) -> list:
    """The pairs of quotations a quote conflict's two sides lie in."""
    x, y = conflict.sides
    return [
        (p, q)
        for p, q in quoted
        if (_overlaps(x, p) and _overlaps(y, q)) or (_overlaps(x, q) and _overlaps(y, p))
    ]


def _overlaps(side: Side, span: Span) -> bool:
    article, start, end = span
    return side.article == article and side.start < end and start < side.end


def _worded_apart(flag: Discrepancy) -> bool:
    a, b = flag.sides
    return " ".join(a.text.lower().split()) != " ".join(b.text.lower().split())


def _in_altered_quote(flag: Discrepancy, pairs: list) -> bool:
    """``flag`` compares words written differently inside the two quotations
    of a quote conflict (``pairs``: their spans)."""
    if flag.kind in ("quote", "attribution") or not _worded_apart(flag):
        return False
    a, b = flag.sides
    return any(
        (_inside(a, p) and _inside(b, q)) or (_inside(a, q) and _inside(b, p)) for p, q in pairs
    )


def quoted_spans(quote_pairs: Sequence[tuple[Fact, Fact]]) -> list[tuple[Span, Span]]:
    """The spans of each pair of quotations the judge compared."""
    return [
        ((qa.article, qa.start, qa.end), (qb.article, qb.start, qb.end)) for qa, qb in quote_pairs
    ]


def one_verdict_per_words(
    flags: Sequence[Discrepancy], quoted: Sequence[tuple[Span, Span]] = ()
) -> list[Discrepancy]:
    """The flags without a consistent verdict on words a conflict already judged
    (``quoted``: the quotations compared, :func:`quoted_spans`)."""
    conflicts = [d for d in flags if d.verdict == Verdict.CONFLICT]
    if not conflicts:
        return list(flags)
    altered = [pair for c in conflicts if c.kind == "quote" for pair in _quotations(c, quoted)]
    return [
        d
        for d in flags
        if d.verdict != Verdict.CONSISTENT
        or not (any(_judged_by(d, c) for c in conflicts) or _in_altered_quote(d, altered))
    ]
