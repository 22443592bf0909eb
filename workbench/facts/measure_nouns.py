"""Which of two measures of one kind a figure is, read from its own clause
(issue 11, session 29).

One sentence often states two measures of one kind: "sustained winds of
about 175km/h near its centre and gusts up to 232km/h"; "Rs 4 lakh for the
family of each of the dead and Rs 50,000 for each of the injured"; "$1,000
per adult and $400 per child". Paired by kind and order with another
report's figure, the sustained wind met a gust's conversion and the payment
to the injured met the payment to the dead's families (false conflicts).

:func:`measure_noun` gives the word of a contrast class the figure's own
clause names — ("wind", "gust"), ("wind", "sustained"), ("each", "dead"),
("each", "injured"), ("each", "household") … — or None. A figure in
parentheses right after another ("232 km/h (about 160 mph)") is read as the
figure it converts. Two figures whose clauses name different words of one
class measure two things (:func:`measures_differ`); a figure whose clause
names none says nothing, and pairs as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

_S = r"[ \u00a0]+"
_S0 = r"[ \u00a0]?"
_EACH = (
    r"(?:each|every|per|a)" + _S + r"(?:one" + _S + r"of" + _S + r"the" + _S + r"|of" + _S
    + r"the" + _S + r")?"
)  # fmt: skip
_DEAD = r"(?:dead|deceased|victims?(?:'s|’s)?|killed|bereaved|person" + _S + r"killed)"
_KIN = r"(?:family|families|next" + _S + r"of" + _S + r"kin|relatives)"
_DEAD_EACH = re.compile(
    r"\b(?:" + _KIN + _S + r"of" + _S + _EACH + _DEAD
    + r"|" + _EACH + _DEAD + r"(?:" + _S + r"(?:family|families|kin))?"
    + r"|" + _EACH + r"bereaved" + _S + r"famil\w+)",
    re.I,
)  # fmt: skip
# (class, word, pattern) in the order tried; the nearest match to the figure wins
_CLASSES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("wind", "gust", re.compile(r"\bgust(?:s|ing|ed)?\b", re.I)),
    ("wind", "sustained", re.compile(r"\bsustained\b|\b(?:average|mean)[ \u00a0]+wind", re.I)),
    ("each", "dead", _DEAD_EACH),
    ("each", "injured", re.compile(r"\b" + _EACH + r"(?:injured|wounded|hurt)\b", re.I)),
    (
        "each",
        "",  # the noun itself: "per household", "each adult", "a child"
        re.compile(
            r"\b(?:each|every|per)" + _S + r"(household|family|adult|child|person|resident"
            r"|worker|employee|student|pensioner|home|flat)s?\b",
            re.I,
        ),
    ),
    # a level of a scale: "a No 4 alarm at 3.47pm", "upgraded to Category 5 at 2am"
    (
        "level",
        "",
        re.compile(r"\b(?:No\.?|(?i:category|cat\.|level|stage|phase))[ \u00a0]?(\d{1,2})\b"),
    ),
)
# Where a figure's clause ends: a comma, a semicolon, a dash, "and", "while",
# "but", "with" (a second measure told after the first), brackets.
_BREAK = re.compile(r"[;:—–]|,(?!\d)|\s(?:and|while|but|whereas|with|plus)\s|\s-\s", re.I)
_TWIN = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|or|nearly|almost)?\s*")


def _own_span(text: str, start: int) -> int:
    """Where the figure a parenthesised conversion converts starts ("232 km/h
    (about 160 mph)" for the 160), else ``start``."""
    k = text.rfind("(", 0, start)
    if k < 0 or ")" in text[k:start] or not _TWIN.fullmatch(text, k, start):
        return start
    before = re.search(r"[\d][\d,.]*(?:\s*[^\W\d]+(?:/h)?)?\s*$", text[:k])
    return before.start() if before else start


def converted_span(text: str, start: int) -> tuple[int, int] | None:
    """The span of the figure a parenthesised conversion at ``start`` converts
    ("12 kilometres (about 19 miles)" for the 19), else None."""
    base = _own_span(text, start)
    if base == start:
        return None
    k = text.rfind("(", 0, start)
    return base, len(text[:k].rstrip())


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _BREAK.finditer(text, 0, start)), default=0)
    hi = _BREAK.search(text, end)
    close = text.find(")", end)
    stop = hi.start() if hi else len(text)
    if 0 <= close < stop and "(" not in text[end:close]:
        stop = close
    return lo, stop


def measure_nouns(text: str, start: int, end: int) -> dict[str, str]:
    """Each contrast class the clause of the figure at ``text[start:end]`` names,
    with its word nearest the figure: {"wind": "gust"}, {"level": "4"}."""
    return dict(_measure_nouns(text, start, end))


