"""Where and on which day a reading was taken, read from its own clause (issue
11, session 32, eng93).

A heatwave's or a flood's reports give several readings: the peak in Seville
on Monday, the national high on Tuesday in Cordoba, a river's crest at one
town and another. Paired by kind and closeness, 48.1C in Seville met 120F in
Cordoba (48.9C), and 42.1C in Toledo met 42C in Madrid: readings of
different places or days, never one figure misreported (held-out fresh
readers, issue 11). A reading — a temperature, a level, a depth of rain or
snow, a wind speed — is compared only with one of the same place and the same
day, or when one side names neither.

:func:`reading_where` gives (place, day): the place its clause names ("in
Seville", "at Passau", a sentence opening on a name, "Seville recorded …",
or "national" for a country's high) and the weekday it names, each "" when
the clause names none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MONTHS, WEEKDAYS

_S = r"[ \u00a0]+"
# A reading written with its unit: "48.1C", "120F", "45 °C", "7.9 metres", "120mm",
# "130 km/h", "85mph", "2.3 feet".
_HEAT = re.compile(r"(?:°|º|\d[ \u00a0]?(?:C|F)$|(?i:degrees|celsius|fahrenheit)$)")
_LEVEL = re.compile(r"(?i:met(?:re|er)s?|cm|mm|f(?:ee|oo)t|ft|inch(?:es)?|km/h|kph|mph|knots)$")
# A level, rain or wind is a reading only when its sentence tells a peak or a record
# ("crested at 9.4 metres", "the most in a day", "a record 210mm"): a length or a
# speed of anything else (a distance, a depth, a car's speed) is no reading.
_PEAK = re.compile(
    r"\b(?i:records?|highs?|highest|peak\w*|crest\w*|maximum|most|wettest|windiest|"
    r"strongest|top(?:ped|s)?)\b"
)
# Where a reading's clause ends: a semicolon, a dash, a comma, "and", "while",
# "but", "whereas" (a second reading told after the first).
_BREAK = re.compile(r"[;:—–(]|,(?!\d)|\s(?:and|while|but|whereas|with|compared)\s|\s-\s", re.I)
_NOT_PLACE = {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS} | {
    "The", "A", "An", "It", "This", "That", "Temperatures", "Temperature", "Thermometers",
    "Readings", "Levels", "Water", "Rain", "Rainfall", "Winds", "Gusts", "On", "In", "At",
}  # fmt: skip
_NAME = r"[A-Z][\w'’-]+(?:" + _S + r"[A-Z][\w'’-]+)*"
_IN_PLACE = re.compile(r"\b(?:in|at|near|for)" + _S + r"(?:the" + _S + r"city" + _S + r"of" + _S
                       + r")?(" + _NAME + r")")  # fmt: skip
_OPENING_NAME = re.compile(r"[\"'“‘ \u00a0]*(" + _NAME + r")" + _S + r"(?:[a-z]+ed|hit|saw|had)\b")
_NATIONAL = re.compile(
    r"\b(?i:national|nationwide|countrywide|the" + _S + r"country['’]s|across" + _S + r"the"
    + _S + r"country)\b"
)  # fmt: skip
_WEEKDAY = re.compile(r"\b(" + "|".join(d.capitalize() for d in WEEKDAYS if len(d) > 3) + r")\b")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _BREAK.finditer(text, 0, start)), default=0)
    hi = _BREAK.search(text, end)
    return lo, hi.start() if hi else len(text)


def is_reading(text: str, start: int, end: int) -> bool:
    """A temperature, or a level, rain or wind its sentence tells as a peak or a
    record: not a count, a sum, a distance or a depth."""
    if _HEAT.search(text, start, end):
        return True
    if not _LEVEL.search(text, start, end):
        return False
    return bool(_PEAK.search(text))  # "…, the most in a day": its sentence


@lru_cache(maxsize=1 << 12)
def reading_where(text: str, start: int, end: int) -> tuple[str, str]:
    """(place, weekday) the clause of the reading at ``text[start:end]`` names."""
    lo, hi = _clause(text, start, end)
    places = [m.group(1) for m in _IN_PLACE.finditer(text, lo, hi)]
    places = [p for p in places if p.split()[0] not in _NOT_PLACE]
    opening = None if places else _OPENING_NAME.match(text, lo, start)
    if opening and opening.group(1).split()[0] not in _NOT_PLACE:
        places = [opening.group(1)]  # "Seville recorded 48.1C", "while Tucson reached 116F"
    place = places[0].lower() if places else ""
    if not place and _NATIONAL.search(text, lo, hi):
        place = "national"
    day = _WEEKDAY.search(text, lo, hi)
    return place, str(WEEKDAYS[day.group(1).lower()]) if day else ""


def readings_apart(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two readings whose clauses name different places, or different days."""
    if not (is_reading(text_a, *span_a) and is_reading(text_b, *span_b)):
        return False
    (pa, da), (pb, db) = reading_where(text_a, *span_a), reading_where(text_b, *span_b)
    return bool(pa and pb and pa != pb) or bool(da and db and da != db)


# A figure with its unit, as a reading may be written: "48.1C", "120 F", "7.9 metres".
_FIGURE = re.compile(
    r"\d[\d,.]*(?:[ \u00a0]?(?:°[ \u00a0]?[CF]?|º[CF]?|[CF]\b)|[ \u00a0]?(?i:degrees(?:"
    + _S + r"(?:celsius|fahrenheit))?|met(?:re|er)s?|cm|mm|f(?:ee|oo)t|ft|inch(?:es)?|km/h|"
    r"kph|mph|knots)\b)"
)  # fmt: skip


def _reading_place(text: str, start: int, end: int) -> str:
    """The place of the reading the clause of the date at ``text[start:end]``
    tells ("Temperatures hit 48.1C in Seville on Monday"), or ""."""
    lo, hi = _clause(text, start, end)
    for m in _FIGURE.finditer(text, lo, hi):
        if is_reading(text, m.start(), m.end()):
            return reading_where(text, m.start(), m.end())[0]
    return ""


def dated_readings_apart(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """Two days that date readings of different places ("48.1C in Seville on
    Monday" / "120F in Cordoba on Tuesday"): two readings' days, not one day
    misreported."""
    pa, pb = _reading_place(text_a, *span_a), _reading_place(text_b, *span_b)
    return bool(pa and pb and pa != pb)
