"""A claim chosen in the coverage view names a source with a similar sentence
the grouping kept apart as "a similar sentence" in its column header, as the
coverage row marks it (◌), not "omits this claim" (fresh window trial)."""

from __future__ import annotations

from types import SimpleNamespace

from workbench.findings import Coverage
from workbench.model import Alignment, Claim, ClaimGroup, Member
from workbench.ui.coverage_rows import _similar_spans
from workbench.ui.nway import badge, claim_spread


def test_a_similar_sentence_is_named_not_called_an_omission():
    claims = {
        "a:1": Claim("a:1", "a", 1, 0, 40, "Armstead sustained a wound to her left arm."),
        "b:1": Claim("b:1", "b", 1, 10, 50, "Armstead was shot in her left arm."),
        "c:4": Claim("c:4", "c", 4, 120, 170, "She was wounded in the arm, police said."),
        "c:5": Claim("c:5", "c", 5, 171, 200, "The disturbing evidence was shown."),
    }
    group = ClaimGroup("g3", (Member("a", ("a:1",), 0.8), Member("b", ("b:1",), 0.8)), ("c",))
    coverage = Coverage(group, ("a", "b"), (), 2, 3, ("c",))
    analysis = SimpleNamespace(
        alignments=(Alignment("a:1", "c:5", 0.3), Alignment("b:1", "c:4", 0.6))
    )
    similar = _similar_spans(coverage, analysis, claims)
    assert similar == {"c": (120, 170)}  # its best-aligned sentence
    spread = claim_spread({"a": (0, 40), "b": (10, 50)}, ["a", "b", "c", "d"], similar)
    assert spread.omitted == ("d",)
    text, _tip = badge(spread.place("c"), "●", "aligned")
    assert text.startswith("◌ a similar sentence")
    assert badge(spread.place("d"), "●", "aligned")[0] == "∅ omits this claim"
