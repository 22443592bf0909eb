"""A count told with the parts its sentence names beside it (issue 11, session 32).

"Eighteen people were arrested, not counting three minors" / "Twenty-one
people were arrested"; "The blast killed 14 people, as well as three
firefighters" / "killed 17"; "Twelve died, including two children" / "Ten
adults died"; "a crew of 6 and 140 passengers" / "146 people on board". One
report names the parts of what it counts (plus, and, besides, as well as, in
addition to, not counting, excluding: a part told apart and added; including,
among them, of whom: a part within the count), the other gives one figure.
When that figure is a part, the sum of the parts or the count less the part
within it, the two reports agree: consistent, saying which matches. When none
does the conflict stands, and its explanation names the parts, so the editor
sees what was added up.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..facts.measure import measure_of
from ..facts.quantity.family import QUANTITY
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS, counted_key, dimension_of
from .stages import VALUE, Outcome, Rule
from .told import exact

_S = r"[ \u00a0]+"
_ADDED = (
    r"and|plus|besides|as{S}well{S}as|in{S}addition{S}to|not{S}counting|excluding"
    r"|on{S}top{S}of"
)
_WITHIN = r"including|among{S}them|of{S}whom|of{S}them"
_CUE = re.compile(
    rf"(?i:^(?:{_S}[\w-]+){{0,10}},?{_S}(?P<cue>{_ADDED}|{_WITHIN})"
    rf"(?:{_S}(?:the|a|an|another|some|about|around|nearly|almost))?{_S}$)".replace("{S}", _S)
)
# the words a part added by "and" may not hold: another predicate ("14 killed and
# injured 30", "14 were killed and 30")
_VERB = re.compile(
    r"(?i:\b(?:were|was|is|are|had|have|has|been|being|be|will|would|said|says)\b"
    r"|\b\w+(?:ed|ing)\b)"
)
# "Besides 8 guards, 52 inmates escaped": a part told before the count it adds to
_LEAD = re.compile(rf"(?i:\b(?P<cue>besides|in{_S}addition{_S}to|apart{_S}from){_S}$)")


# Counted nouns that name anyone the happening befell, not a group among them.
_ANYONE = frozenset({"person", "people", "victim", "casualty", "death", "fatality", "life"})


class Parts(NamedTuple):
    cue: str  # the words that join the part: "as well as", "including" …
    part: str  # the part as written
    added: bool  # a part told apart and added (not one within the count)
    low: float
    high: float
    noun: str = ""  # what the part counts, one canonical noun ("child"), or ""


@lru_cache(maxsize=1 << 12)
def _counts(sentence: str, published: date | None) -> tuple:
    return tuple(m for m in QUANTITY.find(sentence, published) if m.dimension == "count")


def _at(f: Fact, sentence: str) -> int:
    start = getattr(f.mention, "start", -1)
    if isinstance(start, int) and sentence[start : start + len(f.text)] == f.text:
        return start
    return sentence.find(f.text)


def parts_of(f: Fact, sentence: str, published: date | None) -> Parts | None:
    """The part the count's sentence names beside it, joined by a cue, or None."""
    at = _at(f, sentence)
    if at < 0 or dimension_of(f) != "count":
        return None
    counts = _counts(sentence, published)
    after = [m for m in counts if m.start >= at + len(f.text)]
    if after:
        z = after[0]
        gap = sentence[at + len(f.text) : z.start]
        m = _CUE.match(gap)
        if m is not None:
            cue = re.sub(r"\s+", " ", m.group("cue").lower())
            added = not re.fullmatch(_WITHIN.replace("{S}", _S), cue)
            if not (cue == "and" and _VERB.search(gap)) and _alike(sentence, at, f, z):
                return Parts(cue, z.text, added, float(z.low), float(z.high), _noun(z))
    before = [m for m in counts if m.end <= at]
    if before:
        z = before[-1]
        lead = sentence[max(0, z.start - 25) : z.start]
        m = _LEAD.search(lead)
        near = "," in sentence[z.end : at] and len(sentence[z.end : at]) < 40
        if m is not None and near and _alike(sentence, at, f, z):
            cue = re.sub(r"\s+", " ", m.group("cue").lower())
            return Parts(cue, z.text, True, float(z.low), float(z.high), _noun(z))
    return None


def _alike(sentence: str, at: int, f: Fact, z) -> bool:
    """The part counts what the count counts: no other happening ("14 dead and 30
    injured" are two counts, not a count and its part)."""
    if not (math.isfinite(z.low) and math.isfinite(z.high)):
        return False  # an open part, 'more than 40 soldiers', is no figure to add up
    mine = measure_of(sentence, at, at + len(f.text)).event
    theirs = measure_of(sentence, z.start, z.end).event
    return not mine or not theirs or mine == theirs


def _bounds(f: Fact) -> tuple[float, float]:
    m = f.mention
    return float(getattr(m, "low", 0) or 0), float(getattr(m, "high", 0) or 0)


def _meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _sides(c: ValueCase):
    (sa, sb), (pa, pb) = c.texts, c.published
    return ((c.x, sa, pa), (c.y, sb, pb))


