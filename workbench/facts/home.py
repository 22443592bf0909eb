"""Where a story is told from: its dateline or the place its opening names, as
a country's dollar and a clock's zone (issue 11, session 29).

A bare "$" in a story from Queensland, Ontario, Hong Kong or Singapore is that
country's dollar, not the US dollar: "the damage bill could exceed $3 billion"
said by a Queensland premier and "A$3 billion" are one figure. A clock time
with no zone in such a story, or one told in "local time", is that place's
clock; "ET", "Eastern time", "PT" are the US zones' summer or winter time on
the day, and "IST" is India's (+5:30) unless the story is from Ireland.

Read shared by the time family (:mod:`.time.zones`) and the quantity family
(:mod:`.quantity.local_dollars`); neither imports the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .home_company import without_companies
from .home_world import WORLD_NAMES


@dataclass(frozen=True)
class Place:
    """A country or region as its copy's money and clocks read."""

    name: str
    dollar: str  # the ISO code a bare "$" means there; "" where "$" is the US dollar
    zone: str  # the zone's name in standard time ("AEST", "HKT")
    offset: int  # its UTC offset in minutes, standard time
    summer: str = ""  # the name in daylight saving time ("EDT"), "" when none is kept
    rule: str = ""  # "us", "eu", "au" or "nz": when daylight saving time is kept

    def on(self, day: date | None) -> tuple[int, str]:
        """The offset and the zone's name on ``day`` (standard time when unknown)."""
        if self.rule and day is not None and summer_time(self.rule, day):
            return self.offset + 60, self.summer
        return self.offset, self.zone


_QLD = Place("Queensland", "AUD", "AEST", 600)
_AU_EAST = Place("eastern Australia", "AUD", "AEST", 600, "AEDT", "au")
_AU_WEST = Place("Western Australia", "AUD", "AWST", 480)
_AU_SOUTH = Place("South Australia", "AUD", "ACST", 570, "ACDT", "au")
_AU_NORTH = Place("Northern Territory", "AUD", "ACST", 570)
_AU = Place("Australia", "AUD", "AEST", 600, "AEDT", "au")
_CA_EAST = Place("eastern Canada", "CAD", "EST", -300, "EDT", "us")
_CA_WEST = Place("British Columbia", "CAD", "PST", -480, "PDT", "us")
_CA_MOUNTAIN = Place("Alberta", "CAD", "MST", -420, "MDT", "us")
_CA = Place("Canada", "CAD", "", 0)  # its money, not its clocks: six zones
_HK = Place("Hong Kong", "HKD", "HKT", 480)
_SG = Place("Singapore", "SGD", "SGT", 480)
_NZ = Place("New Zealand", "NZD", "NZST", 720, "NZDT", "nz")
_IN = Place("India", "", "IST", 330)
_UK = Place("Britain", "", "GMT", 0, "BST", "eu")
_IE = Place("Ireland", "", "GMT", 0, "IST", "eu")
_JP = Place("Japan", "", "JST", 540)
_US = Place("the United States", "", "", 0)  # six zones; its dollar is "$" as written

_WORLD: dict[tuple, Place] = {}


def _world(zone: tuple) -> Place:
    """One Place per zone of :mod:`.home_world` (two of its countries are one place)."""
    name, *rest = zone
    return _WORLD.setdefault(zone, Place(name, "", *rest))


# Names as copy writes them (datelines' abbreviations too), most specific first.
_NAMES: tuple[tuple[str, Place], ...] = (
    (r"Queensland|Qld\.?|Brisbane|Townsville|Gold Coast", _QLD),
    (r"New South Wales|NSW|Sydney|Melbourne|Canberra|Tasmania|Tas\.|Hobart|Vic\.", _AU_EAST),
    (r"Western Australia", _AU_WEST),
    (r"South Australia|Adelaide", _AU_SOUTH),
    (r"Northern Territory", _AU_NORTH),
    (r"Australian?s?", _AU),
    (r"Ontario|Ont\.|Toronto|Ottawa|Quebec|Que\.|Montreal|Nova Scotia", _CA_EAST),
    (r"British Columbia|Vancouver", _CA_WEST),
    (r"Alberta|Alta\.|Calgary|Edmonton", _CA_MOUNTAIN),
    (r"Canada|Canadians?|Manitoba|Saskatchewan|Winnipeg", _CA),
    (r"Hong Kong", _HK),
    (r"Singapore(?:an)?", _SG),
    (r"New Zealand|Auckland", _NZ),
    (r"India|New Delhi|Mumbai|Gujarat|Kolkata|Chennai|Bengaluru|Bangalore", _IN),
    (r"Ireland|Irish|Dublin", _IE),
    (r"Britain|British(?! Columbia)|United Kingdom|England|Scotland|(?<!South )Wales|London", _UK),
    (r"Japan|Japanese|Tokyo", _JP),
    # the US last: named beside another country it makes the opening's place two
    # countries ("its US and Canadian production"), never a home of its own
    (r"United States|U\.S\.?|US|USA|American?s?|Washington", _US),
)
# Abbreviations read only in a dateline ("PERTH, WA -"): elsewhere "SA" closes a
# company's name, "WA" a US state's, "B.C." a year; and towns whose names are
# also people's, words or other places' ("Darwin" the naturalist or an operating
# system's kernel, Perth and Halifax in Britain, the Duke of Wellington)
_DATELINE_NAMES: tuple[tuple[str, Place], ...] = (
    (r"Perth", _AU_WEST),
    (r"Darwin", _AU_NORTH),
    (r"Cairns", _QLD),
    (r"Halifax", _CA_EAST),
    (r"Wellington|Christchurch", _NZ),
    (r"WA", _AU_WEST),
    (r"SA", _AU_SOUTH),
    (r"NT", _AU_NORTH),
    (r"ACT", _AU_EAST),
    (r"N\.S\.", _CA_EAST),
    (r"B\.C\.", _CA_WEST),
)
_DATELINE_RE = [
    (re.compile(r"(?<![\w.])(?:" + pat + r")(?![\w])"), place) for pat, place in _DATELINE_NAMES
]
_NAME_RE = [(re.compile(r"(?<![\w.])(?:" + pat + r")(?![\w])"), place) for pat, place in _NAMES]
_DOLLAR_NAME = re.compile(
    r"(?<![\w.])(?:" + "|".join(pat for pat, place in _NAMES if place.dollar) + r")(?![\w])"
)
# The countries of one zone (clocks only): read in a dateline and beside "local
# time" in its own sentence, never from an opening's mentions ("Kenya's Daniel
# Kiprop won the marathon" is not told from Kenya).
_WORLD_RE = [
    (re.compile(r"(?<![\w.])(?:" + pat + r")(?![\w])"), _world(zone)) for pat, zone in WORLD_NAMES
]
# "PORT DENHOLM, Qld -", "HONG KONG, March 13 (CPA) -", "MORAVLI (Gujarat), Nov 6",
# "CARRICK FALLS, Ont. (BPA) —", "SINGAPORE:": a place in capitals opening the story
CITY_IN_CAPITALS = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}"  # a dateline's "PORT DENHOLM"
_DATELINE = re.compile(
    r"\A\s*(?P<city>" + CITY_IN_CAPITALS + r")"
    r"(?P<rest>(?:\s*\([^)]{1,40}\)|,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?"
    r"|,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}){0,3})\s*(?:—|–|-|:|\()"
)


