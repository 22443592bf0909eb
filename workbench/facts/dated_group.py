"""The group of people a date's clause tells of (issue 11, session 38).

A rescue, an evacuation or a release happens to groups on different days:
"The first nine men were brought up on Friday" and "The last 21 of the miners
were brought to the surface on Sunday" date one stage (both "rescued", or no
stage the DATED lexicon reads) of two groups, and "The bodies of the two
missing workers were recovered on March 6" a third. Held against each other
they were conflicts nobody wrote (authored development mine_rescue: four wrong
flags). ``group_of`` reads the group the date's clause counts: a number of
people, and whether the clause marks it as the first, the last or the
remaining ones; ``groups_apart`` says two dates are of different groups when
one clause marks its group so and the numbers differ, or the two are marked
first and last. One group told with a wrong day ("the first nine … on Friday" /
"brought nine men to the surface early this morning") still compares.

Why it holds on events not seen: "the first N", "the last N", "the remaining
N" mark a group of a staged happening in any story; the rule names no event.
"""

from __future__ import annotations

import re

from .numwords import word_number
from .whose import clause_bounds

_S = r"[ \u00a0]+"
_NUM = (
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?"
    r"|forty(?:-\w+)?|fifty(?:-\w+)?"
)
_PEOPLE = (
    r"(?:men|women|miners|workers|people|passengers|survivors|bodies|crew|climbers|children"
    r"|students|hostages|patients|residents|tourists|fishermen|sailors|pupils|employees)"
)
_MARKED = re.compile(
    r"\b(?:the" + _S + r")?(?P<mark>first|last|final|remaining)" + _S + r"(?P<n>" + _NUM + r")\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?P<n>" + _NUM + r")" + _S + r"(?:[a-z-]+" + _S + r")?" + _PEOPLE + r"\b", re.IGNORECASE
)
_LAST = frozenset(("last", "final", "remaining"))


def group_of(text: str, start: int, end: int) -> tuple[str, float] | None:
    """The group the clause of the date at ``text[start:end]`` (text: its
    sentence) counts, before the date: ("first" / "last" / "", its number), or
    None when it counts none."""
    lo, _ = clause_bounds(text, start, end)
    marked = list(_MARKED.finditer(text, lo, start))
    if marked:
        m = marked[-1]
        n = word_number(m["n"])
        mark = "last" if m["mark"].lower() in _LAST else "first"
        return (mark, n) if n is not None else None
    counted = list(_COUNTED.finditer(text, lo, start))
    if not counted:
        return None
    n = word_number(counted[-1]["n"])
    return ("", n) if n is not None else None


def groups_apart(text_a: str, sa: tuple[int, int], text_b: str, sb: tuple[int, int]) -> bool:
    """Whether two dates are of different groups of people: one of them marked the
    first or the last ones and the numbers differ, or one the first and the other
    the last ones."""
    ga, gb = group_of(text_a, *sa), group_of(text_b, *sb)
    if ga is None or gb is None or not (ga[0] or gb[0]):
        return False
    if ga[0] and gb[0] and ga[0] != gb[0]:
        return True
    return ga[1] != gb[1]
