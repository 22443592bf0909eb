"""The one number-word parser: "three hundred and twenty-five thousand",
"a dozen", "two and a half million", "half a million", "two thirds".

:func:`parse_words` reads the longest number at the start of a list of
tokens; the quantity reader (:mod:`.quantity.numbers`) uses it on runs of
number words, and :func:`word_number` on the count of a time expression
("twenty-five years", "two and a half hours", "a day").
"""

from __future__ import annotations

import math
import re

from .lexicon import FRACTION_WORDS, ONES, SCALE_WORDS, TENS

# No news figure is this large; beyond it, unit factors and ratios could
# overflow a float (a 309-digit number is infinity). Such numerals are not read.
MAX_MAGNITUDE = 1e27

BIG = ("thousand", "million", "billion", "trillion")

# (value, tokens used, precision, form, exact)
Parsed = tuple[float, int, float, str, bool]


def step_of_value(value: float) -> float:
    """Rounding step of an integer value from its trailing zeros (50 -> 10, 3000 -> 1000)."""
    v = abs(round(value))
    if v == 0 or abs(value - round(value)) > 1e-9:
        return 1.0
    step = 1.0
    while v % 10 == 0:
        v //= 10
        step *= 10
    return step


def parse_words(tokens: list[str]) -> Parsed | None:
    """Longest valid number at the start of ``tokens``.

    Returns (value, tokens used, precision, form, exact) or None. Accepts
    "three hundred and twenty-five thousand", "a dozen", "two and a half million",
    "half a million", "a quarter of a million", "two thirds", "a third", "half".
    """
    t = [x.lower() for x in tokens]
    return _half_or_quarter(t) or _fraction(t) or _integer(t)


def _basic(t: list[str], i: int) -> tuple[int, int] | None:
    """A number below 100 at i: (value, tokens used)."""
    n = len(t)
    if i >= n:
        return None
    if t[i] in TENS:
        if i + 1 < n and t[i + 1] in ONES and 0 < ONES[t[i + 1]] < 10:
            return TENS[t[i]] + ONES[t[i + 1]], 2
        return TENS[t[i]], 1
    if t[i] in ONES:
        return ONES[t[i]], 1
    return None


def _half_or_quarter(t: list[str]) -> Parsed | None:
    """ "half a million", "half a dozen", "half" (a share), "quarter million"."""
    n = len(t)
    if t[0] == "half":
        if n >= 3 and t[1] in ("a", "an") and t[2] in (*BIG, "dozen"):
            mult = 12.0 if t[2] == "dozen" else SCALE_WORDS[t[2]]
            return 0.5 * mult, 3, 0.5 * mult, "words", False
        if n >= 2 and t[1] in BIG:  # "half million", as some copy writes it
            mult = SCALE_WORDS[t[1]]
            return 0.5 * mult, 2, 0.5 * mult, "words", False
        return 0.5, 1, 0.5, "fraction", False
    if t[0] == "quarter" and n >= 2 and t[1] in BIG:  # "quarter million"
        mult = SCALE_WORDS[t[1]]
        return 0.25 * mult, 2, 0.25 * mult, "words", False
    return None


def _fraction(t: list[str]) -> Parsed | None:
    """ "a quarter of a million", "a third", "one half", "two thirds"."""
    n = len(t)
    head = (1, 1) if t[0] in ("a", "an") else _basic(t, 0)
    if head is None or head[1] >= n or t[head[1]] not in FRACTION_WORDS:
        return None
    num, used = head
    word = t[used]
    den = FRACTION_WORDS[word]
    plural = word.endswith("s") and word != "halves"
    if (num == 1) != (not plural) and word != "halves":
        return None  # "one thirds"/"two third": not a fraction; read as integers
    if not (num < den or word == "halves"):
        return None
    value = num / den
    used += 1
    if used + 2 < n and t[used] == "of" and t[used + 1] in ("a", "an") and t[used + 2] in BIG:
        mult = SCALE_WORDS[t[used + 2]]
        return value * mult, used + 3, mult / den, "words", False
    if used < n and t[used] in BIG:  # "three quarters billion"
        mult = SCALE_WORDS[t[used]]
        return value * mult, used + 1, mult / den, "words", False
    return value, used, 1 / den, "fraction", False


