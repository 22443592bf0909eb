"""A copy not re-dated (issue 11, session 35): a sentence a later report carries
near word for word from an earlier one, with the earlier report's own day in it.

"The alert was raised yesterday afternoon" in a wire report of Tuesday names
Monday; the same words in a paper of Wednesday name Tuesday. Each is read from
its own publication date, so the two resolve to different days, and the pair of
reports looked like two formulaic daily reports ('today' against 'today' on
different days, daily.py) and was set aside whole, or the day was asked about as
a report filed from another time zone (days.A_DAY_OFF_BY_THE_CLOCK). A sentence
carried word for word is no daily report written afresh: the later report took
the words and did not re-date them, which is a conflict naming both days.

Only a day counted from the report's own day ("yesterday", "this morning",
"last night", "today") marks it; the rest of the sentence must be the other's
near word for word, and long enough that a formula ("Shares fell today") is no
copy. The article pair is kept from the daily-report row only when the two
reports share another sentence near word for word too (engine._compare_aligned):
one sentence alike, "Shares in the bank fell sharply today after the results
were published", may be each day's formula.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .. import thresholds
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS, pins_own_day
from .ids import surface
from .stages import VALUE, Outcome, Rule

# a copied sentence: at least this many words, and at least this share of its
# words in the other's order (difflib over words: one word changed in twenty,
# a credit added, 'the' dropped)
COPY_WORDS = 9
SAME_WORDS = 6  # a sentence this long carried word for word is a copy too
COPY_RATIO = 0.85
_WORD = re.compile(r"\w+")


def copied_sentence(a: str, b: str) -> bool:
    """Whether two sentences are one near word for word ("The alert was raised
    yesterday afternoon after the river rose ..." twice, a word or two changed),
    or a shorter one word for word ("Some 300 homes were evacuated overnight."):
    a copy, not two reports of their own days in one formula."""
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    if wa == wb and len(wa) >= SAME_WORDS:
        return True
    if min(len(wa), len(wb)) < COPY_WORDS:
        return False
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= COPY_RATIO


def _day(f: Fact):
    iv = getattr(f.mention, "interval", None)
    return iv[0].date() if iv else None


def own_days_copied(x: Fact, y: Fact, texts: tuple[str, str]) -> bool:
    """The same words for a day counted from each report's own date
    ("yesterday afternoon" twice), resolving to different days, in sentences
    one carries from the other."""
    if x.kind not in TIME_KINDS or y.kind not in TIME_KINDS or "duration" in (x.kind, y.kind):
        return False
    if not (pins_own_day(x) and pins_own_day(y)) or surface(x.text) != surface(y.text):
        return False
    dx, dy = _day(x), _day(y)
    return dx is not None and dy is not None and dx != dy and copied_sentence(*texts)


def not_redated(c: ValueCase) -> bool:
    """A day told in the same words in a sentence one report carries from
    another published on another day within the weeks of one event."""
    pa, pb = c.published
    if c.cmp.verdict != Verdict.CONFLICT or pa is None or pb is None or pa == pb:
        return False
    if c.days_apart > thresholds.current().judge.same_event_days:
        return False
    return own_days_copied(c.x, c.y, c.texts)


def not_redated_note(c: ValueCase) -> str:
    (early, pub_e), (late, pub_l) = sorted(
        ((c.cmp.left, c.published[0]), (c.cmp.right, c.published[1])), key=lambda s: s[1]
    )
    return (
        f"{early} vs {late}: the report of {pub_l:%a %d %b %Y} carries the sentence of "
        f"{pub_e:%a %d %b %Y} near word for word without re-dating it, so the same words "
        "name another day — re-date the copy "
        "(or check its publication date) — conflict"
    )


COPY_NOT_REDATED = Rule(
    "copy_not_redated",
    VALUE,
    not_redated,
    Outcome.CONFLICT,
    "a sentence a later report carries near word for word from an earlier one, with a day "
    "counted from the report's own date ('The alert was raised yesterday afternoon' in "
    "Tuesday's wire and Wednesday's paper): the words were not re-dated and now name "
    "another day. A conflict naming both days, before the rows that make a day off a "
    "question of time zones (a_day_off_by_the_clock). Reports sharing a second sentence "
    "near word for word are a copy, not daily reports (formulaic_daily_reports keeps "
    "them); one sentence alike may be each day's formula and still sets them aside",
    "tests/test_judge_rules.py::test_rule_decides_its_case[copy_not_redated]; "
    "tests/test_s35_copies_not_redated.py::test_a_copy_not_redated_is_a_conflict_naming_both_days",
    not_redated_note,
)
