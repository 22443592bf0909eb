"""Two neighbouring sentences of one source join one claim group through
another source's sentence aligned with both only when they state one claim
(``claim_groups(neighbours=...)``; issue 15, impure groups). That other
sentence may carry two claims, one told by each neighbour: "The bridge was
closed Monday, officials said, but they could not say when it would reopen" /
"The bridge was closed Monday." + "Nobody could say when it would reopen."
are two claims, not one told twice (reader G9 marked five such "again" lines
odd)."""

from __future__ import annotations

from conftest import claims_of

from workbench import align, findings
from workbench.findings.evidence import plain_wording
from workbench.model import Alignment
from workbench.thresholds import current

_claims = claims_of


def _groups(b0: str, b1: str, neighbours):
    """A:0 and C:0 aligned with B:1, D:0 with B:0; every other cross pair
    aligned weakly (so only the two B sentences keep the groups apart)."""
    claims = _claims(
        {
            "A": ["The crossing over the river stays shut, engineers said."],
            "B": [b0, b1, "Traffic was diverted through the town centre."],
            "C": ["Engineers said the river crossing stays shut for now."],
            "D": ["Officials closed the bridge on Monday and gave no reopening date."],
        }
    )
    strong = [
        Alignment("A:0", "B:1", 0.9),
        Alignment("C:0", "B:1", 0.9),
        Alignment("A:0", "C:0", 0.9),
        Alignment("B:0", "D:0", 0.9),
    ]
    weak = [
        Alignment("A:0", "D:0", 0.5),
        Alignment("C:0", "D:0", 0.5),
        Alignment("C:0", "B:0", 0.5),
        Alignment("B:1", "D:0", 0.5),
        Alignment("A:0", "B:0", 0.5),
    ]
    return findings.claim_groups(
        claims, strong, lambda a, b: 0.0, join=strong + weak, neighbours=neighbours
    )


def test_neighbours_judged_two_claims_stay_in_two_groups():
    asked = []

    def never(a: str, b: str) -> bool:
        asked.append({a, b})
        return False

    b0, b1 = "The bridge was closed on Monday.", "Nobody could say when it would reopen."
    groups = _groups(b0, b1, never)
    assert sorted(len(g.members) for g in groups) == [2, 3]
    assert all(not m.restated for g in groups for m in g.members)
    assert asked and all(pair == {b0, b1} for pair in asked)


def test_neighbours_judged_one_claim_join():
    (group,) = _groups("The bridge was closed on Monday.", "It shut that day.", lambda a, b: True)
    by = {m.article: m for m in group.members}
    assert sorted((*by["B"].claims, *by["B"].restated)) == ["B:0", "B:1"]


def test_the_aligner_scale_keeps_unlike_neighbours_apart():
    # the rule build() uses: the two sentences' own wording must reach the
    # aligner's accept (here the lexical scale, without embeddings)
    accept = current().align.lexical.accept
    wording = plain_wording(align.similarity)

    def neighbours(a: str, b: str) -> bool:
        return wording([(a, b)])[0] >= accept

    apart = _groups(
        "Officials said the bridge was closed on Monday.",
        "Nobody could say when the crossing would reopen to cars.",
        neighbours,
    )
    assert sorted(len(g.members) for g in apart) == [2, 3]
    (joined,) = _groups(
        "The council closed the old bridge on Monday after cracks were found.",
        "After cracks were found, the old bridge was closed by the council on Monday.",
        neighbours,
    )
    assert len(joined.members) == 4
