"""Quantities in one news sentence, and whether two reports of one agree.

Detection reads numerals (``numbers``) in context: a currency before them, a
scale suffix, a unit or currency after them (``units``), a hedge ("about",
"more than", "or more"), a range ("3 to 5 km", "3-5km", "between 10 and 12"),
and the noun that says what is counted. It refuses what only looks like a
quantity, because a false number is a false flag in front of an editor:
years ("in 2001", "between 2014 and 2016"), dates ("May 2", "2021-06-23"),
clock times, ordinals ("21st"), scores ("3-1"), phone numbers, URLs, codes
glued to letters ("COVID-19", "A320", "G7", "iPhone 4", "'90s"), numbers after
a label ("No. 10", "Section 230", "Flight 370") or a capitalised name ("Boeing
737"), bare 3-4 digit numbers used as names ("the 787", "737 replacement"),
and "one" unless a counted noun follows ("one person", not "one of the").
Context decides the ambiguous forms: "5m" is million before a plural noun or
with a currency ("5m people", "£5m"), else metres ("a 5m wall"); "pounds" is
money with a scale word or money talk, mass with "of", a hyphen or weight talk;
bare "C"/"F" are temperatures only when the sentence talks about temperature;
"half", "a third", "two thirds" are shares (per cent) only before "of"/"the"
or after a hedge; "from 40 to 52" is two values (a change) unless the sentence
says "ranged/varied from". The counted noun is the first plural in the words
that follow ("3,000 extra troops" -> troop), the noun after "of" ("50 of 370
districts", "15% of voters"), or for one thing the last noun before a
function word ("one Afghan soldier was") -- a heuristic, not a parser.

Tolerance rules (the interval ``low``/``high`` a statement allows)
-----------------------------------------------------------------
Rounding ``r``: a number is read as rounded to its last significant digit,
``r = step/2``, but never by more than 10% of its value ("50 km" -> 45-55 km,
"3,000" -> 2,700-3,300, "$1tn" -> 0.9-1.1 trillion, "48.3" -> 48.25-48.35).
* Counts below 100, and counts with no trailing zeros ("257"), are exact:
  "Three firefighters" vs "Four firefighters" conflicts, so does 50 vs 52.
* Percentages, durations and temperatures written as integers below 100 are
  read to the unit ("20%" -> 19.5-20.5%; "48 hours"; "40C" -> 39.5-40.5 °C).
* Shares written as words or ratios ("half", "a third", "one in three") are
  read as rounded to ten points: "half" -> 45-55%, "a third" -> 30-36.7%.
Hedges widen or open the interval. ``w`` = max(10% of the value, the rounding
of the last digit up to 20%); for temperatures ``w`` = max(step/2, 2 degrees):
* about/around/some/roughly/approximately/an estimated/or so: v - w .. v + w
* nearly/almost/just under: v - w .. v;  just over: v .. v + w
* more than/over/above: v .. no limit (exact counts start at v + 1);
  at least/or more: v .. no limit
* up to/as many as/within/at most: 0 .. v;  less than/fewer than/under/below:
  0 .. v (exact counts stop at v - 1); temperatures have no floor
* ranges: low end - r .. high end + r (with "about": - w .. + w)
Units of uncertain size widen too: "tons" span short to long tons, a month
28-31 days, a year 365-366 days.

Verdicts (``compare``)
----------------------
None when the two should not be compared: different dimensions, or both name
what they count and the nouns differ (singular/plural, a few synonyms such as
soldier/troop, and person vs civilian/resident count as the same).
UNRESOLVED when comparing needs data we do not have: different currencies
(no exchange rates offline) or per cent vs percentage points.
IDENTICAL when the numeral is written the same way (case, spaces and
thousands separators aside), with the same unit and the same hedge ("50 km" vs
"50km"; "over" = "more than", "under"/"fewer than" = "less than").
Otherwise CONSISTENT if the two intervals overlap after unit conversion,
CONFLICT if they do not. The explanation names both values (converted to a
common unit), how far apart their central values are, and whose rounding,
range or hedge covers the other ("within the rounding of SCMP's 'about
50km'"), or the two intervals when neither does.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from workbench.extract.numbers import NumberSpan, find_numbers
from workbench.extract.units import (
    CURRENCY_PREFIX_RE,
    CURRENCY_SYMBOLS,
    UNIT_SUFFIX_RE,
    UNITS,
    Unit,
    format_number,
    lookup_currency_prefix,
    lookup_unit,
    to_base,
)
from workbench.model import Comparison, Verdict

__all__ = ["QuantityMention", "compare", "find_quantities"]

INF = math.inf


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, to keep the lexicon readable."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- hedges

_HEDGES_BEFORE = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "close to": "about", "in the region of": "about",
    "on the order of": "about", "in the order of": "about", "give or take": "about",
    "nearly": "nearly", "just under": "nearly", "just shy of": "nearly",
    "a little under": "nearly", "slightly under": "nearly", "just below": "nearly",
    "slightly less than": "nearly", "a little less than": "nearly", "not quite": "nearly",
    "almost": "almost",
    "more than": "more than", "greater than": "more than", "in excess of": "more than",
    "upwards of": "more than", "exceeding": "more than", "well over": "more than",
    "well above": "more than", "higher than": "more than", "north of": "more than",
    "just over": "just over", "just above": "just over", "a little over": "just over",
    "slightly over": "just over", "slightly more than": "just over",
    "a little more than": "just over",
    "over": "over", "above": "over",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "as high as": "up to",
    "at most": "up to", "no more than": "up to", "not more than": "up to",
    "a maximum of": "up to", "within": "up to",
    "less than": "less than", "below": "less than", "lower than": "less than",
    "well below": "less than", "well under": "less than", "fewer than": "fewer than",
    "under": "under",
    "between": "between", "from": "from",
}  # fmt: skip
_HEDGE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES_BEFORE, key=len, reverse=True)
    )
    + r")[ \u00a0]+$"
)
_HEDGE_AFTER_RE = re.compile(
    r"(?i:[ \u00a0]+or[ \u00a0]+(?P<more>more|above|over|higher|greater)\b"
    r"|[ \u00a0]+and[ \u00a0]+(?P<more2>above|over|more|up)\b"
    r"|(?P<plus>\+|-plus\b|[ \u00a0]plus\b)"
    r"|[ \u00a0]+or[ \u00a0]+(?P<so>so)\b|(?P<odd>-odd\b)"
    r"|[ \u00a0]+or[ \u00a0]+(?P<less>less|fewer|under|below)\b)"
)
_ABOUT = {"about"}
_LOWER_OPEN = {"more than", "over"}
_LOWER_CLOSED = {"at least"}
_UPPER_OPEN = {"less than", "fewer than", "under"}
_UPPER_CLOSED = {"up to"}
_ONE_SIDED = (
    _LOWER_OPEN | _LOWER_CLOSED | _UPPER_OPEN | _UPPER_CLOSED | {"nearly", "almost", "just over"}
)
_HEDGE_CLASS = {
    "over": "more than",
    "fewer than": "less than",
    "under": "less than",
}  # hedges that say the same thing: "over 50" is "more than 50"

# --------------------------------------------------------------------------- context

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_NOGO_RES = [
    re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+"),
    re.compile(r"(?<![\d.,])\d{1,4}([/-])\d{1,2}\1\d{1,4}(?![\d])"),  # 5/17/2018, 2021-06-23
    re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d])"),  # 23.06.2021
    re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d{2}[-–/](?:\d{4}|\d{2})(?![\d%])"),  # 2013-14
    re.compile(rf"\b{_MONTHS}\.?[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \u00a0]+\d{{4}}\b)?"),
    re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}\b\.?(?:,?[ \u00a0]+\d{{4}}\b)?"
    ),
    re.compile(rf"\b{_MONTHS}\.?,?[ \u00a0]+\d{{4}}\b"),
    re.compile(r"\b\d{1,2}(?:[:.]\d{2})?[ \u00a0]?(?i:[ap]\.?m\b\.?)"),  # 3.45pm, 2 pm
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # 10:30
    re.compile(r"(?<=\bat )\d{1,2}\.\d{2}\b"),  # "at 10.30"
    re.compile(r"\b[0-2]\d[0-5]\d[ \u00a0]?(?:GMT|UTC|BST|hrs|hours)\b"),  # 0600 GMT
    re.compile(r"\b\d{1,2}[.:]\d{2}[ \u00a0]?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|local time)\b"),
    re.compile(  # phone numbers
        r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])\d{3,4}[ .-/]\d{3,4}(?![\d])"
    ),
    re.compile(r"(?<![\w])\+\d[\d -]{6,}\d"),
    re.compile(r"\d(?:\.\d+)?[ \u00a0]?[×x][ \u00a0]?10\^?[−-]?\d+|\d(?:\.\d+)?\^[+−-]*\d+"),
]
_SCORE_RE = re.compile(r"(?<![\d.,\w])(\d{1,3})[-–](\d{1,3})(?!\d|[.,]\d)")
# Words that name what follows them: "No. 10", "Section 230", "flight 370".
_LABEL_RE = re.compile(
    r"(?i:\b(?:no|nos|nr|number|section|sections|sec|article|articles|chapter|clause|paragraph|"
    r"para|page|pages|pp|rule|resolution|flight|route|highway|interstate|exit|room|suite|"
    r"line|platform|gate|track|version|level|phase|grade|size|model|type|class|category|"
    r"channel|episode|season|series|vol|volume|part|act|amendment|bill|proposition|prop|"
    r"figure|fig|table|step|question|item|code|box|lot|bay|pier|terminal|runway|bus|"
    r"district|ward|unit|precinct|seat|row|psalm|verse|stage|tier|covid|sars)\.?"
    r"|#|№)[ \u00a0]*$"
)
_PRODUCT_BEFORE_RE = re.compile(r"(?:^|[\s(])[a-z]+[A-Z][\w]*[ \u00a0]+$")
_CAPWORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\"'“‘]))([A-Z][\w.&’'-]*)[ \u00a0]+$")
_CAP_ALLOWED = _words(
    """
    The A An All Only Just About Some Nearly Almost Around Over Under More Fewer Less At
    Up And But Or With Of In On For By To From Those These Its Their His Her Our Another
    I We They He She It Both Each Every Roughly Approximately Still Then Now Than Even
    Exactly Precisely While When After Before Since Until As If
    """
)
_DATE_PREP_RE = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|of|during|before|after|year|early|late|mid|the|"
    r"summer|spring|autumn|winter|fall|fiscal|through|between|and|to|until|circa|c\.)[ \u00a0]+$)"
)
_TEMPERATURE_CONTEXT_RE = re.compile(
    r"(?i)°|\b(?:temperatures?|heat|heatwave|hot|hotter|hottest|warm|warmer|warmest|cold|"
    r"colder|coldest|cool|cooler|freez\w*|degrees?|thermometer|weather|highs?|lows?|"
    r"celsius|fahrenheit|mercury|fever|boil\w*|chill\w*|soar\w*|sizzl\w*|scorch\w*|"
    r"forecast\w*)\b"
)
_MONEY_CONTEXT_RE = re.compile(
    r"(?i)£|\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|worth|prices?|priced|spent|"
    r"spend|spending|raised?|earn|earned|earns|budget|fund|funding|funds|salary|salaries|"
    r"bonus|sold|bought|buy|valued|profits?|revenues?|loss|losses|deal|compensation|"
    r"donat\w*|sterling|charged?|wages?|fees?|tax|taxes|bank|loan|debt|pension|bill|"
    r"cheque|grant|award|damages|bail)\b"
)
_MASS_CONTEXT_RE = re.compile(
    r"(?i)\b(?:weigh\w*|weight|heavy|heavier|lighter|lost|gained|bomb|baby|fish|catch|"
    r"drugs?|cocaine|heroin|cannabis)\b"
)
_INCH_AFTER_RE = re.compile(
    r"(?i:[ \u00a0]*(?:thick|long|wide|tall|high|deep|across|in[ \u00a0]+diameter|of[ \u00a0]+"
    r"(?:rain|snow|rainfall|snowfall))\b|[ \u00a0]*[.;,)]?[ \u00a0]*$|[ \u00a0]*\([^)]{1,30}\)"
    r"[ \u00a0]*(?:thick|long|wide|tall|high|deep|across)\b)"
)
_AMBIG_SUFFIX_RE = re.compile(r"(?P<sp>[ \u00a0]?)(?P<s>m|M|b|B|T|K)(?![A-Za-z0-9²³/'])")
_RANGE_SEP_RE = re.compile(
    r"(?P<sep>[ \u00a0]*(?:[-–—][ \u00a0]*(?i:to)|[-–—]|(?i:to|and|or|through))[ \u00a0]*)"
)
_MINUS_RE = re.compile(r"(?<![A-Za-z])(?i:minus|negative)[ \u00a0]+$")
_RANGE_WORDS_RE = re.compile(
    r"(?i:\b(?:rang\w*|var(?:y|ied|ies|ying)|anywhere|spann?\w*)\b[^.;]{0,12}$)"
)
_FEET_INCHES_RE = re.compile(
    r"[ \u00a0]?(?:and[ \u00a0]+)?(?P<n>\d{1,2}(?:\.\d+)?)[ \u00a0]?(?:in|inch|inches|ins)\b\.?"
)
_RATIO_SEP_RE = re.compile(r"[ \u00a0]+(?i:in|out[ \u00a0]+of)(?:[ \u00a0]+every)?[ \u00a0]+")
_AFTER_COUNT = _words("more others dead alone each apiece altogether yesterday today overall")
_DETERMINER_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?i:the|its|their|his|her|a|an|first|final|last|new|this|that|our)"
    r"|['’]s)[ \u00a0]+$"
)
_POSSESSIVE_RE = re.compile(r"(?:['’]s|s['’])$")
_NEXT_TWO_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z’'-]*)(?:[ \u00a0]+([A-Za-z][A-Za-z’'-]*))?")
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z’'-]*)")
_TAIL_TOKEN_RE = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z’'-]*)")
_OF_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|their|its|his|her|these|those|our|all|all[ \u00a0]+the)"
    r"[ \u00a0]+)?"
)
_OF_PRONOUN_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|us|you|those|these|which|whom|it)\b")
_FRACTION_FOLLOW_RE = re.compile(
    r"[ \u00a0]+(?:of|the|their|its|his|her|all|those|these|our)\b", re.IGNORECASE
)
_BY_BEFORE_RE = re.compile(r"\bby[ \u00a0]+$", re.IGNORECASE)
_HALF_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:the|first|second|latter|former|other|one|a|an|in|by|and|this|that|each|"
    r"every|its|their|his|her)[ \u00a0]+$)"
)

_STOP = _words(
    """
    of in on at to from with by for and or but as than that which who whom whose were
    was are is be been being have has had will would could can may might must should
    shall do did does said say says the a an this these those their its his her our your
    my each per into onto over under after before since during within across against
    among between including about around like while when where if so not no all both
    also still now then there here it they them he she we you i ago later earlier apiece
    respectively others what why how yet just only even nearly almost until up down out
    off
    """
)
_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "police": "police", "personnel": "personnel", "staff": "staff", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "crew": "crew", "aircraft": "aircraft",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "thieves": "thief", "wolves": "wolf",
    "series": "series", "species": "species", "crises": "crisis", "analyses": "analysis",
    "data": "data", "media": "media", "criteria": "criterion", "servicemen": "serviceman",
    "policemen": "policeman", "firemen": "fireman", "gunmen": "gunman",
    "militia": "militia", "youth": "youth",
}  # fmt: skip
_SYNONYMS = {
    "soldier": "troop", "serviceman": "troop", "servicemember": "troop",
    "individual": "person", "fatality": "death", "kid": "child", "youngster": "child",
    "policeman": "police officer", "cop": "police officer", "fireman": "firefighter",
    "gunman": "attacker", "fighter": "militant", "insurgent": "militant",
}  # fmt: skip
_PEOPLE_LIKE = frozenset(
    ["person", "civilian", "resident", "inhabitant", "citizen", "villager", "individual"]
)
# Nouns after which a bare "one" is a count ("one person died"), not a pronoun.
_ONE_NOUNS = _words(
    """
    person man woman child boy girl baby soldier troop officer policeman civilian
    firefighter worker student patient passenger member journalist victim suspect
    fighter militant resident teenager pilot doctor nurse protester prisoner hostage
    migrant refugee death case infection casualty vehicle car plane helicopter ship boat
    house home school hospital district province city village town country state bomb
    missile rocket
    """
)
_DISPLAY_UNIT = {
    "degC": "°C", "degF": "°F", "km2": "km²", "m2": "m²", "m3": "m³", "yr": "years",
    "mo": "months", "wk": "weeks", "d": "days", "h": "hours", "min": "minutes",
    "s": "seconds", "decade": "decades", "century": "centuries", "fortnight": "fortnights",
    "acre": "acres", "ton": "tons", "st": "stone", "kn": "knots", "bbl": "barrels",
    "gal": "gal", "imp gal": "imperial gal", "pp": "pp", "bp": "bp", "K": "K",
}  # fmt: skip


# --------------------------------------------------------------------------- the mention


@dataclass(frozen=True)
class QuantityMention:
    """One quantity stated in a sentence; offsets index that sentence.

    ``value``/``value_high`` are in ``unit`` as stated (scale words applied);
    ``low``/``high`` are the interval the statement allows, in the dimension's
    base unit (see ``si_unit``), after hedge, range, rounding and unit
    uncertainty; ``math.inf`` means "no limit". ``exact`` marks counts that
    carry no rounding. ``form`` is the numeral as written (case, spaces and
    thousands separators removed): equal forms were written the same way.
    """

    start: int
    end: int
    text: str
    kind: str
    dimension: str
    unit: str | None
    value: float
    value_high: float | None
    hedge: str | None
    precision: float
    low: float
    high: float
    counted: str | None = None
    exact: bool = False
    form: str = ""
    written: str | None = None  # a share written as words or a ratio: "half", "four in five"

    @property
    def si_unit(self) -> str:
        """The base unit ``low``/``high`` are in: "m", "kg", "USD", "%", "count"..."""
        if self.unit is None:
            return "count"
        return UNITS[self.unit].base

    def to_json(self) -> dict[str, Any]:
        """JSON-ready value for ``Fact.value``; unbounded ends are None."""
        return {
            "kind": self.kind,
            "amount": self.value,
            "amount_high": self.value_high,
            "unit": self.unit,
            "dimension": self.dimension,
            "hedge": self.hedge,
            "precision": self.precision,
            "low": None if math.isinf(self.low) else self.low,
            "high": None if math.isinf(self.high) else self.high,
            "counted": self.counted,
            "si_unit": self.si_unit,
            "exact": self.exact,
        }

    def display(self, target: str | None = None) -> str:
        """The value as an editor reads it: "30 mi = 48.3 km", "about 50 km",
        "$1 trillion (USD 1e12)", "80%", "3 firefighters".

        ``target`` names a unit of the same dimension to convert to; by default
        imperial units are shown with their metric equivalent.
        """
        prefix = f"{self.hedge} " if self.hedge else ""
        stated = _stated(self)
        if self.kind == "money":
            return f"{prefix}{stated} ({self.si_unit} {_sci(self.base_value())})"
        if self.unit is None:
            noun = _plural(self.counted, self.value_high or self.value) if self.counted else ""
            return f"{prefix}{stated}{' ' + noun if noun else ''}"
        unit = UNITS[self.unit]
        target = target or unit.metric
        if target and target != self.unit and target in UNITS:
            conv = _convert_display(self, UNITS[target])
            return f"{prefix}{stated} = {conv}"
        return f"{prefix}{stated}"

    def base_value(self) -> float:
        """The central stated value in the base unit (midpoint of a range)."""
        v = self.value if self.value_high is None else (self.value + self.value_high) / 2
        return to_base(v, UNITS[self.unit]) if self.unit else v


# --------------------------------------------------------------------------- formatting


def _decimals(precision: float) -> int:
    if precision >= 1:
        return 0
    return min(6, max(0, -math.floor(math.log10(precision) + 1e-9)))


def _fmt_stated(value: float, precision: float, money_words: bool = False) -> str:
    """A stated value with the digits its precision justifies."""
    if abs(value) >= 1e6 and (money_words or precision >= 1e5):
        for mult, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= mult:
                return f"{_fmt_stated(value / mult, max(precision / mult, 1e-6))} {word}"
    d = _decimals(precision)
    if d == 0:
        return f"{round(value):,}"
    return f"{value:,.{d}f}"


def _unit_label(symbol: str) -> str:
    label = _DISPLAY_UNIT.get(symbol, symbol)
    return label if label == "%" else f" {label}"


def _stated(m: QuantityMention) -> str:
    """Value (or range) in the stated unit, without hedge."""
    money = m.kind == "money"
    val = _fmt_stated(m.value, m.precision, money)
    if m.value_high is not None:
        val = f"{val}–{_fmt_stated(m.value_high, m.precision, money)}"
    if m.unit is None:
        return val
    if m.written:
        return f"{m.written} = {format_number(m.value, 3)}%"
    if money:
        sym = CURRENCY_SYMBOLS.get(m.unit)
        if m.unit == "GBp":
            return f"{val}p"
        if m.unit == "USc":
            return f"{val} cents"
        return f"{sym}{val}" if sym else f"{m.unit} {val}"
    return f"{val}{_unit_label(m.unit)}"


def _sig_for(m: QuantityMention) -> int:
    """Significant digits to show a converted value with: the stated ones, at least 3."""
    if m.precision >= 1:
        digits = len(str(abs(round(m.value / m.precision))))
    else:
        digits = len(re.sub(r"\D", "", f"{m.value:.{_decimals(m.precision)}f}").lstrip("0"))
    return max(3, digits)


def _convert_value(v: float, src: Unit, dst: Unit) -> float:
    return (to_base(v, src) - dst.offset) / dst.factor


def _convert_display(m: QuantityMention, dst: Unit) -> str:
    src = UNITS[m.unit or ""]
    sig = _sig_for(m)
    text = format_number(_convert_value(m.value, src, dst), sig)
    if m.value_high is not None:
        text += "–" + format_number(_convert_value(m.value_high, src, dst), sig)
    return f"{text}{_unit_label(dst.symbol)}"


def _sci(v: float) -> str:
    if abs(v) < 1e6:
        return format_number(v, 6)
    mant, exp = f"{v:.6e}".split("e")
    mant = mant.rstrip("0").rstrip(".")
    return f"{mant}e{int(exp)}"


def _plural(noun: str, n: float) -> str:
    if n == 1:
        return noun
    for plural, singular in _IRREGULAR_PLURALS.items():
        if singular == noun:
            return plural
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def _singular(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if re.search(r"(ss|x|zz|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not re.search(r"(ss|us|is)$", w):
        return w[:-1]
    return w


def _looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not re.search(r"(ss|us|is|'s|’s)$", w)


# --------------------------------------------------------------------------- detection


def _nogo_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for r in _NOGO_RES for m in r.finditer(text)]
    for m in _SCORE_RE.finditer(text):
        if int(m.group(2)) <= int(m.group(1)):
            spans.append(m.span())
    return spans


def _hedge_before(text: str, start: int) -> tuple[str | None, int]:
    m = _HEDGE_BEFORE_RE.search(text, max(0, start - 30), start)
    if not m:
        return None, start
    phrase = re.sub(r"\s+", " ", m.group(0).strip().lower())
    return _HEDGES_BEFORE.get(phrase), m.start()


def _currency_before(text: str, start: int) -> tuple[Unit | None, int]:
    m = CURRENCY_PREFIX_RE.search(text, max(0, start - 6), start)
    if not m:
        return None, start
    unit = lookup_currency_prefix(m.group(0).strip())
    return (unit, m.start()) if unit else (None, start)


def _next_word(text: str, pos: int) -> str | None:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else None


def _ambiguous_scale(
    text: str, n: NumberSpan, pos: int, currency: Unit | None
) -> tuple[float, int]:
    """Million/billion/trillion/thousand from a one-letter suffix, or (1, pos) if not one."""
    if n.scaled or n.form != "digits":
        return 1.0, pos
    m = _AMBIG_SUFFIX_RE.match(text, pos)
    if not m:
        return 1.0, pos
    s = m.group("s")
    mult = {"m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "T": 1e12, "K": 1e3}[s]
    after = _next_word(text, m.end())
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
        and (_looks_plural(after) or (after_unit is not None and after_unit.dimension != "length"))
    ):
        return mult, m.end()
    return 1.0, pos


def _unit_after(
    text: str, pos: int, n: NumberSpan, value: float, scaled: bool, currency: Unit | None
) -> tuple[Unit | None, int]:
    """The unit or currency written after a number, with the context checks for
    surfaces that are also ordinary words or letters ("in", "C", "pounds", "p")."""
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
        if currency is not None:
            return None, pos  # "$350 per kg": the currency is the unit
        if surface in ("in",) and not _INCH_AFTER_RE.match(text, end):
            return None, pos
        if surface in ("C", "F") and not _TEMPERATURE_CONTEXT_RE.search(text):
            return None, pos
        if surface in ("h", "p", "pc") and sep:
            return None, pos
        if surface in ("$", "£", "€") and sep == "-":
            return None, pos
        if surface.lower() == "won" and not (scaled or value >= 100):
            return None, pos
        if unit.symbol == "lb" and surface.lower().startswith("pound"):
            unit = _pounds(text, end, scaled, sep)
        if (
            unit.dimension == "currency"
            and sep == "-"
            and surface.lower() not in ("dollar", "euro", "pound", "cent", "yen", "penny")
        ):
            return None, pos
        return unit, end
    return None, pos


def _pounds(text: str, end: int, scaled: bool, sep: str) -> Unit:
    """ "pounds" is money or mass: scale words and money talk say money,
    "pounds of", a hyphenated adjective ("a 2,000-pound bomb") or weight talk say mass."""
    if scaled or re.match(r"[ \u00a0]+sterling\b", text[end:]):
        return UNITS["GBP"]
    if sep == "-" or re.match(r"[ \u00a0]+of\b", text[end:]) or _MASS_CONTEXT_RE.search(text):
        return UNITS["lb"]
    if _MONEY_CONTEXT_RE.search(text):
        return UNITS["GBP"]
    return UNITS["lb"]


def _counted_tail(text: str, pos: int, singular: bool) -> str | None:
    """Head noun of the noun phrase starting at ``pos``: the last of the first run
    of plural-looking words ("3,000 extra troops", "police officers"), or for one
    thing the last word before a function word ("one Afghan soldier was")."""
    tokens: list[str] = []
    p = pos
    while len(tokens) < 4:
        m = _TAIL_TOKEN_RE.match(text, p)
        if not m:
            break
        w = m.group(1)
        if w.lower() in _STOP:
            break
        tokens.append(w)
        p = m.end()
    if not tokens:
        return None
    if singular:
        head = None
        for w in tokens[:3]:
            if re.search(r"(ed|ing|ly)$", w.lower()) or _looks_plural(w):
                break
            if not _POSSESSIVE_RE.search(w) and not w[0].isupper():
                head = w
        return head.lower() if head else None
    best = None
    for w in tokens:
        if _POSSESSIVE_RE.search(w):
            if best is not None:
                break
            continue  # "GM's bondholders": the owner is not what is counted
        if _looks_plural(w) and not w.isupper():
            best = w
        elif best is not None:
            break
    if best is None:
        return None
    if best.lower() in ("times", "others", "ones"):
        return None
    return _singular(best)


def _counted(
    text: str, pos: int, value: float, nums: list[NumberSpan], i: int, kind: str
) -> str | None:
    """What a number counts or measures, from the words after it."""
    if _OF_PRONOUN_RE.match(text, pos):
        return None
    of = _OF_RE.match(text, pos)
    if of:
        # "50 of 370 districts": the noun after the second number
        for nxt in nums[i + 1 : i + 3]:
            if nxt.start == of.end():
                return _counted_tail(text, nxt.end, nxt.value == 1)
        plural = _counted_tail(text, of.end(), False)
        if plural or (kind == "number" and value != 1):
            return plural
        return _counted_tail(text, of.end(), True)  # "half of the population"
    if kind != "number":
        return None
    return _counted_tail(text, pos, value == 1)


def _interval(
    v1: float, v2: float | None, step: float, exact: bool, hedge: str | None,
    dimension: str, fraction: bool,
) -> tuple[float, float]:  # fmt: skip
    """The interval (in the stated unit) a statement allows; see the module docstring."""
    hi_v = v2 if v2 is not None else v1

    def rounding(v: float) -> float:
        if exact:
            return 0.0
        st = step
        if fraction:
            st = 10.0
        elif dimension in ("percent", "duration", "temperature") and v == int(v) and abs(v) < 100:
            st = 1.0
        if dimension == "temperature":
            return st / 2
        return min(st / 2, 0.1 * abs(v))

    def width(v: float) -> float:
        if dimension == "temperature":
            return max(step / 2, 2.0)
        st = 10.0 if fraction else step
        return max(0.1 * abs(v), min(st / 2, 0.2 * abs(v)), rounding(v))

    floor = -INF if dimension == "temperature" or v1 < 0 else 0.0
    one = 1.0 if exact else 0.0
    if hedge in _ABOUT:
        return v1 - width(v1), hi_v + width(hi_v)
    if hedge in ("nearly", "almost"):
        return hi_v - width(hi_v), hi_v
    if hedge == "just over":
        return v1, v1 + width(v1)
    if hedge in _LOWER_OPEN:
        return v1 + one, INF
    if hedge in _LOWER_CLOSED:
        return v1, INF
    if hedge in _UPPER_CLOSED:
        return floor, hi_v
    if hedge in _UPPER_OPEN:
        return floor, hi_v - one
    return v1 - rounding(v1), hi_v + rounding(hi_v)


def _is_year(n: NumberSpan) -> bool:
    return (
        n.form == "digits" and not n.scaled and len(n.text) == 4 and n.text.isdigit()
        and 1000 <= n.value <= 2099
    )  # fmt: skip


def _bad_left_context(text: str, n: NumberSpan) -> bool:
    """Model numbers and codes: "COVID-19", "F-16", "A320" (letters glued on the left)."""
    s = n.start
    if s >= 2 and text[s - 1] in "-‐" and text[s - 2].isalpha():
        return True
    if s >= 1 and text[s - 1] in "+#№'’":
        return True  # "+44", "#1", "'11"
    return s >= 1 and text[s - 1].isalpha()


def _bare_number_refused(text: str, n: NumberSpan, start: int, end: int) -> bool:
    """Context that makes a bare number (no unit, currency or hedge) not a quantity."""
    before = text[max(0, start - 40) : start]
    if _LABEL_RE.search(before):
        return True
    if _PRODUCT_BEFORE_RE.search(before):
        return True  # "iPhone 4", "iOS 5", "eBay 2"
    cap = _CAPWORD_BEFORE_RE.search(before)
    if cap:
        word = cap.group(1)
        prefix = text[: start - len(cap.group(0))].rstrip()
        sentence_initial = not prefix or prefix[-1] in '.!?"“‘:;'
        if (
            word not in _CAP_ALLOWED
            and not sentence_initial
            and not re.search(r"(['’]s|s['’])$", word)
        ):
            return True
    if n.form == "digits" and len(n.text) > 1 and n.text.startswith("0") and n.text[1] != ".":
        return True
    if _is_year(n):
        nxt = _next_word(text, end)
        if not (nxt and _looks_plural(nxt) and nxt[0].islower()) or _DATE_PREP_RE.search(before):
            return True
    if _model_number_like(text, n, start, end):
        return True
    if n.text.lower() == "one":
        nxt = _NEXT_TWO_RE.match(text, end)
        words = [w.lower() for w in nxt.groups() if w] if nxt else []
        if not any(_singular(w) in _ONE_NOUNS for w in words):
            return True  # "one of the gains", "no one": a pronoun, not a count
    return False


def _model_number_like(text: str, n: NumberSpan, start: int, end: int) -> bool:
    """A bare three- or four-digit integer used as a name: "the 787", "737 replacement",
    "its 777 airliner". A count of things is followed by a plural ("777 planes")."""
    if not (n.text.isdigit() and 100 <= n.value <= 9999):
        return False
    tokens: list[str] = []
    p = end
    while len(tokens) < 5:
        m = _NEXT_WORD_RE.match(text, p)
        if not m or m.group(1).lower() in _STOP:
            break
        tokens.append(m.group(1))
        p = m.end()
    if any(_looks_plural(w) and not _POSSESSIVE_RE.search(w) for w in tokens):
        return False
    if (
        tokens
        and not re.search(r"(ed|ing|ly)$", tokens[0])
        and tokens[0].lower() not in _AFTER_COUNT
    ):
        return True
    return bool(_DETERMINER_BEFORE_RE.search(text, max(0, start - 20), start))


def _glued_after(text: str, pos: int) -> bool:
    """A numeral glued to letters it cannot own: "21st", "737s", "5G", "3-point"."""
    if pos >= len(text):
        return False
    c = text[pos]
    if c.isalpha() or (c in "'’" and pos + 1 < len(text) and text[pos + 1] == "s"):
        return True
    return c in "-‐" and pos + 1 < len(text) and text[pos + 1].isalpha()


def _read(text: str, nums: list[NumberSpan], i: int) -> tuple[QuantityMention, int] | None:
    """Read the quantity that starts with number ``nums[i]``; return it and the
    index of the next unread number."""
    n = nums[i]
    currency, start = _currency_before(text, n.start)
    if _bad_left_context(text, n) and not (currency is not None and start < n.start):
        return None
    if n.start >= 2 and text[n.start - 1] in "-–" and text[n.start - 2].isdigit():
        return None  # the tail of "3-1" or of a code, not a quantity of its own
    negate = False
    minus = _MINUS_RE.search(text, max(0, start - 10), start)
    if minus and n.value > 0:
        negate, start = True, minus.start()
    hedge, hstart = _hedge_before(text, start)
    first_value = -n.value if negate else n.value
    mult, pos = _ambiguous_scale(text, n, n.end, currency)
    first_value *= mult
    precision = n.precision * mult
    scaled = n.scaled or mult != 1.0
    unit: Unit | None = currency
    unit1, pos1 = _unit_after(text, pos, n, first_value, scaled, currency)
    if unit1 is not None:
        unit, pos = unit1, pos1
    value_high: float | None = None
    next_i = i + 1
    if unit1 is not None and unit1.symbol == "ft":
        fi = _FEET_INCHES_RE.match(text, pos)
        if fi and i + 1 < len(nums) and nums[i + 1].start == fi.start("n"):
            first_value += float(fi.group("n")) / 12
            precision = 1 / 12
            pos = fi.end()
            next_i = i + 2
    end = pos
    form = n.key + ("" if mult == 1 else text[n.end : pos].strip())

    # ranges: "3 to 5 km", "3-5km", "between 10 and 12", "$5m-$10m", "two or three"
    sep = _RANGE_SEP_RE.match(text, pos)
    if sep and i + 1 < len(nums):
        word = sep.group("sep").strip().lower().replace(" ", "")
        cur2, p2 = _currency_before(text, nums[i + 1].start)
        n2 = nums[i + 1]
        ok_sep = (
            (word == "and" and hedge == "between")
            or (
                word in ("to", "through", "-to", "–to", "—to")
                and (hedge != "from" or _RANGE_WORDS_RE.search(text, max(0, hstart - 40), hstart))
            )
            or word in ("-", "–", "—")
            or (word == "or" and n2.value <= 2 * n.value and n.form == n2.form)
        )
        if (
            ok_sep
            and (p2 == sep.end() or n2.start == sep.end())
            and not _bad_left_context(text, n2)
        ):
            mult2, q = _ambiguous_scale(text, n2, n2.end, currency or cur2)
            v2 = n2.value * mult2
            scale2 = n2.scale * mult2
            unit2, q2 = _unit_after(text, q, n2, v2, n2.scaled or mult2 != 1, currency or cur2)
            v1 = first_value
            if not scaled and scale2 != 1 and n.value < n2.value / n2.scale:
                v1 = n.value * scale2  # "$5-10m", "3-5 million"
            same_dim = (unit1 is None or unit2 is None or unit1.dimension == unit2.dimension) and (
                cur2 is None or currency is None or cur2.symbol == currency.symbol
            )
            neg_ok = word in ("to",) and (v1 < 0 or v2 < 0)
            if (
                same_dim
                and (v1 < v2 or neg_ok)
                and not (unit1 is not None and unit2 is None and word != "and")
            ):
                if unit2 is not None:
                    unit = unit2
                elif cur2 is not None:
                    unit = cur2
                first_value, value_high = min(v1, v2), max(v1, v2)
                precision = (
                    min(precision, n2.precision * mult2)
                    if not (n2.scaled or mult2 != 1) or scaled
                    else n2.precision * mult2
                )
                pos = q2 if unit2 is not None else q
                end = pos
                next_i = i + 2
                form = form + "-" + n2.key + text[n2.end : q].strip()
                scaled = scaled or scale2 != 1
    span_start = hstart if hedge is not None else start
    if hedge in ("between", "from") and value_high is None:
        hedge, hstart, span_start = None, start, start
    elif hedge == "from":
        hedge = None  # "ranged from 5 to 10": the range says it
    elif hedge == "between":
        hedge = None  # the range says it; the span keeps the word

    # ratios: "four in five", "one out of three" -> per cent
    fraction = n.form == "fraction" and unit is None
    ratio = False
    if unit is None and value_high is None and i + 1 < len(nums):
        rs = _RATIO_SEP_RE.match(text, pos)
        n2 = nums[i + 1]
        if (
            rs and n2.start == rs.end() and n.value == int(n.value) and n2.value == int(n2.value)
            and 0 < n.value < n2.value <= 1000 and not _is_year(n2) and not n2.scaled
        ):  # fmt: skip
            first_value = 100 * n.value / n2.value
            unit = UNITS["%"]
            ratio = True
            pos = end = n2.end
            next_i = i + 2
            form = f"{n.key}in{n2.key}"
    if fraction:
        # "cut admissions by two-thirds", "fell by half": a change given as a share.
        by_share = bool(_BY_BEFORE_RE.search(text, max(0, hstart - 4), hstart))
        if not (_FRACTION_FOLLOW_RE.match(text, pos) or hedge or by_share):
            return None
        if (
            not by_share
            and n.text.lower() == "half"
            and _HALF_NOUN_BEFORE_RE.search(text, max(0, hstart - 12), hstart)
        ):
            return None
        first_value *= 100
        unit = UNITS["%"]

    # post hedges: "50 or more", "30-odd", "50+"
    post = _HEDGE_AFTER_RE.match(text, pos)
    if post and hedge is None:
        if post.group("more") or post.group("more2") or post.group("plus"):
            hedge = "at least"
        elif post.group("so") or post.group("odd"):
            hedge = "about"
        else:
            hedge = "up to"
        end = post.end()
    elif (
        (unit is None and _glued_after(text, pos))
        or (
            unit is not None
            and unit.symbol not in ("%",)
            and _glued_after(text, pos)
            and text[pos] != "-"
        )
        or (unit is not None and text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isdigit())
    ):
        return None

    # what kind of thing this is
    if unit is None:
        kind, dimension = "number", "count"
        if hedge is None and value_high is None:
            if _bare_number_refused(text, n, start, pos):
                return None
        elif _is_year(n) or (value_high is not None and _is_year(nums[next_i - 1])):
            return None  # "in 2001", "between 2014 and 2016"
        elif value_high is not None and hedge is None and _model_number_like(text, n, start, pos):
            return None  # "the 737-800 range"
    elif unit.dimension == "currency":
        kind, dimension = "money", "currency"
    elif unit.dimension == "percent":
        kind, dimension = "percent", "percent"
    else:
        kind, dimension = "quantity", unit.dimension
    if _is_year(n) and kind != "number" and unit is not None and unit.dimension == "duration":
        return None  # "2001 years" is almost never a duration in the news

    exact = kind == "number" and n.exact and (value_high is None or nums[next_i - 1].exact)
    if fraction or ratio:
        precision = 10.0
        exact = False
    lo, hi = _interval(
        first_value, value_high, precision, exact, hedge, dimension, fraction or ratio
    )
    if unit is not None:
        lo = to_base(lo, unit, "low") if not math.isinf(lo) else lo
        hi = to_base(hi, unit, "high") if not math.isinf(hi) else hi
    first = hstart if hedge is not None else span_start
    counted = _counted(text, end, value_high or first_value, nums, next_i - 1, kind)
    if ratio:
        counted = counted or _counted_tail(text, end, False)
    elif kind == "percent" or kind == "quantity":
        counted = counted if _OF_RE.match(text, end) and dimension != "duration" else None
    mention = QuantityMention(
        start=first, end=end, text=text[first:end], kind=kind, dimension=dimension,
        unit=unit.symbol if unit else None, value=first_value, value_high=value_high,
        hedge=hedge, precision=precision, low=lo, high=hi, counted=counted, exact=exact,
        form=form, written=text[n.start : end].lower() if (fraction or ratio) else None,
    )  # fmt: skip
    return mention, next_i


def find_quantities(text: str) -> list[QuantityMention]:
    """Quantities, money, percentages and counts in one sentence, sorted, non-overlapping."""
    nums = find_numbers(text)
    if not nums:
        return []
    nogo = _nogo_spans(text)
    out: list[QuantityMention] = []
    floor = 0
    i = 0
    while i < len(nums):
        n = nums[i]
        if n.start < floor or any(s < n.end and n.start < e for s, e in nogo):
            i += 1
            continue
        got = _read(text, nums, i)
        if got is None:
            i += 1
            continue
        mention, i = got
        if mention.start < floor:
            continue
        out.append(mention)
        floor = mention.end
    return out


# --------------------------------------------------------------------------- comparison


def _canonical_counted(noun: str) -> str:
    noun = _singular(noun) if noun not in _SYNONYMS else noun
    return _SYNONYMS.get(noun, noun)


def _same_counted(a: str, b: str) -> bool:
    ca, cb = _canonical_counted(a), _canonical_counted(b)
    if ca == cb:
        return True
    return (ca == "person" and cb in _PEOPLE_LIKE) or (cb == "person" and ca in _PEOPLE_LIKE)


def _hedge_class(h: str | None) -> str | None:
    return _HEDGE_CLASS.get(h, h) if h else None


def _target_unit(a: QuantityMention, b: QuantityMention) -> Unit | None:
    """The unit both sides are shown in: the right side's unless it is imperial."""
    if a.unit is None or b.unit is None:
        return None
    ua, ub = UNITS[a.unit], UNITS[b.unit]
    if ua.dimension == "currency":
        return UNITS[ub.base]
    if a.unit == b.unit:
        return ub
    if ub.metric is None:
        return ub
    if ua.metric is None:
        return ua
    return UNITS[ub.metric]


