"""Whose record a fighter's or team's record is when it stands between commas
after the name (issue 11, trial 28): "Wladimir Klitschko, 53-3, 47 KO's,
stopped …" is Klitschko's record and knockouts (``facts/quantity/records.py``
reads the record; ``facts/whose.py`` asks here first)."""

from __future__ import annotations

import re
from collections.abc import Callable

# A fighter's or team's record between commas after the name: "Wladimir Klitschko,
# 53-3, 47 KO's, stopped …" (facts/quantity/records.py reads the record).
_RECORD = r"\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?"
_APPOSITION = re.compile(
    r"((?:[A-Z][\w.'-]*[ \u00a0]+){0,2}[A-Z][\w.'-]*),[ \u00a0]+"
    rf"(?P<rest>{_RECORD},[ \u00a0]+(?:\d{{1,3}}[ \u00a0]*KO['’]?s?,[ \u00a0]+)?"
    r"|\d{1,3}[-–](?:\d{1,3}[-–])?)?$"
)


def record_apposition(
    text: str, start: int, end: int, name_words: Callable[[str], tuple[str, ...]]
) -> tuple[str, ...]:
    """The name a record (or its knockouts) follows in apposition, or ()."""
    m = _APPOSITION.search(text, max(0, start - 80), start)
    if m is None:
        return ()
    if not m.group("rest") and not re.match(r"[-–]\d", text[end : end + 2]):
        return ()  # "In Paris, 300 people": a figure after a name, not its record
    return name_words(m.group(1))
