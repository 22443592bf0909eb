"""A column header never says a source does not state a value it may state
(fresh trial: "states the claim, not this value" above a sentence stating
'At least 14', whose value had not been compared)."""

from __future__ import annotations

from workbench.ui.nway import Place, badge


def test_a_claim_without_a_compared_value_is_not_said_to_lack_it():
    place = Place("tribune", (0, 1), "", "", 0, 0)
    text, tip = badge(place, "✗", "open")
    assert "not this value" not in text
    assert text == "○ states the claim; value not compared"
    assert "read its sentence" in tip


def test_a_version_is_named_with_its_sources():
    text, tip = badge(Place("bbc", (0, 1), "A", "24", 3, 2), "✗", "open")
    assert text == "✗ A · ‘24’"
    assert "stated by 3 sources (2 independent)" in tip
