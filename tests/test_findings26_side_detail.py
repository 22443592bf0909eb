"""Two sentences sharing only a side detail are two claims (issue 15, readers
G4/G5/G7/G9: the 2006 arrest both mention beside two different main claims;
readers G1/G3: "charged with murder", "will face trial" and "the trial starts
Monday" are three happenings). ``findings.passing.side_detail`` and the
grouping's stages of a case (``findings.apart.stages``)."""

from __future__ import annotations

from workbench.findings.apart import other_stages, stages
from workbench.findings.passing import in_passing, main_part, side_detail


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
        assert in_passing(a, b)


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
