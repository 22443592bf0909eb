"""Issue 14 (speed40, session 36): work at 200 articles that no result needs.

The class: a reading of every article of the run redone, or done for
articles nothing asks about, and the check's cyclic garbage collector walking
an analysis that makes no garbage cycles. Each mechanism is checked against
the direct reading it replaces, on cases of its own.
"""

from __future__ import annotations

import gc
import sys

import pytest
from conftest import pair

from workbench import entry
from workbench.analysis import analyze, load_articles
from workbench.facts.quote import find_quotes, quotes_in
from workbench.facts.quote import kept as quotes_kept
from workbench.judge import both_credited, own_conversion

_SPOKEN = [
    '"We will rebuild the bridge before winter," Mayor Ana Ruiz said on Monday.\n',
    'Police Chief Tom Walsh said: "There is no evidence of a wider network."\n\n'
    '"We are still searching," he added.\n',
    "\u201cNobody was hurt,\u201d said Kofi Mensah, a spokesman for the port. "
    "\u201cThe crane simply gave way.\u201d\n",
    "Officials said nothing about the cause. No one else was quoted.\n",
]


@pytest.mark.parametrize("text", _SPOKEN)
def test_the_kept_quotations_are_those_find_quotes_reads(text):
    assert list(quotes_in(text)) == find_quotes(text)
    assert quotes_in(text) is quotes_in(text)  # read once


def _two_speakers(tmp_path):
    """Two quotations of the same words credited to two people: the judge asks
    every article of the run whether one gives the words to both."""
    a = load_articles(
        pair(
            tmp_path,
            '"There is no evidence of a wider network," Police Chief Tom Walsh said.\n',
            '"There is no evidence of a wider network," Interior Minister Rosa Diaz said.\n',
        )
    )
    facts = analyze(a).facts
    quotes = [f for f in facts if f.kind == "quote"]
    assert len(quotes) == 2
    return quotes


def test_every_article_is_read_once_however_many_the_run_holds(tmp_path, monkeypatch):
    """Forty articles asked about twice: each article's sentences and
    quotations read once (a memo of 32 read all 40 again on the second ask)."""
    qa, qb = _two_speakers(tmp_path)
    everywhere = [
        f"Story {n}: the harbour reopened on day {n}, officials said.\n" for n in range(40)
    ]
    read: list[str] = []

    def counted(text):
        read.append(text)
        return find_quotes(text)

    both_credited._read.cache_clear()
    quotes_kept.quotes_in.cache_clear()
    monkeypatch.setattr(quotes_kept, "find_quotes", counted)
    try:
        first = both_credited.given_to_both(qa, qb, everywhere)
        second = both_credited.given_to_both(qa, qb, everywhere)
    finally:
        both_credited._read.cache_clear()
        quotes_kept.quotes_in.cache_clear()
    assert first is second is False
    assert sorted(read) == sorted(everywhere)


def test_a_source_giving_the_words_to_both_is_still_found(tmp_path):
    qa, qb = _two_speakers(tmp_path)
    both = (
        "Walsh and Diaz spoke after the raids. Walsh said there is no evidence of a wider "
        "network, and Diaz said there is no evidence of a wider network either.\n"
    )
    others = [f"Story {n}: the harbour reopened, officials said.\n" for n in range(40)]
    assert both_credited.given_to_both(qa, qb, [*others, both])
    assert not both_credited.given_to_both(qa, qb, others)


_RATE = "The Canadian dollar was trading at C$1.37 to the US dollar.\n"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The miner agreed to pay C$185m (US$150m) for the mine on Monday.\n\n" + _RATE, 1),
        ("The miner agreed to pay C$205m (US$150m) for the mine on Monday.\n\n" + _RATE, 0),
        ("The jet was cruising at 11,000 metres (about 31,000 feet) when it vanished.\n", 1),
        ("The miner agreed to pay C$185m for the mine on Monday.\n\n" + _RATE, 0),
    ],
)
def test_an_articles_rates_are_read_only_for_its_own_conversions(
    tmp_path, monkeypatch, text, flags
):
    """The stated rates are read of the articles with a figure and its
    conversion in parentheses, and nowhere else; the flags are the same."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    asked: list[str] = []
    real = own_conversion.rates_in

    def counted(article_text):
        asked.append(article_text)
        return real(article_text)

    monkeypatch.setattr(own_conversion, "rates_in", counted)
    other = "Rescue teams worked through the night, officials said on Tuesday.\n"
    analysis = analyze(load_articles(pair(tmp_path, text, other)))
    own = [d for d in analysis.discrepancies if d.rule == "conversion_does_not_convert"]
    assert len(own) == flags
    assert all(other.strip() not in t for t in asked)  # nothing of it to convert
    assert bool(asked) == ("(" in text)


def test_a_check_runs_without_the_cyclic_collector(monkeypatch):
    """``check`` turns automatic collection off (entry.no_collections); other
    commands keep it."""
    seen: dict[str, bool] = {}

    def fake_run() -> int:
        seen[sys.argv[1]] = gc.isenabled()
        return 0

    import workbench.cli
    import workbench.embed_preload

    monkeypatch.setattr(workbench.cli, "main", fake_run)
    monkeypatch.setattr(workbench.embed_preload, "start_for", lambda argv: None)
    monkeypatch.setattr(entry, "end", lambda status, ahead, finished=False: status)
    was = gc.isenabled()
    try:
        for command in ("check", "report"):
            gc.enable()
            monkeypatch.setattr(sys, "argv", ["workbench", command])
            assert entry.main() == 0
    finally:  # leave collection as found: the window's collector may have it off
        if was:
            gc.enable()
        else:
            gc.disable()
    assert seen == {"check": False, "report": True}
