"""'This year', 'next year', 'last year' said in another year: "In 1996, he said the
economy had grown this year" (1996), "He said in 1995 that he would run again next
year" (1996), "Last year, he told reporters, 'This year will be better'" (the year
before publication). The words count from when they were said, which the sentence
dates before them; read from publication they were a year or more off.

Only a year the saying is dated by: leading the sentence ("In 1996, ...", "Last
year, ...", "Speaking in 1995, ...") with a verb of saying after it, or right after
that verb ("said in 1995 that"); not a year that dates something else ("the
company, founded in 1995, said it expects profits to rise this year").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cal import year_iv
from .mention import TimeMention

_SAY = (
    r"said|told|announced|predicted|forecast|promised|pledged|vowed|declared|wrote|warned"
    r"|insisted|estimated|projected|expected|reported"
)
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)"
_LEAD = re.compile(
    rf"^\W*(?:(?:[Bb]ack\s+|[Ss]peaking\s+|[Ee]arlier\s+)?[Ii]n\s+(?:[A-Z][a-z]+\.?\s+)?{_YEAR}"
    r"|(?P<last>[Ll]ast\s+year))\s*,"
)
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
_SAID_IN = re.compile(rf"\b(?:{_SAY})\s+(?:\w+\s+)??in\s+(?:[A-Z][a-z]+\.?\s+)?{_YEAR}\b")
_DEICTIC = re.compile(
    r"(?:(?:early|earlier|late|later|mid)[\s-]+(?:in\s+)?)?(?P<rel>this|next|last)\s+year",
    re.IGNORECASE,
)
_STEP = {"this": 0, "next": 1, "last": -1}
# the saying's words end where the writer turns to the present ("...; this year it has",
# "but this year", "while now")
_TURN = re.compile(r";|\b(?:but|while|whereas|now|today|since\s+then)\b", re.IGNORECASE)


def said_in_another_year(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Re-read 'this/next/last year' after a saying dated in an earlier year."""
    said = _dated_saying(text, ms)
    if said is None:
        return ms
    year, after, anchor = said
    out = []
    for m in ms:
        d = _DEICTIC.fullmatch(m.text.strip())
        if (
            d
            and m.start >= after
            and not _TURN.search(text, after, m.start)
            and m.deictic
            and m.granularity == "year"
            and m.timex.isdigit()
        ):
            y = year + _STEP[d.group("rel").lower()]
            m = replace(
                m,
                timex=f"{y:04d}",
                interval=year_iv(y),
                value=f"{y} (counted from {anchor})",
                deictic=False,
            )
        out.append(m)
    return out


def _dated_saying(text: str, ms: list[TimeMention]) -> tuple[int, int, str] | None:
    """(the year of the saying, where its words start, how the year was written)."""
    pub = next((m.published for m in ms if m.published is not None), None)
    if pub is None:
        return None
    lead = _LEAD.match(text)
    if lead:
        say = _SAY_RE.search(text, lead.end())
        if say is None:
            return None
        year = pub.year - 1 if lead.group("last") else int(lead.group("y"))
        where, anchor = say.end(), lead.group(0).strip(" ,")
    else:
        said = _SAID_IN.search(text)
        if said is None:
            return None
        year, where, anchor = int(said.group("y")), said.end(), said.group("y")
    return (year, where, anchor) if year < pub.year else None
