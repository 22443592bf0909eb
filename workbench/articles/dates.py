"""Publication dates as articles give them: strict ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

from .errors import ArticleError


def parse_date(value: str, where: str = "") -> date:
    """Parse ``YYYY-MM-DD`` strictly (a month or day of one digit is read,
    "2013-4-24": nothing else can be meant); an impossible date is an error,
    not a guess."""
    value = value.strip().strip("\"'")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?", value)
    if not m:
        raise ArticleError(f"{where}invalid date {value!r}: expected YYYY-MM-DD")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise ArticleError(f"{where}invalid date {value!r}: {exc}") from None


def iso_date(value: str) -> str | None:
    """The ``YYYY-MM-DD`` a metadata value starts with, if it is a real date:
    pages carry dates like "November 19, 2019, 07:47 PM EST" that are not
    worth refusing a page over."""
    try:
        parse_date(value[:10])
    except ArticleError:
        return None
    return value[:10]


# a full date in a web address: /2013/04/24/, -2013-04-24-, _2013-4-24.
# (the separators agree; a bare year or year and month is no publication day)
_URL_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])"
)


def url_date(url: str) -> date | None:
    """The day a web address states, if it states one (news sites put the
    publication day in the path: on ECB+'s pages 92 of 94 such days were
    within a day of the page's own date)."""
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[3]), int(m[4]))
    except ValueError:
        return None


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def written_in(iso: str, page: str) -> bool:
    """Whether the date ``YYYY-MM-DD`` is written in ``page`` with its day, in
    one of the ways news pages write dates ("2019-11-19", "November 19, 2019",
    "19 Nov 2019", "Nov. 19", "19/11/2019", "11/19/2019", "19.11.2019"). A
    library that reads dates guesses the missing parts of a partial one ("©
    2024" is 1 January 2024); such a date is stated nowhere, so it is not used."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if re.search(rf"{y}-{m:02}-{d:02}", page):
        return True
    if str(y) not in page:
        return False
    month = _MONTHS[m - 1]
    sept = r"|sept\.?" if m == 9 else ""
    name = rf"(?:{month}|{month[:3]}\.?{sept})"
    day = rf"0?{d}(?:st|nd|rd|th)?"
    written = (
        rf"\b{name}\s+{day}\b",  # November 19, Nov. 19th
        rf"\b{day}\s+(?:of\s+)?{name}\b",  # 19 November, 19th of Nov
        rf"(?<!\d)0?{d}[/.]0?{m}[/.](?:{y}|{y % 100:02})(?!\d)",  # 19/11/2019, 19.11.19
        rf"(?<!\d)0?{m}/0?{d}/(?:{y}|{y % 100:02})(?!\d)",  # 11/19/2019
    )
    return any(re.search(p, page, re.IGNORECASE) for p in written)
