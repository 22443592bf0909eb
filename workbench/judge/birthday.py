"""An age told by a birthday ahead (issue 11, session 36).

"Milos Brankov, who turns 64 in June" in a piece of April states his age now
as 63: the birthday is ahead. Compared as written against "Brankov, 63," it was
a conflict of 64 and 63 (fresh reader R28e, election T19: "parse 'turns N in
<month>' as age N-1 now"). The same holds for "will turn 40 on Friday", "will
be 29 in April" and "turning 18 next month", the day after the figure read by
the time family from the same sentence and later than its report's date. A
birthday already past or today ("turned 64 in March", "turns 64 today") is the
age now, compared as written.

Only a person's age against another age (``Measure.role`` "age") is so read:
the age now, one less than written, is compared with the other figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts.measure import measure_of
from ..model import Claim, Comparison, Fact, Verdict

_AHEAD_VERB = re.compile(
    r"\b(?i:turn(?:s|ing)?|(?:will|would|is[ \u00a0]+to|is[ \u00a0]+going[ \u00a0]+to)"
    r"[ \u00a0]+(?:turn|be))[ \u00a0]+$"
)
_LONE = re.compile(r"\d{1,3}")
# between the figure and the day of the birthday: "in", "on", "next month", "later this year"
_TO_DAY = re.compile(r"[ \u00a0]+(?:(?:in|on|at|by|later|early|late)[ \u00a0]+)?")


@dataclass(frozen=True)
class Birthday:
    """An age told as the one a birthday ahead brings."""

    written: int  # 64 of "turns 64 in June"
    day: str  # the birthday's time as written, "June"

    @property
    def now(self) -> int:
        return self.written - 1


def birthday_ahead(claim: Claim, f: Fact, facts: list[Fact]) -> Birthday | None:
    """``f``'s age told by a birthday later than its report's date."""
    s, e = f.start - claim.start, f.end - claim.start
    if f.kind != "number" or s < 0 or not _LONE.fullmatch(claim.text, s, e):
        return None
    if not _AHEAD_VERB.search(claim.text, max(0, s - 30), s):
        return None
    if measure_of(claim.text, s, e).role != "age":
        return None
    for t in facts:
        m = t.mention
        ts = t.start - claim.start
        if t.kind not in ("date", "time") or ts < e or not _TO_DAY.fullmatch(claim.text, e, ts):
            continue
        iv, pub = getattr(m, "interval", None), getattr(m, "published", None)
        if iv is None or pub is None or iv[0].date() <= pub:
            return None  # "turned 64 in March", "turns 64 today": the age now
        return Birthday(int(claim.text[s:e]), t.text)
    return None


def _age(claim: Claim, f: Fact) -> int | None:
    s, e = f.start - claim.start, f.end - claim.start
    if f.kind != "number" or s < 0 or not _LONE.fullmatch(claim.text, s, e):
        return None
    return int(claim.text[s:e]) if measure_of(claim.text, s, e).role == "age" else None


def age_before_birthday(
    x: Fact, y: Fact, fa: list[Fact], fb: list[Fact], claims, ln: str, rn: str
) -> Comparison | None:
    """One age told by a birthday ahead against another age: its age now (one
    less) compared with the other (CompareCase.birthday); else None."""
    if claims is None:
        return None
    ca, cb = claims
    bx, by = birthday_ahead(ca, x, fa), birthday_ahead(cb, y, fb)
    if (bx is None) == (by is None):
        return None
    told, plain, other, name, other_name = (
        (bx, cb, y, ln, rn) if bx is not None else (by, ca, x, rn, ln)
    )
    age = _age(plain, other)
    if age is None:
        return None
    said = f"'{told.written}' ({name}: a birthday ahead, {told.day}) = {told.now} now"
    verdict = Verdict.CONSISTENT if age == told.now else Verdict.CONFLICT
    apart = abs(age - told.now)
    why = "the same age" if not apart else f"{apart} year{'s' * (apart > 1)} apart"
    left, right = (f"{told.now} years old", f"{age} years old")
    if bx is None:
        left, right = right, left
    return Comparison(
        verdict,
        f"{said} vs {age} ({other_name}): {why} — {verdict.value}",
        left,
        right,
    )
