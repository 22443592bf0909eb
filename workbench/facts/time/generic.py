"""'Today' and 'tomorrow' that name an era, not a day: "in today's world", "today's
personal computers", "the people of tomorrow", "the cars of today".

TimeML values them as the present or the future (MEANTIME: "at today's GM" is
``PRESENT_REF``), and the editor reads them so: "today's computers" says nothing
about the publication day, so the mention becomes a vague reference (compared
only with other vague references) instead of the day. "Today's vote", "today's
session" and "the close of today" stay the day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import TimeMention

_ERA_NOUNS = (
    r"world|society|youth|young|generation|children|kids|teenagers|families|parents"
    r"|consumers|workplace|workforce|culture|standards|era|age|times|environment|computers"
    r"|cars|technology|technologies|media|politics|economy|climate|reality|realities|army"
    r"|military|leaders|students|schools|women|men|people|audiences|readers|voters"
)
_POSSESSIVE = re.compile(
    rf"\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}(?:{_ERA_NOUNS})\b(?!['’])", re.IGNORECASE
)
_OF_BEFORE = re.compile(
    r"\b(?!(?:end|start|beginning|close|rest|remainder|morning|afternoon|evening|night|part"
    r"|events|news|results|session|trading|vote|meeting|report|statement|letter|edition"
    r"|issue|paper|decision|order)\b)[a-z]{3,}s?\s+of\s+$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:and|or)\s+")


def generic_days(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """'today' / 'tomorrow' standing for the present or the future, as vague references
    ("the cars of today and tomorrow": the second follows the first)."""
    out: list[TimeMention] = []
    for m in ms:
        word = m.text.lower()
        prev = out[-1] if out else None
        joined = (
            prev is not None
            and prev.timex.endswith("_REF")
            and _AND.fullmatch(text, prev.end, m.start)
        )
        if word in ("today", "tomorrow") and (joined or _generic(text, m)):
            present = word == "today"
            m = replace(
                m,
                timex="PRESENT_REF" if present else "FUTURE_REF",
                interval=None,
                granularity="day" if present else "year",
                value="the present" if present else "the future (unspecified)",
                deictic=False,
            )
        out.append(m)
    return out


def _generic(text: str, m: TimeMention) -> bool:
    if text.startswith(("'s", "’s"), m.end):
        return bool(_POSSESSIVE.match(text, m.end + 2))  # "today's personal computers"
    return bool(_OF_BEFORE.search(text, 0, m.start))  # "the people of tomorrow"
