"""A length that is the window of a count: "two contract extensions in seven
months", "his third title in five years", "the highest level in a decade". After a
counted or ranked noun, "in N units" tells over how long, whatever the tense of the
sentence ("… that would have taken him to the end of next season"): not a point
ahead (trial 29: read as 'July 2009'), and not the length of any one thing (a
'one-year extension')."""

from __future__ import annotations

import re

from .lexicon import words

# "two contract extensions in seven months", "his third title in five years", "the
# highest level in a decade": "in" after a counted or ranked noun tells over how long,
# whatever the tense of the sentence ("that would have taken him to …").
_NOUN_BEFORE_IN = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens?|several|many|first|second|third|fourth|fifth|\w+est|most|fewest)"
    r"(?:[ \u00a0]+[A-Za-z-]+){1,3}[ \u00a0]+in[ \u00a0]+$",
    re.IGNORECASE,
)


def length_in_noun_phrase(text: str, start: int) -> bool:
    """Whether "in N units" at ``start`` follows a counted or ranked noun ("two
    contract extensions in seven months"): a length, not a point ahead."""
    before = _NOUN_BEFORE_IN.search(text, max(0, start - 60), start)
    if before is None:
        return False
    last = text[before.start() : start].split()[-2].lower()
    return not (last.endswith("ed") or last in _VERBISH)


_VERBISH = words("be is are was were will would open opens reopen close closes return")
