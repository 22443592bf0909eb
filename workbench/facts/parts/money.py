"""A part of a sum of money its sentence breaks down (issue 11, session 25;
read through ``parts.read_part``).

"AMD paid $334 million, including $281 million in cash": the $281 million is
the cash part of the price, not the price; "the £90m package, of which £20m
is new money", "made up of £70m from existing budgets and £20m of new money",
"split between €32m up front and €8m in add-ons", "$12 million, comprising $9
million from the state and …", a breakdown in parentheses ("$334 million
($281 million in cash and $53 million in stock)"), or two amounts told by
what they are paid in ("$281 million in cash and $53 million in stock"). A
part is named by the words that say what it is ("cash", "new money",
"add-ons"), or "part" when none do. The total itself is no part: it compares
with the total told elsewhere, and a part with the same part. A group within
a count ("37 hospitalized, including four members of the crew") is counts.py's.
"""

from __future__ import annotations

import re

from .record import NO_PART, Part, cue_of

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
# Some of a whole named by its noun, not its amount, right after the sum: "$281
# million of the purchase price … will be in cash", "€40m of the stadium's cost"
# (session 38: the cash part of a price read as the price, trial 44 P1)
_OF_WHOLE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|his|her|this|that)[ \u00a0]+"
    r"(?:[\w'’-]+[ \u00a0]+){0,3}?"
    r"(?i:(?:purchase[ \u00a0]+)?price|cost|total|budget|package|settlement|fund|sum|bill|"
    r"amount|investment|payout|compensation|funding|bail-?out|loan|aid|financing|spending)\b"
)
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


def money_figure(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a sum of money: a currency
    sign or word in it or right after it."""
    return bool(_MONEY.search(text[start:end]) or _MONEY_AFTER.match(text, end))


def money_part(text: str, start: int, end: int) -> Part:
    """What part of a total the sum of money at ``text[start:end]`` is (its
    label, or "part"), by which cue, of which whole; no kind when its sentence
    does not break a total down into it (a label still when told by what it is
    for or paid in)."""
    lo = 0
    for m in _END.finditer(text, 0, start):
        lo = m.end()
    for m in _MARKER.finditer(text, lo, start):
        whole = _MONEY_AMOUNT.search(text, lo, m.start())  # a sum before the marker
        if whole is None:
            continue
        # the breakdown opens on an amount ("including $281 million", "of which about
        # £20m"; not "for 30 miles, including through a construction zone, at 120 mph")
        opening = _AMOUNT.search(text, m.end(), end)
        if opening is None or opening.start() - m.end() > 16 or start - m.end() > 120:
            continue
        first = opening.start() >= start
        if first or not _OWN_VERB.match(text, end):
            return Part("money", _label(text, end) or "part", cue_of(m.group()), whole.start())
    some = _SOME_OF.match(text, end)
    whole = _MONEY_AMOUNT.search(text, lo, start) if some else None
    if some and whole:  # "$40 million in grants, $12 million of which went to Ohio"
        return Part("money", "part", cue_of(some.group()), whole.start())
    if _OF_WHOLE.match(text, end):  # "$281 million of the purchase price"
        return Part("money", "part", "of the")
    return _told_part(text, start, end, lo)


def _told_part(text: str, start: int, end: int, lo: int) -> Part:
    """A part told by what it is paid in, in a breakdown no marker opens."""
    label = _label(text, end) if _QUALIFIER.match(text, end) else ""
    if not label:
        return NO_PART
    paren = text.rfind("(", lo, start)
    opened = paren > 0 and text.find(")", paren, start) < 0
    whole = _MONEY_AMOUNT.search(text, lo, paren) if opened else None
    if whole:  # "$334 million ($281 million in cash and …)"
        return Part("money", label, "(", whole.start())
    other = _OTHER_PART.search(text, end, min(len(text), end + 80))
    if other:  # "$281 million in cash and $53 million in stock"
        return Part("money", label, cue_of(other.group().split()[0]))
    if _PART_BEFORE.search(text[max(lo, start - 60) : start]):
        return Part("money", label, "and")  # "… in cash and $53 million in stock": the second
    # no part, but told by what it is for or paid in ("$7.4 billion in cash", "€30m up
    # front", "$700 million for roads"): a total, or that part of a total
    return Part(label=label)
