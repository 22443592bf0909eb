"""Versions worded alike but read differently carry their reading (fresh CLI
trial: '8.40am', '8.40am', '8.40am' listed as three versions of one finding,
which looked arbitrary to the editor)."""

from __future__ import annotations

from workbench.findings.told import told_apart as _told_apart
from workbench.model import Side, Version


def _version(article: str, text: str, normalized: str) -> Version:
    return Version(text, (Side(article, f"{article}:1", 0, 6, text, normalized),), 1)


def test_versions_worded_alike_say_how_each_was_read():
    versions = (
        _version("a", "8.40am", "08:40 on Sat 15 Jun 2013"),
        _version("b", "8.40am", "08:40 on Sat 8 Jun 2013"),
        _version("c", "about 9am", "about 09:00"),
    )
    labels = [v.value for v in _told_apart(versions)]
    assert labels == [
        "8.40am (08:40 on Sat 15 Jun 2013)",
        "8.40am (08:40 on Sat 8 Jun 2013)",
        "about 9am",
    ]


def test_versions_worded_differently_are_left_as_they_are():
    versions = (_version("a", "12", "12"), _version("b", "15", "15"))
    assert _told_apart(versions) == versions


def test_a_reading_that_is_the_wording_in_lower_case_is_not_repeated():
    """Trial 29: a quote's version printed '“I feel on the floor … basketball. (i feel on
    the floor … basketball)”' — the reading told nothing apart."""
    quote = "I feel on the floor we weren't executing the philosophy."
    reading = "i feel on the floor we weren't executing the philosophy"
    versions = (_version("a", quote, reading), _version("b", quote, reading))
    assert [v.value for v in _told_apart(versions)] == [quote, quote]
