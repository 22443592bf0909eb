"""What a thing can take, not what it has: "supports microSD cards up to 16GB",
"a slot capable of holding up to 16GB", "the stadium can hold 40,000" are
capabilities, never compared with the amount supplied ("bundled with a 256 MB
card") or counted ("31,000 fans filled it"). Read by measure.py as the role
"capacity" (issue 11, trial 31: ECB+ 42_ecb)."""

from __future__ import annotations

import re

# A capability, the most a thing accepts ("supports microSD cards up to 16GB",
# "a slot capable of holding up to 16GB", "expandable to 32GB"): never the amount
# supplied with it ("bundled with a 256 MB card"; ECB+ 42_ecb, trial 31).
_CAPACITY = re.compile(
    r"\b(?:(?:supports?|supporting|accepts?|accepting|expandable|compatible|holds?|holding|takes?)"
    r"(?:[ \u00a0]+[\w/()-]+){0,5}?[ \u00a0(]+(?:of[ \u00a0]+)?(?P<bound>up[ \u00a0]+to)?"
    r"|capable[ \u00a0]+of(?:[ \u00a0]+[\w/()-]+){0,5}?"
    r"|(?:can|could)[ \u00a0]+(?:hold|take|handle|accept|support|accommodate|seat)"
    r"(?:[ \u00a0]+[\w/()-]+){0,5}?(?:[ \u00a0]+up[ \u00a0]+to)?)[ \u00a0]*$",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"(?i:up[ \u00a0]+to)\b")


_S = r"[ \u00a0]+"
_ABOUT = (
    r"(?:(?:up" + _S + r"to|about|around|some|just|only|nearly|almost|no" + _S + r"more" + _S
    + r"than|as" + _S + r"many" + _S + r"as|more" + _S + r"than)" + _S + r")?"
)  # fmt: skip
# What a place or a craft was made for, told before the figure (session 43, eng159,
# issue 11: held-out readers found "a centre built for 250 housing 143", "a boat
# built for a crew of eight carrying 210" and "a stadium holding 40,000 with 32,500
# inside" paired as one figure): "built for 250", "designed to carry 50", "licensed
# to carry 400", "room for 300", "a capacity of 18,000", "a stadium holding 40,000"
# (a venue's own verb in the present; "the shelter was holding 410" is who is there).
_MADE_FOR = re.compile(
    r"(?:\b(?:built|designed|meant|intended|made|licen[cs]ed|certified|rated|approved|"
    r"equipped|constructed)" + _S + r"(?:to" + _S + r"(?:hold|carry|house|seat|take|"
    r"accommodate|sleep|transport)|for)" + _S + r"(?:(?:a|an|the)" + _S + r"(?:crew|maximum|"
    r"total|capacity)" + _S + r"of" + _S + r")?"
    r"|\b(?:room|space|places|berths|capacity|seating|beds)" + _S + r"for" + _S
    + r"|\bcapacity" + _S + r"(?:of|is|was|for|stands" + _S + r"at)" + _S
    + r"|\b(?:can|could)(?:" + _S + r"(?:safely|only|easily|comfortably|legally))?" + _S
    + r"(?:carry|house|sleep|transport)" + _S
    + r"|\b(?:stadium|arena|ground|hall|venue|theat(?:re|er)|auditorium|church|cathedral|"
    r"dome|bowl|ballpark|amphitheat(?:re|er)|coliseum|colosseum)s?,?" + _S
    + r"(?:(?:which|that)" + _S + r")?(?:holds?|holding|seats?|seating|accommodates?|"
    r"accommodating)" + _S + r")" + _ABOUT + r"$",
    re.IGNORECASE,
)  # fmt: skip
# ... or right after it, joined: "a 40,000-seat stadium", "the 250-bed centre", "a
# 50-passenger boat", "a 40,000 capacity arena" (not "a capacity crowd of 40,000")
_SIZED = re.compile(
    r"(?:-|[ \u00a0]*-[ \u00a0]*)(?:seat(?:er)?|bed|berth|passenger|capacity)s?\b"
    r"|" + _S + r"capacity\b(?!" + _S + r"crowd)",
    re.IGNORECASE,
)

# ... or told after it: "the 125 people it was rated to carry", "300, which it was
# built for"
_MADE_FOR_AFTER = re.compile(
    r"(?:" + _S + r"[a-z]+)?" + _S + r"(?:it|that|which|they|she)" + _S + r"(?:was|is|were|"
    r"are|had" + _S + r"been|has" + _S + r"been)" + _S + r"(?:rated|built|designed|"
    r"licen[cs]ed|certified|meant|intended|approved)" + _S + r"(?:to" + _S + r"(?:carry|hold|"
    r"house|seat|take|accommodate)|for)\b",
    re.IGNORECASE,
)  # fmt: skip

# a sum or a share is what a thing cost or how full it is, never what it was made
# for: "built for $40m", "running at 90% capacity"
_SUM = re.compile(r"[$€£¥₹%]|(?i:per[ \u00a0]*cent|pounds|dollars|euros)")


def capacity(text: str, start: int, lo: int, end: int = -1) -> bool:
    """A capability: its verb before the figure, and a bound ("up to 16GB")
    unless a modal or "capable of" says it ("can hold 40,000"); or what a place
    or a craft was made for ("built for 250", "a 40,000-seat stadium")."""
    if not _SUM.search(text, start, end if end >= 0 else start + 1):  # "built for $40m"
        if _MADE_FOR.search(text, max(0, start - 60), start):  # "the hall, which seats"
            return True
        if end >= 0 and (_SIZED.match(text, end) or _MADE_FOR_AFTER.match(text, end)):
            return True
    m = _CAPACITY.search(text, max(lo, start - 60), start)
    if m is None:
        return False
    verb = m.group().lower()
    if m["bound"] or verb.startswith(("capable", "can", "could")):
        return True
    return _UP_TO.match(text, start) is not None  # the figure's own words: "up to 16GB"


# A limit, the most allowed ("below the 60mph limit", "a speed limit of 50 km/h",
# "capped at 3%", "limited to 200 people"): never the amount a thing had or did
# ("travelling at about 55mph"; session 30, authored derailment).
_LIMIT_AFTER = re.compile(
    r"[ \u00a0-]*(?:[a-z]+[ \u00a0]+)?(?:speed[ \u00a0]+)?(?:limit|cap|ceiling)s?\b", re.IGNORECASE
)
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:speed[ \u00a0]+)?limit|cap|ceiling|maximum)[ \u00a0]+(?:of|is|was|at|set[ \u00a0]+at)"
    r"[ \u00a0]+$|\b(?:limited|restricted|capped)[ \u00a0]+(?:to|at)[ \u00a0]+$",
    re.IGNORECASE,
)


def limit(text: str, start: int, end: int, lo: int) -> bool:
    """A limit on what may be: its noun right after the figure ("the 60mph limit")
    or before it ("a speed limit of 60mph", "capped at 3%")."""
    if _LIMIT_BEFORE.search(text, max(lo, start - 40), start):
        return True
    return end >= 0 and _LIMIT_AFTER.match(text, end) is not None
