"""One more of a count already told, written as an ordinal: "killing two
co-workers and critically injuring a third", "two people were shot dead and a
third was hurt", "two were killed and another wounded" (issue 11, session 17).

After a count in its sentence, "a third" (or "another") that something befell
is one person more: a count of one, which another report's "wounding two
others" contradicts. Read only where a verb of what befell people stands right
before it ("injuring a third") or right after it ("a third was hurt", "another
wounded"), and never as a share ("a third of the budget"), a time ("a second
time", "another day") or a count of its own ("another 20").
"""

from __future__ import annotations

import re

from workbench.facts.quantity.context import counted_tail
from workbench.facts.quantity.mention import QuantityMention

__all__ = ["find_one_more"]

_S = r"[ \u00a0]+"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_ONE_MORE_RE = re.compile(rf"(?<![\w-])(?i:an?{_S}{_ORDINAL}|another)(?![\w-])")
# What befell the one more: the verb of a happening, as -ing or a participle.
_BEFELL = (
    r"(?i:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?|shot|shooting"
    r"|hospitali[sz](?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|rescu(?:ed|ing)|died|dead)\b"
)
_ADVERB = rf"(?:(?i:critically|seriously|badly|severely|gravely|fatally|slightly){_S})?"
_BEFORE_RE = re.compile(rf"{_BEFELL}{_S}{_ADVERB}$")  # "critically injuring |a third"
# "a third| was hurt", "another| wounded" (not "a third victim was wounded": the
# verb then sits as far from it as the count before, and which one it tells is moot)
_AFTER_RE = re.compile(rf"(?:{_S}(?i:was|is|has{_S}been|had{_S}been|being))?{_S}{_ADVERB}{_BEFELL}")
# Not one more person: a share, a time, a count of its own, a thing ("a third term").
_NOT_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:(?i:of|time|times|day|days|week|year|term|round|half|quarter|place|floor"
    r"|game|season|set|try|attempt|chance|look|way|option|one|\d))\b"
)
# The count it follows: a numeral or a number word earlier in its sentence.
_COUNT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|both))(?![\w-])"
)


def find_one_more(text: str) -> list[QuantityMention]:
    """Counts of one written as "a third" / "another" after a count (module doc)."""
    out = []
    for m in _ONE_MORE_RE.finditer(text):
        if _NOT_AFTER_RE.match(text, m.end()) or not _COUNT_BEFORE_RE.search(text, 0, m.start()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = _AFTER_RE.match(text, m.end())
        if not (_BEFORE_RE.search(before) or after):
            continue
        noun = counted_tail(text, m.end(), True)
        counted = noun if noun and not re.fullmatch(_BEFELL, noun) else None
        mention = QuantityMention(
            start=m.start(), end=m.end(), text=m.group(), kind="number", dimension="count",
            unit=None, value=1.0, value_high=None, hedge=None, precision=1.0, low=1.0,
            high=1.0, counted=counted, exact=True, form="1",
        )  # fmt: skip
        out.append(mention)
    return out


def with_one_more(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` (one sentence's quantities) and the counts of one more it did
    not already read, in order."""
    more = [
        m for m in find_one_more(text) if all(m.end <= q.start or q.end <= m.start for q in found)
    ]
    return sorted([*found, *more], key=lambda q: q.start) if more else found