# A byline that stands before the dateline as a sentence of its own: "By Luca
# Bernardi and Anne-Sophie Roux", "By Daniel Reyes | Chronicle Wire Services"
# (session 37: the dateline after it was not read, and the story had no place)
_BYLINE = re.compile(r"\A\s*By\s+[A-Z][^.!?]{0,100}\Z")


def places_in(text: str, dateline: bool = False, world: bool = False) -> list[Place]:
    """The places a text names, each once, in the table's order (a dateline's
    abbreviations and the one-zone countries too when ``dateline``; those
    countries when ``world``)."""
    out: list[Place] = []
    wide = _WORLD_RE if dateline or world else []
    for pattern, place in _NAME_RE[:-1] + wide + _NAME_RE[-1:] + (_DATELINE_RE if dateline else []):
        if place not in out and pattern.search(text):
            out.append(place)
    return out


def _one(found: list[Place]) -> Place | None:
    """One place, or the most specific when the others contain it (Queensland in
    Australia, Ontario in Canada); None for two countries."""
    if not found:
        return None
    first = found[0]
    if all(p is first or p.dollar == first.dollar != "" for p in found[1:]):
        return first
    return None


def dateline_place(first: str) -> Place | None:
    """The place of a story's dateline, when its first sentence opens with one."""
    m = _DATELINE.match(first)
    if m is None:
        return None
    city, rest = m.group("city"), m.group("rest")
    for written in (f"{city.title()} {rest}", f"{city.title()} {rest.title()}", city):
        found = _one(places_in(written, dateline=True))
        if found is not None:
            return found
    return None


def home_of(sentences: Sequence[str]) -> Place | None:
    """The place a story is told from: its dateline's, else the one place its
    first two sentences name (None when they name none or two countries, the
    United States among them: "Stock prices dropped … fears of problems in the
    United States" / "In Hong Kong, the Hang Seng fell" is no Hong Kong story)."""
    if not sentences:
        return None
    by_dateline = dateline_place(sentences[0])
    if by_dateline is None and len(sentences) > 1 and _BYLINE.match(sentences[0]):
        by_dateline = dateline_place(sentences[1])  # "By Anna Roux" / "GENOA, Italy —"
    if by_dateline is not None:
        return None if by_dateline is _US else by_dateline
    # a company's nationality is no home: "buy the Canadian graphics chip-maker"
    found = _one(places_in(without_companies(" ".join(sentences[:2]), _DOLLAR_NAME)))
    return None if found is _US else found


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The n-th Sunday of a month (n = -1: the last)."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def summer_time(rule: str, day: date) -> bool:
    """Whether daylight saving time is kept on ``day`` under a region's rule."""
    y = day.year
    if rule == "us":  # second Sunday of March to first Sunday of November
        return _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
    if rule == "eu":  # last Sunday of March to last Sunday of October
        return _nth_sunday(y, 3, -1) <= day < _nth_sunday(y, 10, -1)
    if rule == "au":  # first Sunday of October to first Sunday of April
        return not (_nth_sunday(y, 4, 1) <= day < _nth_sunday(y, 10, 1))
    if rule == "nz":  # last Sunday of September to first Sunday of April
        return not (_nth_sunday(y, 4, 1) <= day < _nth_sunday(y, 9, -1))
    return False


# The US zones as copy names them without saying winter or summer: "8:40 a.m. ET".
US_ZONES = {
    "ET": Place("US Eastern", "", "EST", -300, "EDT", "us"),
    "CT": Place("US Central", "", "CST", -360, "CDT", "us"),
    "MT": Place("US Mountain", "", "MST", -420, "MDT", "us"),
    "PT": Place("US Pacific", "", "PST", -480, "PDT", "us"),
}
US_ZONES["Eastern"] = US_ZONES["ET"]
US_ZONES["Central"] = US_ZONES["CT"]
US_ZONES["Mountain"] = US_ZONES["MT"]
US_ZONES["Pacific"] = US_ZONES["PT"]
INDIA = _IN
US = _US
UK = _UK
IRELAND = _IE
