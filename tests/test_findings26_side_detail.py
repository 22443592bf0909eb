"""Two sentences sharing only a side detail are two claims (issue 15, readers
G4/G5/G7/G9: the 2006 arrest both mention beside two different main claims;
readers G1/G3: "charged with murder", "will face trial" and "the trial starts
Monday" are three happenings). ``findings.passing.side_detail`` and the
grouping's stages of a case (``findings.apart.stages``)."""

from __future__ import annotations

import pytest

from workbench import embed
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.findings.apart import other_stages, stages
from workbench.findings.evidence import embedded_cosine
from workbench.findings.passing import NEAR, in_passing, main_part, side_detail


def test_a_detail_both_hold_in_side_parts_keeps_two_claims_apart():
    pairs = [
        (
            "The ledger was seized when Okafor was detained in Lagos in 2014.",
            "Investigators leaned on phone records from a bank audit, when Okafor was"
            " detained in Lagos in 2014.",
        ),
        (
            "Marchetti, who won the Tour de France in 1998, opened a bakery in Turin.",
            "The race director, who won the Tour de France in 1998, resigned on Friday.",
        ),
        (
            "The bridge (completed in 1931 by Halvorsen Steel) will close for repairs next month.",
            "Tolls rose sharply last year (the bridge was completed in 1931 by Halvorsen Steel).",
        ),
    ]
    for a, b in pairs:
        assert side_detail(a, b) and side_detail(b, a), (a, b)
        assert in_passing(a, b, close=lambda x, y: 0.0)
        # the lexical path cannot tell a reworded predicate: not kept apart
        assert not in_passing(a, b)


def test_a_main_claim_shared_beside_different_side_parts_stays_one_claim():
    pairs = [
        # one death told twice, its cause in a side part of each
        (
            "On Friday, 36-year-old Duncan Reid died after falling 200 feet from a ridge.",
            "A 36-year-old Scottish climber died on Friday after slipping from a ridge.",
        ),
        # one subject, one predicate, different side parts
        (
            "The ledger, which was found in 2014, was handed to the court on Monday.",
            "The ledger was handed to the court on Monday, after a long delay.",
        ),
        # nothing is a side part in one of them
        (
            "Okafor was detained in Lagos in 2014 by customs officers.",
            "The ledger was seized when Okafor was detained in Lagos in 2014.",
        ),
    ]
    for a, b in pairs:
        assert not side_detail(a, b), (a, b)


def test_clauses_of_time_and_contrast_as_side_parts():
    # "While ..." opening a sentence, and before a gerund, is circumstance
    opening = "While some speculated that he was the source, he denied it."
    assert "speculated" not in main_part(opening)
    assert "climbing" not in main_part("He fell 2,000 feet while climbing to the hut.")
    # ", while ..." further on may join a second main claim: kept
    kept = "Sixty residents were moved, while nearby shops suffered smashed windows."
    assert main_part(kept) == kept
    # a clause of time is a side part only in the wide reading
    told = "Felt was deputy director in 1972 when he began supplying tips to reporters."
    assert main_part(told) == told
    assert "supplying" not in main_part(told, wide=True)


def test_an_order_to_face_trial_and_the_trial_are_stages_of_their_own():
    assert stages("The murder trial of the former clerk starts Monday.") == {"on trial"}
    assert stages("The clerk will face trial on two counts of murder.") == {"ordered to trial"}
    assert stages("A judge ordered him to stand trial; the trial opens in May.") == {
        "ordered to trial",
        "on trial",
    }
    charged = "The clerk has been charged with murder, prosecutors say."
    assert other_stages(charged, "The clerk will face trial on two counts of murder.")
    assert other_stages("The trial opens Monday.", "The clerk will stand trial for the killings.")
    assert other_stages(charged, "Her murder trial begins on Monday.")
    # a sentence naming two stages goes with either
    assert not other_stages("He was convicted at his trial in May.", "His trial began in May.")
    assert not other_stages("He was convicted at his trial in May.", "He was convicted of fraud.")


