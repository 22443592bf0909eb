"""The --json output matches docs/json-format.md field by field."""

from __future__ import annotations

import json

from conftest import SEEDS

from workbench.cli import main

ROOT_KEYS = {
    "version",
    "articles",
    "claims",
    "facts",
    "alignments",
    "discrepancies",
    "groups",
    "findings",
    "coverage",
    "independence",
    "manual_links",  # editors' links (docs/json-format.md); [] when there are none
}


def test_json_format_fields_and_offsets(tmp_path, capsys):
    out = tmp_path / "a.json"
    assert (
        main(
            [
                "check",
                *map(str, SEEDS),
                "--db",
                str(tmp_path / "db.sqlite"),
                "--json",
                str(out),
                "-q",
            ]
        )
        == 0
    )
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == ROOT_KEYS and data["version"] == 2
    texts = {}
    for a in data["articles"]:
        assert {"id", "path", "title", "outlet", "published", "text"} <= set(a)
        assert a["published"] is None or len(a["published"]) == 10
        texts[a["id"]] = a["text"]
    claims = {}
    for c in data["claims"]:
        assert set(c) == {"id", "article", "start", "end", "text"}
        assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
        claims[c["id"]] = c
    kinds = set()
    for f in data["facts"]:
        assert set(f) == {"id", "claim", "article", "kind", "start", "end", "text", "value"}
        assert texts[f["article"]][f["start"] : f["end"]] == f["text"]
        assert isinstance(f["value"], dict)
        kinds.add(f["kind"])
        if f["kind"] in ("date", "time", "duration", "set"):
            assert "timex" in f["value"]
        if f["kind"] in ("quantity", "number", "money", "percent"):
            assert {"unit", "dimension"} <= set(f["value"])
            assert "amount" in f["value"] or "low" in f["value"]
    assert {"date", "quote", "quantity"} <= kinds
    for al in data["alignments"]:
        assert set(al) == {"claims", "score", "manual"} and al["manual"] is False
        left, right = (claims[c] for c in al["claims"])
        assert left["article"] != right["article"] and 0 <= al["score"] <= 1
    assert data["discrepancies"]
    for d in data["discrepancies"]:
        assert set(d) == {"id", "kind", "verdict", "explanation", "sides"}
        assert d["verdict"] in ("conflict", "consistent", "unresolved")
        assert len(d["sides"]) == 2 and d["explanation"]
        for s in d["sides"]:
            assert set(s) == {"article", "claim", "start", "end", "text", "normalized"}
            assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
            c = claims[s["claim"]]
            # the side covers the value, not the whole sentence
            assert s["end"] - s["start"] < len(c["text"]) or d["kind"] == "quote"
    _check_across_sources(data, texts, claims)


def _check_across_sources(data, texts, claims):
    """Version 2: groups, findings, coverage and independence, as documented."""
    sources = [a["id"] for a in data["articles"]]
    assert data["groups"]
    for g in data["groups"]:
        assert {"id", "members"} <= set(g) <= {"id", "members", "aligned"}
        assert len(g["members"]) >= 2
        arts = [m["article"] for m in g["members"]]
        assert len(arts) == len(set(arts))  # one member per source
        for m in g["members"]:
            assert (
                {"article", "claims", "score"}
                <= set(m)
                <= {"article", "claims", "score", "restated"}
            )
            assert 1 <= len(m["claims"]) <= 2
            assert all(claims[c]["article"] == m["article"] for c in m["claims"])
    group_ids = {g["id"] for g in data["groups"]}
    in_findings = []
    for f in data["findings"]:
        assert set(f) == {
            "id",
            "kind",
            "verdict",
            "explanation",
            "group",
            "versions",
            "relations",
            "discrepancies",
            "correct",
            "agreement",
        }
        # an agreement is a consistent finding (docs/json-format.md: of one version
        # stated alike, or, since session 30, of versions agreeing by arithmetic)
        assert not f["agreement"] or f["verdict"] == "consistent"
        assert f["id"].startswith("F") and f["group"] in group_ids | {""}
        assert f["verdict"] in ("conflict", "consistent", "unresolved")
        for v in f["versions"]:
            assert set(v) == {"value", "sources", "independent", "sides"}
            assert 1 <= v["independent"] <= len(v["sources"])
            for s in v["sides"]:
                assert set(s) == {"article", "claim", "start", "end", "text"}
                assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
        for r in f["relations"]:
            assert r["discrepancy"] in f["discrepancies"]
            assert all(0 <= i < len(f["versions"]) for i in r["versions"])
        assert set(f["correct"]) <= set(sources)
        in_findings.extend(f["discrepancies"])
    assert sorted(in_findings) == sorted(d["id"] for d in data["discrepancies"])
    cov = data["coverage"]
    assert cov["sources"] == sources
    assert [row["group"] for row in cov["groups"]] == [g["id"] for g in data["groups"]]
    for row in cov["groups"]:
        assert sorted(row["carried"] + row["omitted"] + row["aligned"]) == sorted(sources)
        assert isinstance(row["widely_carried"], bool)
        assert 1 <= row["independent"] <= len(row["carried"])
    ind = data["independence"]
    assert set(ind) == {"credits", "copies", "independent_sources"}
    for c in ind["copies"]:
        assert set(c) == {"articles", "shared", "credit"} and len(c["articles"]) == 2
    assert 1 <= ind["independent_sources"] <= len(sources)


def test_next_month_is_a_timex_of_july_2021(tmp_path, capsys):
    out = tmp_path / "a.json"
    main(["check", *map(str, SEEDS), "--db", str(tmp_path / "db.sqlite"), "--json", str(out), "-q"])
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    nm = [f for f in data["facts"] if f["text"].endswith("next month")]
    assert nm and nm[0]["value"]["timex"] == "2021-07"
