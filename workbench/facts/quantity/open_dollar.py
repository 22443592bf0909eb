"""A bare "$" whose dollar its own article does not settle, against a sum in the
dollar it may be (session 39, issue 11).

Held-out readers: a bare "$2 million" was A$ in one report and US$ in another
of one Australian story, so one amount was "the same amount in two currencies
— one of the currencies is wrong". The report that read it as US$ writes
"A$" elsewhere, and a report that writes "A$1.4bn" or "US$61 million" beside a
bare "$" does not say which dollar the bare one is (plant explosion key U1: "the
US wire's bare '$'"). Such a "$" is *open* (:mod:`.local_dollars`): against a
sum in its article's own dollar it is read in that dollar, an agreement is
kept, and a difference is a question naming the reading — unless read as US
dollars, at a rate the reports state, it agrees (then it is consistent) or
differs too (a conflict either way). Against US dollars it is read as written.

A loose "$" (its article names no dollar country) given the story's dollar by
:mod:`.story_dollar` is open the same way, but against a bare "$" another
report's home places: there it is read in that report's dollar, a difference a
conflict, as every loose "$" is since session 29 (:func:`.compare.one_dollar`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...model import Comparison, Verdict
from .mention import QuantityMention

Compare = Callable[[QuantityMention, QuantityMention, str, str], Comparison | None]


def as_hinted(m: QuantityMention, other: QuantityMention) -> QuantityMention | None:
    """``m`` read in its hinted dollar when ``other`` is a sum in that dollar."""
    if not m.loose_dollar or not m.dollar_hint or other.unit != m.dollar_hint:
        return None
    return replace(m, unit=m.dollar_hint, home=m.hint_from, loose_dollar=False)


def open_reading(
    a: QuantityMention, b: QuantityMention, left: str, right: str, compare: Compare
) -> Comparison | None:
    """An open "$" of either side against a sum in its article's own dollar:
    compared in that dollar, a conflict so found only a question."""
    for m, other, name in ((a, b, left), (b, a, right)):
        if m.hint_story and other.home:
            continue  # a "$" another report's home places: read in it (compare.one_dollar)
        if not m.hint_open or (read := as_hinted(m, other)) is None:
            continue
        got = _with(compare, a, b, m, read, left, right)
        if got is None or got.verdict != Verdict.CONFLICT:
            return got
        as_us = _with(compare, a, b, m, replace(m, loose_dollar=False), left, right)
        if as_us is not None and as_us.verdict == Verdict.CONSISTENT:
            return as_us  # as US dollars, at a rate the reports state
        if as_us is not None and as_us.verdict == Verdict.CONFLICT:
            return got  # a difference either way
        found = got.explanation.rsplit(" — ", 1)[0]
        why = (
            f"{found} — but {name}'s '{m.text}' is a bare '$' its report ties to no one "
            f"dollar: read as {m.dollar_hint} (the dollar of {m.hint_from}) they differ, "
            "read as US dollars there is no rate to compare them — unresolved"
        )
        return Comparison(Verdict.UNRESOLVED, why, got.left, got.right)
    return None


def _with(
    compare: Compare,
    a: QuantityMention,
    b: QuantityMention,
    m: QuantityMention,
    read: QuantityMention,
    left: str,
    right: str,
) -> Comparison | None:
    """The pair compared with ``m`` (one of its sides) read as ``read``."""
    return compare(read, b, left, right) if m is a else compare(a, read, left, right)
