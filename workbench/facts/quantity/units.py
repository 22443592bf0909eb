"""The unit and currency table: surface forms, canonical symbols, conversion factors.

An explicit table rather than a units library: news English needs a few dozen
units, each with the surface forms reporters use, and a library's one-letter
symbols ("m" metre, "C" coulomb, "t" tonne, "p" proton) collide with magnitude
suffixes ("$5m") and abbreviations. Ambiguous short forms are listed here but
the quantity reader (``detect``) decides from context whether they are units at all.

Every unit converts to its dimension's base unit (``Unit.base``): m, m2, kg,
m3, degC, m/s, s, percent, J, W, B (bytes), Hz, or the currency's own unit
(pence -> GBP). "deg" is a temperature whose scale the writer did not state
("temperatures of 98 degrees"): its base is itself, so it is only compared
with other unstated degrees.
``factor_low``/``factor_high`` carry units whose size is itself uncertain:
"tons" (short 907 kg to long 1016 kg), months (28-31 days), years.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.facts.quantity.currencies import GLUED_ONLY
from workbench.facts.quantity.currencies import TABLE as CURRENCY_TABLE
from workbench.facts.quantity.currencies import surfaces_after as currency_surfaces_after
from workbench.facts.quantity.currencies import surfaces_before as currency_surfaces_before

__all__ = [
    "BASE_UNIT",
    "CURRENCY_PREFIX_RE",
    "CURRENCY_SYMBOLS",
    "GLUED_ONLY",
    "UNITS",
    "UNIT_SUFFIX_RE",
    "Unit",
    "format_number",
    "lookup_currency_prefix",
    "lookup_unit",
    "to_base",
]


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit. ``base = value * factor + offset`` (offset only for temperatures)."""

    symbol: str
    dimension: str
    factor: float
    name: str
    base: str
    metric: str | None = None  # unit shown alongside for editors ("mi" -> "km")
    factor_low: float | None = None
    factor_high: float | None = None
    offset: float = 0.0


BASE_UNIT = {
    "length": "m", "area": "m2", "mass": "kg", "volume": "m3", "temperature": "degC",
    "speed": "m/s", "duration": "s", "percent": "%", "count": None, "energy": "J",
    "power": "W", "data": "B", "frequency": "Hz",
}  # fmt: skip

_DAY = 86400.0


def _u(symbol: str, dim: str, factor: float, name: str, metric: str | None = None,
       low: float | None = None, high: float | None = None, offset: float = 0.0,
       base: str | None = None) -> Unit:  # fmt: skip
    return Unit(symbol, dim, factor, name, base or BASE_UNIT[dim] or "", metric, low, high, offset)


UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in [
        # length (base m)
        _u("km", "length", 1000, "kilometre"),
        _u("m", "length", 1, "metre"),
        _u("cm", "length", 0.01, "centimetre"),
        _u("mm", "length", 0.001, "millimetre"),
        _u("mi", "length", 1609.344, "mile", "km"),
        _u("nmi", "length", 1852, "nautical mile", "km"),
        _u("ft", "length", 0.3048, "foot", "m"),
        _u("yd", "length", 0.9144, "yard", "m"),
        _u("in", "length", 0.0254, "inch", "cm"),
        _u("um", "length", 1e-6, "micrometre"),
        _u("nm", "length", 1e-9, "nanometre"),
        # area (base m2)
        _u("km2", "area", 1e6, "square kilometre"),
        _u("m2", "area", 1, "square metre"),
        _u("ha", "area", 1e4, "hectare"),
        _u("acre", "area", 4046.8564224, "acre", "ha"),
        _u("sq mi", "area", 2589988.110336, "square mile", "km2"),
        _u("sq ft", "area", 0.09290304, "square foot", "m2"),
        # mass (base kg)
        _u("t", "mass", 1000, "tonne"),
        _u("kg", "mass", 1, "kilogram"),
        _u("g", "mass", 0.001, "gram"),
        _u("mg", "mass", 1e-6, "milligram"),
        _u("ug", "mass", 1e-9, "microgram"),
        _u("ton", "mass", 907.18474, "ton", "t", 907.18474, 1016.0469088),
        _u("lb", "mass", 0.45359237, "pound", "kg"),
        _u("oz", "mass", 0.028349523125, "ounce", "g"),
        _u("st", "mass", 6.35029318, "stone", "kg"),
        # volume (base m3)
        _u("m3", "volume", 1, "cubic metre"),
        _u("l", "volume", 0.001, "litre"),
        _u("ml", "volume", 1e-6, "millilitre"),
        _u("cl", "volume", 1e-5, "centilitre"),
        _u("gal", "volume", 0.003785411784, "gallon", "l"),
        _u("imp gal", "volume", 0.00454609, "imperial gallon", "l"),
        _u("bbl", "volume", 0.158987294928, "barrel", "l"),
        _u("cu ft", "volume", 0.028316846592, "cubic foot", "m3"),
        _u("km3", "volume", 1e9, "cubic kilometre"),
        _u("cup", "volume", 2.365882365e-4, "cup", "ml", 2.365882365e-4, 2.5e-4),
        _u("tbsp", "volume", 1.478676478125e-5, "tablespoon", "ml", 1.478676478125e-5, 2e-5),
        _u("tsp", "volume", 4.92892159375e-6, "teaspoon", "ml"),
        # temperature (base degC)
        _u("degC", "temperature", 1, "degree Celsius"),
        _u("degF", "temperature", 5 / 9, "degree Fahrenheit", "degC", offset=-32 * 5 / 9),
        _u("K", "temperature", 1, "kelvin", "degC", offset=-273.15),
        _u("deg", "temperature", 1, "degree (scale not stated)", base="deg"),
        # a difference of Fahrenheit degrees ("5 degrees above normal"): no offset
        _u("dF", "temperature", 5 / 9, "Fahrenheit degree (a difference)", "degC"),
        # speed (base m/s)
        _u("km/h", "speed", 1 / 3.6, "kilometre per hour"),
        _u("m/s", "speed", 1, "metre per second"),
        _u("mph", "speed", 0.44704, "mile per hour", "km/h"),
        _u("kn", "speed", 1852 / 3600, "knot", "km/h"),
        # duration (base s)
        _u("s", "duration", 1, "second"),
        _u("min", "duration", 60, "minute"),
        _u("h", "duration", 3600, "hour"),
        _u("d", "duration", _DAY, "day"),
        _u("wk", "duration", 7 * _DAY, "week"),
        _u("fortnight", "duration", 14 * _DAY, "fortnight"),
        _u("mo", "duration", 30.436875 * _DAY, "month", None, 28 * _DAY, 31 * _DAY),
        _u("yr", "duration", 365.2425 * _DAY, "year", None, 365 * _DAY, 366 * _DAY),
        _u("decade", "duration", 3652.425 * _DAY, "decade", None, 3652 * _DAY, 3653 * _DAY),
        _u("century", "duration", 36524.25 * _DAY, "century", None, 36524 * _DAY, 36525 * _DAY),
        # energy (base J), power (base W)
        _u("kJ", "energy", 1e3, "kilojoule"),
        _u("MJ", "energy", 1e6, "megajoule"),
        _u("GJ", "energy", 1e9, "gigajoule"),
        _u("Wh", "energy", 3600, "watt hour"),
        _u("kWh", "energy", 3.6e6, "kilowatt hour"),
        _u("MWh", "energy", 3.6e9, "megawatt hour"),
        _u("GWh", "energy", 3.6e12, "gigawatt hour"),
        _u("TWh", "energy", 3.6e15, "terawatt hour"),
        _u("BTU", "energy", 1055.05585262, "British thermal unit"),
        _u("W", "power", 1, "watt"),
        _u("kW", "power", 1e3, "kilowatt"),
        _u("MW", "power", 1e6, "megawatt"),
        _u("GW", "power", 1e9, "gigawatt"),
        _u("hp", "power", 745.69987158227, "horsepower", "kW"),
        # data (base byte, decimal prefixes as storage makers use them), frequency (base Hz)
        _u("kB", "data", 1e3, "kilobyte"),
        _u("MB", "data", 1e6, "megabyte"),
        _u("GB", "data", 1e9, "gigabyte"),
        _u("TB", "data", 1e12, "terabyte"),
        _u("PB", "data", 1e15, "petabyte"),
        _u("kHz", "frequency", 1e3, "kilohertz"),
        _u("MHz", "frequency", 1e6, "megahertz"),
        _u("GHz", "frequency", 1e9, "gigahertz"),
        # percent
        _u("%", "percent", 1, "per cent"),
        _u("pp", "percent", 1, "percentage point", base="pp"),
        _u("bp", "percent", 0.01, "basis point", "pp", base="pp"),
    ]
}