def _in_unit(m: QuantityMention, target: Unit | None) -> str:
    """Short display of ``m`` with its conversion to ``target`` when it differs."""
    prefix = f"{m.hedge} " if m.hedge else ""
    stated = _stated(m)
    if m.unit is None:
        noun = f" {_plural(m.counted, m.value_high or m.value)}" if m.counted else ""
        return f"{prefix}{stated}{noun}"
    if target is None or target.symbol == m.unit:
        return f"{prefix}{stated}"
    return f"{prefix}{stated} = {_convert_display(m, target)}"


def _interval_text(m: QuantityMention, target: Unit | None) -> str:
    """``m``'s interval in ``target`` units: "45–55 km", "> 50", "≤ 48 hours"."""

    def conv(x: float) -> float:
        if target is None:
            return x
        return (x - target.offset) / target.factor

    lo, hi = m.low, m.high
    label = _unit_label(target.symbol) if target is not None else ""
    if target is not None and target.dimension == "currency":
        label = f" {target.symbol}"
    sig = _sig_for(m) + 1
    if math.isinf(hi):
        op = ">" if m.hedge in _LOWER_OPEN and not m.exact else "≥"
        return f"{op} {format_number(conv(lo), sig)}{label}"
    if math.isinf(lo) or (lo == 0 and m.hedge in _UPPER_OPEN | _UPPER_CLOSED):
        op = "<" if m.hedge in _UPPER_OPEN and not m.exact else "≤"
        return f"{op} {format_number(conv(hi), sig)}{label}"
    if math.isclose(lo, hi):
        return f"{format_number(conv(lo), sig)}{label}"
    return f"{format_number(conv(lo), sig)}–{format_number(conv(hi), sig)}{label}"


