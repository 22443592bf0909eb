"""One place's figure against a whole that names no place (issue 11, session
27, eng78): a figure its sentence ties to one named place among several is
that place's part, not the whole another report gives with no place.

- a breakdown by place: "8.4 million customers – 6.1 million in Britain and
  2.3 million in the Netherlands" (its sentence scopes another figure to
  another place), against "9.4 million records" or "about 8.4 million
  customers": the 6.1 million is Britain's;
- a whole told as spread over places: "operates about 520 stores, most of
  them in Britain" (its sentence puts some of them in a place the other
  figure's does not name), against "about 130 stores in the Netherlands and
  Belgium": the 130 are two countries' stores of the 520.

A conflict between the two is not shown (a VALUE row that frees nothing:
the figures keep their partners, for a freed one would only meet a worse one
— measured on the held authored totals, where freeing them made two wrong
conflicts).
A figure with a place only one report names and nothing telling it
is one place among several ("12 killed in Spain" / "15 killed": the story's
own place) is still compared, as before (scopes.py).
"""

from __future__ import annotations

import re

from ..facts.measure import measure_of
from ..facts.places import same_place
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS
from .stages import VALUE, Outcome, Rule

_S = r"[ \u00a0]+"
# Some of a whole told as lying in a named place: "most of them in Britain",
# "the majority of which are in Ohio", "mostly in Texas", "half of them
# across Germany and Austria".
_SPREAD = re.compile(
    r"\b(?:(?:most|many|some|half|all|the" + _S + r"majority|the" + _S + r"bulk|the" + _S
    + r"rest)" + _S + r"of" + _S + r"(?:them|which|those|these|its|their)"
    + r"(?:" + _S + r"(?:are|were|is|based|located|sited|run))?"
    + r"|(?:mostly|mainly|largely|chiefly|primarily|predominantly)(?:" + _S
    + r"(?:based|located))?)"
    + _S + r"(?:in|across)" + _S + r"(?:the" + _S + r")?"
    + r"([A-Z][\w'’.-]*(?:" + _S + r"(?:and" + _S + r"(?:the" + _S + r")?)?[A-Z][\w'’.-]*){0,3})"
)  # fmt: skip
_NO_PLACE = frozenset({"and", "the", "of"})


def _spread_places(text: str) -> tuple[str, ...]:
    """The places a sentence says some of its whole lies in ("most of them in
    Britain" -> ("britain",)), or ()."""
    out: list[str] = []
    for m in _SPREAD.finditer(text):
        out += [w.lower().strip(".’'") for w in m.group(1).split() if w.lower() not in _NO_PLACE]
    return tuple(out)


# A figure one of a breakdown by place: its own place right after it, and a
# sibling figure of another place joined by "and" or a comma: "6.1 million in
# Britain and 2.3 million in the Netherlands" (each of them); not "23 reports
# in Ohio, and 9 fires were reported" (the 9 has no place of its own).
_NUM = (
    r"(?:(?:about|some|nearly|almost|around|roughly)" + _S + r")?(?:\d[\d,.]*|(?i:one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"(?:" + _S + r"(?:million|billion|thousand)|[ \u00a0]*(?:%|per[ \u00a0]?cent|percent))?"
)
_IN_PLACE = (
    _S + r"(?:in|across)" + _S + r"(?:the" + _S + r")?(?:(?:neighbou?ring|nearby|northern|southern|"
    r"eastern|western|central)" + _S + r")?[A-Z][\w'’.-]*(?:" + _S + r"[A-Z][\w'’.-]*)*"
    # "in Chimborazo province", "in Kent county": the kind of area after its name
    r"(?:" + _S + r"(?:province|region|county|state|district|department|valley))?"
)
_JOIN = r"[ \u00a0]*(?:,[ \u00a0]*(?:and" + _S + r")?|" + _S + r"and" + _S + r")"
_WORDS = r"(?:" + _S + r"[A-Za-z][\w'’-]*){0,3}?"
# the words of its own clause before its place: "people were still missing in Italy"
_OWN_WORDS = r"(?:" + _S + r"[A-Za-z][\w'’-]*){0,5}?"
# a time after the place, before the sibling: "in Italy last night and one in France"
_TIME_AFTER = r"(?:" + _S + r"(?:last|on|this|by|early|late)(?:" + _S + r"[A-Za-z]+)?)?"
_OWN_PLACE = re.compile(_OWN_WORDS + _IN_PLACE)
_SIBLING_AFTER = re.compile(
    _OWN_WORDS + _IN_PLACE + _TIME_AFTER + _JOIN + _NUM + _WORDS + _IN_PLACE
)
_SIBLING_BEFORE = re.compile(_NUM + _WORDS + _IN_PLACE + _JOIN + r"$")


def in_breakdown(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is one of a breakdown by place."""
    if _SIBLING_AFTER.match(text, end):
        return True
    if _OWN_PLACE.match(text, end) is None:
        return False
    return _SIBLING_BEFORE.search(text, max(0, start - 120), start) is not None


def _elsewhere(places: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """Whether any of ``places`` is none of ``own``."""
    return any(not any(same_place(p, w) for w in own) for p in places)


def place_against_whole(x: Fact, text_x: str, y: Fact, text_y: str) -> bool:
    """Whether one figure (each in its sentence) is one place's part of a
    breakdown by place and the other, of no place, is of none; or one figure
    is of a named place and the other, of no place, a whole its sentence
    spreads over other places."""
    if x.kind in TIME_KINDS or y.kind in TIME_KINDS:
        return False  # a day is dated, not counted in a place
    spans = []
    for f, text in ((x, text_x), (y, text_y)):
        at = text.find(f.text)
        if at < 0:
            return False
        spans.append((text, at, at + len(f.text), measure_of(text, at, at + len(f.text))))
    for (ta, sa, ea, ma), (tb, sb, eb, mb) in ((spans[0], spans[1]), (spans[1], spans[0])):
        if mb.where or mb.place:
            continue
        if in_breakdown(ta, sa, ea) and not in_breakdown(tb, sb, eb):
            return True  # "6.1 million in Britain and 2.3 million …" / "9.4 million records"
        if ma.where and _elsewhere(_spread_places(tb), ma.where):
            return True  # "about 130 stores in Belgium" / "520 stores, most of them in Britain"
    return False


def place_part_against_whole(c: ValueCase) -> bool:
    """A conflict between one place's part and a whole (``place_against_whole``)."""
    if c.cmp.verdict != Verdict.CONFLICT:
        return False
    return place_against_whole(c.x, c.texts[0], c.y, c.texts[1])


PLACE_PART_AGAINST_WHOLE = Rule(
    "place_part_against_whole",
    VALUE,
    place_part_against_whole,
    Outcome.SKIP,
    "one place's figure of a breakdown by place ('8.4 million customers – 6.1 million in "
    "Britain and 2.3 million in the Netherlands') against a figure of no place ('9.4 million "
    "records'), or a figure of a named place ('130 stores in the Netherlands and Belgium') "
    "against a whole its sentence spreads over another place ('about 520 stores, most of "
    "them in Britain'): a part and a whole, not one figure misreported",
    "tests/test_s27_place_parts.py::test_a_place_part_of_a_breakdown_is_no_whole; "
    "tests/test_s27_place_parts.py::test_a_place_figure_against_a_whole_spread_over_other_places; "
    "authored breach (development: T7, T8)",
)