# Currencies: the base is the currency itself; sub-units convert into it.
_CURRENCIES = {
    "USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "PEN": "S/",
    "AUD": "A$", "CAD": "C$", "HKD": "HK$", "NZD": "NZ$", "SGD": "S$", "CHF": "CHF ",
    "RUB": "₽", "KRW": "₩", "BRL": "R$", "MXN": "MX$", "ZAR": "R", "TRY": "₺", "NGN": "₦",
    "PKR": "PKR ", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK ", "PLN": "PLN ", "ILS": "₪",
    "EGP": "EGP ", "SAR": "SAR ", "AED": "AED ", "KES": "KES ", "ARS": "ARS ", "PHP": "₱",
    "IDR": "IDR ", "THB": "฿", "UAH": "₴", "BTC": "₿", "MYR": "RM", "HUF": "HUF ",
    # currencies replaced by the euro, still in archive reports
    "FRF": "FRF ", "BEF": "BEF ", "DEM": "DEM ", "ITL": "ITL ", "ESP": "ESP ", "NLG": "NLG ",
    "FIM": "FIM ", "PTE": "PTE ", "GRD": "GRD ", "ATS": "ATS ", "IEP": "IEP ",
}  # fmt: skip
for _code, _sym, *_ in CURRENCY_TABLE:
    _CURRENCIES.setdefault(_code, _sym)
CURRENCY_SYMBOLS = dict(_CURRENCIES)
for _code in _CURRENCIES:
    UNITS.setdefault(_code, Unit(_code, "currency", 1.0, _code, _code))
UNITS["USc"] = Unit("USc", "currency", 0.01, "cent", "USD")
UNITS["GBp"] = Unit("GBp", "currency", 0.01, "penny", "GBP")
# "20 euro cents": a hundredth of a euro (read as 20 euros when only "euro" was known)
UNITS["EUc"] = Unit("EUc", "currency", 0.01, "euro cent", "EUR")

