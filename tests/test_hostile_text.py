"""Valid but hostile text: values out of datetime's or float's range, and long
runs that used to take quadratic time. Checked for no crash and sane output
on moderately sized inputs; the timings are in ``benchmarks/hostile.py``."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from benchmarks.hostile import PATTERNS, article, build
from workbench.analysis import analyze
from workbench.facts import quote as quotes
from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.detect import MAX_NUMERALS
from workbench.facts.quantity.numbers import MAX_MAGNITUDE, find_numbers, parse_number
from workbench.facts.time import find_times
from workbench.facts.time.cal import in_safe_range
from workbench.sentences import MAX_SENTENCE, split_sentences

PUBLISHED = [date(2021, 6, 1), date(1, 1, 1), date(9999, 12, 31), None]


@pytest.fixture(autouse=True)
def _lexical_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The alignment path does not matter here; the lexical one is faster."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


# Dates and lengths of time that reach or leave datetime's range (years 1-9999).
OUT_OF_RANGE_TIMES = [
    "It dates from the 1st century.",
    "Built in the early 1st century, it fell in the 2nd century.",
    "In the 0th century nothing happened.",
    "The 99th century will come.",
    "It was built 2020 years ago.",
    "It was built 2021 years ago, or 5000 years ago by other counts.",
    "It will be finished in 8000 years, or 10000 years from now.",
    "Some 99999999 days ago the rock formed.",
    "In 99999 weeks the loan ends; 99999 months ago it began.",
    "It happened 200 centuries ago and will again in 500 centuries.",
    "Two millennia ago, and in the 3rd millennium BC.",
    "In 1 million years, or one trillion years ago.",
    "It lasted 10000000000 years.",
    "Last century, next millennium, the 1000th decade.",
    "In the year 9999 and on 31 December 9999 at 23:59.",
    "In the 9990s and the 10000s.",
    "On January 0 and 0 January 2021, at 25:00 on 2021-13-45.",
    "Yesterday, last week, next year and on Tuesday.",
    "It took " + "9" * 400 + " years, over " + "9" * 320 + " minutes.",
    "In " + "9" * 30 + " weeks, " + "9" * 400 + " days ago.",
    "It happens " + "9" * 400 + " times a day, every " + "9" * 400 + " days.",
    "It lasted " + "hundred " * 200 + "years.",
]

# Numerals whose value or rounding step a float cannot hold, and divisions by zero.
OUT_OF_RANGE_NUMBERS = [
    "The figure was " + "9" * 309 + " dollars.",
    "It cost $" + "9" * 400 + " and £" + "1" * 5000 + ".",
    "Rates rose 1" + "0" * 320 + "% to " + "9" * 400 + ".5 km.",
    "It was 0." + "0" * 400 + "1 km and " + "1" + "0" * 30 + " tonnes.",
    "A ratio of 1 in 0, 0 out of 0 people, 0/0 and 1/0 of the vote.",
    "It grew from 0 to 5, a 0-fold rise, then shrank by 200%.",
    "A fraction 1" + "0" * 5000 + "/2" + "0" * 5000 + " and 1 " + "2" * 5000 + "/3.",
    "a million million million million million million million million million dollars",
    "trillion " * 40 + "tonnes",
    "It was 1e400 km, 1.5e+309 m, 10^400 km and £1e999.",
]


def _json_ok(value: object) -> None:
    """JSON-serialisable without NaN or infinity."""
    json.dumps(value, allow_nan=False)


@pytest.mark.parametrize("text", OUT_OF_RANGE_TIMES + OUT_OF_RANGE_NUMBERS)
def test_analyze_survives_values_out_of_range(text: str) -> None:
    for published in PUBLISHED:
        result = analyze([article(text, "a", published), article(text + " Then more.", "b")])
        assert result.claims
        for f in result.facts:
            _json_ok(f.value)


@pytest.mark.parametrize("text", OUT_OF_RANGE_TIMES)
def test_time_intervals_stay_in_range(text: str) -> None:
    for published in PUBLISHED:
        for m in find_times(text, published):
            if m.interval is not None:
                assert in_safe_range(m.interval)
                m.interval[0].timestamp()  # what the aligner does with it
                m.interval[1].timestamp()
            _json_ok(m.to_json())


def test_out_of_range_dates_are_kept_unresolved() -> None:
    """'The 1st century' and '2020 years ago' stay mentions, with no interval."""
    century = find_times("It dates from the 1st century.", date(2021, 6, 1))
    assert [(m.text, m.interval) for m in century] == [("the 1st century", None)]
    ago = find_times("It was built 2020 years ago.", date(2021, 6, 1))
    assert len(ago) == 1 and ago[0].interval is None
    assert find_times("It was built 20 years ago.", date(2021, 6, 1))[0].interval is not None


@pytest.mark.parametrize("text", OUT_OF_RANGE_NUMBERS)
def test_numbers_are_finite(text: str) -> None:
    for n in find_numbers(text):
        assert math.isfinite(n.value) and abs(n.value) < MAX_MAGNITUDE
        assert 0 < n.precision < math.inf
    for q in find_quantities(text):
        for v in (q.value, q.value_high, q.precision):
            assert v is None or math.isfinite(v)
        _json_ok(q.to_json())


def test_huge_numerals_are_not_read_but_normal_ones_are() -> None:
    assert parse_number("9" * 309) is None
    assert parse_number("1" + "0" * 30) is None
    assert parse_number("0." + "0" * 400 + "1") is None
    assert parse_number("1,000,000,000,000") == 1e12
    assert parse_number("2.5") == 2.5


@pytest.mark.parametrize("name", list(PATTERNS))
def test_analyze_survives_pathological_runs(name: str) -> None:
    text = build(name, 20_000)
    result = analyze([article(text, "a"), article(build("prose one line", 3_000), "b")])
    a_claims = [c for c in result.claims if c.article == "a"]
    assert a_claims, name
    for c in a_claims:
        assert text[c.start : c.end] == c.text
        assert len(c.text) <= MAX_SENTENCE
    for f in result.facts:
        assert 0 <= f.start < f.end
        _json_ok(f.value)


@pytest.mark.parametrize("name", ["prose one line", "Mr. Mr. ", "!!!!", "long word", "spaces"])
def test_splitter_covers_long_one_line_text(name: str) -> None:
    text = build(name, 200_000)
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[prev:s].strip()  # only whitespace between sentences
        assert e - s <= MAX_SENTENCE
        prev = e
    assert not text[prev:].strip()


def test_overlong_sentence_is_cut_at_a_clause_mark() -> None:
    clause = "the council said the plan, which costs $4 million, would work"
    text = "Officials said " + "; ".join([clause] * 200) + "."
    spans = split_sentences(text)
    assert len(spans) > 1
    for _s, e in spans[:-1]:
        assert text[e - 1] == ";"  # a clause mark, never the middle of a word


def test_prose_sentences_are_unchanged_by_the_cap() -> None:
    text = build("prose one line", 50_000)
    assert all(e - s < 1000 for s, e in split_sentences(text))


def test_dense_sentence_reads_the_first_numerals() -> None:
    text = " ".join(f"{i} km" for i in range(1, 400))
    got = find_quantities(text)
    assert len(got) == MAX_NUMERALS
    assert [q.value for q in got[:3]] == [1, 2, 3]


def test_many_times_in_one_sentence_are_read_up_to_the_cap() -> None:
    text = "Trains ran at " + ", ".join(f"{h % 24:02d}:15" for h in range(300)) + "."
    got = find_times(text, date(2021, 6, 1))
    assert 0 < len(got) <= 100
    assert got[0].text == "00:15"


def test_quotes_in_long_paragraphs() -> None:
    para = 'He said "we will rebuild," adding that it would take time. ' * 2000
    found = quotes.find_quotes(para)
    assert len(found) == 2000
    assert all(q.words == "we will rebuild" for q in found)
    assert quotes.find_quotes('"' * 50_000) is not None


@pytest.mark.parametrize("name", ["1 1 1 ", "“”“”", 'said, "', "3 km 3 km ", "on Monday "])
def test_two_hostile_articles_are_aligned_and_judged(name: str) -> None:
    """Aligned claims full of values, and long quotes, are compared without crashing."""
    a = build(name, 12_000)
    result = analyze([article(a, "a"), article(a.replace("4", "5"), "b")])
    assert {c.article for c in result.claims} == {"a", "b"}
    for d in result.discrepancies:
        assert d.explanation


def test_long_quotes_are_compared_only_for_identity() -> None:
    words = " ".join(f"word{i % 50}" for i in range(3000))
    a = quotes.find_quotes(f'He said: "{words}."')[0]
    b = quotes.find_quotes(f'He said: "{words} more."')[0]
    assert quotes.match_quotes(a, a) == 1.0
    assert quotes.match_quotes(a, b) == 0.0
    diff = quotes.compare_quotes(a, b, "A", "B")
    assert diff is not None and "too long" in diff.explanation
