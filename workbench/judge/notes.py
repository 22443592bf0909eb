"""What the rule rows (rules.py) compute beyond a one-line test: the
predicates that take a few lines, and the explanations of the rows that turn
a verdict into another (each names both values and why the row decided)."""

from __future__ import annotations

import re

from ..facts.quote.shared import shared_words
from ..model import Fact, Verdict
from .cases import AttributionCase, CandidateCase, PairingCase, QuoteCase, ValueCase
from .family_helpers import TIME_KINDS, pins_own_day
from .misspelled import misspelled_alike


def day_anchor_note(c: ValueCase) -> str:
    return (
        f"{c.cmp.left} vs {c.cmp.right}: {c.dated_by} — the figures may describe "
        "different days; check which is current — unresolved"
    )


def off_by_the_clock_note(c: ValueCase) -> str:
    deictic = c.x if pins_own_day(c.x) else c.y
    return (
        f"{c.cmp.left} vs {c.cmp.right}: one day apart, and '{deictic.text}' is counted "
        "from its article's publication date — a report filed from another time zone, or "
        "written the day before it appeared, names the same day differently; check the "
        "dateline — unresolved"
    )


def in_other_words_note(c: CandidateCase) -> str:
    found = c.cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{found}; but these are the only such values of the two claims and the words "
        f"around '{c.x.text}' and '{c.y.text}' do not say they are the same thing — "
        "check whether both sources mean one — unresolved"
    )


def written_differently_note(c: ValueCase) -> str:
    return (
        f"{c.cmp.left} vs {c.cmp.right}: the same value written differently "
        f"('{c.x.text}' / '{c.y.text}') — consistent"
    )


def lone_values_conflict(c: PairingCase) -> bool:
    cc = c.t.conflict_context
    return c.cmp.verdict == Verdict.CONFLICT and cc / 2 <= c.context < cc and c.lone()


def scare_quoted(f: Fact) -> bool:
    m = f.mention
    return m is not None and m.speaker is None and len(m.words.split()) <= 3


def credited_differently(c: AttributionCase) -> bool:
    """One statement credited to named people of whom the two sentences share
    no one (not two people making one point: the statement must be shared),
    and not one person whose name one of them misspells ("director Magdalena
    Kowalczyk" / "director Magdalena Kowalcyzk": the spelling is the finding,
    ``name_spelled_two_ways``, not who said it)."""
    return c.credited == "apart" and not misspelled_alike(*c.credits)


def credited_to_fewer(c: AttributionCase) -> bool:
    """One statement credited to 'Woodward and Bernstein' and to 'Woodward'."""
    return c.credited == "fewer"


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_HEDGE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|over|under|up to|at least|at most|"
    r"more than|fewer than|less than)\b"
)
_INTERVAL = re.compile(r"[ \u00a0]*\([^)]*\)")  # '42% (41.5–42.5%)': the rounding interval
# Lengths of time in hours, so '90 minutes' and 'three hours' are one scale.
_HOURS = {
    "second": 1 / 3600,
    "minute": 1 / 60,
    "hour": 1,
    "day": 24,
    "week": 168,
    "month": 730,
    "year": 8766,
}


def amount_in_hours(value: str) -> tuple[float, str] | None:
    """'about 90 minutes' -> (1.5, 'h'); '$161 million' -> (161, '$# million');
    None when the value holds no single number."""
    text = _HEDGE.sub("", _INTERVAL.sub("", value.rsplit(" = ", 1)[-1])).strip()
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    n = float(numbers[0].replace(",", ""))
    unit = _NUMBER.sub("#", text)
    per = _HOURS.get(unit.removeprefix("# ").removesuffix("s"))
    return (n * per, "h") if per else (n, unit)