# Surface forms. Case-sensitive abbreviations first, then case-insensitive names.
_CS_SURFACES: dict[str, str] = {
    "km": "km", "kms": "km", "m": "m", "cm": "cm", "mm": "mm", "mi": "mi", "nmi": "nmi",
    "ft": "ft", "yd": "yd", "yds": "yd", "in": "in", "µm": "um", "μm": "um",
    "km³": "km3", "km3": "km3", "km^3": "km3", "cu km": "km3",
    "µg": "ug", "μg": "ug", "mcg": "ug", "tbsp": "tbsp", "tsp": "tsp",
    "kJ": "kJ", "MJ": "MJ", "GJ": "GJ", "Wh": "Wh", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh",
    "TWh": "TWh", "BTU": "BTU", "Btu": "BTU", "btu": "BTU",
    "kW": "kW", "MW": "MW", "GW": "GW", "hp": "hp", "bhp": "hp",
    "kB": "kB", "KB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "PB": "PB",
    "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
    "km²": "km2", "km2": "km2", "km^2": "km2", "m^2": "m2", "m^3": "m3", "sq km": "km2", "sq. km": "km2", "sqkm": "km2",
    "m²": "m2", "m2": "m2", "sq m": "m2", "ha": "ha", "sq mi": "sq mi", "sq. mi": "sq mi",
    "sq ft": "sq ft",
    "t": "t", "kg": "kg", "kgs": "kg", "g": "g", "mg": "mg", "lb": "lb", "lbs": "lb", "oz": "oz",
    "m³": "m3", "m3": "m3", "cu m": "m3", "l": "l", "L": "l", "ml": "ml", "mL": "ml", "cl": "cl",
    "gal": "gal", "bbl": "bbl", "cu ft": "cu ft",
    "°C": "degC", "ºC": "degC", "° C": "degC", "C": "degC", "℃": "degC",
    "°F": "degF", "ºF": "degF", "° F": "degF", "F": "degF", "℉": "degF",
    "km/h": "km/h", "km/hr": "km/h", "kmh": "km/h", "kph": "km/h", "kmph": "km/h",
    "mph": "mph", "m/s": "m/s", "kt": "kn", "kts": "kn",
    "h": "h", "hr": "h", "hrs": "h", "min": "min", "mins": "min", "sec": "s", "secs": "s",
    "%": "%", "pc": "%", "pct": "%", "pp": "pp", "ppt": "pp", "ppts": "pp", "bp": "bp",
    "bps": "bp",
}  # fmt: skip
_CI_SURFACES: dict[str, str] = {
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mile": "mi", "miles": "mi", "nautical mile": "nmi", "nautical miles": "nmi",
    "statute mile": "mi", "statute miles": "mi",  # aviation copy: "450 statute miles"
    "foot": "ft", "feet": "ft", "yard": "yd", "yards": "yd", "inch": "in", "inches": "in",
    "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    "micrometre": "um", "micrometres": "um", "micrometer": "um", "micrometers": "um",
    "micron": "um", "microns": "um",
    "cubic kilometre": "km3", "cubic kilometres": "km3", "cubic kilometer": "km3",
    "cubic kilometers": "km3",
    "square kilometre": "km2", "square kilometres": "km2", "square kilometer": "km2",
    "square kilometers": "km2", "sq kilometres": "km2",
    "square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "square mile": "sq mi", "square miles": "sq mi", "sq miles": "sq mi",
    "square foot": "sq ft", "square feet": "sq ft",
    "tonne": "t", "tonnes": "t", "metric ton": "t", "metric tons": "t", "metric tonne": "t",
    "metric tonnes": "t", "ton": "ton", "tons": "ton",
    # a ship's size: newsroom copy writes its gross tonnage as "tonnes" too
    # ("the 3,850-tonne ferry" / "3,850-gross-tonne vessel"), so one scale
    "gross tonne": "t", "gross tonnes": "t", "gross ton": "t", "gross tons": "t",
    "gross registered tons": "t", "gross registered tonnes": "t", "gross register tons": "t",
    "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "milligram": "mg", "milligrams": "mg", "pound": "lb", "pounds": "lb",
    "microgram": "ug", "micrograms": "ug", "microgramme": "ug", "microgrammes": "ug",
    "ounce": "oz", "ounces": "oz", "stone": "st",
    "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "centilitre": "cl", "centilitres": "cl",
    "gallon": "gal", "gallons": "gal", "imperial gallon": "imp gal",
    "imperial gallons": "imp gal", "barrel": "bbl", "barrels": "bbl",
    "cubic foot": "cu ft", "cubic feet": "cu ft", "cup": "cup", "cups": "cup",
    "tablespoon": "tbsp", "tablespoons": "tbsp", "teaspoon": "tsp", "teaspoons": "tsp",
    "degrees celsius": "degC", "degree celsius": "degC", "degrees centigrade": "degC",
    "celsius": "degC", "centigrade": "degC", "deg c": "degC", "degrees c": "degC",
    "deg celsius": "degC", "celcius": "degC",
    "degrees fahrenheit": "degF", "degree fahrenheit": "degF", "fahrenheit": "degF",
    "farenheit": "degF", "degrees farenheit": "degF", "deg f": "degF", "degrees f": "degF", "deg fahrenheit": "degF",
    "kelvin": "K",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "km per hour": "km/h", "km an hour": "km/h",
    "miles per hour": "mph", "miles an hour": "mph", "mile per hour": "mph",
    "metres per second": "m/s", "meters per second": "m/s", "knot": "kn", "knots": "kn",
    "second": "s", "seconds": "s", "minute": "min", "minutes": "min", "hour": "h",
    "hours": "h", "day": "d", "days": "d", "week": "wk", "weeks": "wk",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "mo", "months": "mo",
    "year": "yr", "years": "yr", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
    "kilojoule": "kJ", "kilojoules": "kJ", "megajoule": "MJ", "megajoules": "MJ",
    "gigajoule": "GJ", "gigajoules": "GJ", "watt hour": "Wh", "watt hours": "Wh",
    "watt-hour": "Wh", "watt-hours": "Wh", "kilowatt hour": "kWh", "kilowatt hours": "kWh",
    "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "megawatt hour": "MWh",
    "megawatt hours": "MWh", "megawatt-hour": "MWh", "megawatt-hours": "MWh",
    "gigawatt hour": "GWh", "gigawatt hours": "GWh", "gigawatt-hour": "GWh",
    "gigawatt-hours": "GWh", "terawatt hour": "TWh", "terawatt hours": "TWh",
    "terawatt-hour": "TWh", "terawatt-hours": "TWh", "british thermal unit": "BTU",
    "british thermal units": "BTU",
    "watt": "W", "watts": "W", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW",
    "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW", "horsepower": "hp",
    "kilobyte": "kB", "kilobytes": "kB", "megabyte": "MB", "megabytes": "MB",
    "gigabyte": "GB", "gigabytes": "GB", "terabyte": "TB", "terabytes": "TB",
    "petabyte": "PB", "petabytes": "PB", "kilohertz": "kHz", "megahertz": "MHz",
    "gigahertz": "GHz",
    "per cent": "%", "percent": "%", "per-cent": "%", "percentage point": "pp",
    "percentage points": "pp", "basis point": "bp", "basis points": "bp",
    # money written after the number
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD", "canadian dollar": "CAD",
    "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "cent": "USc", "cents": "USc",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "pence": "GBp", "penny": "GBp", "euro cent": "EUc", "euro cents": "EUc",
    "euro-cent": "EUc", "euro-cents": "EUc", "eurocent": "EUc", "eurocents": "EUc",
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "sol": "PEN", "soles": "PEN", "nuevos soles": "PEN", "swiss francs": "CHF",
    "swiss franc": "CHF", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "won": "KRW", "reais": "BRL", "real": "BRL", "rand": "ZAR", "lira": "TRY",
    "turkish lira": "TRY", "naira": "NGN", "mexican pesos": "MXN", "shekels": "ILS",
    "shekel": "ILS", "hryvnia": "UAH", "bitcoin": "BTC", "bitcoins": "BTC",
    "ringgit": "MYR", "baht": "THB", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "rupiah": "IDR", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "swedish kronor": "SEK", "swedish krona": "SEK", "kronor": "SEK", "krona": "SEK",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK", "danish kroner": "DKK", "danish krone": "DKK",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "aud": "AUD", "cad": "CAD", "chf": "CHF", "inr": "INR",
    "franc": "FRF", "francs": "FRF", "french francs": "FRF", "french franc": "FRF",
    "belgian francs": "BEF", "belgian franc": "BEF", "deutsche marks": "DEM",
    "deutsche mark": "DEM", "deutschmarks": "DEM", "deutschmark": "DEM", "d-marks": "DEM",
    "lire": "ITL", "italian lire": "ITL", "italian lira": "ITL", "peseta": "ESP",
    "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG", "dutch guilders": "NLG",
    "markka": "FIM", "markkaa": "FIM", "finnish markka": "FIM", "escudo": "PTE",
    "escudos": "PTE", "drachma": "GRD", "drachmas": "GRD", "drachmae": "GRD",
    "schilling": "ATS", "schillings": "ATS", "irish punts": "IEP",
}  # fmt: skip
for _form, _code in currency_surfaces_after().items():
    _CI_SURFACES.setdefault(_form, _code)
