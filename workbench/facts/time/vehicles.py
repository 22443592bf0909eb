"""A year that names a thing is not a date of the event told: a vehicle's
model ("his 2013 Toyota Camry", "a 2013 gray Camry": the car was made, not
the event dated) or a team's season ("the 1972 Miami Dolphins", "the 2007
Patriots": a team as it was that year, held up against this one; issue 11,
session 18, class 3 of the fresh editor trials)."""

from __future__ import annotations

import re

_MAKES = (
    "Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Jeep|"
    "Dodge|Hyundai|Kia|Subaru|Mazda|Lexus|Cadillac|Buick|GMC|Chrysler|Tesla|Volvo|Porsche|"
    "Mitsubishi|Acura|Infiniti|Lincoln|Pontiac|Saturn|Mini|Fiat|Jaguar|Land\\s+Rover|"
    "Range\\s+Rover|Ferrari|Lamborghini|Maserati|Harley(?:-Davidson)?|Yamaha|Kawasaki|Suzuki|"
    "Peugeot|Renault|Citro[eë]n|Skoda|Seat|Opel|Vauxhall|Camry|Corolla|Prius|Civic|Accord|"
    "Altima|Sentra|Mustang|Explorer|Escape|Silverado|Impala|Malibu|Tahoe|Suburban|Wrangler|"
    "Cherokee|Charger|Ram|Elantra|Sonata|Outback|Forester|Taurus|Focus|Fusion|Corvette|Camaro"
)
_COLOURS = (
    "black|white|silver|gr[ae]y|red|blue|green|dark|light|gold|maroon|tan|beige|brown|"
    "yellow|orange|purple|burgundy|white-and-\\w+"
)
# "a", "the", "his", "the driver's" before the year: a vehicle owned (not "in 2013 Toyota …")
_OWNER_BEFORE_RE = re.compile(
    r"\b(?:an?|the|his|her|their|its|my|our|your|this|that|[A-Za-z]+['’]s)[ \u00a0]+$",
    re.IGNORECASE,
)
# a year before a vehicle's make or model (a colour may come between): a model year
_MODEL_YEAR_RE = re.compile(
    rf"[ \u00a0]+(?:(?:{_COLOURS})[ \u00a0]+){{0,2}}(?-i:{_MAKES})\b(?!['’]s\b)"
    r"|[ \u00a0]*-?[ \u00a0]*models?\b(?![ \u00a0-]+years?\b)",  # not "the 2008 model year"
    re.IGNORECASE,
)


def model_year(text: str, start: int, end: int) -> bool:
    """Is the year at ``text[start:end]`` a model year: an owner before it
    ("a", "his", "the driver's") and a make or model after it?"""
    return bool(
        _MODEL_YEAR_RE.match(text, end) and _OWNER_BEFORE_RE.search(text, max(0, start - 20), start)
    )


# Plural names of happenings, not teams: "the 2012 Olympics", "the 2009 Oscars".
_EVENT_PLURALS = frozenset(
    re.findall(
        r"\w+",
        "olympics games paralympics championships finals playoffs awards oscars emmys "
        "grammys globes series elections primaries caucuses midterms trials masters talks "
        "riots floods attacks protests classics open opens",
    )
)
# "the 1972 Miami Dolphins", "the 2007 Patriots", "those 2008 Detroit Lions": a
# determiner, the year, then a capitalised name ending in a plural.
_TEAM_AFTER_RE = re.compile(r"[ \u00a0]+((?:[A-Z][\w.-]*[ \u00a0]+){0,2}[A-Z][\w-]*s)\b(?!['’])")
_THE_BEFORE_RE = re.compile(r"\b(?:the|those|that|these|this)[ \u00a0]+$", re.IGNORECASE)


# What follows a team's name: punctuation, the end, or a verb or word of the team
# ("the 2008 Lehman Brothers collapse" dates a collapse).
_AFTER_TEAM_RE = re.compile(
    r"\s*(?:$|[,.;:!?)\u2014\u2013\"'”’]|(?:who|that|were|was|are|had|have|went|won|lost|"
    r"finished|did|in|and|or|of|at|on|to|with|team|squad|season|roster)\b)"
)


def team_season(text: str, start: int, end: int) -> bool:
    """Is the year at ``text[start:end]`` the season of a team named right
    after it ("the 1972 Miami Dolphins"), not a happening ("the 2012 Olympics")?"""
    m = _TEAM_AFTER_RE.match(text, end)
    if m is None or not _THE_BEFORE_RE.search(text, max(0, start - 10), start):
        return False
    last = m.group(1).split()[-1].lower()
    return last not in _EVENT_PLURALS and bool(_AFTER_TEAM_RE.match(text, m.end()))


def names_a_thing(text: str, start: int, end: int) -> bool:
    """A model year or a team's season: a year that is no date of the event told."""
    return model_year(text, start, end) or team_season(text, start, end)