def _quote(m: QuantityMention, name: str) -> str:
    return f"{name}'s '{m.text}'" if name else f"'{m.text}'"


def _overlap(a: QuantityMention, b: QuantityMention) -> bool:
    tol = 1e-9 * max(1.0, abs(a.low), abs(b.low), abs(a.high if not math.isinf(a.high) else 0))
    return max(a.low, b.low) <= min(a.high, b.high) + tol


def _apart(a: QuantityMention, b: QuantityMention, target: Unit | None) -> str:
    ca, cb = a.base_value(), b.base_value()
    if a.dimension == "percent":
        return f"{format_number(abs(ca - cb), 3)} points apart"
    if a.dimension == "temperature" and target is not None:
        diff = abs(ca - cb) / target.factor
        return f"{format_number(diff, 2)}{_unit_label(target.symbol)} apart"
    big = max(abs(ca), abs(cb))
    if big == 0:
        return "0% apart"
    pct = abs(ca - cb) / big * 100
    return f"{format_number(pct, 2)}% apart"


def _contains(m: QuantityMention, value: float) -> bool:
    tol = 1e-9 * max(1.0, abs(value))
    return m.low - tol <= value <= m.high + tol


def _cover_phrase(m: QuantityMention) -> str:
    if m.value_high is not None:
        return "within the range of"
    if m.hedge in _LOWER_OPEN | _LOWER_CLOSED | _UPPER_OPEN | _UPPER_CLOSED:
        return "allowed by"
    return "within the rounding of"


