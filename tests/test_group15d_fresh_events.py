"""Fresh events for readers once the events of ten or more articles run out
(issue 15, session 10): only four unjudged ones were left, so readers get
events of five or more articles, and the judged events keep their articles."""

from __future__ import annotations

import json

import pytest

from benchmarks import findings as bench

pytestmark = pytest.mark.skipif(not bench.CORPUS.is_dir(), reason="ECB+ corpus not present")


def _used() -> set[str]:
    judged = {
        g["event"] for p in bench.DATA.glob("G*.json") for g in json.loads(p.read_text())["groups"]
    }
    realcopy = json.loads((bench.ROOT / "benchmarks" / "realcopy_data" / "events.json").read_text())
    return judged | {e["event"] for e in realcopy["events"]}


def test_ten_fresh_events_of_five_articles_none_judged_before():
    fresh = bench.fresh_events(10, 5)
    # the corpus is finite: each reader's events leave fewer (5 after G8 judged
    # ten; none after G10, session 14, took the last four)
    assert len(fresh) <= 10
    assert not {name for name, _ in fresh} & _used()
    assert all(len(files) >= 5 for _, files in fresh)


def test_admitting_smaller_events_keeps_every_judged_event_and_its_articles():
    big, small = dict(bench.events(99)), dict(bench.events(99, 5))
    assert all(small[name] == files for name, files in big.items())
    assert len(small) > len(big)