def _told(c: ValueCase) -> tuple[Fact, Parts, Fact, int] | None:
    """The count told with its parts, its parts, the other report's figure, and
    which side (0: x) names the parts; None when neither or both do."""
    if c.cmp.verdict != Verdict.CONFLICT or c.x.kind in TIME_KINDS or c.y.kind in TIME_KINDS:
        return None
    if dimension_of(c.x) != "count" or dimension_of(c.y) != "count":
        return None
    if not (exact(c.x) and exact(c.y)):
        return None  # a bound ('at least 18') is no sum to add up (risen.py decides those)
    found = [parts_of(f, s, p) for f, s, p in _sides(c)]
    if (found[0] is None) == (found[1] is None):
        return None
    side = 0 if found[0] is not None else 1
    parts = found[side]
    assert parts is not None
    return ((c.x, c.y)[side], parts, (c.y, c.x)[side], side)


def matched(c: ValueCase) -> str:
    """What of the parts the other figure is: "sum", "part", "rest", or ""."""
    told = _told(c)
    if told is None:
        return ""
    whole, parts, other, _ = told
    lo, hi = _bounds(whole)
    theirs = _bounds(other)
    if parts.added:
        if _meets((lo + parts.low, hi + parts.high), theirs):
            return "sum"
    elif _meets((lo - parts.high, hi - parts.low), theirs) and _other_group(whole, other):
        return "rest"
    noun = counted_key(other)
    if noun and noun == parts.noun and _meets((parts.low, parts.high), theirs):
        return "part"
    return ""


def _noun(z) -> str:
    return QUANTITY.counted_key(z) or ""


def _other_group(whole: Fact, other: Fact) -> bool:
    """The other figure names a group of its own, not the whole's ("10 adults"
    beside "12 people, including two children"; "7 people" is the toll told
    otherwise, session 25)."""
    noun = counted_key(other)
    return bool(noun) and noun not in _ANYONE and noun != counted_key(whole)


def matched_note(c: ValueCase) -> str:
    told = _told(c)
    assert told is not None
    whole, parts, other, _ = told
    compared = c.cmp.explanation.split(": ", 1)[0]
    how = matched(c)
    if how == "sum":
        said = f"'{whole.text}' and '{parts.part}' ('{parts.cue}') add up to '{other.text}'"
    elif how == "rest":
        said = f"'{whole.text}' less '{parts.part}' ('{parts.cue}') leaves '{other.text}'"
    else:
        said = f"'{other.text}' is the part '{parts.part}' told with '{whole.text}'"
        said += f" ('{parts.cue}')"
    return (
        f"{compared}: one report names the parts of what it counts — {said}: one count "
        "told whole and in parts — consistent"
    )


def unmatched(c: ValueCase) -> bool:
    return _told(c) is not None and not matched(c)


def unmatched_note(c: ValueCase) -> str:
    told = _told(c)
    assert told is not None
    whole, parts, other, _ = told
    lo, hi = _bounds(whole)
    if parts.added:
        total = f"the sum {_n(lo + parts.low)}" + (
            f"–{_n(hi + parts.high)}" if hi + parts.high > lo + parts.low else ""
        )
    else:
        total = f"the rest {_n(lo - parts.high)}"
    compared = c.cmp.explanation.rsplit(" — ", 1)[0]
    told_with = f"'{whole.text}' is told with '{parts.part}' ('{parts.cue}')"
    rest = (lo - parts.high, hi - parts.low)
    if not parts.added and _meets(rest, _bounds(other)):
        return (
            f"{compared}; {told_with}, and '{other.text}' names no group apart from the "
            "whole: the count told otherwise, not what is left of it — conflict"
        )
    return f"{compared}; {told_with}, but neither the part nor {total} is '{other.text}' — conflict"


def _n(v: float) -> str:
    if not math.isfinite(v):
        return "no stated limit"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.1f}"


A_COUNT_AND_ITS_NAMED_PARTS = Rule(
    "a_count_and_its_named_parts",
    VALUE,
    lambda c: bool(matched(c)),
    Outcome.CONSISTENT,
    "one report names the parts of what it counts ('18 arrested, not counting three "
    "minors', '14 killed, as well as three firefighters', '12 died, including two "
    "children'), the other's figure is the sum of the parts, the count less a part within "
    "it, or a part: one count told whole and in parts, saying which matches (session 32, "
    "issue 11: such pairs called rivals)",
    "tests/test_s32_counts.py::test_a_count_and_the_sum_or_a_part_of_its_named_parts_agree",
    matched_note,
)

A_COUNT_NONE_OF_ITS_PARTS = Rule(
    "a_count_none_of_its_parts",
    VALUE,
    unmatched,
    Outcome.CONFLICT,
    "one report names the parts of what it counts ('180 rescuers and 40 soldiers'), the "
    "other's figure is neither a part nor the sum ('150 rescuers'): the conflict stands, "
    "naming the parts (session 32, issue 11)",
    "tests/test_s32_counts.py::test_a_count_none_of_whose_parts_matches_stays_a_conflict",
    unmatched_note,
)
