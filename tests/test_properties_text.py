"""Property-based tests: the splitter and every extractor on arbitrary text and
on text assembled from news-like fragments. Seeded and derandomized so that a
run is repeatable; no exception, offsets within bounds, values finite and
JSON-serialisable."""

from __future__ import annotations

import json
import math
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.facts import quote as quotes
from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.numbers import find_numbers, parse_number, precision_of
from workbench.facts.quantity.units import (
    UNITS,
    format_number,
    lookup_currency_prefix,
    lookup_unit,
    to_base,
)
from workbench.facts.time import find_times
from workbench.sentences import split_sentences

FRAGMENTS = [
    "The", "the", "Mr.", "Dr.", "U.S.", "said", "told reporters", "he said,", "she added",
    "1", "0", "12", "2,500", "3.5", "1,000,000", "10 000", "1/2", "½", "-4", "007", "99999999999",
    "9" * 40, "0." + "0" * 30 + "1", "one", "twenty-one", "hundred", "a dozen", "half",
    "million", "billion", "bn", "km", "miles", "kg", "%", "per cent", "$", "£", "€", "US$",
    "mph", "°C", "tonnes", "an hour", "a year", "2021", "1999", "0", "1st", "21st", "century",
    "decade", "1990s", "years ago", "days", "weeks from now", "in", "on", "by", "since",
    "January", "May", "Dec.", "Monday", "Tuesday night", "yesterday", "last week", "next year",
    "10:30", "2:05:41", "3pm", "a.m.", "GMT", "Christmas", "Easter", "spring", "Q3",
    ".", "...", "!", "?", "!!!", "?!", "…", ",", ";", ":", "-", "—", "(", ")", "[", "]",
    '"', "“", "”", "‘", "’", "'", "«", "»", "\n", "\n\n", " ", "  ",
]  # fmt: skip

news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(lambda parts: " ".join(parts))
glued_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.text(max_size=300)
texts = st.one_of(any_text, news_text, glued_text)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))

SETTINGS = settings(
    derandomize=True,
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _json_ok(value: object) -> None:
    json.dumps(value, allow_nan=False)


def _finite(*values: float | None) -> None:
    for v in values:
        assert v is None or not math.isnan(v)


@SETTINGS
@given(texts)
def test_splitter_round_trips(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[prev:s].strip()  # nothing but whitespace is left out
        sentence = text[s:e]
        assert sentence == sentence.strip() and sentence
        prev = e
    assert not text[prev:].strip()


@SETTINGS
@given(texts, published)
def test_find_times(text: str, pub: date | None) -> None:
    prev_end = 0
    for m in find_times(text, pub):
        assert prev_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        prev_end = m.end
        if m.interval is not None:
            m.interval[0].timestamp()
            m.interval[1].timestamp()
        _json_ok(m.to_json())


@SETTINGS
@given(texts)
def test_find_quantities(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert math.isfinite(q.value) and math.isfinite(q.precision)
        _finite(q.value_high, q.low, q.high)
        _json_ok(q.to_json())


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts)
def test_find_quotes(text: str) -> None:
    for q in quotes.find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        for s, e in q.parts:
            assert q.start <= s <= e <= q.end
        _json_ok(q.to_json())


@SETTINGS
@given(texts)
def test_numbers_and_units(text: str) -> None:
    prev_end = 0
    for n in find_numbers(text):
        assert prev_end <= n.start < n.end <= len(text)
        assert math.isfinite(n.value) and 0 < n.precision < math.inf
        prev_end = n.end
    for v in (parse_number(text), precision_of(text)):
        assert v is None or math.isfinite(v)
    for surface in (text, text.strip(), text[:4]):
        unit = lookup_unit(surface) or lookup_currency_prefix(surface)
        assert unit is None or unit in UNITS.values()


@SETTINGS
@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e27, max_value=1e27),
    st.sampled_from(sorted(UNITS)),
)
def test_unit_conversion_and_formatting(value: float, unit: str) -> None:
    assert math.isfinite(to_base(value, UNITS[unit]))
    assert format_number(value) and format_number(value, words=True)
