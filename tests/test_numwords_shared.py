"""One number-word parser for times and quantities: the time reader's counts
read exactly as its former parser read them, on every form its patterns can
pass (the former parser is kept here as the oracle)."""

from __future__ import annotations

import re

import pytest

from workbench.facts.lexicon import NUMWORD_RE, ONES, TENS
from workbench.facts.numwords import MAX_MAGNITUDE, parse_words, word_number

_SMALL = {**ONES, "a": 1, "an": 1}


def former_word_number(text: str) -> float | None:
    """The time reader's parser before there was one parser (the oracle)."""
    t = text.strip().lower().replace("½", ".5")
    if not t:
        return None
    if t[0].isdigit() or t[0] == ".":
        try:
            x = float(t.replace(",", ""))
        except ValueError:
            return None
        return x if abs(x) < MAX_MAGNITUDE else None
    t = re.sub(r"[-\s]+", " ", t)
    total = 0.0
    for tail, frac in ((" and a half", 0.5), (" and a quarter", 0.25)):
        if t.endswith(tail):
            t, total = t[: -len(tail)], frac
    for w in t.split():
        if w in _SMALL:
            total += _SMALL[w]
        elif w in TENS:
            total += TENS[w]
        elif w == "dozen":
            total = (total or 1) * 12
        elif w == "hundred":
            total = (total or 1) * 100
        elif w == "half":
            total += 0.5
        elif w != "and":
            return None
    return total if abs(total) < MAX_MAGNITUDE else None


def _forms() -> list[str]:
    """Every count the time patterns hand to word_number (NUMWORD_RE, with an
    optional fraction and "hundred"), and the digit forms."""
    ones, tens = list(ONES), list(TENS)
    base = ones + tens + [f"{t}{sep}{o}" for t in tens for o in ones[1:10] for sep in "- "]
    tails = ["", " and a half", " and half", " and a quarter", " and quarter"]
    words = [b + t + h for b in base for t in tails for h in ("", " hundred")]
    digits = ["48", "1,000", "1.5", "½", "2½", "2 ½", ".5", "2 and a half", "1e400"]
    return [*words, "a", "an", "An", "-", *digits]


def test_the_forms_match_the_number_word_pattern():
    rx = re.compile(rf"{NUMWORD_RE}(?:\s+and\s+(?:a\s+)?(?:half|quarter))?(?:\s+hundred)?")
    assert all(rx.fullmatch(f) for f in _forms() if f[0].isalpha() and f not in ("a", "an", "An"))


@pytest.mark.parametrize("form", _forms())
def test_time_counts_read_as_before(form):
    assert word_number(form) == former_word_number(form)


@pytest.mark.parametrize(
    ("tokens", "value"),
    [
        ("three hundred and twenty-five thousand".replace("-", " ").split(), 325000),
        (["a", "dozen"], 12),
        (["two", "and", "a", "half", "million"], 2.5e6),
        (["half", "a", "million"], 5e5),
        (["two", "thirds"], 2 / 3),
    ],
)
def test_one_parser_reads_number_words(tokens, value):
    parsed = parse_words(tokens)
    assert parsed is not None and parsed[1] == len(tokens) and parsed[0] == pytest.approx(value)
