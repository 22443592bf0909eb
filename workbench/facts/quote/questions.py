"""An altered quotation left to the editor as a question: the words that
differ shown as printed on each side, and why the change may keep the
meaning (another tense, a word lost in transcription, an ellipsis, the
same words in another form)."""

from __future__ import annotations

from ...model import Verdict
from .diff import QuoteDiff
from .diff import short_words as _short
from .mention import QuoteMention
from .sentences import word_offsets


def as_written(q: QuoteMention, t0: int, t1: int, fallback: list[str]) -> str:
    """Quote tokens t0..t1-1 as printed in the article (so an editor can search
    for them), falling back to the normalised words."""
    span = token_span(q, t0, t1)
    if span is None:
        return " ".join(fallback)
    text = q.text[span[0] - q.start : span[1] - q.start]
    return " ".join(text.split()).strip(" ,;:.\"'“”‘’")


def tense_question(
    at: tuple[int, int, int, int] | None, a: QuoteMention, b: QuoteMention, names: tuple[str, str]
) -> QuoteDiff | None:
    """One quote printed in two tenses: an auxiliary added or dropped (paraphrase.py);
    None when no tense changed (only words of no weight)."""
    if at is None:
        return None
    return question_at(
        at, a, b, names,
        "the same words in another tense inside quotation marks; at most one is verbatim "
        "— check which",
    )  # fmt: skip


def slip_question(
    at: tuple[int, int, int, int], a: QuoteMention, b: QuoteMention, names: tuple[str, str]
) -> QuoteDiff:
    """One side lacks a word its sentence cannot read without (paraphrase.py)."""
    return question_at(
        at, a, b, names,
        "one of them lacks a word its sentence does not read without, likely lost in "
        "transcription; the words otherwise match — check which is verbatim",
    )  # fmt: skip


def question_at(
    at: tuple[int, int, int, int],
    a: QuoteMention,
    b: QuoteMention,
    names: tuple[str, str],
    why: str,
    verdict: Verdict = Verdict.UNRESOLVED,
) -> QuoteDiff:
    """An altered quote left to the editor, at the words ``at`` marks on each side
    (``verdict``: consistent for a shortening that keeps the meaning)."""
    ta, tb = a.tokens, b.tokens
    a_span = token_span(a, at[0], at[1]) or (a.start, a.end)
    b_span = token_span(b, at[2], at[3]) or (b.start, b.end)
    a_words = as_written(a, at[0], at[1], ta[at[0] : at[1]])
    b_words = as_written(b, at[2], at[3], tb[at[2] : at[3]])
    return QuoteDiff(
        verdict,
        "altered",
        f"{names[0]} quotes '{a_words}' where {names[1]} quotes '{b_words}': {why} — {verdict}",
        a_span,
        b_span,
        _short(ta, 20),
        _short(tb, 20),
    )


def elision(
    cut: str, a: QuoteMention, b: QuoteMention, names: tuple[str, str], carries: str
) -> QuoteDiff:
    """Side ``cut`` ("a" or "b") leaves words out and prints an ellipsis there;
    ``carries``: what the words left out carry (``cutwords.what_cut_carries``)."""
    ta, tb = a.tokens, b.tokens
    shorter, longer = names if cut == "a" else names[::-1]
    return QuoteDiff(
        Verdict.UNRESOLVED,
        "truncated",
        f"{shorter} leaves words out of the quote and marks the cut with an ellipsis; "
        f"{longer} quotes them ('{_short(ta if cut == 'b' else tb, 12)}'). The shared "
        f"wording matches; {carries} — unresolved",
        (a.start, a.end),
        (b.start, b.end),
        _short(ta, 20),
        _short(tb, 20),
    )


def token_span(q: QuoteMention, t0: int, t1: int) -> tuple[int, int] | None:
    """Article offsets covering quote tokens t0..t1-1; None if empty."""
    if t1 <= t0:
        return None
    positions: list[tuple[int, int]] = []
    for s, e in q.parts:
        positions.extend(word_offsets(q, s, e))
    if t1 > len(positions):
        return None
    return positions[t0][0], positions[t1 - 1][1]