# --- align27: one main claim in other words, its circumstance aside on both sides


def test_a_figure_both_main_parts_hold_keeps_one_claim():
    pairs = [
        (
            "The firm cut 300 jobs after profits fell by 40% in the third quarter.",
            "The company shed 300 posts after a 40% slump in third-quarter profits.",
        ),
        (
            "Police arrested 14 people after clashes near the stadium on Saturday night.",
            "Officers held 14 fans following clashes near the stadium on Saturday night.",
        ),
    ]
    for a, b in pairs:
        assert not side_detail(a, b) and not in_passing(a, b), (a, b)


# reworded main claims whose shared circumstance is aside in both: structurally a
# shared side detail; near in meaning, so one claim
REWORDED = [
    (
        "Harlow had taken the lead after 12 minutes through a header from Sam Okoye.",
        "Harlow had gone ahead after 12 minutes when Sam Okoye headed in a corner.",
    ),
    (
        "The bank raised its rate after inflation hit 9% in October.",
        "The central bank lifted borrowing costs when inflation hit 9% in October.",
    ),
    (
        "The airline grounded its fleet after a software fault hit check-in systems on Friday.",
        "The carrier halted all flights when a software fault hit check-in systems on Friday.",
    ),
    (
        "Shares of Ventra had jumped after the merger talks were confirmed on Tuesday.",
        "Ventra's stock had surged when the merger talks with Dorn were confirmed on Tuesday.",
    ),
]
# two claims sharing background: far in meaning, kept apart
BACKGROUND = [
    (
        "The ledger was seized when Okafor was detained in Lagos in 2014.",
        "Investigators leaned on phone records from a bank audit, when Okafor was"
        " detained in Lagos in 2014.",
    ),
    (
        "The coach, who led Benfica to the title in 2010, signed a new deal on Friday.",
        "His assistant, who led Benfica to the title in 2010, was sacked in May.",
    ),
]


def test_how_near_the_main_parts_are_decides_past_the_structure():
    for a, b in REWORDED + BACKGROUND:
        assert side_detail(a, b), (a, b)
        assert side_detail(a, b, close=lambda x, y: NEAR - 0.01)
        assert not side_detail(a, b, close=lambda x, y: NEAR)
        # the closeness is asked of the main parts, not of the whole sentences
        seen: list[tuple[str, str]] = []

        def note(x: str, y: str, seen: list = seen) -> float:
            seen.append((x, y))
            return 0.0

        side_detail(a, b, close=note)
        assert seen == [(main_part(a, wide=True), main_part(b, wide=True))]


@pytest.mark.skipif(not embed.available(), reason="optional 'embeddings' extra not installed")
def test_sentence_embeddings_tell_a_reworded_claim_from_background():
    for a, b in REWORDED:
        assert not side_detail(a, b, close=embedded_cosine), (a, b)
        assert not in_passing(a, b, close=embedded_cosine)
    for a, b in BACKGROUND:
        assert side_detail(a, b, close=embedded_cosine), (a, b)


@pytest.mark.skipif(not embed.available(), reason="optional 'embeddings' extra not installed")
def test_the_grouping_keeps_a_reworded_claim_in_one_group(tmp_path):
    # two reports: the lead-taking sentence reworded, its minute and scorer aside
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Harlow beat Dunmore 2-1 in the county final on Saturday.\n\n"
        "Harlow had taken the lead after 12 minutes through a header from Sam Okoye.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Harlow won the county final 2-1 against Dunmore on Saturday.\n\n"
        "Harlow had gone ahead after 12 minutes when Sam Okoye headed in a corner.\n",
        encoding="utf-8",
    )
    analysis = analyze(load_articles([str(a), str(b)]))
    text = {c.id: c.text for c in analysis.claims}
    joined = [
        {text[c] for m in g.members for c in m.claims}
        for g in analysis.groups
        if any("12 minutes" in text[c] for m in g.members for c in m.claims)
    ]
    assert len(joined) == 1 and len(joined[0]) == 2, joined
