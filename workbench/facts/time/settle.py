"""What would settle a date counted back from an unknown publication date
(issue 11, session 37).

'A woman charged with killings 41 years ago' in a report with no date, against
'the 1967 killings' in another, is a question: the explanation said only that
the first 'needs that article's publication date to resolve' (real copy dev,
22_ecb, judged borderline: the editor had to work out which date would make
them one). It now says it in one line: "'41 years ago' is 1967 if it appeared
in 2008" — the publication date that settles the pair.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..numwords import word_number
from .base import norm
from .mention import TimeMention

_AGO = re.compile(r"^(?:some\s+|about\s+|nearly\s+|almost\s+)?(.+?)\s+(year|day)s?\s+ago$", re.I)


def settling_date(u: TimeMention, r: TimeMention, name: str) -> str:
    """The publication date of ``u``'s article (named ``name``) that makes
    ``u``, counted back in whole years or days ('41 years ago', 'three days
    ago'), the year or day ``r`` states; "" when ``u`` is not so counted or
    ``r`` is not one year or one day."""
    m = _AGO.match(u.surface.strip())
    if m is None or r.interval is None:
        return ""
    n = int(m.group(1)) if m.group(1).isdigit() else word_number(m.group(1))
    if n is None or n != int(n) or n <= 0:
        return ""
    lo, hi = r.interval
    unit = m.group(2).lower()
    if unit == "year" and r.granularity == "year" and hi.year - lo.year == 1:
        return f"'{u.surface}' is {lo.year} if {name} appeared in {lo.year + int(n)}"
    if unit == "day" and r.granularity == "day" and hi - lo == timedelta(days=1):
        day = date.fromordinal(lo.date().toordinal() + int(n))
        return f"'{u.surface}' is {lo:%-d %b %Y} if {name} appeared on {day:%a %-d %b %Y}"
    return ""


def undated_pair_said(a: TimeMention, b: TimeMention, ln: str, rn: str) -> str:
    """The explanation of a pair left open for want of a publication date:
    what each side is, and the date that would settle it where one is known."""
    parts = []
    for m, name in ((a, ln), (b, rn)):
        if m.needs_published:
            named = f" (= {m.value})" if m.fields and norm(m.value) not in norm(m.surface) else ""
            parts.append(
                f"'{m.surface}'{named} in {name} needs that article's publication date to resolve"
            )
        else:
            parts.append(f"'{m.surface}' in {name} = {m.normalized()}")
    settle = [settling_date(u, r, n) for u, r, n in ((a, b, ln), (b, a, rn)) if u.needs_published]
    return "; ".join(parts + [x for x in settle if x]) + " — unresolved"
