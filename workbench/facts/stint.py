"""A figure of an earlier stint of a person's career (issue 11, session 36).

Sports and business profiles recall a person's record somewhere before:
"He played at Wayne State, where he finished with 6,728 yards rushing", "In
college, she scored 2,100 points", "He coached at Boise State, where his teams
won 92 games". Such a figure is of that earlier stint, not of the season or
the year the story tells: trial 43 met a new signing's college yards held
against a team-mate's NFL season (ECB+ 25_ecbplus). ``background`` reads it
as the scope "earlier".
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
# "played at Wayne State, where he …", "starred for the Tigers, where she …": the
# figure after the "where" of a person's past stint (not a venue's: "the team
# played at Wembley, where 80,000 fans watched")
_STINT_WHERE = re.compile(
    r"\b(?:played|starred|coached|studied|worked|spent\s+\w+\s+(?:years?|seasons?))"
    + _S
    + r"(?:(?:college|high\s+school)\s+(?:ball\s+|football\s+|basketball\s+)?)?(?:at|for)"
    + _S
    + r"(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:"
    + _S
    + r"(?-i:[A-Z])[\w.&'’-]*){0,3}\s*,\s*where\s+(?:he|she|his|her)\b",
    re.IGNORECASE,
)
# "In college, …", "In high school, …", "During his college career, …"
_SCHOOL_OPENING = re.compile(
    r"[\"'“‘ \u00a0]*(?:In|At|During)"
    + _S
    + r"(?:(?:his|her|their)"
    + _S
    + r")?(?:college|high"
    + _S
    + r"school|university)(?:"
    + _S
    + r"(?:career|days|years))?\s*,",
    re.IGNORECASE,
)


def earlier_stint(text: str, start: int) -> bool:
    """Whether the figure at ``text[start:]`` (text: its sentence) is told of an
    earlier stint: after the "where" of a past stint, or in a sentence opening on
    a person's college or school years."""
    stints = list(_STINT_WHERE.finditer(text, 0, start))
    where = stints[-1] if stints else None
    if where is not None and ";" not in text[where.end() : start]:
        return True
    opening = _SCHOOL_OPENING.match(text)
    return opening is not None and start >= opening.end()
