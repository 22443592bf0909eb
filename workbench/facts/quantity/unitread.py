"""Reading the unit around a numeral: currency before it, scale suffix, unit after it.

Surfaces that are also ordinary words or letters are units only in context:

* "C"/"F" glued to a number are temperatures when the sentence talks about
  temperature, when the number is negative ("-10C"), or when a hedge or a verb
  such as "reach"/"exceed" comes before it ("can exceed 150C") -- not after a
  name ("Boeing 777F") or before a noun ("13F filing").
* "degrees"/"°" with no scale are a temperature of unstated scale ("deg") when
  the sentence talks about temperature ("temperatures hit 98 degrees"), take the
  scale named just after them ("−273.15° on the Celsius scale"), and are
  nothing otherwise ("rotate 90 degrees").
* an inch mark ('9"', "15”") counts when the quote does not close a quotation.
* "pounds" is money or mass (see ``_pounds``); "cups" a volume only after a
  fraction or before "of" ("⅓ cup of sauce", not "won two cups").
* "4 km squared" is an area, "4 km cubed" a volume.

A rate's denominator is read separately (``per_after``): "$15 an hour",
"$350 per kg", "$15.4/hour", "500,000 barrels a day", "bpd".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.facts.quantity.context import next_word
from workbench.facts.quantity.currencies import SUM_ONLY, SUM_ONLY_SHORT_RE
from workbench.facts.quantity.numbers import NumberSpan
from workbench.facts.quantity.own_dollars import own_dollar_before
from workbench.facts.quantity.scalecode import code_after, code_before
from workbench.facts.quantity.terms import (
    AMBIG_SUFFIX_RE,
    CAPWORD_BEFORE_RE,
    HEDGE_BEFORE_RE,
    INCH_AFTER_RE,
    LABEL_RE,
    MASS_CONTEXT_RE,
    MONEY_CONTEXT_RE,
    STOP,
    TEMPERATURE_CONTEXT_RE,
    TEMPERATURE_WORDS_RE,
    looks_plural,
    singular_of,
)
from workbench.facts.quantity.units import (
    CURRENCY_PREFIX_RE,
    GLUED_ONLY,
    UNIT_SUFFIX_RE,
    UNITS,
    Unit,
    lookup_currency_prefix,
    lookup_unit,
)
from workbench.facts.quantity.video_lines import video_lines
from workbench.facts.textwin import starts_at

__all__ = ["UnitRead", "ambiguous_scale", "currency_before", "per_after", "unit_after"]


@dataclass(frozen=True, slots=True)
class UnitRead:
    """The unit read after a number: ``unit`` is None when there is none."""

    unit: Unit | None
    end: int
    per: str | None = None  # denominator of a compound unit: "bpd" -> "d"
    mult: float = 1.0  # a scale word after a currency code: "75 USD million"


_SQUARED = {"km": "km2", "m": "m2", "mi": "sq mi", "ft": "sq ft"}
_CUBED = {"km": "km3", "m": "m3", "ft": "cu ft"}
_POWER_AFTER_RE = re.compile(r"[ \u00a0]+(?P<p>squared|cubed)\b")
_COMPOUND_RE = re.compile(r"(?P<s>bpd|b/d|bbl/d|tpd|mpg)(?![A-Za-z0-9])")
_COMPOUND = {"bpd": ("bbl", "d"), "b/d": ("bbl", "d"), "bbl/d": ("bbl", "d"),
             "tpd": ("t", "d"), "mpg": ("mi", "gal")}  # fmt: skip
_DEGREE_RE = re.compile(r"(?:[ \u00a0]?°|[ \u00a0-](?i:degrees?|deg\b\.?))(?![A-Za-z])")
_SCALE_NAMED_RE = re.compile(
    r"[ \u00a0]+(?i:(?:on[ \u00a0]+the[ \u00a0]+|in[ \u00a0]+)?(?P<scale>celsius|centigrade|"
    r"fahrenheit)\b)"
)
_INCH_MARK_RE = re.compile(
    r"[ \u00a0]?(?P<q>[\"”″])(?=[ \u00a0]+[a-z0-9(]|[ \u00a0]*[.,;:)]|[ \u00a0]*$|-[a-z])"
)
_TEMPERATURE_VERB_RE = re.compile(
    r"(?i:\b(?:reach\w*|exceed\w*|hit|hits|top|tops|topped|of|at|to|around|above|below)"
    r"[ \u00a0]+$)"
)
_CURRENCY_TALK_RE = re.compile(r"[$€¥]|\b(?:dollars?|euros?|cents)\b", re.IGNORECASE)
_STERLING_RE = re.compile(r"£|\b(?:sterling|GBP|pence)\b")
_SCALE_AFTER_CODE_RE = re.compile(r"[ \u00a0]+(?P<w>million|billion|trillion|bn|mn|m)\b")
_SCALE_AFTER_CODE = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
                     "m": 1e6}  # fmt: skip

# Rates. "per" takes any unit or noun; "a"/"an" only units and these nouns.
_PER_SLASH_RE = re.compile(r"[ \u00a0]?/[ \u00a0]?")
_PER_WORD_RE = re.compile(
    r"(?P<times>[ \u00a0]+times)?[ \u00a0]+(?:(?P<per>per)|(?P<art>an?))[ \u00a0]+"
    r"(?P<w>[A-Za-z][A-Za-z-]*(?:[ \u00a0]+[A-Za-z]+)?)"
)
_A_PER_NOUNS = frozenset(
    [
        "share",
        "head",
        "person",
        "piece",
        "ticket",
        "night",
        "seat",
        "pop",
        "unit",
        "passenger",
        "visitor",
        "tonne",
        "season",  # "$25 million a season": a salary, not a contract's total
        "game",
    ]
)
# A yearly amount written as an adjective after the figure: "a $23 million
# average annual value", "$20 million annually".
_ANNUAL_RE = re.compile(r"[ \u00a0]+(?i:(?:average[ \u00a0]+)?annual(?:ly)?|yearly)\b")
_NOT_A_RATE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?i:ago|later|earlier|after|before|since|old|from|too|or[ \u00a0]+so)\b"
)


# a sum with its scale word: "euro 2 billion", "dollar 5 million" name their currency
# though the word stands apart
_SCALED_SUM = re.compile(r"[\d.,]+[ \u00a0]?(?:million|billion|trillion|bn|mn)\b")


def currency_before(text: str, start: int) -> tuple[Unit | None, int]:
    """The currency written just before ``start`` ("$", "US$", "EUR "), and where it starts."""
    coded = code_before(text, start)  # "MAUD 60": the scale is read by ambiguous_scale
    if coded is not None:
        return coded.unit, coded.start
    m = CURRENCY_PREFIX_RE.search(text, max(0, start - 7), start)  # "dollar 5"
    if not m:
        return None, start
    word = m.group(0).strip()
    if word in GLUED_ONLY and m.group(0) != word and not _SCALED_SUM.match(text, start):
        return None, start  # "the euro 5 per cent": the prefix must touch ("euro5 billion")
    if word in SUM_ONLY and SUM_ONLY_SHORT_RE.match(text, start):
        return None, start  # "SR 520" is a road; "SR 3.5 billion" riyals
    unit = lookup_currency_prefix(word)
    if unit is not None and word == "$":
        own = own_dollar_before(text, start)  # "MV$2.5bn": letters the table lacks
        if own is not None and lookup_currency_prefix(own[0].symbol) is None:
            return own
    return (unit, m.start()) if unit else (None, start)


def ambiguous_scale(text: str, n: NumberSpan, pos: int, currency: Unit | None) -> tuple[float, int]:
    """Million/billion/trillion/thousand from a one-letter suffix, or (1, pos) if not one."""
    coded = code_before(text, n.start)  # "MAUD 60", "USD bn 3"
    if coded is not None and not n.scaled:
        return coded.mult, pos
    if n.scaled or n.form != "digits":
        return 1.0, pos
    m = AMBIG_SUFFIX_RE.match(text, pos)
    if not m:
        return 1.0, pos
    s = m.group("s")
    mult = {"MM": 1e6, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "T": 1e12, "K": 1e3}[s]
    after = next_word(text, m.end())
    after_unit = lookup_unit(after) if after else None
    currency_after = after_unit is not None and after_unit.dimension == "currency"
    if currency or currency_after:
        return mult, m.end()
    if m.group("sp"):
        return 1.0, pos
    if s == "M":
        return mult, m.end()
    if (
        s == "m"
        and after
        and after[0].islower()
        and (looks_plural(after) or (after_unit is not None and after_unit.dimension != "length"))
    ):
        return mult, m.end()
    return 1.0, pos


def unit_after(
    text: str, pos: int, n: NumberSpan, value: float, scaled: bool, currency: Unit | None
) -> UnitRead:
    """The unit or currency written after a number, with the context checks for
    surfaces that are also ordinary words or letters."""
    if currency is not None:
        return UnitRead(None, pos)  # "$350 per kg": the currency is the unit
    compound = _COMPOUND_RE.match(text, pos + (text[pos : pos + 1] == " "))
    if compound:
        unit_symbol, per = _COMPOUND[compound.group("s")]
        return UnitRead(UNITS[unit_symbol], compound.end(), per)
    coded = code_after(text, pos)  # "30 MUSD", "120 kEUR"
    if coded is not None:
        return UnitRead(coded.unit, coded.end, None, coded.mult)
    for sep in ("", " ", "\u00a0", "-"):
        if sep and not text.startswith(sep, pos):
            continue
        p = pos + len(sep)
        if sep == "" and pos < len(text) and text[pos] == " ":
            continue
        m = UNIT_SUFFIX_RE.match(text, p)
        if not m:
            continue
        surface = m.group(0)
        unit = lookup_unit(surface)
        if unit is None:
            continue
        end = m.end()
        if not _surface_ok(text, n, pos, sep, surface, unit, end, value, scaled):
            return UnitRead(None, pos)
        if unit.symbol == "lb" and surface.lower().startswith("pound"):
            unit = _pounds(text, end, scaled, sep)
        power = _POWER_AFTER_RE.match(text, end)
        if power:
            table = _SQUARED if power.group("p") == "squared" else _CUBED
            if unit.symbol in table:
                unit, end = UNITS[table[unit.symbol]], power.end()
        if unit.dimension == "currency" and surface.isupper() and len(surface) == 3:
            scale = _SCALE_AFTER_CODE_RE.match(text, end)  # "75 USD million"
            if scale and not scaled:
                return UnitRead(unit, scale.end(), None, _SCALE_AFTER_CODE[scale.group("w")])
        return UnitRead(unit, end)
    return _degrees_or_inches(text, pos, n)


def _surface_ok(
    text: str, n: NumberSpan, pos: int, sep: str, surface: str, unit: Unit, end: int,
    value: float, scaled: bool,
) -> bool:  # fmt: skip
    """Context checks for unit surfaces that are also words, letters or symbols."""
    low = surface.lower()
    if surface == "in" and not INCH_AFTER_RE.match(text, end):
        return False
    if surface in ("C", "F") and not _temperature_letter_ok(text, n, sep, end, value):
        return False
    if surface in ("h", "p", "pc") and sep:
        return False
    if surface == "p" and video_lines(text, n.start, end, value):
        return False  # "1080p HD video", "streams in 720p": a picture's lines, no pence
    if surface in ("$", "£", "€") and sep == "-":
        return False
    if low == "won" and not (scaled or value >= 100):
        return False
    if low in ("cup", "cups") and not (
        n.form == "fraction" or value != int(value) or starts_at(r"[ \u00a0]+of\b", text, end)
    ):
        return False  # "won two cups" are trophies
    # a sum as a hyphenated adjective names its currency in a word: "a 10-dollar bill",
    # "a 500-rupee note", "a 1,000-riyal fine", "a 5-quid fix"; not a code or a symbol
    return not (
        unit.dimension == "currency"
        and sep == "-"
        and not (surface.isalpha() and surface.islower() and len(surface) >= 3)
    )


def _temperature_letter_ok(text: str, n: NumberSpan, sep: str, end: int, value: float) -> bool:
    """Bare "C"/"F" after a number: a temperature only when something says so."""
    if text[end : end + 1] == "/":
        return False  # "14.7C/ per security": cents
    if TEMPERATURE_CONTEXT_RE.search(text):
        return True
    if sep:
        return False
    if value < 0:
        return True  # "-10C": a negative number with a C is a temperature
    before = text[max(0, n.start - 40) : n.start]
    named = CAPWORD_BEFORE_RE.search(before) or LABEL_RE.search(before)
    cue = HEDGE_BEFORE_RE.search(before) or _TEMPERATURE_VERB_RE.search(before)
    nxt = next_word(text, end)
    noun_after = nxt is not None and nxt.lower() not in STOP
    return bool(cue) and not named and not noun_after


def _pounds(text: str, end: int, scaled: bool, sep: str) -> Unit:
    """ "pounds" is money or mass: scale words and money talk say money,
    "pounds of", a hyphenated adjective ("a 2,000-pound bomb"), weight talk, or a
    sentence that counts its money in another currency ("a twenty pound bag of
    beans for $13") say mass."""
    if scaled or starts_at(r"[ \u00a0]+sterling\b", text, end):
        return UNITS["GBP"]
    if sep == "-" or starts_at(r"[ \u00a0]+of\b", text, end) or MASS_CONTEXT_RE.search(text):
        return UNITS["lb"]
    if _CURRENCY_TALK_RE.search(text) and not _STERLING_RE.search(text):
        return UNITS["lb"]
    if MONEY_CONTEXT_RE.search(text):
        return UNITS["GBP"]
    return UNITS["lb"]


def _degrees_or_inches(text: str, pos: int, n: NumberSpan) -> UnitRead:
    """Degrees with no scale letter, and inch marks."""
    deg = _DEGREE_RE.match(text, pos)
    if deg:
        named = _SCALE_NAMED_RE.match(text, deg.end())
        if named:
            scale = named.group("scale").lower()
            return UnitRead(UNITS["degF" if scale == "fahrenheit" else "degC"], deg.end())
        if TEMPERATURE_WORDS_RE.search(text):
            return UnitRead(UNITS["deg"], deg.end())
        return UnitRead(None, pos)
    inch = _INCH_MARK_RE.match(text, pos)
    if inch and n.form in ("digits", "fraction") and _not_a_closing_quote(text, pos, inch):
        return UnitRead(UNITS["in"], inch.end("q"))
    return UnitRead(None, pos)


def _not_a_closing_quote(text: str, pos: int, inch: re.Match[str]) -> bool:
    q = inch.group("q")
    if q == '"':
        return text.count('"', 0, pos) % 2 == 0  # counted in place: no copy of the prefix
    if q == "”":
        return text.count("“", 0, pos) <= text.count("”", 0, pos)
    return True


def per_after(text: str, pos: int, unit: Unit | None) -> tuple[str | None, int]:
    """The denominator of a rate written after a quantity, and where it ends:
    "$15 an hour" -> "h", "$350 per kg" -> "kg", "$2 a share" -> "share",
    "four times per week" -> "wk", "$15.4/hour" -> "h"."""
    if unit is not None and unit.dimension in ("speed", "temperature"):
        return None, pos
    annual = _ANNUAL_RE.match(text, pos)
    if annual and unit is not None and unit.dimension == "currency":
        return "yr", annual.end()
    slash = _PER_SLASH_RE.match(text, pos)
    if slash and text[pos : slash.end()].strip() == "/":
        m = UNIT_SUFFIX_RE.match(text, slash.end())
        den = lookup_unit(m.group(0)) if m else None
        if m and den is not None and den.dimension not in ("currency", "percent"):
            return den.symbol, m.end()
        return None, pos
    m = _PER_WORD_RE.match(text, pos)
    if not m or (m.group("times") and unit is not None):
        return None, pos
    words = m.group("w").split()
    for k in (2, 1):  # "per square metre" before "per square"
        if len(words) < k:
            continue
        phrase = " ".join(words[:k])
        den = lookup_unit(phrase)
        w_end = m.start("w") + len(" ".join(m.group("w").split()[:k]))
        if den is not None and den.dimension not in ("currency", "percent") and phrase != "in":
            if _NOT_A_RATE_AFTER_RE.match(text, w_end):
                return None, pos
            return den.symbol, w_end
    word = words[0].lower()
    w_end = m.start("w") + len(words[0])
    if word in STOP or word in ("cent", "centum") or not word.isalpha():
        return None, pos
    if m.group("art") and singular_of(word) not in _A_PER_NOUNS:
        return None, pos
    if _NOT_A_RATE_AFTER_RE.match(text, w_end):
        return None, pos
    return singular_of(word), w_end
