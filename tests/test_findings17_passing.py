"""A sentence joins a claim group only through its main claim (issue 15, reader
G11: three of five impure groups held a member stating the group's claim only
in a bracket or a side clause, its own claim being another): ``findings.passing``
reads a sentence's main part, and ``findings.apart`` keeps two sentences apart
when what they share sits in side parts of one and the main part of the other."""

from __future__ import annotations

from conftest import claims_of

from workbench import findings
from workbench.findings.apart import different_claims
from workbench.findings.passing import in_passing, main_part
from workbench.model import Alignment


def _words(text: str) -> str:
    return " ".join(text.replace(" ,", ",").split()).lstrip(", ")


def test_the_main_part_leaves_out_brackets_dashes_and_side_clauses():
    assert _words(
        main_part("The mayor will run again (she won in 2019 with 54%) next spring.")
    ) == ("The mayor will run again next spring.")
    dashes = "The coach said on Sunday — after the club extended his deal — that he was tired."
    assert _words(main_part(dashes)) == "The coach said on Sunday that he was tired."
    # a relative clause closed by a comma; an apposition to a name
    assert _words(main_part("The dam, which was built in 1931, will be repaired.")) == (
        "The dam will be repaired."
    )
    assert _words(main_part("Ms Okafor, the former finance minister, will lead the talks.")) == (
        "Ms Okafor will lead the talks."
    )
    # a clause of circumstance, at the start or further on
    assert _words(main_part("Because of the storm, the ferry did not sail.")) == (
        "the ferry did not sail."
    )
    assert _words(main_part("Shares fell 4% after the regulator opened an inquiry.")) == (
        "Shares fell 4%"
    )


def test_what_the_main_part_keeps():
    # a relative clause ending the sentence often carries the news: kept
    kept = "The club signed a new striker, who arrives from Porto for 20 million euros."
    assert main_part(kept) == kept
    # "and" with a new verb ends a clause of circumstance; "and" with another gerund not
    assert "and hired his assistant" in main_part(
        "The club sacked the coach after one season and hired his assistant."
    )
    assert "closing" not in main_part(
        "The firm cut 200 jobs after losing the contract and closing two plants."
    )
    # an apposition to a word in lower case may be the main clause itself
    assert "the model sells well" in main_part(
        "As a cheap phone, the model sells well in rural areas, its maker says."
    )
    # a quotation is what was said: nothing inside it is a side part
    said = "“We will not close the plant before the contract ends,” the chairman said."
    assert main_part(said) == said


def test_a_claim_held_only_in_a_side_part_is_stated_in_passing():
    raise_ = (
        "The mayor is expected to seek a pay rise (she was given 90,000 dollars a year "
        "when first elected) but the council has not decided."
    )
    assert in_passing(raise_, "She was paid 90,000 dollars a year when first elected.")
    assert in_passing(
        "Shares of Dorval fell 4% on Tuesday after the regulator opened an inquiry into its "
        "accounting practices.",
        "The regulator opened an inquiry into Dorval's accounting practices on Tuesday.",
    )
    assert in_passing(
        "The coach told reporters on Sunday — a day after the club confirmed his contract "
        "extension through 2027 — that the squad needed rest.",
        "The club confirmed the coach's contract extension through 2027.",
    )


def test_a_shared_main_claim_is_not_stated_in_passing():
    # both state it as their main claim, one with a side detail
    assert not in_passing(
        "The bridge, which opened in 1932, will close for repairs in March.",
        "The bridge will close in March for repairs.",
    )
    # the same side part in both, and the same main claim
    assert not in_passing(
        "The driver was arrested after a chase through the city centre.",
        "Police arrested the driver after a chase through the city centre.",
    )
    # what both share sits in side parts of both: two main claims sharing a
    # side detail when their main parts are far in meaning (``side_detail``,
    # align26/align27); without a judge of meaning (the lexical path) not apart
    striker = "The striker, who joined from Porto in 2019, scored twice on Saturday."
    keeper = "The goalkeeper, who joined from Porto in 2019, was injured in training."
    assert in_passing(striker, keeper, close=lambda x, y: 0.0)
    assert not in_passing(striker, keeper)
    # a main part saying too little of its own is no claim of its own
    assert not in_passing(
        "He agreed, after the board approved the merger of the two banks on Friday.",
        "The board approved the merger of the two banks on Friday.",
    )


_claims = claims_of


def _always(a: str, b: str) -> float:
    return 1.0


def test_a_sentence_joins_the_group_of_its_main_claim_not_of_its_side_clause():
    claims = _claims(
        {
            "A": [
                "Shares of Dorval fell 4% on Tuesday after the regulator opened an inquiry into "
                "its accounting practices."
            ],
            "B": [
                "The regulator opened an inquiry into Dorval's accounting practices on Tuesday.",
                "Dorval's shares fell 4% on Tuesday.",
            ],
            "C": ["The regulator opened an inquiry on Tuesday into Dorval's accounting practices."],
        }
    )
    strong = [
        Alignment("A:0", "B:0", 0.95),  # the aligner reads the whole sentence
        Alignment("A:0", "C:0", 0.95),
        Alignment("B:0", "C:0", 0.9),
        Alignment("A:0", "B:1", 0.8),
    ]
    # without the rule A's sentence joins the inquiry: its strongest alignments
    groups = findings.claim_groups(claims, strong, _always, join=strong)
    inquiry = next(g for g in groups if any(m.article == "C" for m in g.members))
    assert [m.article for m in inquiry.members] == ["A", "B", "C"]
    apart = different_claims(claims, [])
    groups = findings.claim_groups(claims, strong, _always, join=strong, apart=apart)
    by_members = sorted(sorted(c for m in g.members for c in m.claims) for g in groups)
    assert by_members == [["A:0", "B:1"], ["B:0", "C:0"]]
