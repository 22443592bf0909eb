"""A deadline an instruction told in the past sets: "Residents were told to submit
claims by April 30", "the court ordered the firm to pay by May 1", "the airline
was given until June 3 to respond", "Tenants had until Friday to leave".

The past verb is the telling, not the day: the deadline runs forward from when it
was set, near publication, so a day written without its year is the occurrence
nearest publication (not last year's April 30 in a March story, issue 11 class 2
of session 38), and a weekday the next one, as for a plan told in the past
(:func:`.signals.plan_told_before`, :mod:`.planday`). A past verb of the deadline's
own clause ("the stock was returned by April 30") is no instruction and keeps the
past reading.
"""

from __future__ import annotations

import re

from .signals import plan_told_before

# the verbs that set a task for someone else, told in the past
_INSTRUCT = r"(?:told|ordered|asked|instructed|required|directed|urged|advised|obliged|called\s+on)"
# a promise told in the past sets a task of the speaker's own, a deadline ahead of
# the telling as an instruction's is ("he has promised preliminary findings by
# Thursday, November 14" in October: this year's November 14, its weekday wrong,
# not last year's where the weekday fits; session 40, authored blackout, misread)
_PROMISE = r"(?:promised|pledged|vowed|undertook|committed\s+to|guaranteed)"
# ... a verb, not a word describing a noun ("the promised cash had arrived by")
_NOT_A_NOUN = r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
# the deadline's own signal right before the day
_SIGNAL = r"(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
# no clause break between the telling and the day: the day is of the task told
_SAME_CLAUSE = r"[^.;:()!?\"“”]"
_TOLD_DEADLINE = re.compile(
    # passive: "were told to submit claims by", "was ordered to repay the money by"
    rf"(?:\b(?:was|were|been|being)\s+(?:(?:also|then|formally|officially|later)\s+)?{_INSTRUCT}"
    rf"\s+to\b{_SAME_CLAUSE}{{0,70}}?{_SIGNAL}"
    # active: "ordered the company to pay by", "told residents to leave before"
    rf"|\b{_INSTRUCT}\s+(?:[\w'’-]+\s+){{1,4}}?to\s+{_SAME_CLAUSE}{{0,70}}?{_SIGNAL}"
    # a time allowed: "was given until", "gave the airline until", "had until"
    r"|\b(?:(?:was|were|been)\s+given|gave\s+(?:[\w'’-]+\s+){1,3}?|had)\s*until\s+"
    # a promise told in the past: "has promised findings by", "pledged to repay it by"
    rf"|{_NOT_A_NOUN}\b{_PROMISE}\s+{_SAME_CLAUSE}{{0,70}}?{_SIGNAL})$",
    re.IGNORECASE,
)


def told_deadline(text: str, pos: int) -> bool:
    """An instruction told in the past sets the deadline of the day at ``pos``."""
    return bool(_TOLD_DEADLINE.search(text, max(0, pos - 120), pos))


def told_ahead(text: str, pos: int) -> bool:
    """A plan told in the past or a deadline an instruction set governs ``pos``: the
    weekday is read near publication (:mod:`.planday`)."""
    return plan_told_before(text, pos) or told_deadline(text, pos)