for _code in _CURRENCIES:
    if _code.isupper():
        _CS_SURFACES[_code] = _code
_CS_SURFACES["RMB"] = "CNY"
_CS_SURFACES["p"] = "GBp"
_CS_SURFACES["€"] = "EUR"
_CS_SURFACES["$"] = "USD"
_CS_SURFACES["£"] = "GBP"

# The regexes try longest forms first so "sq km" wins over "km" and "km/h" over "km";
# forms of one length in a fixed order: in the order of a set (which changes with
# each process's string hashing) the pattern's text differed in every process, so
# the compiled-pattern cache never held it (0.014 s of CPU per check, session 26).
# Which of two forms of one length is tried first never changes a match: both
# match the same characters.
_unit_forms = sorted(set(_CS_SURFACES) | set(_CI_SURFACES), key=lambda f: (-len(f), f))


def _form_pattern(form: str) -> str:
    # a unit of several words is also hyphenated before a noun ("a 4-nautical-mile
    # stretch", "the 3,850-gross-tonne ferry")
    escaped = re.escape(form).replace(r"\ ", r"[ \u00a0-]")
    if form in _CI_SURFACES and form not in _CS_SURFACES:
        return f"(?i:{escaped})"
    return escaped


UNIT_SUFFIX_RE = re.compile(
    "(?:" + "|".join(_form_pattern(f) for f in _unit_forms) + ")(?![A-Za-z0-9²³])"
)

