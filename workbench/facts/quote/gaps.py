"""A quote shortened inside: words left out where one source prints an
ellipsis or splits the quotation around its attribution.

'"The magma has found a path," Ruiz said. "We expect this eruption to
continue …"' quotes two contiguous parts of '"The magma has found a path to
the surface, and we expect …"': a shortening, as '… a path … we expect …' is
(session 35: readers judged a split partial quote called "altered" a conflict
wrongly). What the gap leaves out decides: a negation, a condition or a hedge
('… will reopen … on Monday' for '… will reopen, possibly, on Monday') turns
the kept words, a conflict naming them; anything else is the question an
ellipsis always was (the dropped words said, :mod:`.cutwords`).
"""

from __future__ import annotations

from ...model import Verdict
from .cutwords import what_cut_carries
from .diff import QuoteDiff
from .diff import short_words as _short
from .mention import QuoteMention
from .paraphrase import elided
from .questions import as_written, elision
from .sentences import word_offsets
from .skipped import kept_meaning
from .turncut import gap_turns, turning_explanation

Op = tuple[str, int, int, int, int]


def _split_at(q: QuoteMention) -> set[int]:
    """The token positions where a part of ``q`` after the first begins: the
    places its reporter interrupts it ('"…," he said, "…"')."""
    out, count = set(), 0
    for s, e in q.parts[:-1]:
        count += len(word_offsets(q, s, e))
        out.add(count)
    return out


def _split_cut(changes: list[Op], a: QuoteMention, b: QuoteMention) -> str:
    """ "a" or "b" when every change is words that side leaves out where it
    splits the quotation around its attribution; "" otherwise."""
    if all(op == "insert" for op, *_ in changes) and len(a.parts) > 1:
        at = _split_at(a)  # read once: a hostile quotation has thousands of parts
        return "a" if all(i1 in at for _op, i1, *_ in changes) else ""
    if all(op == "delete" for op, *_ in changes) and len(b.parts) > 1:
        at = _split_at(b)
        return "b" if all(j1 in at for *_, j1, _j2 in changes) else ""
    return ""


def gap_diff(
    changes: list[Op], a: QuoteMention, b: QuoteMention, names: tuple[str, str]
) -> QuoteDiff | None:
    """The words one version leaves out at its ellipses or split points, read
    for what they carry; None when the changes are not such a shortening."""
    cut = elided(changes, a, b)
    split = "" if cut else _split_cut(changes, a, b)
    unmarked = "" if cut or split else _skipped_clauses(changes, a, b)
    cut = cut or split or unmarked
    if not cut:
        return None
    long_q = b if cut == "a" else a
    gone = [(j1, j2) if cut == "a" else (i1, i2) for _op, i1, i2, j1, j2 in changes]
    if unmarked:  # whole clauses left out, or the change of words it was (compare._altered)
        kept = kept_meaning(long_q, gone, True)
        return None if kept is None else _shortened(cut, a, b, names, kept)
    for t0, t1 in gone:
        if kind := gap_turns(list(long_q.tokens[t0:t1])):
            return _turned(
                cut, a, b, names, (kind, as_written(long_q, t0, t1, list(long_q.tokens[t0:t1])))
            )
    if (kept := kept_meaning(long_q, gone, False)) is not None:
        return _shortened(cut, a, b, names, kept)
    carries = what_cut_carries(long_q, gone, tail=False)
    if not split:
        return elision(cut, a, b, names, carries)
    shorter, longer = names if cut == "a" else names[::-1]
    words = " … ".join(as_written(long_q, t0, t1, list(long_q.tokens[t0:t1])) for t0, t1 in gone)
    return QuoteDiff(
        Verdict.UNRESOLVED,
        "truncated",
        f"{shorter} leaves words out where it splits the quote around its attribution; "
        f"{longer} quotes them: '{words}'. The shared wording matches; {carries} — unresolved",
        (a.start, a.end),
        (b.start, b.end),
        _short(a.tokens, 20),
        _short(b.tokens, 20),
    )


def _skipped_clauses(changes: list[Op], a: QuoteMention, b: QuoteMention) -> str:
    """ "a" or "b" when every change is words that side leaves out, unmarked."""
    if changes and all(op == "insert" for op, *_ in changes):
        return "a"
    if changes and all(op == "delete" for op, *_ in changes):
        return "b"
    return ""


def _shortened(
    cut: str, a: QuoteMention, b: QuoteMention, names: tuple[str, str], kept: str
) -> QuoteDiff:
    shorter, longer = names if cut == "a" else names[::-1]
    return QuoteDiff(
        Verdict.CONSISTENT,
        "truncated",
        f"{shorter} leaves out, inside the quote {longer} prints whole, {kept}",
        (a.start, a.end),
        (b.start, b.end),
        _short(a.tokens, 20),
        _short(b.tokens, 20),
    )


def _turned(
    cut: str, a: QuoteMention, b: QuoteMention, names: tuple[str, str], turn: tuple[str, str]
) -> QuoteDiff:
    shorter, longer = names if cut == "a" else names[::-1]
    kind, words = turn
    return QuoteDiff(
        Verdict.CONFLICT,
        "truncated",
        f"{shorter} leaves words out inside the quote that {longer} quotes: '{words}'. "
        + turning_explanation(kind, words, shorter, longer),
        (a.start, a.end),
        (b.start, b.end),
        _short(a.tokens, 20),
        _short(b.tokens, 20),
    )
