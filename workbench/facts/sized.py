"""What a size is of: the dimension a length measures and the thing its own
clause gives it to (issue 11, session 37).

One sentence often gives sizes of two things, or two sizes of one thing:
"Gate 7 is 2.4 metres wide and opens onto a concrete tunnel 1.8 metres wide";
"the hall is 60 metres long and 25 metres wide". Paired by kind and order
with another report's figure, the tunnel's width met the gate's width (or its
conversion, "2.4 metres (six feet)") and was called a conflict or, worse,
consistent with a figure it never measured.

:func:`dimension` reads which dimension a length is — "width" (wide, across),
"length" (long), "height" (tall, high), "depth" (deep), "diameter",
"thickness" — from the words right after it or a "width of" right before.
:func:`size_owner` reads the thing it is a size of: "a concrete tunnel 1.8
metres wide", "Gate 7 is 2.4 metres wide", "a tunnel narrows to 1.8m", "the
1,850m level" (not a size joined to its noun by a hyphen, "a 2.4-metre
opening", "the 13-inch version": a kind, worded freely). A figure in parentheses after
another ("2.4m (7ft 10in) wide") is read as the figure it converts.

:func:`sizes_apart`: two lengths of different dimensions measure two things;
two lengths given to different things do when either sentence names the
other's thing apart from its own figure (it tells the two apart). A size
whose clause names no dimension or no thing says nothing.
"""

from __future__ import annotations

import re

from .measure_nouns import converted_span

Span = tuple[int, int]

_S = r"[ \u00a0]+"
_DIMENSIONS = {
    "wide": "width",
    "width": "width",
    "broad": "width",
    "across": "width",
    "long": "length",
    "length": "length",
    "tall": "height",
    "high": "height",
    "height": "height",
    "deep": "depth",
    "depth": "depth",
    "diameter": "diameter",
    "thick": "thickness",
    "thickness": "thickness",
}
_DIM_AFTER = re.compile(
    r"-?[ \u00a0]*(?:(wide|broad|across|long|tall|high|deep|thick)\b(?!-)"
    r"|in" + _S + r"(width|length|height|depth|diameter))",
    re.I,
)
_DIM_HYPHEN = re.compile(r"-(wide|long|tall|high|deep|thick)\b", re.I)
_HEDGE = (
    r"(?:(?:about|around|some|nearly|almost|roughly|barely|just|only|approximately|"
    r"more" + _S + r"than|less" + _S + r"than|at" + _S + r"least|up" + _S + r"to|"
    r"under|over|below|beyond)" + _S + r")*"
)
_DIM_BEFORE = re.compile(
    r"\b(width|length|height|depth|diameter|thickness)" + _S + r"of" + _S + r"(?i:" + _HEDGE
    + r")$",
    re.I,
)  # fmt: skip
# a verb that gives a thing its size: "Gate 7 is 2.4m wide", "the tunnel narrows to 1.8m",
# "the shaft reaches below 2,000m", "the hull measures 40 metres"
_VERB = (
    r"(?:is|was|are|were|measures?|measured|stands?|stood|reaches|reached|extends?|extended|"
    r"narrows?|narrowed|widens?|widened|runs?|ran)" + _S + r"(?:(?:to|down" + _S + r"to)" + _S
    + r")?"
)  # fmt: skip
_NUMBERED = r"(?:" + _S + r"(?:No\.?" + _S + r")?\d+[A-Za-z]?)?"
_OWNER_BY_VERB = re.compile(
    r"\b([A-Za-z][a-z]+)" + _NUMBERED + _S + _VERB + r"(?i:" + _HEDGE + r")$"
)
_OWNER_BEFORE = re.compile(r"\b([a-z]+)" + _S + r"(?i:" + _HEDGE + r")$")
_DETERMINER = re.compile(
    r"\b(?i:a|an|the|its|their|his|her|each|every)" + _S + r"(?i:" + _HEDGE + r")$"
)
_NOUN_AFTER = re.compile(r"[ \u00a0]*-?[ \u00a0]*([a-z]+)(?:" + _S + r"([a-z]+))?")
# words that are no thing: function words, verbs of giving a size, adjectives
# before a noun ("a 2.4-metre concrete tunnel" is the tunnel's)
_NOT_THING_WORDS = (
    "a an the of to from in on at by for with and or but than that which who is was are "
    "were be been being has have had its their his her this these those it down up below "
    "above beneath under over into onto beyond about around some nearly almost roughly "
    "barely just only approximately more less least per each every another further "
    "other deep wide long tall high thick across broad narrow narrower wider still "
    "concrete steel stone wooden single new old main narrowest widest deepest highest "
    "tallest longest total overall maximum minimum underground undersea underwater "
    "measures measured stands stood reaches reached extends extended narrows narrowed "
    "widens widened runs ran drilled dug built said says width length height depth "
    "diameter thickness"
)
_NOT_THING = frozenset(_NOT_THING_WORDS.split())
# nouns that name no thing of their own but one of a range: "the 13-inch version" /
# "the 13-inch model" are one laptop (ECB+ real copy, session 37)
_GENERIC = frozenset(
    ("model", "models", "version", "versions", "variant", "variants", "type", "types",
     "kind", "edition", "editions", "option", "options", "unit", "units")
)  # fmt: skip
_ADJECTIVE_WORDS = (
    "concrete steel stone wooden single new old main narrow wide steep deep long tall "
    "high low short small large big huge vast twin double north south east west northern "
    "southern eastern western inner outer upper lower underground"
)
_ADJECTIVE = frozenset(_ADJECTIVE_WORDS.split())
_LENGTH_UNIT = re.compile(
    r"(?i:(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|m|miles?|mi|f(?:oo|ee)t|ft|yards?|"
    r"yds?|inch(?:es)?|in)$"
)


