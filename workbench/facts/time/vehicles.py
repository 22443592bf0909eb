"""A year that names a vehicle's model ("his 2013 Toyota Camry", "a 2013
gray Camry") is not a date: the car was made, not the event dated."""

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
