"""Fresh articles for readers once every event has been judged (session 26):
the articles after the first five of events whose judged articles all come
before them, and judgments stored against the groups as the reader saw them."""

from __future__ import annotations

import json

import pytest

from benchmarks import findings as bench
from benchmarks import findings_export as packet

pytestmark = pytest.mark.skipif(not bench.CORPUS.is_dir(), reason="ECB+ corpus not present")


def test_fresh_articles_after_the_judged_ones():
    fresh = bench.fresh_events(10, 5, skip=5)
    judged = {}
    for p in bench.DATA.glob("G*.json"):
        s = json.loads(p.read_text())
        for g in s["groups"]:
            judged.setdefault(g["event"], set()).add(s.get("skip", 0) + s["size"])
    if not fresh:  # every such event has had its articles 6-10 judged (G13, session 26)
        assert any(max(seen) > 5 for seen in judged.values())
    for name, files in fresh:
        assert len(files) >= 10
        assert max(judged.get(name, {0})) <= 5  # no reader saw the 6th article on
        shown = bench.articles_of(name, 5, 5)
        assert shown == files[5:10] and not set(shown) & set(bench.articles_of(name, 5))


def test_judgments_are_kept_against_the_members_shown(tmp_path, monkeypatch):
    """The packet's members/ decide what a group held, whatever the grouping
    does by the time the judgments come back (no analysis is run)."""
    (tmp_path / "members").mkdir()
    (tmp_path / "members" / "_packet.json").write_text('{"size": 5, "skip": 5}')
    shown = {"g1": [["a", "One claim."], ["b", "The same claim."]], "g2": [["a", "Another."]]}
    (tmp_path / "members" / "ev.json").write_text(json.dumps(shown))
    answers = [
        {"group": "g1", "one_claim": True, "odd_members": [], "same_as": ["g2"], "note": ""},
        {"group": "g2", "one_claim": True, "odd_members": [], "same_as": [], "note": ""},
    ]
    (tmp_path / "ev.json").write_text(json.dumps(answers))
    monkeypatch.setattr(packet, "DATA", tmp_path / "data")
    packet.add_judgments(tmp_path, "GX", size=5)
    kept = json.loads((tmp_path / "data" / "GX.json").read_text())
    assert (kept["size"], kept["skip"]) == (5, 5)
    assert kept["groups"][0]["members"] == shown["g1"]
    assert kept["groups"][0]["same_as"] == [shown["g2"]]