@lru_cache(maxsize=1 << 14)
def _measure_nouns(text: str, start: int, end: int) -> dict[str, str]:
    """:func:`measure_nouns`, read once per figure, not once per figure it is
    held against (session 33: 11,752 readings of about 2,000 figures at 200
    articles). Never handed out to be changed: ``measure_nouns`` copies it."""
    own = _own_span(text, start)
    if own != start:
        end = text.rfind("(", 0, start)
        start = own
    lo, hi = _clause(text, start, end)
    best: dict[str, tuple[int, str]] = {}
    for cls, word, pattern in _CLASSES:
        for m in pattern.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            far = start - m.end() if m.end() <= start else m.start() - end
            if cls not in best or far < best[cls][0]:
                best[cls] = (far, word or m.group(1).lower())
    got = {cls: word for cls, (_, word) in best.items()}
    kind = length_kind(text, start, end)
    return {**got, "length": kind} if kind else got


# A length, as written with its unit: "20 metres", "3,500-foot", "1.5km".
_LENGTH_UNIT = re.compile(
    r"(?i:(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|m|miles?|mi|f(?:oo|ee)t|ft|yards?|yds?)$"
)
_HEDGED = (
    r"(?:(?:about|around|some|nearly|almost|roughly|more" + _S + r"than|over|just)" + _S + r")?"
)
# What a length is a length of (issue 11, session 31): a thing's size ("a 200-metre
# tanker", "40 metres long"), a distance travelled ("drifted 500 metres", "a
# 3,500-foot descent"), a height flown at ("flying at 3,000 feet"), or a level
# below or above a named reference ("20 metres below the surface", "300 metres
# down the shaft"). Two lengths of different kinds, or pinned to different
# references, measure two things.
_MOVED = (
    r"(?:drift\w*|fell|fall|falls|falling|plunged?|plunging|dropp?(?:ed|ing)?|descend\w*|"
    r"climb\w*|travel\w*|moved|slid|swept|carried|dragged|walked|swam|flew|sank|sinking|"
    r"skidded|rolled|tumbled|slipped)"
)
_MOVED_BEFORE = re.compile(r"\b(?i:" + _MOVED + r")" + _S + r"(?i:" + _HEDGED + r")$")
_MOTION_NOUN = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?i:descent|fall|drop|plunge|dive|climb|ascent|slide|"
    r"journey|trek|walk|swim|drift|flight|trip)s?\b"
)
_SIZE_AFTER = re.compile(
    r"[ \u00a0]+(?i:long|tall|wide|across|in[ \u00a0]+(?:length|diameter|height))\b"
)
_ALTITUDE_BEFORE = re.compile(
    r"\b(?i:(?:flying|cruising|flew|hovering|climbing)" + _S + r"(?:at" + _S + r")?|"
    r"(?:altitude|height)" + _S + r"of" + _S + r")(?i:" + _HEDGED + r")$"
)
_LEVEL_AFTER = re.compile(
    r"[ \u00a0]+(?i:(below|beneath|under|above|down|up|into)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(surface|ground|sea[ \u00a0]+level|sea|seabed|shaft|mine|well|cave|river|water|street|"
    r"valley|slope|mountain|hill|cliff|road)|(underground|undersea|underwater))\b"
)
_BELOW_GROUND = {"below ground", "below surface", "beneath ground", "beneath surface",
                 "under ground", "under surface", "underground"}  # fmt: skip


def length_kind(text: str, start: int, end: int) -> str:
    """What the length at ``text[start:end]`` measures: "size", "travelled",
    "altitude", a level against its reference ("below ground", "down shaft"), or
    "" when it is no length or its clause does not say."""
    if not _LENGTH_UNIT.search(text, start, end):
        return ""
    level = _LEVEL_AFTER.match(text, end)
    if level:
        words = " ".join(w.lower() for w in level.group(1, 2, 3) if w)
        words = " ".join(words.split())
        if words in _BELOW_GROUND:
            return "below ground"
        return "altitude" if words == "above sea level" else words
    if _ALTITUDE_BEFORE.search(text, max(0, start - 40), start):
        return "altitude"
    if _MOVED_BEFORE.search(text, max(0, start - 40), start) or (
        "-" in text[start:end] and _MOTION_NOUN.match(text, end)
    ):
        return "travelled"
    if ("-" in text[start:end] and re.match(r"[ \u00a0]+[a-z]", text[end : end + 3])) or (
        _SIZE_AFTER.match(text, end)
    ):
        return "size"
    return ""


def measure_noun(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The (class, word) nearest the figure at ``text[start:end]``, or None."""
    got = measure_nouns(text, start, end)
    return next(iter(sorted(got.items())), None) if len(got) == 1 else None


def measures_differ(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two figures whose clauses name different measures of one class: a gust
    and a sustained wind, a payment to each of the dead and to each injured, a
    No 3 alarm's time and a No 4's."""
    a, b = _measure_nouns(text_a, *span_a), _measure_nouns(text_b, *span_b)
    return any(b.get(cls, word) != word for cls, word in a.items())
