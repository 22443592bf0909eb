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
    """A plan told in the past, a deadline an instruction set or a day a court set
    governs ``pos``: the weekday is read near publication (:mod:`.planday`)."""
    return plan_told_before(text, pos) or told_deadline(text, pos) or set_ahead(text, pos)


# A day a court or a body set ahead of the telling (user trial 49: "a provisional trial
# date was set for October 28" in a June 2013 story read as October 2012): "was
# remanded in custody until", "the case was adjourned to", "the vote was postponed
# until", "set a new trial date of", "was bailed to appear ... on". The day comes after
# the setting, which news tells near publication: the first occurrence not long over.
_SET = (
    r"(?:set|fixed|listed|scheduled|rescheduled|adjourned|remanded(?:\s+in\s+custody)?|bailed"
    r"|postponed|deferred|put\s+back|pushed\s+back)"
)
_SET_AHEAD = re.compile(
    # not "had (originally) been set for Tuesday": the plan since changed, a day back
    rf"(?:\b(?:was|were|(?:has|have)\s+been)\s+(?:(?:provisionally|formally|also|then|later|again|now)\s+)?{_SET}"
    rf"\s+{_SAME_CLAUSE}{{0,40}}?(?:for|until|till|to)\s+"
    r"|\bset\s+(?:a|the|an)\s+(?:new\s+|provisional\s+)?(?:[a-z]+\s+)?date\s+(?:of|for)\s+"
    rf"|\b(?:remanded|bailed|summoned|released|freed)\b{_SAME_CLAUSE}{{0,40}}?\bto\s+(?:re)?appear\b"
    rf"{_SAME_CLAUSE}{{0,50}}?\bon\s+)$",
    re.IGNORECASE,
)
# the day's own past year told right after it ("set for Oct. 28 last year"): the past stands
_PAST_YEAR_AFTER = re.compile(
    r",?\s*(?:(?:last|the\s+previous)\s+year|the\s+year\s+before|a\s+year\s+ago)\b",
    re.IGNORECASE,
)


def set_ahead(text: str, pos: int, end: int | None = None) -> bool:
    """A court or a body set the day at ``pos`` ahead of a telling in the past
    (``end``: where the day ends; a past year told right after it keeps the past)."""
    if end is not None and _PAST_YEAR_AFTER.match(text, end):
        return False
    return bool(_SET_AHEAD.search(text, max(0, pos - 120), pos))