def _integer(t: list[str]) -> Parsed | None:
    """[basic | a/an before a scale] ((hundred | big) [and] [basic])* [and a half]."""
    n = len(t)
    total = 0.0
    last_big = math.inf
    if t[0] in ("a", "an"):
        if n < 2 or t[1] not in ("hundred", *BIG, "dozen"):
            return None
        current, i = 1.0, 1
    else:
        b = _basic(t, 0)
        if b is None:
            return None
        current, i = float(b[0]), b[1]
    prev = "basic"
    used = i
    dozen = False
    while i < n:
        w = t[i]
        if w == "hundred" and prev in ("basic", "after") and 0 < current < 100:
            current *= 100
            prev = "hundred"
        elif w in BIG and prev != "big" and current > 0 and SCALE_WORDS[w] < last_big:
            total += current * SCALE_WORDS[w]
            current = 0
            last_big = SCALE_WORDS[w]
            prev = "big"
        elif w == "dozen" and prev == "basic" and total == 0:
            current *= 12
            dozen = True
            used = i + 1
            break
        elif w == "and" and i + 2 < n and t[i + 1] == "a" and t[i + 2] == "half":
            return _and_a_half(t, i + 3, prev, total, current, last_big)
        elif (b := _after_scale(t, i, w, prev)) is not None:
            current += b[0]
            i += b[1] - (0 if w == "and" else 1)
            prev = "after"
        else:
            break
        i += 1
        used = i
    value = total + current
    if dozen:
        return value, used, 12.0, "words", False
    exact = t[0] not in ("a", "an") and (value < 100 or step_of_value(value) == 1)
    return value, used, step_of_value(value), "words", exact


def _after_scale(t: list[str], i: int, w: str, prev: str) -> tuple[int, int] | None:
    """The number below 100 after "hundred"/"thousand" ("and twenty-five", "five")."""
    if prev not in ("hundred", "big"):
        return None
    if w == "and":
        return _basic(t, i + 1)
    return _basic(t, i)


def _and_a_half(
    t: list[str], j: int, prev: str, total: float, current: float, last_big: float
) -> Parsed:
    """ "two and a half million", "a thousand and a half", "two and a half"."""
    if prev == "basic" and total == 0 and j < len(t) and t[j] in BIG:
        mult = SCALE_WORDS[t[j]]
        return (current + 0.5) * mult, j + 1, 0.5 * mult, "words", False
    if prev == "big":
        return total + last_big / 2, j, last_big / 2, "words", False
    return total + current + 0.5, j, 0.5, "words", False


# ---------------------------------------------------------------- counts of time units

# Fractions after a count ("two and a half years", "one and a quarter hours");
# the time reader also takes "and half" for "and a half".
_TAILS = {("and", "half"): 0.5, ("and", "a", "quarter"): 0.25}


def word_number(text: str) -> float | None:
    """A count as time expressions write it: 'twenty-five' -> 25, '48' -> 48,
    '1,000' -> 1000, '1.5' -> 1.5, '½' -> 0.5, 'one and a quarter' -> 1.25,
    'a' -> 1. None when the whole text is not one number."""
    t = text.strip().lower().replace("½", ".5")
    if not t:
        return None
    if t[0].isdigit() or t[0] == ".":
        try:
            return _readable(float(t.replace(",", "")))
        except ValueError:
            return None
    tokens = re.sub(r"[-\s]+", " ", t).split()
    if not tokens:  # "-"
        return 0.0
    if tokens in (["a"], ["an"]):
        return 1.0
    value = _whole(tokens)
    return None if value is None else _readable(value)


def _whole(tokens: list[str]) -> float | None:
    """``tokens`` read as one number, all of them used.

    Two forms are read as the time reader always has (no corpus holds them):
    "zero hundred" is 100, and in "N and a half hundred" the "a" counts one
    (N + 1.5 hundred; "N and half hundred" is N + 0.5 hundred).
    """
    hundred = 1.0
    if tokens[-1] == "hundred" and "and" in tokens:  # "two and a half hundred"
        tokens, hundred = tokens[:-1], 100.0
    extra = 0.0
    for tail, frac in _TAILS.items():
        if tuple(tokens[-len(tail) :]) == tail and len(tokens) > len(tail):
            tokens, extra = tokens[: -len(tail)], frac
            break
    if hundred != 1.0 and tokens[-3:] == ["and", "a", "half"]:
        if extra:
            return None
        tokens, extra = tokens[:-3], 1.5
    elif hundred != 1.0 and extra == 0.25:
        return None  # "N and a quarter hundred"
    if tokens == ["zero", "hundred"]:
        return 100.0
    parsed = parse_words(tokens)
    if parsed is None or parsed[1] != len(tokens):
        return None
    return (parsed[0] + extra) * hundred


def _readable(x: float) -> float | None:
    """None for a count no float arithmetic on times should meet: a 400-digit
    number of years is infinity, and so is "hundred" said 200 times."""
    return x if abs(x) < MAX_MAGNITUDE else None
