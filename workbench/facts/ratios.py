"""What a ratio, fraction or multiple measures, as far as the words right
after it say (read for ``measure.Measure.ratio``; issue 11, session 25; split
from parts.py in session 26: a ratio is no part of a whole).

"one sixth the space", "one quarter the power", "three times faster", "40
percent cheaper": a ratio or multiple measures the thing it qualifies (space,
power, speed, cost …); two ratios of different things are two figures, not
one misreported (judge/ratios.py).
"""

from __future__ import annotations

import re

# What a ratio or multiple qualifies, right after it: "one sixth the space",
# "three times the national average", "three times faster", "twice as large as",
# "40 percent cheaper", "2.5 times more efficient"; a share told with "of", "a quarter
# of the power", "a sixth of the usual size" (session 38, trial 44 P6: "a quarter of
# the power", read as no ratio, agreed with "one sixth the space").
_WORD = r"(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)[a-z][\w-]*"
_RATIO_NOUN = re.compile(
    r"[ \u00a0]+(?:times[ \u00a0]+|of[ \u00a0]+)?(?:the|its|their|his|her)[ \u00a0]+"
    rf"((?:{_WORD}[ \u00a0]+)?{_WORD})"
    r"(?=[ \u00a0]*(?:[.,;:)]|$|[ \u00a0]+"
    r"(?:of|in|at|for|than|as|on|to|and|used|needed|that|which)\b))"
)
_RATIO_ADJ = re.compile(
    r"[ \u00a0]+(?:times|percent|per[ \u00a0]+cent)?[ \u00a0]*(?:as[ \u00a0]+([a-z]+)[ \u00a0]+as\b"
    r"|(?:more|less)[ \u00a0]+([a-z]+)\b|([a-z]+er)\b(?![ \u00a0]+(?:than|by))"
    r"|([a-z]+er)[ \u00a0]+than\b)"
)
_DIMENSIONS = {
    "speed": "fast faster quick quicker speedy speedier slow slower rapid",
    "size": "large larger big bigger small smaller great greater huge",
    "cost": "cheap cheaper costly costlier expensive pricey pricier",
    "weight": "heavy heavier light lighter",
    "length": "long longer short shorter",
    "level": "high higher low lower",
    "power": "powerful",
}
_DIMENSION = {w: d for d, words in _DIMENSIONS.items() for w in words.split()}
# What a ratio before "the" measures, by its noun ("one sixth the space", "three times
# the lifespan"); other nouns say nothing ("three times the industry standard")
_NOUNS = {
    "space": "space room area footprint volume",
    "power": "power energy electricity",
    "speed": "speed",
    "size": "size",
    "cost": "cost costs price prices",
    "weight": "weight",
    "length": "length life lifespan",  # "three times the lifespan": "three times longer"
    "pixels": "pixels resolution",
}
_MEASURE_NOUN = {w: d for d, words in _NOUNS.items() for w in words.split()}
# comparatives that are no measure: "three times over", "two times a day"
_NO_RATIO = frozenset(re.findall(r"\w+", "over under per after never ever other either rather"))


def ratio_of(text: str, start: int, end: int, value: str) -> str:
    """The measure a ratio, fraction or multiple at ``text[start:end]`` is of
    ("space", "power", "speed", "cost" …), or "" when nothing says. ``value``:
    how the figure is written (a share, a multiple or a percentage)."""
    multiple = re.match(r"[ \u00a0]+times\b", text[end:]) is not None
    share = not any(c.isdigit() for c in value) or multiple
    percent = re.search(r"%|(?i:percent|per[ \u00a0]+cent)", value) is not None
    if not (share or percent):
        return ""
    if share:
        noun = _RATIO_NOUN.match(text, end)
        if noun is not None:
            return _MEASURE_NOUN.get(noun.group(1).split()[-1], "")
    adj = _RATIO_ADJ.match(text, end)
    if adj is None or not (multiple or percent):
        return ""
    word = next(g for g in adj.groups() if g)
    if word in _NO_RATIO:
        return ""
    # "more efficient", "as bright as": the word itself; an "-er" word only when known
    told = adj.group(1) or adj.group(2)
    return _DIMENSION.get(word, word if told else "")
