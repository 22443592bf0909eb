"""A part of a total, and the measure a ratio is of, as far as the words of a
figure's sentence say (read for ``measure.Measure``; issue 11, session 25).

- **part**: "AMD paid $334 million, including $281 million in cash": the
  $281 million is the cash part of the price, not the price; "the £90m
  package, of which £20m is new money", "made up of £70m from existing
  budgets and £20m of new money", "split between €32m up front and €8m in
  add-ons", "$12 million, comprising $9 million from the state and …", a
  breakdown in parentheses ("$334 million ($281 million in cash and $53
  million in stock)"), or two amounts told by what they are paid in ("$281
  million in cash and $53 million in stock"). A part is named by the words
  that say what it is ("cash", "new money", "add-ons"), or "part" when none
  do; sums of money only: a group within a count ("37 hospitalized, including
  four members of the crew") is ``inclusion.named_within``'s. The total itself is no part: it
  compares with the total told elsewhere, and a part with the same part.
- **ratio**: "one sixth the space", "one quarter the power", "three times
  faster", "40 percent cheaper": a ratio or multiple measures the thing it
  qualifies (space, power, speed, cost …); two ratios of different things
  are two figures, not one misreported.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
# An amount earlier in the sentence, the whole a marker after it breaks down.
_AMOUNT = re.compile(
    r"(?:[$€£¥₹]|\b)\d[\d,.]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands)\b"
)
# A sum: a currency sign or word in or right after the value, and one before a marker
_CURRENCY = r"[$€£¥₹]|\b(?i:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?|usd|eur|gbp)\b"
_MONEY = re.compile(_CURRENCY)
_MONEY_AFTER = re.compile(r"[ \u00a0]*(?i:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?)\b")
_MONEY_AMOUNT = re.compile(
    r"[$€£¥₹][ \u00a0]?\d|\d[\d,.]*[ \u00a0]*(?:m|bn|million|billion)?[ \u00a0]+"
    r"(?i:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?)\b"
)
# Words that break a whole down into what follows them.
_MARKERS = (
    "including",
    "includ(?:es|ed)",
    "of which",
    "of whom",
    "made up of",
    "compris(?:ing|es|ed)(?: of)?",
    "consist(?:ing|s|ed) of",
    "(?:split|divided) (?:between|into)",
    "broken down into",
    "among them",
)
_MARKER = re.compile(r"\b(?i:" + "|".join(m.replace(" ", _S) for m in _MARKERS) + r")\b")
# What ends a breakdown: a new sentence or clause of its own.
_END = re.compile(r"[;:!?]|\.(?![\d])[ \u00a0]")
# What a part is paid in or made of, right after its amount ("$281 million in cash",
# "£20m of new money", "€32m up front", "$9 million from the state").
_QUALIFIER = re.compile(
    r"[ \u00a0]+(?:(?:of[ \u00a0]+(?:it|that|which)[ \u00a0]+)?in|of|from|for|is|are|was|were|as)"
    r"[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?((?:[a-z][\w-]*[ \u00a0]*){1,2})"
    r"|[ \u00a0]+(up[ \u00a0-]?front|upfront)\b"
)
_LABEL_STOP = frozenset(
    re.findall(
        r"\w+",
        "and or but with while plus for to by at on the a an its their "
        "his her which that who will would is are was were has have had be been",
    )
)
_SAME_LABEL = {"shares": "stock", "share": "stock", "equity": "stock", "stocks": "stock"}
# Another part coordinated with an amount told by what it is paid in: "and $53
# million in stock", "with the rest in stock", "and the balance in shares".
_OTHER_PART = re.compile(
    r"\b(?i:and|with|plus)"
    + _S
    + r"(?:(?:[$€£¥₹]|\b)\d[\d,.]*(?:[ \u00a0]*[a-z]+)?|the"
    + _S
    + r"(?:rest|remainder|balance))"
    + _S
    + r"(?:in|of)"
    + _S
    + r"[a-z]"
)

# "… $281 million in cash and " right before an amount told by what it is paid in
_PART_BEFORE = re.compile(r"\b(?i:in|of)" + _S + r"[a-z][\w-]*" + _S + r"and" + _S + r"$")

# Some of a sum or count told right after it: "$12 million of which went to Ohio"
_SOME_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:which|whom)\b", re.IGNORECASE)
# A verb after a count and up to two words: the subject of a clause of its own ("…,
# including seven fires, and two people suffered minor burns"), no part of a list
_OWN_VERB = re.compile(
    r"(?:[ \u00a0]+[a-z][\w-]*){0,2}?[ \u00a0]+(?:[a-z]+ed|was|were|is|are|has|have|had|will|"
    r"said|died|fell|rose|went|came|led|left|took|made|got|remain\w*)\b"
)


def _label(text: str, end: int) -> str:
    """What the part ending at ``end`` is, from the words right after it, or ""."""
    m = _QUALIFIER.match(text, end)
    if m is None:
        counted = re.match(r"[ \u00a0]+([a-z][\w-]*)", text[end:])  # "including six children"
        word = counted.group(1) if counted else ""
        return "" if word in _LABEL_STOP else word
    if m.group(2):
        return "up front"
    words = []
    for w in m.group(1).split():
        if w in _LABEL_STOP:
            break
        words.append(w)
    label = " ".join(words)
    return _SAME_LABEL.get(label, label)


def part_of(text: str, start: int, end: int) -> str:
    """What part of a total the amount at ``text[start:end]`` is (its label,
    or "part"), or "" when its sentence does not break a total down into it."""
    lo = 0
    for m in _END.finditer(text, 0, start):
        lo = m.end()
    if not _MONEY.search(text[start:end]) and not _MONEY_AFTER.match(text, end):
        return ""  # a group within a count: facts/inclusion.named_within (session 24)
    for m in _MARKER.finditer(text, lo, start):
        if not _MONEY_AMOUNT.search(text, lo, m.start()):  # a sum before the marker
            continue
        # the breakdown opens on an amount ("including $281 million", "of which about
        # £20m"; not "for 30 miles, including through a construction zone, at 120 mph")
        opening = _AMOUNT.search(text, m.end(), end)
        if opening is None or opening.start() - m.end() > 16 or start - m.end() > 120:
            continue
        first = opening.start() >= start
        if first or not _OWN_VERB.match(text, end):
            return _label(text, end) or "part"
    if _SOME_OF.match(text, end) and _MONEY_AMOUNT.search(text, lo, start):
        return "part"  # "$40 million in grants, $12 million of which went to Ohio"
    paren = text.rfind("(", lo, start)
    label = _label(text, end) if _QUALIFIER.match(text, end) else ""
    opened = paren > 0 and text.find(")", paren, start) < 0
    if label and opened and _MONEY_AMOUNT.search(text, lo, paren):
        return label  # "$334 million ($281 million in cash and …)"
    if label and _OTHER_PART.search(text, end, min(len(text), end + 80)):
        return label  # "$281 million in cash and $53 million in stock"
    if label and _PART_BEFORE.search(text[max(lo, start - 60) : start]):
        return label  # "… in cash and $53 million in stock": the second amount
    # no part, but told by what it is for or paid in ("$7.4 billion in cash", "€30m up
    # front", "$700 million for roads"): a total, or that part of a total
    return "~" + label if label else ""


def marked(part: str) -> bool:
    """Whether a figure's part (``part_of``) makes it a part of a total its sentence
    breaks down, not a figure told by what it is for or paid in ("~cash")."""
    return bool(part) and not part.startswith("~")


def parts_differ(a: str, b: str) -> bool:
    """Whether two figures' parts (``part_of``) are different things: a part and
    a figure told as another thing, or two different parts. A figure no breakdown
    makes a part but told by the same words ("~cash", "~roads") is that part."""
    if not (marked(a) or marked(b)):
        return False
    if marked(a) and marked(b):
        return a != b and "part" not in (a, b)  # a part no words name may be either
    return a.lstrip("~") != b.lstrip("~")


# What a ratio or multiple qualifies, right after it: "one sixth the space",
# "three times the national average", "three times faster", "twice as large as",
# "40 percent cheaper", "2.5 times more efficient".
_WORD = r"(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)[a-z][\w-]*"
_RATIO_NOUN = re.compile(
    r"[ \u00a0]+(?:times[ \u00a0]+)?(?:the|its|their|his|her)[ \u00a0]+"
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
