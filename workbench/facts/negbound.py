"""A comparative under a negation in its own clause is a bound the other way
(issue 11, session 21: ECB+ 10_ecbplus, class D of the test half): "no team has
offered a contract longer than eight years" says the offers are at most eight
years, not eight; "nobody was paid more than $5,000" is at most $5,000; "none
of the flights was shorter than two hours" is at least two hours. Read without
the negation, the bound turned "at most eight years" into "eight years" (or
into "more than eight", a false conflict with "an eight-year offer").

Shared by the quantity reader (facts/quantity/hedges.py) and the lengths of
time (facts/time/spans.py); a family of its own neither.
"""

from __future__ import annotations

import re

__all__ = ["ASIDE", "bounded_by_comparative", "negated_comparative"]

# Comparatives that bound a figure from below ("more than N") or from above
# ("less than N") when stated plainly; "over"/"above"/"under"/"below" need no "than".
_ABOVE = (
    r"more|greater|higher|larger|bigger|longer|older|taller|heavier|wider|deeper|faster"
    r"|stronger|further|farther"
)
_BELOW = r"less|fewer|lower|smaller|shorter|younger|lighter|narrower|shallower|slower|weaker"
_COMPARATIVE = re.compile(
    rf"(?<![A-Za-z])(?i:(?P<above>(?:{_ABOVE})[ \u00a0]+than|over|above|exceeding|beyond)"
    rf"|(?P<below>(?:{_BELOW})[ \u00a0]+than|under|below))[ \u00a0]+$"
)
# A negation that governs the comparative: "no team", "not", "never", "none of",
# "nobody", "no one", "neither", "n't" ("No." before a number is an abbreviation).
_NEGATION = re.compile(
    r"(?<![A-Za-z])(?i:no(?![.\w])|not|never|none|nobody|nothing|neither|nor)(?![A-Za-z])"
    r"|(?i:n['’]t)(?![A-Za-z])"
)
# Where the comparative's clause starts: a negation before it governs another clause
# ("officials would not confirm that more than 50 died": more than 50, not at most).
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013.!?\"“”]|,[ \u00a0]|\b(?:and|but|while|whereas|that|which|who|whom|"
    r"whether|if|when|after|because|although|though|said|says|say|reported|reports|estimated)\b"
    r"(?![ \u00a0]+to[ \u00a0])"  # "was reported to have offered": one clause
)
# An aside set off by paired dashes or brackets is no clause of the sentence
# ("None of the other teams -- the Red Sox, Orioles and Nationals -- has been
# reported to have offered more than eight years": trial 32 read an offer of
# more than eight years).
ASIDE = re.compile(
    r"[ \u00a0]--[ \u00a0][^\n]*?[ \u00a0]--[ \u00a0]"
    r"|[\u2014\u2013][^\u2014\u2013]*?[\u2014\u2013]|\([^()]*\)"
)
_REACH = 80  # characters before the comparative a negation may govern it from
# A subject that negates its whole clause governs a comparative further on in that
# clause ("None of the other teams in the Teixeira sweepstakes -- ... -- has been
# reported to have offered more than eight years": trial 45 read more than eight).
_SUBJECT_NEGATION = re.compile(
    r"[ \u00a0]*(?i:none|nobody|no[ \u00a0]+one|no[ \u00a0]+other|neither|nothing)(?![A-Za-z])"
)
_SUBJECT_REACH = 160
# A preposition of time before the comparative: the negation tells how long
# something has not happened ("has not played for more than eight years").
_ABSENCE = re.compile(r"\b(?i:in|for|within|during|over|after|since)[ \u00a0]+$")


def negated_comparative(text: str, start: int) -> tuple[str, int] | None:
    """The bound ("up to" or "at least") for a comparative right before ``start`` that a
    negation earlier in its clause governs, with where the comparative starts."""
    m = _COMPARATIVE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    if _ABSENCE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "hasn't won in more than eight years": an absence that long
    head = ASIDE.sub(" ", text[: m.start()])  # asides out, then reach back
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(head)]
    clause = breaks[-1] if breaks else 0
    if not (
        _NEGATION.search(head, max(clause, len(head) - _REACH))
        or (_SUBJECT_NEGATION.match(head, clause) and len(head) - clause <= _SUBJECT_REACH)
    ):
        return None
    return ("up to" if m.group("above") else "at least"), m.start()


_LEADING = re.compile(
    rf"(?i:(?:{_ABOVE}|{_BELOW})[ \u00a0]+than|over|above|exceeding|beyond|under|below)[ \u00a0]+"
)


def bounded_by_comparative(text: str, start: int) -> bool:
    """Whether a comparative bounds the figure at ``start`` ("more than 20",
    the span read with or without its comparative): under a negation it is a
    bound the other way (``negated_comparative``), not a negated figure."""
    return bool(_COMPARATIVE.search(text, max(0, start - 30), start) or _LEADING.match(text, start))