def near_values(c: CandidateCase) -> bool:
    """Two amounts of one scale, within a factor of two ('10 minutes' / '9
    minutes', 'nearly three hours' / 'about 90 minutes'): one figure may be
    misreported that far. '7 hours' / '12 weeks' (288 times) or 'about $39
    billion' of revenue / '$13.9 billion' for a company (2.8 times) are two
    different figures, not one told twice. Dates are not measured here (a year
    apart may be one event misdated; years_apart_in_other_words drops those
    further apart)."""
    if c.x.kind in ("date", "time"):
        return True
    a, b = amount_in_hours(c.cmp.left), amount_in_hours(c.cmp.right)
    if a is None or b is None:
        # a range or several figures is not one amount that drifted; a value
        # in words only ("dozens") is left to the words around it
        return not any(ch.isdigit() for ch in c.cmp.left + c.cmp.right)
    if a[1] != b[1]:
        return False
    lo, hi = sorted((a[0], b[0]))
    return lo > 0 and hi / lo <= 2


def only_values_in_other_words(c: CandidateCase) -> bool:
    return (
        c.lone
        and c.shared_frame == 0
        and c.cmp.verdict == Verdict.CONFLICT
        and not c.bare_count
        and near_values(c)
    )


def measured_on_one_side_in_other_words(c: ValueCase) -> bool:
    return (
        c.said_once
        and c.x.kind in TIME_KINDS
        and c.cmp.verdict in (Verdict.CONFLICT, Verdict.UNRESOLVED)
        and c.score < c.paraphrase
        and not c.one_value
    )


def consistent_in_other_words(c: ValueCase) -> bool:
    agree = c.cmp.verdict == Verdict.CONSISTENT
    question = c.cmp.verdict == Verdict.UNRESOLVED and c.bound_only
    return (
        (agree or question)
        and c.x.kind not in TIME_KINDS
        and c.score < c.paraphrase
        and not c.alike
        and not c.one_value
    )


def owner_on_one_side_in_other_words(c: ValueCase) -> bool:
    # an agreement, or the question a bound far beyond a figure raises ('64 GB' in
    # the entry-level models / 'up to 768GB' of the MacBook Pro's storage)
    question = c.cmp.verdict == Verdict.UNRESOLVED and c.bound_only
    return (
        c.owned_once
        and (c.cmp.verdict == Verdict.CONSISTENT or question)
        and c.score < c.paraphrase
        and not c.same_words
    )


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def same_weekday(c: ValueCase) -> bool:
    """Both name the same weekday and nothing else that differs in kind ('Saturday
    night' / 'on Saturday'): with a publication date missing, nothing tells them apart."""
    if c.x.kind not in TIME_KINDS:
        return False
    a = {w.lower() for w in _WEEKDAY.findall(c.x.text)}
    b = {w.lower() for w in _WEEKDAY.findall(c.y.text)}
    return bool(a) and a == b


def speaker_misspelled(c: QuoteCase) -> str:
    """A quote credited to one person, a surname spelled two ways (said.py):
    the words both quote, as each prints them (session 32)."""
    sa, sb = c.qa.mention.speaker, c.qb.mention.speaker
    wa, wb = shared_words(c.qa.mention, c.qb.mention)
    return (
        f"The same quote is credited to ‘{sa.name}’ in {c.ln} (“{wa}”) and to "
        f"‘{sb.name}’ in {c.rn} (“{wb}”): one person, the name spelled two ways — one "
        "spelling is wrong: check it — conflict"
    )


# Days and times of day (a length of time is an amount: 'nearly three hours' /
# 'about 90 minutes' may be one length told in other words).
_TIME_POINTS = frozenset(TIME_KINDS - {"duration"})


def days_of_two_happenings(c: ValueCase) -> bool:
    """The only days or times of two claims, differing with no word in common
    (only_values_in_other_words let them through as a question): they date two
    happenings of one story, not one happening misdated (session 30). Two parts
    of one weekday ('Reports on Tuesday morning' / 'disrupted on Tuesday
    afternoon') may tell one happening loosely: still a question."""
    return (
        bool(c.route)
        and c.route[-1] == "only_values_in_other_words"
        and c.x.kind in _TIME_POINTS
        and not same_weekday(c)
    )