# Currency written before the number. Longest first; "$" alone is USD.
_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "Can$": "CAD", "HK$": "HKD", "NZ$": "NZD",
    "NZD$": "NZD", "S$": "SGD", "R$": "BRL", "Mex$": "MXN", "MX$": "MXN", "MXN$": "MXN",
    "HKD$": "HKD", "SGD$": "SGD", "$": "USD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN",
    "₺": "TRY", "₪": "ILS", "₱": "PHP", "₴": "UAH", "₿": "BTC", "Rs.": "INR", "Rs": "INR",
    "S/.": "PEN", "S/": "PEN", "CN¥": "CNY", "RMB": "CNY",
}  # fmt: skip
for _form, _code in currency_surfaces_before().items():
    _PREFIXES.setdefault(_form, _code)
for _code in _CURRENCIES:
    if _code.isupper():
        _PREFIXES.setdefault(_code, _code)
_prefix_forms = sorted(_PREFIXES, key=len, reverse=True)
# Matched against the text just before a number: the prefix must end there.
CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z0-9])(?:US|HK|NZ|AU|CA|AUD|CAD|NZD|USD|NT)[ \u00a0](?=\$)\$"  # "US $150"
    r"|(?<![A-Za-z0-9])(?i:hk|nz)[ \u00a0]?\$"  # "hk $ 10.05 billion" in lower-cased copy
    r"|(?<![A-Za-z0-9])(?i:usd|aud|cad|nzd|mxn|hkd|sgd)\$"  # "aud$ 15"
    r"|(?<![A-Za-z0-9])(?:"
    + "|".join(re.escape(p) for p in _prefix_forms if p[0].isalpha())
    + r")|(?:"
    + "|".join(re.escape(p) for p in _prefix_forms if not p[0].isalpha())
    + r"))[ \u00a0]?$"
)


def lookup_unit(surface: str) -> Unit | None:
    """The unit a surface form names, or None. Case matters for abbreviations."""
    s = re.sub(r"[ \u00a0]+", " ", surface)
    sym = _CS_SURFACES.get(s) or _CI_SURFACES.get(s.lower())
    if sym is None and "-" in s:  # "nautical-mile" as a hyphenated modifier
        sym = _CI_SURFACES.get(s.lower().replace("-", " "))
    return UNITS.get(sym) if sym else None


def lookup_currency_prefix(surface: str) -> Unit | None:
    """The currency of a prefix such as "US$", "£", "HK$", "EUR"."""
    key = re.sub(r"[ \u00a0]+", "", surface)
    code = _PREFIXES.get(key)
    if code is None and re.fullmatch(r"[a-z]{2,3}\$", key):
        code = _PREFIXES.get(key.upper())  # "hk$", "aud$"; one letter ("a$") stays a word
    return UNITS.get(code) if code else None


def to_base(value: float, unit: Unit, which: str = "nominal") -> float:
    """``value`` in the base unit; ``which`` picks the low/high factor of uncertain units."""
    factor = unit.factor
    if which == "low" and unit.factor_low is not None:
        factor = unit.factor_low
    elif which == "high" and unit.factor_high is not None:
        factor = unit.factor_high
    return value * factor + unit.offset


def from_base(value: float, unit: Unit) -> float:
    """Inverse of ``to_base`` with the nominal factor."""
    return (value - unit.offset) / unit.factor


_WORD_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value: float, sig: int = 3, words: bool = False) -> str:
    """A number as an editor reads it: "48.3", "400,000", "4,999.9"; with ``words``
    (or from ten million up) large values use scale words: "2.5 billion"."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if words or abs(value) >= 1e7:
        for mult, word in _WORD_SCALES:
            if abs(value) >= mult:
                return f"{format_number(value / mult, max(sig, 4))} {word}"
    if value == 0:
        return "0"
    rounded = float(f"{value:.{sig}g}")
    decimals = max(0, sig - 1 - math.floor(math.log10(abs(rounded))))
    text = f"{rounded:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
