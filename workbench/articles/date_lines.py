"""A line that looks like a date line the article was not dated from.

User trial 47: one ``--published`` date went on 16 undated articles without
a word, while some articles carry a line an editor could date them by: an
AP page opening "Jul. 7 5:59 PM EDT" (no year, so ``dateline`` rightly reads
no date from it) or a page whose title is "Article posted on 08.07.2012".
Nothing here dates an article - what is analysed stays the editor's say -
it only finds such a line so that ``check`` can point at it.

A date line is short (``LONGEST``), holds a date (a month's name and a day,
with or without a year, or a day in figures) and little else: a weekday, a
clock, a time zone, a label ("posted", "updated"), a connective. A story's
sentence that holds a date has other words and is not one.
"""

from __future__ import annotations

import re

LONGEST = 60
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|{_DAY}\s+{_MONTH}(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    r"|\d{1,2}[./-]\d{1,2}[./-](?P<y3>\d{2}|\d{4})|(?P<y4>(?:19|20)\d\d)-\d{1,2}-\d{1,2})\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\b")
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)
_LABELS = frozenset(
    {"posted", "published", "updated", "filed", "last", "article", "story"}
    | {"on", "at", "by", "in", "the", "this", "date", "time"}
)
_WORD = re.compile(r"[^\W\d_]+")


def date_line(line: str) -> tuple[str, bool] | None:
    """``(line, has_year)`` when ``line`` is a date line, else None."""
    line = " ".join(line.split())
    if not line or len(line) > LONGEST:
        return None
    m = _DATE.search(line)
    if not m:
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    for pattern in (_CLOCK, _ZONE, _WEEKDAY):
        rest = pattern.sub(" ", rest)
    others = [w for w in _WORD.findall(rest) if w.lower() not in _LABELS]
    if len(others) > 1:  # a name or a dateline's place at most ("LONDON")
        return None
    return line, any(m.group(g) for g in ("y1", "y2", "y3", "y4"))


def date_lines(title: str, text: str) -> list[tuple[str, str, bool]]:
    """The date lines of an article: ``(where, line, has_year)`` for its
    title ("title") and its first three non-empty lines of text ("text")."""
    found = []
    if title and (hit := date_line(title)):
        found.append(("title", *hit))
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        if (hit := date_line(line)) and hit[0] != (found[0][1] if found else None):
            found.append(("text", *hit))
    return found
