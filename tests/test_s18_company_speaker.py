"""A company under its legal form is the company, not a person whose surname
is "SA" (trial 24: "France Telecom said it plans to send a boat …" against
"France Telecom SA, which plans to send a maintenance boat …" was an
attribution conflict)."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.facts.quote.speakers import make_speaker


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("short", "legal"),
    [
        ("France Telecom", "France Telecom SA"),
        ("Apple", "Apple Inc."),
        ("Vodafone Group", "Vodafone Group Plc"),
        ("Siemens", "Siemens AG"),
    ],
)
def test_a_company_and_its_legal_name_are_one_source(tmp_path, short, legal):
    claim = " said it plans to send a maintenance boat to repair the damaged cables this week.\n"
    analysis = analyze_paths(pair(tmp_path, short + claim, legal + claim))
    assert [d for d in analysis.discrepancies if d.kind == "attribution"] == []
    speaker = make_speaker(legal, 0, {})
    assert speaker is not None and not speaker.is_person
    assert speaker.key == "org:" + short.lower()


def test_two_people_credited_apart_are_still_a_conflict(tmp_path):
    claim = " said the ministry plans to send a maintenance boat to repair the cables this week.\n"
    analysis = analyze_paths(
        pair(tmp_path, "Minister Anna Berg" + claim, "Minister Paul Weiss" + claim)
    )
    assert [d.kind for d in analysis.discrepancies] == ["attribution"]