def _base(text: str, start: int, end: int) -> Span:
    """The figure a parenthesised conversion converts, else the figure itself."""
    got = converted_span(text, start)
    start, end = got if got else (start, end)
    while end > start and text[end - 1] in " \u00a0":
        end -= 1
    return start, end


def _is_length(text: str, span: Span) -> bool:
    return bool(_LENGTH_UNIT.search(text, *span))


def _past_conversion(text: str, end: int) -> int:
    """Where the words after a figure start, past a conversion in parentheses
    ("2.4m (7ft 10in) wide")."""
    m = re.compile(r"[ \u00a0]*\([^()]{1,40}\)").match(text, end)
    return m.end() if m else end


def dimension(text: str, start: int, end: int) -> str:
    """The dimension the length at ``text[start:end]`` measures, or ""."""
    start, end = _base(text, start, end)
    if not _is_length(text, (start, end)):
        return ""
    hyphen = _DIM_HYPHEN.match(text, end)
    if hyphen:
        return _DIMENSIONS[hyphen.group(1).lower()]
    after = _DIM_AFTER.match(text, _past_conversion(text, end))
    if after:
        return _DIMENSIONS[(after.group(1) or after.group(2)).lower()]
    before = _DIM_BEFORE.search(text, max(0, start - 60), start)
    return _DIMENSIONS[before.group(1).lower()] if before else ""


def _thing(word: str) -> str:
    word = word.lower()
    if word in _NOT_THING or word in _GENERIC or len(word) < 3:
        return ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def size_owner(text: str, start: int, end: int) -> str:
    """The thing the length at ``text[start:end]`` is a size of, one word in
    the singular ("gate", "tunnel", "level"), or "" when its clause does not say."""
    start, end = _base(text, start, end)
    if not _is_length(text, (start, end)):
        return ""
    before = text[max(0, start - 80) : start]
    # "the 1,850m level", "a 150 mm borehole"; not a size joined to its noun as a
    # kind, "a 2.4-metre opening", "the 13-inch version", which reports word freely
    # ("Gate 7" / "a 2.4-metre opening"; "the 13-inch model": ECB+ real copy)
    if "-" not in text[start:end] and _DETERMINER.search(before):
        m = _NOUN_AFTER.match(text, _past_conversion(text, end))
        if m:
            first, second = m.group(1), m.group(2)
            if first in _ADJECTIVE and second:
                first = second
            got = _thing(first)
            if got:
                return got
    by_verb = _OWNER_BY_VERB.search(before)
    if by_verb:
        return _thing(by_verb.group(1))
    if dimension(text, start, end):
        # "a concrete tunnel 1.8 metres wide", "a single gate barely 2.4 metres wide"
        m = _OWNER_BEFORE.search(before)
        if m:
            return _thing(m.group(1))
    return ""


def _names(text: str, thing: str, skip: Span) -> bool:
    """``text`` names ``thing`` (or its plural) outside ``skip``."""
    pattern = re.compile(r"\b" + re.escape(thing) + r"(?:s|es)?\b", re.I)
    return any(m.end() <= skip[0] or m.start() >= skip[1] for m in pattern.finditer(text))


def sizes_apart(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Two lengths of different dimensions ("60 metres long" / "25 metres wide"),
    or of two things one of the sentences tells apart: its own figure is the
    gate's and it names the tunnel the other figure is of."""
    da, db = dimension(text_a, *span_a), dimension(text_b, *span_b)
    if da and db and da != db:
        return True
    oa, ob = size_owner(text_a, *span_a), size_owner(text_b, *span_b)
    if not oa or not ob or oa == ob or oa[:4] == ob[:4]:
        return False
    if _linked(text_a, oa, ob) or _linked(text_b, ob, oa):
        return False  # "the epicentre of the quake" / "the quake": one told through the other
    own_a, own_b = _base(text_a, *span_a), _base(text_b, *span_b)
    return _names(text_b, oa, own_b) or _names(text_a, ob, own_a)


def _linked(text: str, own: str, other: str) -> bool:
    """``text`` ties its thing to the other's: "the epicentre of the quake", "the
    quake's epicentre", "the quake epicentre"."""
    o, x = re.escape(own) + r"(?:s|es)?", re.escape(other) + r"(?:s|es)?"
    joined = (
        r"\b" + o + _S + r"of" + _S + r"(?:(?:the|a|an|its|their)" + _S + r")?(?:[a-z]+" + _S
        + r")?" + x + r"\b|\b" + x + r"(?:'s|’s)?" + _S + r"(?:[a-z]+" + _S + r")?" + o + r"\b"
    )  # fmt: skip
    return re.search(joined, text, re.I) is not None