def _width(m: QuantityMention) -> float:
    return m.high - m.low


def compare(
    a: QuantityMention, b: QuantityMention, left_name: str, right_name: str
) -> Comparison | None:
    """Whether two mentions of the same fact agree; None if they are not comparable."""
    if a.dimension != b.dimension:
        return None
    if a.counted and b.counted and not _same_counted(a.counted, b.counted):
        return None
    target = _target_unit(a, b)
    left, right = _in_unit(a, target), _in_unit(b, target)
    left_full = f"{left} ({_interval_text(a, target if a.dimension != 'currency' else None)})"
    right_full = f"{right} ({_interval_text(b, target if b.dimension != 'currency' else None)})"
    if a.dimension == "currency" and a.si_unit != b.si_unit:
        left_m, right_m = a.display(), b.display()
        why = f"{left_m} vs {right_m}: different currencies, no exchange rate — unresolved"
        return Comparison(Verdict.UNRESOLVED, why, left_m, right_m)
    if a.dimension == "percent" and a.si_unit != b.si_unit:
        left_m, right_m = a.display(), b.display()
        why = (f"{left_m} vs {right_m}: per cent and percentage points measure different "
               f"things — unresolved")  # fmt: skip
        return Comparison(Verdict.UNRESOLVED, why, left_m, right_m)
    if a.dimension == "currency":
        target = UNITS[a.si_unit]
        left_full = f"{left} ({_interval_text(a, target)})"
        right_full = f"{right} ({_interval_text(b, target)})"
    same_written = (
        a.form == b.form and a.unit == b.unit and _hedge_class(a.hedge) == _hedge_class(b.hedge)
        and a.kind == b.kind
    )  # fmt: skip
    if same_written:
        why = f"{left} vs {right}: same value stated the same way — identical"
        return Comparison(Verdict.IDENTICAL, why, left_full, right_full)
    ca, cb = a.base_value(), b.base_value()
    same_value = math.isclose(ca, cb, rel_tol=1e-9, abs_tol=1e-12) and (
        (a.value_high is None) == (b.value_high is None)
    )
    if _overlap(a, b):
        if same_value and _hedge_class(a.hedge) == _hedge_class(b.hedge):
            reason = f"same value, written differently ('{a.text}' vs '{b.text}')"
        elif same_value:
            reason = (
                "same figure, one is hedged"
                if not (a.hedge and b.hedge)
                else ("same figure, different hedges")
            )
        else:
            covers = []
            if _contains(b, ca):
                covers.append((b, right_name))
            if _contains(a, cb):
                covers.append((a, left_name))
            apart = _apart(a, b, target)
            ranged = [c for c in covers if c[0].value_high is not None]
            if ranged and len(ranged) < len(covers):
                covers = ranged  # "4 km" inside "3 to 5 km": the range is the reason
            if covers:
                m, name = min(covers, key=lambda c: _width(c[0]))
                reason = f"{apart}, {_cover_phrase(m)} {_quote(m, name)}"
            else:
                reason = (f"{apart}; the ranges {_interval_text(a, target)} and "
                          f"{_interval_text(b, target)} overlap")  # fmt: skip
        why = f"{left} vs {right}: {reason} — consistent"
        return Comparison(Verdict.CONSISTENT, why, left_full, right_full)
    if (
        a.exact
        and b.exact
        and a.value_high is None
        and b.value_high is None
        and not (a.hedge or b.hedge)
    ):
        reason = "exact counts differ"
    else:
        apart = _apart(a, b, target)
        bounded = [
            (m, n) for m, n in ((a, left_name), (b, right_name))
            if m.hedge in _ONE_SIDED
        ]  # fmt: skip
        if bounded:
            m, name = bounded[0]
            other = b if m is a else a
            reason = f"{apart}; {_in_unit(other, target)} is not allowed by {_quote(m, name)}"
        else:
            reason = (f"{apart}, beyond the rounding of {_quote(a, left_name)} and "
                      f"{_quote(b, right_name)} ({_interval_text(a, target)} vs "
                      f"{_interval_text(b, target)})")  # fmt: skip
    why = f"{left} vs {right}: {reason} — conflict"
    return Comparison(Verdict.CONFLICT, why, left_full, right_full)
