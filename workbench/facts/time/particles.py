"""The 'under' or 'over' of a phrasal verb is no bound on the time after it.

"The firm went under 14 years ago" dates the collapse to 14 years before
publication; read as the hedge "under 14 years ago" it became "after 2012", a
bound the story never states. The same for "took over two years ago" (took
control), "was handed over a decade ago", "the storm blew over two days
earlier"; never after a verb as often followed by "more than" ("signed over a
decade ago", "started over two years ago"). A verb that only ever takes the
word as its particle ("go under", "keel over") is one whatever follows; a verb
that also measures a length
("the build took over two years" - more than two years) is one only when the
time counts back from publication or a day of the story ("ago", "later",
"earlier"): "took over two years ago" took control, "took over two years" did
not. (Session 39, a reader of held-out copy: "went under 14 years ago".)
"""

from __future__ import annotations

import re

from .lengths import spread_over

# verbs whose "under" / "over" is always the particle: nothing is measured
_ALWAYS = re.compile(
    r"\b(?:(?:go|goes|going|gone|went)\s+under"
    r"|(?:keel|keels|keeled|keeling|blew|blown|blow|blows)\s+over)\s*$",
    re.IGNORECASE,
)
# verbs whose "over" is the particle when the time counts back ("took over two years ago")
_WHEN_DATED = re.compile(
    r"\b(?:(?:take|takes|taking|took|taken|hand|hands|handed|handing|pulled|knocked)\s+over"
    r"|(?:pulled|dragged)\s+under)\s*$",
    re.IGNORECASE,
)
# Left out on purpose, as "more than" is as likely after them: "the law passed over two
# years ago", "the project started over two years ago", "the contract was signed over a
# decade ago", "he moved over two years ago", "sales fell over two years ago".
_COUNTS_BACK = re.compile(r"\s+(?:ago|later|earlier)\b", re.IGNORECASE)
DATED_WORDS = ("ago", "later", "earlier")


def counted_back(text: str, unit_end: int) -> bool:
    """Does the length whose unit ends at ``unit_end`` count back or on from a day
    ("two years ago", "a week later")?"""
    return bool(_COUNTS_BACK.match(text, unit_end))


def particle_of_verb(text: str, hedge_at: int, dated: bool) -> bool:
    """Is the "over"/"under" at ``hedge_at`` the particle of the verb before it?
    ``dated``: the time after it counts back or on from a day (:func:`counted_back`)."""
    head = text[max(0, hedge_at - 40) : hedge_at]
    word = text[hedge_at : hedge_at + 5].lower()
    if not word.startswith(("over", "under")):
        return False
    probe = head + word.rstrip()
    if _ALWAYS.search(probe):
        return True
    return dated and bool(_WHEN_DATED.search(probe))


def particle_signal(text: str, signal_at: int, span: str) -> bool:
    """Is the signal word at ``signal_at`` before the expression ``span`` a verb's
    particle ("took over | two years ago"), so no signal of the time?"""
    dated = span.lower().rstrip(" .,").endswith(DATED_WORDS)
    return particle_of_verb(text, signal_at, dated)


def no_bound(text: str, hedge: str, hedge_at: int, unit_end: int) -> bool:
    """Is the hedge "over"/"under" at ``hedge_at`` no bound on the length whose unit
    ends at ``unit_end``: the preposition of a spread amount ("$150 million over
    seven years", never before "ago": "met over two years ago" is more than two
    years back, :func:`.lengths.spread_over`) or a verb's particle?"""
    dated = counted_back(text, unit_end)
    if hedge == "over" and not dated and spread_over(text, hedge_at):
        return True
    return particle_of_verb(text, hedge_at, dated)
