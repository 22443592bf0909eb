"""A subject told by a restrictive relative clause, the sentence ending on its
short predicate (issue 15, session 30, find46; reader G15's 28_ecb): "The
former FBI second-in-command who revealed himself as 'Deep Throat' ... has
died." The clause says who; the predicate is the claim. Another outlet's lead
holding the same identification in a comma-set relative clause ("W. Mark Felt,
who leaked information ... as 'Deep Throat,' died Thursday") states the same
claim: the two are not held apart as one stating it only in passing. Made-up
sentences of other stories; negatives keep long predicates and other openings
as they were."""

from __future__ import annotations

import pytest

from workbench.findings.passing import in_passing, main_part

PAIRS = [
    (
        "The former FBI second-in-command who revealed himself as Deep Throat 30 years "
        "after he tipped off reporters to the Watergate scandal has died.",
        "W. Mark Felt, who leaked information to reporters as Deep Throat about the "
        "Watergate break-in, died Thursday at the age of 95, sources told CNN.",
    ),
    (
        "The Olympic sprinter who won three golds for Jamaica in Beijing and set the world "
        "record has retired.",
        "Usain Bolt, who won three golds for Jamaica in Beijing and set the world record, "
        "retired on Sunday after a hamstring injury, his agent said.",
    ),
    (
        "A fishing trawler that sank off Cornwall with six crew aboard in the storm was found.",
        "The Karen Marie, which sank off Cornwall with six crew aboard in the storm, was "
        "located by divers on Monday about 12 miles south of Newlyn.",
    ),
]


@pytest.mark.parametrize(("subject", "other"), PAIRS)
def test_the_predicate_after_a_subjects_clause_is_the_main_claim(subject, other):
    main = main_part(subject)
    assert main.split()[0] in {"The", "A"}
    assert " who " not in main and " that " not in main
    assert main.rstrip(". ").split()[-1] in {"died", "retired", "found"}
    assert not in_passing(subject, other)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a long predicate: the clause may carry the news, left as it was
        (
            "The company that makes the Kindle has cut 300 jobs at its plant in Cork on Monday.",
            "that makes the Kindle",
        ),
        # no article opening the subject: a name, left to the other rules
        ("Felt who revealed himself as Deep Throat has died.", "who revealed himself"),
        # no relative pronoun: a plain subject
        ("The former FBI second-in-command has died.", "second-in-command has died"),
        # the clause ends the sentence: no predicate after it
        ("It was the trawler that sank off Cornwall.", "that sank off Cornwall"),
    ],
)
def test_other_sentences_keep_their_clause(text, kept):
    assert kept in main_part(text)


def test_a_sentence_stating_the_clause_only_in_passing_stays_apart():
    """The rule gives the subject's clause to the side: a sentence whose main
    claim is what that clause tells is still apart from one naming it only
    there."""
    subject = "The singer who won the 2009 talent show with a cover of Hallelujah has died aged 34."
    other = "Alexandra Burke won the 2009 talent show with a cover of Hallelujah in December."
    assert in_passing(subject, other)
