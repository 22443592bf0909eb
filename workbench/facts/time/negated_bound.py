"""A denied 'before' or 'until': a lower bound ahead, the very day in the past.

"Communications will not be fully restored before 31 December" says the
restoration comes on 31 December or later - the same day "it could take until
31 December to repair the line" gives - but read as the bound "before 31
December" the two had no day in common and became a conflict (user trial 46,
ECB+ 30_ecb). "Not until" and "not before" written together were already read
as "as early as"; the denial is as often on the verb the bound follows: "won't
reopen until Monday", "is not expected to finish before March", "did not arrive
until 3am", "cannot be completed before the summer".

The denial must govern the bound: it stands in the bound's own clause, a few
words back, with no clause boundary between (punctuation, a conjunction, a
complementiser): "it is not clear whether it will reopen before Friday" and
"he did not say, but it may reopen before Friday" keep their "before".

Told in the past ("did not", "was not", "had not", "could not"), the denial
dates the happening itself: "the intrusion was not discovered until 2
October" says it was discovered on 2 October, no earlier and no later - the
day, with no bound (``"point"``); ahead it is the earliest day (``"as early
as"``): "won't reopen until Monday" leaves later days open.
"""

from __future__ import annotations

import re

_FLIPPED = ("before", "until")
# the signal words (and what may sit between them and the time) right before the time
_SIGNAL_TAIL = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of|until|till|up\s+until)\s+"
    r"(?:(?:only|just|merely)\s+)?$",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(?:not|never|cannot)\b|n[’']t\b", re.IGNORECASE)
_PAST_DENIAL = re.compile(
    r"\b(?:did|was|were|had|could)\s+not\b|\b(?:didn|wasn|weren|hadn|couldn)[’']t\b",
    re.IGNORECASE,
)
# a clause boundary between the denial and the bound: the denial governs another verb
_BOUNDARY = re.compile(
    r"[,;:()\[\]—–\"“”]|\b(?:whether|if|that|which|who|when|while|because|although"
    r"|though|but|and|or|so|unless|after|since|as)\b",
    re.IGNORECASE,
)
_REACH_WORDS = 8  # the denial is at most this many words before the bound


def denied_bound(text: str, start: int, modifier: str | None) -> str | None:
    """What the 'before' or 'until' ending right before ``start`` says when
    its own clause denies it: ``"as early as"`` ahead ("will not be restored
    before 31 December"), ``"point"`` in the past ("was not found until
    Monday"); None when nothing denies it."""
    if modifier not in _FLIPPED:
        return None
    sig = _SIGNAL_TAIL.search(text, max(0, start - 40), start)
    if sig is None:
        return None
    head = text[max(0, sig.start() - 120) : sig.start()]
    words = list(re.finditer(r"[\w’']+", head))[-_REACH_WORDS:]
    if not words:
        return None
    window = head[words[0].start() :]
    denials = list(_DENIAL.finditer(window))
    if not denials or _BOUNDARY.search(window, denials[-1].end()) is not None:
        return None
    last = denials[-1]
    past = _PAST_DENIAL.search(window, max(0, last.start() - 6), last.end() + 1)
    return "point" if past else "as early as"
