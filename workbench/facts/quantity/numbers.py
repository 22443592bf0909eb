"""Numbers as news English writes them: digits, number words, fractions, scale words.

This module only knows numerals. It does not know units, currencies or whether
a numeral is a year or a model number: the quantity reader (``detect``) decides that from the
context. It reports, for every numeral, the value and the *precision* implied
by the way it is written, because the comparison of two reports depends on it.

Precision (the implied rounding step, in the stated unit):

* digits: the last significant digit. ``48.3`` -> 0.1, ``3`` -> 1, ``50`` -> 10,
  ``3,000`` -> 1000 (trailing zeros of an integer are read as rounding; whether
  a reading treats small counts as exact is decided in the quantity reader (``detect``)),
  ``4.800`` -> 0.001 (written decimals are significant).
* a scale word or suffix multiplies it: ``2.5bn`` -> 0.1e9, ``$1tn`` -> 1e12.
* fractions: the step of the denominator: ``2 1/2`` -> 0.5, ``3/4`` -> 0.25.
* words: the same rule on the value (``twenty`` -> 10, ``three thousand`` ->
  1000); ``a dozen`` -> 12, ``and a half`` -> half of the scale it sits on.

The ambiguous one-letter suffixes ``m``/``M``/``b``/``B``/``T``/``K`` (million or
metre? billion or byte?) are left to the quantity reader (``detect``), which sees the currency.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.facts.lexicon import FRACTION_WORDS, ONES, SCALE_WORDS, TENS
from workbench.facts.numwords import MAX_MAGNITUDE, parse_words, step_of_value

__all__ = [
    "MAX_MAGNITUDE",
    "SCALE_WORDS",
    "NumberSpan",
    "find_numbers",
    "parse_number",
    "precision_of",
    "ratio_step",
    "step_of_value",
]

VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
# Digit fractions are accepted only with these denominators: "9/11" and "24/7" are not numbers.
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})

# Digits of a fraction part read with int(): far more than any real fraction
# needs, far fewer than int()'s limit on string conversion.
_MAX_FRACTION_DIGITS = 12
# The longest run of number words read as one numeral ("three hundred and
# twenty-five thousand ..."): a run of "one one one ..." is read in windows.
_MAX_NUMBER_WORDS = 24

# "lakh crore" (10^12) is one scale in Indian copy: "Rs 2.5 lakh crore"
_SCALE_ALT = (
    "thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|lakhs?[ \u00a0-]crores?|lakhs?|crores?"
    "|(?-i:cr)(?=\\.?[ \u00a0]|\\.?$)"  # "Rs 5 cr", "₹500 cr." (crore)
)
_VULGAR_CLASS = "[" + "".join(VULGAR) + "]"
# A character the copy could not decode, right after a whole number and before a
# word: a fraction sign lost ("4\ufffd months" for 4½ in one wire's copy): the figure is
# somewhere between the whole number and the next (session 37)
LOST_GLYPH = "\ufffd(?=[ \u00a0-]+[a-z])"
_GROUP_SPACE = "[\u00a0\u202f\u2009]"  # non-breaking/thin spaces group digits
_DIGITS = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:\.\d+)?"
    # an ordinary space groups digits only when a group starts with 0 ("10 000",
    # "1 250 000"): no number is written "000", so "245 23" stays two numbers
    # (the lookahead skips at most 8 groups, possessively: a long run of "100 100 …"
    # would otherwise be rescanned from every group)
    r"|\d{1,3}(?=(?:[ ][1-9]\d\d){0,8}+[ ]0\d\d(?!\d))(?:[ ]\d{3}(?!\d))+(?:\.\d+)?"
    rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?"  # Indian grouping: 12,34,567
    # a bare decimal (".45 caliber", "$.50") never starts right after a letter: the
    # stop of "Rs.500", "Tk.50 crore" ends the currency's abbreviation
    rf"|\d+(?:\.\d+)?|(?<![A-Za-z])\.\d+)"
)

_NUMERIC_RE = re.compile(
    rf"""
    (?<![\d,/:_])(?<![\d.]\.)(?<!\.\.)
    (?P<neg>(?<![^\s(\[$£€¥])[-−](?=\d))?
    (?:
        (?P<mixed>\d+)[ \u00a0](?P<mnum>\d+)/(?P<mden>\d+)(?![\d/])
      | (?P<fnum>\d+)/(?P<fden>\d+)(?![\d/])
      | (?P<digits>{_DIGITS})(?:(?P<vulgar>{_VULGAR_CLASS})|(?P<lost>{LOST_GLYPH}))?(?![\d]|[.,/]\d)
      | (?P<vonly>{_VULGAR_CLASS})
    )
    (?:
        [ \u00a0-]?(?P<scale>(?i:{_SCALE_ALT}))(?![A-Za-z])
      | (?P<k>k)(?![A-Za-z])
    )?
    """,
    re.VERBOSE,
)

_WORD_TOKENS = sorted(
    [*ONES, *TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen",
     "a", "an", "and", "of", *FRACTION_WORDS],
    key=len,
    reverse=True,
)  # fmt: skip
_WORD_TOKEN = "(?:" + "|".join(_WORD_TOKENS) + ")"
_WORD_SEQ_RE = re.compile(
    # every token is a whole word, so the run can be matched possessively (no
    # rescanning of "one one one …" from each word when it ends in a non-number)
    rf"(?<![\w-])(?i:{_WORD_TOKEN}(?!\w)(?:(?:[ \u00a0]+|-){_WORD_TOKEN}(?!\w))*+)"
)
_WORD_SPLIT_RE = re.compile(r"[ \u00a0]+|-")
_WORD_GAP_RE = re.compile(r"[ \u00a0]+|-")


def _scale(word: str) -> float:
    """'million' -> 1e6; 'crores' -> 1e7; 'lakh crore' -> 1e12."""
    parts = [w.removesuffix("s") if w in ("lakhs", "crores") else w for w in word.lower().split()]
    parts = ["crore" if p == "cr" else p for p in parts]
    parts = [p for w in parts for p in w.split("-")]
    mult = 1.0
    for p in parts:
        mult *= SCALE_WORDS[p]
    return mult


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A numeral found in text, before any unit or context is considered.

    ``form`` is "digits", "words" or "fraction" (a fraction of a whole such as
    "half", "two thirds", "3/4": it reads as a share, not a count).
    ``exact`` is true for integers that carry no rounding in their notation
    (no trailing zeros, no scale word, or below 100 without a scale).
    ``key`` is the numeral as written, normalised only for case, spacing and
    thousands separators: two mentions with the same key were written the same way.
    """

    start: int
    end: int
    text: str
    value: float
    precision: float
    form: str
    scaled: bool
    exact: bool
    key: str
    scale: float = 1.0


def _digits_precision(s: str) -> float:
    """Step of the last written digit: decimals count, trailing integer zeros are rounding."""
    s = re.sub(r"[, \u00a0\u202f\u2009]", "", s)
    if "." in s:
        return 10.0 ** -len(s.split(".", 1)[1])
    return step_of_value(float(s))


def _key(s: str) -> str:
    return re.sub(r"[\s,\u00a0\u202f\u2009-]+", "", s.lower()).replace("−", "-")


def _before_of(m: re.Match[str]) -> bool:
    """ "1/40 of the wavelength": any denominator reads as a fraction before "of"."""
    return re.match(r"[ \u00a0]+of\b", m.string[m.end() : m.end() + 4]) is not None


# A mixed number whose space was lost when text was rebuilt from tokens ("41/2
# months" for 4 1/2, "21/2-hour" for 2 1/2): read so only before a unit or a
# counted word, where a whole over a half is the plausible reading; "on 11/2 the"
# (a date) or "a 41/2 vote" stay unread, never read as "2".
_GLUED_DENOMINATORS = frozenset({2, 3, 4, 8})
_UNIT_AFTER = re.compile(
    r"[ \u00a0-]+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|miles?"
    r"|inch(?:es)?|feet|foot|yards?|pounds?|lbs?|ounces?|oz|kilo(?:gram)?s?|kg|km|kilomet(?:re|er)s?"
    r"|met(?:re|er)s?|percent|per[ \u00a0]+cent|cups?|games?|points?|stars?|laps?|lengths?"
    r"|goals?|innings|mph|times)\b",
    re.IGNORECASE,
)


def _glued_mixed(m: re.Match[str], num: int, den: int) -> float | None:
    """The value of a glued mixed number ("41/2" -> 4.5) before a unit, or None:
    the numerator's last digit over the denominator must be a proper fraction
    in lowest terms, with a whole number before it."""
    if den not in _GLUED_DENOMINATORS or num < 10 or not _UNIT_AFTER.match(m.string, m.end()):
        return None
    whole, part = divmod(num, 10)
    if not 0 < part < den or math.gcd(part, den) != 1:
        return None
    return whole + part / den


def _numeric_span(m: re.Match[str]) -> NumberSpan | None:
    """Value and precision of one match of ``_NUMERIC_RE``; None for non-numbers like 9/11."""
    form = "digits"
    fraction_parts = (m.group("mixed"), m.group("mnum"), m.group("mden"), m.group("fnum"))
    if any(g is not None and len(g) > _MAX_FRACTION_DIGITS for g in fraction_parts):
        return None
    if m.group("mixed") is not None:
        den = int(m.group("mden"))
        num = int(m.group("mnum"))
        if den == 0 or num >= den or den not in FRACTION_DENOMINATORS:
            return None
        value = int(m.group("mixed")) + num / den
        precision = 1 / den
    elif m.group("fnum") is not None:
        den = int(m.group("fden"))
        num = int(m.group("fnum"))
        glued = _glued_mixed(m, num, den)
        if glued is not None:  # "41/2 months": 4 1/2, its space lost in a token rebuild
            value, precision = glued, 1 / den
        elif den == 0 or num >= den or not (den in FRACTION_DENOMINATORS or _before_of(m)):
            return None
        else:
            value = num / den
            precision = 1 / den
            form = "fraction"
    elif m.group("digits") is not None:
        raw = m.group("digits")
        value = float(re.sub(r"[, \u00a0\u202f\u2009]", "", raw))
        if not _readable(value, 1.0):
            return None
        precision = _digits_precision(raw)
        if m.group("vulgar"):
            value += VULGAR[m.group("vulgar")]
            precision = 0.5 if m.group("vulgar") == "½" else 0.25
        elif m.group("lost"):  # "3\ufffd inches": between 3 and 4 inches
            value, precision = value + 0.5, 1.0
    else:
        value = VULGAR[m.group("vonly")]
        precision = value
        form = "fraction"
    scaled = False
    mult = 1.0
    if m.group("scale"):
        mult = _scale(m.group("scale"))
        value *= mult
        precision *= mult
        scaled = True
        form = "digits"
    elif m.group("k"):
        mult = 1e3
        value *= mult
        precision *= mult
        scaled = True
        form = "digits"
    if m.group("neg"):
        value = -value
    if not _readable(value, precision):
        return None
    exact = (
        not scaled
        and form == "digits"
        and value == int(value)
        and (abs(value) < 100 or step_of_value(value) == 1)
        and "." not in (m.group("digits") or "")
    )
    return NumberSpan(m.start(), m.end(), m.group(0), value, precision, form, scaled, exact,
                      _key(m.group(0)), mult)  # fmt: skip


def _readable(value: float, precision: float) -> bool:
    """Finite, within MAX_MAGNITUDE, and with a rounding step a float can hold
    (0.000…1 with 400 zeros underflows to 0)."""
    return abs(value) < MAX_MAGNITUDE and 0 < precision < math.inf


def _word_spans(text: str, start: int, end: int, match: str) -> list[NumberSpan]:
    """Split one run of number-like words into valid numbers ("ten and twelve" -> 10, 12)."""
    out: list[NumberSpan] = []
    tokens: list[tuple[str, int, int]] = []
    pos = 0
    for piece in _WORD_SPLIT_RE.split(match):
        idx = match.index(piece, pos)
        tokens.append((piece, start + idx, start + idx + len(piece)))
        pos = idx + len(piece)
    i = 0
    while i < len(tokens):
        words = [tok[0] for tok in tokens[i : i + _MAX_NUMBER_WORDS]]
        parsed = parse_words(words)
        if parsed is None:
            i += 1
            continue
        value, used, precision, form, exact = parsed
        if not _readable(value, precision):
            i += used
            continue
        # Don't end on a dangling "and"/"a"/"of".
        while used > 1 and words[used - 1].lower() in ("and", "a", "an", "of"):
            used -= 1
        s, e = tokens[i][1], tokens[i + used - 1][2]
        surface = text[s:e]
        scaled = any(w.lower() in SCALE_WORDS for w in words[:used])
        last = words[used - 1].lower()
        mult = SCALE_WORDS[last] if last in SCALE_WORDS and last != "hundred" else 1.0
        out.append(NumberSpan(s, e, surface, float(value), float(precision), form, scaled,
                              exact, _key(surface), mult))  # fmt: skip
        i += used
    return out


def find_numbers(text: str, limit: int | None = None) -> list[NumberSpan]:
    """All numerals in ``text``, sorted and non-overlapping; no context filtering.
    With ``limit``, only the first ``limit`` of them (the scan stops there)."""
    digits: list[NumberSpan] = []
    for m in _NUMERIC_RE.finditer(text):
        sp = _numeric_span(m)
        if sp is not None:
            digits.append(sp)
            if limit is not None and len(digits) >= limit:
                break
    worded: list[NumberSpan] = []
    for m in _WORD_SEQ_RE.finditer(text):
        worded.extend(_word_spans(text, m.start(), m.end(), m.group(0)))
        if limit is not None and len(worded) >= limit:
            break
    spans = digits + worded
    spans.sort(key=lambda s: (s.start, -s.end))
    out: list[NumberSpan] = []
    last_end = -1
    for sp in spans:
        if sp.start >= last_end:
            out.append(sp)
            last_end = sp.end
    return out if limit is None else out[:limit]


_RATIO_RE = re.compile(r"^(.+?)\s+(?:in|out\s+of)\s+(.+)$", re.IGNORECASE)


def parse_number(s: str) -> float | None:
    """Value of a numeral written alone: "3,000", "1.5", "three thousand", "a dozen",
    "twenty-five", "half", "2 1/2", "$1tn" is not a numeral (use ``find_quantities``).

    "four in five" / "one out of three" give the ratio (0.8, 0.333...).
    Returns None when ``s`` is not exactly one numeral.
    """
    s = s.strip()
    if not s:
        return None
    spans = find_numbers(s)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(s):
        return spans[0].value
    m = _RATIO_RE.match(s)
    if m:
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b and a <= b:
            return a / b
    return None


def precision_of(s: str) -> float | None:
    """Implied rounding step of a numeral written alone ("50" -> 10, "48.3" -> 0.1)."""
    s = s.strip()
    spans = find_numbers(s)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(s):
        return spans[0].precision
    return None


def is_close(a: float, b: float) -> bool:
    """Float equality for values that went through unit factors."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def ratio_step(num: float, den: float, share: float) -> float:
    """The step in points a ratio is read to: a score out of a denominator of
    20 or more, "88 out of 100", "45 out of 50", to one of it (session 35:
    88 and 83 out of 100 are two scores); a rough share, "one in five",
    "nine in 10", "one in every 200", to ten points or half the share."""
    if den >= 20 and num > 1:
        return 100.0 / den
    return min(10.0, share / 2)
