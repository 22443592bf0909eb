"""Two weekdays of reports without a publication date (issue 11, session 37).

'Canadian authorities filed charges on Wednesday' / 'The charges were filed
Tuesday' in two undated reports was left a question, each side 'needs that
article's publication date to resolve' (real copy dev, 36_ecb: readers judged
it borderline, a conflict the texts settle). Whatever the weeks, a Wednesday is
never a Tuesday: the pair conflicts on the weekday without a date. The same
weekday twice stays a question (the weeks cannot be placed: labelled pair 8),
and so does a part of a day ('Tuesday night' may run into Wednesday), a bound
('by Friday', decided by the caller) or a weekday counted from a week ('last
Tuesday', 'next Friday', which carry no weekday field of their own here).
"""

from __future__ import annotations

from .mention import TimeMention


def _weekday(m: TimeMention) -> int | None:
    fields = dict(m.fields)
    if set(fields) != {"weekday"} or m.granularity != "day" or m.modifier:
        return None
    return int(fields["weekday"])


def two_weekdays_apart(a: TimeMention, b: TimeMention) -> bool:
    """Both mentions are a bare weekday, both undated, and the weekdays differ."""
    if not (a.needs_published and b.needs_published):
        return False
    wa, wb = _weekday(a), _weekday(b)
    return wa is not None and wb is not None and wa != wb
