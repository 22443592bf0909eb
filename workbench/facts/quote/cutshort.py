"""A quote one source cuts at one or both ends: how the cut reads.

Three outcomes, each with its explanation: a cut that turns the kept words (a
condition, a negation or a contrast dropped: turncut.py) or lifts them from
after a denial is a conflict; a faithful shortening — the words cut are a
clause of their own, or words the reporter gives outside the quote marks, and
carry no negation, 'but', condition or qualifier (shortened.py) — is
consistent, "shortened; meaning kept"; any other cut stays a question, saying
what the dropped words carry (cutwords.py).
"""

from __future__ import annotations

from ...model import Verdict
from .cutwords import what_cut_carries
from .diff import QuoteDiff
from .diff import short_words as _short
from .match import is_sub
from .mention import QuoteMention
from .questions import as_written
from .sentences import sentence_breaks
from .sentencewise import denied_before, edges_harmless, negated_lead_in
from .shortened import faithful_cut
from .toldoutside import told_outside
from .turncut import lead_turns, turning_cut, turning_explanation


def _truncation(
    long_q: QuoteMention,
    short_q: QuoteMention,
    i: int,
    names: tuple[str, str],
    turn: tuple[str, str] | None = None,
    kept: str = "",
) -> str:
    """Explain that ``short_q`` is ``long_q`` cut at one or both ends (found at
    ``i``); ``turn``: what the cut words do to the kept ones (turncut.py);
    ``kept``: why the cut keeps the meaning (shortened.py)."""
    longer, shorter = names
    long, short = long_q.tokens, short_q.tokens
    n = len(short)
    if i == 0:
        where = "stops the quote after"
        anchor = as_written(short_q, max(0, n - 4), n, short[-4:])
        omitted = as_written(long_q, n, min(len(long), n + 12), long[n : n + 12])
        if len(long) > n + 12:
            omitted += " …"
    else:
        where = "quotes only part of it, from"
        anchor = as_written(short_q, 0, min(4, n), short[:4])
        omitted = _short([*long[:i], "…", *long[i + n :]])
    dropped = [(0, i), (i + n, len(long))] if i else [(n, len(long))]
    more = len(long) - n
    said = f"{shorter} {where} '{anchor}'; {longer} goes on: '{omitted}' ({more} more words)"
    if turn is not None:
        return f"{said}. {turning_explanation(*turn, shorter, longer)}"
    if kept:
        return f"{said}. The shared wording matches; {kept} — consistent"
    carries = what_cut_carries(long_q, [(s, e) for s, e in dropped if e > s], tail=True)
    return f"{said}. The shared wording matches; {carries} — unresolved"


def _woven(q: QuoteMention) -> bool:
    """A quote that opens in lower case: words woven into the reporter's sentence
    ('conceded that "the ship should not have sailed"'), not a sentence of its own."""
    first = next((ch for ch in q.text if ch.isalpha()), "")
    return first.islower()


def _denial_cut(
    long_q: QuoteMention, short_q: QuoteMention, i: int, denied: str, names: tuple[str, str]
) -> str:
    """Explain that ``short_q`` lifts words the speaker said after denying or
    turning them (``denied``: the words before, found at ``i`` of ``long_q``)."""
    longer, shorter = names
    n = len(short_q.tokens)
    kept = as_written(short_q, 0, n, short_q.tokens)
    lead = as_written(long_q, i - len(denied.split()), i, denied.split())
    return (
        f"{shorter} quotes only '{kept}'; in {longer} the speaker says '{lead} …' before "
        "those words: cut from them, the quote may say the opposite of what was said — "
        "conflict"
    )


def cut_short(
    a: QuoteMention, b: QuoteMention, names: tuple[str, str], texts: tuple[str, str] = ("", "")
) -> QuoteDiff | None:
    """One version is the other's words cut at one or both ends: a question,
    unless only a lead-in is cut that turns nothing (:func:`edges_harmless`), or
    the cut is a faithful shortening (consistent); ``texts``: each version's
    article, to read the words around the shorter one's quote marks."""
    a_name, b_name = names
    ta, tb = a.tokens, b.tokens
    long_t, n = (ta, len(tb)) if len(tb) < len(ta) else (tb, len(ta))
    i = is_sub(tb, ta) if len(tb) < len(ta) else is_sub(ta, tb) if len(ta) < len(tb) else -1
    if i < 0:
        return None  # not a cut
    long_q, short_q, longer, shorter, short_text = (
        (a, b, a_name, b_name, texts[1]) if len(tb) < len(ta) else (b, a, b_name, a_name, texts[0])
    )
    turn = turning_cut(long_q, i, n)
    lead = long_t[max((k for k in sentence_breaks(long_q) if k <= i), default=0) : i]
    carried = _carried(long_q, short_q, (i, n), lead, short_text)
    if carried:
        turn = None  # the reporter writes the turning words: 'said it may "take weeks"'
    if turn is None and i + n == len(long_t) and edges_harmless(long_t[:i]):
        return None  # only a lead-in cut that turns nothing
    if negated_lead_in(lead) and not carried:  # cut after 'Nobody can say yet that'
        return _negation_cut(a, b, (a_name, b_name), lead)
    # words lifted from after a denial and woven into the reporter's sentence ('said
    # the company "ignored the warnings"' / "It would be wrong to say the company
    # ignored the warnings, but …"): the reporter makes the speaker say the opposite.
    # A quoted sentence of its own that drops a turning lead-in stays a question
    # (session 20: "I don't think we will open …" / "We will open …")
    denied = denied_before(long_t, i) if i > 0 and _woven(short_q) and not carried else ""
    kept = "" if denied or turn else faithful_cut(long_q, short_q, i, short_text)
    explanation = (
        _denial_cut(long_q, short_q, i, denied, (longer, shorter))
        if denied
        else _truncation(long_q, short_q, i, (longer, shorter), turn, kept)
    )
    verdict = Verdict.CONSISTENT if kept else Verdict.UNRESOLVED
    return QuoteDiff(
        Verdict.CONFLICT if denied or turn else verdict,
        "truncated",
        explanation,
        (a.start, a.end),
        (b.start, b.end),
        _short(ta, 20),
        _short(tb, 20),
    )


def _carried(
    long_q: QuoteMention, short_q: QuoteMention, at: tuple[int, int], lead: list[str], text: str
) -> bool:
    """The turning words the cut drops (before the kept words when they turn
    them, after otherwise) are written by the shorter source itself around its
    marks (:mod:`.toldoutside`): the partial quote is faithful."""
    i, n = at
    toks = list(long_q.tokens)
    if lead and told_outside(short_q, text, lead, lead=True):
        return True
    after = min((k for k in sentence_breaks(long_q) if k > i + n), default=len(toks))
    return lead_turns(lead, toks[i : i + n]) == "" and told_outside(
        short_q, text, toks[i + n : after], lead=False
    )


def _negation_cut(
    a: QuoteMention, b: QuoteMention, names: tuple[str, str], lead: list[str]
) -> QuoteDiff:
    """The shorter version starts after a lead-in that negates it (negated_lead_in)."""
    longer, shorter = names if len(b.tokens) < len(a.tokens) else names[::-1]
    said = _short(lead[-8:])
    return QuoteDiff(
        Verdict.CONFLICT,
        "truncated",
        f"{shorter} quotes only the words after '{said}' in {longer}'s version: the cut "
        "drops a negation that governs them, so the shorter quote says the opposite of "
        "what was said — conflict",
        (a.start, a.end),
        (b.start, b.end),
        _short(a.tokens, 20),
        _short(b.tokens, 20),
    )
