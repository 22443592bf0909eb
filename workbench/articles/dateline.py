"""The publication date a pasted article states in its dateline.

Copy pasted from a wire or a web page often has no header but opens with a
line that dates it: "Jul 13, 2009/02:00 pm (CNA)", "Published: 23 June 2021",
"Updated 3:45 PM EDT, Wed June 23, 2021", "By Jane Doe | June 23, 2021" or
"LONDON, June 23, 2021 (Reuters) - ...". Without it every relative date in the
article ("on Monday", "last month") stays unresolved. Only a line made of the
date and what datelines carry around it counts: a date inside the story's
first sentence ("On June 23, 2021, the council voted ...") is not a dateline.
Only full dates with their year are read; "LONDON, June 23 (Reuters)" names no
year, and guessing one is what the strict header refuses to do.
"""

from __future__ import annotations

import re
from datetime import date

_MONTH = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_MONTH_NAME = (
    r"(?P<monN>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<dayN>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<yearN>(?:19|20)\d\d)"


def _n(pattern: str, n: int) -> str:
    return pattern.replace("N>", f"{n}>")


_DATE = (
    rf"(?:{_n(_MONTH_NAME, 1)}\s+{_n(_DAY, 1)},?\s+{_n(_YEAR, 1)}"  # Jul 13, 2009
    rf"|{_n(_DAY, 2)}(?:\s+of)?\s+{_n(_MONTH_NAME, 2)},?\s+{_n(_YEAR, 2)}"  # 13 July 2009
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"  # 2009-07-13
)
# a time has its minutes or its am/pm: a bare "2" is not a time
_CLOCK = r"\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)(?:\s*\(?[A-Z]{2,5}\)?)?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_LABEL = r"(?:first\s+)?(?:published|updated|last\s+updated|posted|dated|date)\b(?:\s+on)?\s*:?"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# what may stand before the date on a dateline line
_BEFORE = (
    rf"(?:\s*(?:{_LABEL}|{_WEEKDAY}|{_CLOCK}\s*[,|/–—-]?"
    rf"|by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}\s*[|,/–—-]"  # a byline
    r"|[A-Z][A-Z .'’-]{1,30}(?:\s*\([A-Za-z .&]{2,20}\))?\s*,"  # LONDON, / PARIS (AFP),
    r"|[|•·,]))*+\s*"  # possessive: "Mon, Mon, …" has one reading, never 2^n
)
# and after it: a time, a time zone, the agency, then the end of the line or a dash
_AFTER = (
    rf"(?:\s*(?:[,|/@•·]|at)?\s*{_CLOCK})?"
    r"(?:\s*[,|]?\s*\([A-Za-z .&/-]{2,30}\))?"
    r"\s*(?:$|[–—]|-\s|\|)"
)
_HEAD = 160  # a dateline's date comes early: the rest of a long lede is not read
_LINE = re.compile(rf"\A{_BEFORE}{_DATE}{_AFTER}", re.IGNORECASE)


def _as_date(m: re.Match) -> date | None:
    try:
        if m["iy"]:
            return date(int(m["iy"]), int(m["im"]), int(m["id"]))
        n = 1 if m["year1"] else 2
        return date(int(m[f"year{n}"]), _MONTH[m[f"mon{n}"][:3].lower()], int(m[f"day{n}"]))
    except ValueError:  # 31 June: not a date, so not a dateline
        return None


def dateline(body: str) -> tuple[date, str] | None:
    """The date of the first dateline among the body's first three non-empty
    lines, with that line as written; None when there is none."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()][:3]
    for line in lines:
        m = _LINE.match(line[:_HEAD])
        if m and (found := _as_date(m)) is not None:
            return found, line
    return None
