"""A quoted fragment turned in its small words (issue 11, session 37).

Authored development, election D8: "This is not a landslide, it is a mandate
with conditions attached" against a report calling the outcome "a landslide,
and a mandate without conditions attached". The two versions share runs of two
words at most, so neither the reworded test (five in a row) nor the sentence
windows of a quotation of several sentences (three in a row) met them: the
reversed quote was never compared. The class: a fragment whose content words
all stand in the other version, in order, in one short stretch that holds no
content word of its own — its small words ("not", "without", "it is")
changed. Cases made up: an election, a mine, a club, a bridge, a fire, a
council, a port.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench import thresholds
from workbench.facts.quote import find_quotes, match_quotes
from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.inorder import fragment_in_order
from workbench.model import Verdict

TURNED = [
    (  # the full remark runs on into a second sentence the fragment never quotes
        '"This is not a landslide, it is a mandate with conditions attached," he said. '
        '"Vasilek will need the Greens more than the Greens need him."',
        'Pavel Strunjak called the outcome "a landslide, and a mandate without conditions '
        'attached".',
    ),
    (
        '"The miners are not trapped, they are sheltering with air and water," said the '
        "rescue chief, Ana Ruiz.",
        'Ruiz said the men were "trapped and sheltering without air or water".',
    ),
    (
        '"We are not selling the stadium, we are leasing it with the council," said the '
        "club's director, Jonas Berg.",
        'Berg said the club was "selling the stadium and leasing it without the council".',
    ),
]


@pytest.mark.parametrize(("full", "fragment"), TURNED)
def test_a_fragment_turned_in_its_small_words_is_the_same_quotation(full, fragment):
    (a, *_), (b,) = find_quotes(full), find_quotes(fragment)
    assert match_quotes(a, b) >= thresholds.current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict is Verdict.CONFLICT, diff
    # the negation the fragment lost is named, cut before the words both quote or not
    assert "not'" in diff.explanation, diff.explanation


@pytest.mark.parametrize(("full", "fragment"), TURNED[:2])
def test_the_turned_fragment_is_a_conflict_between_reports(tmp_path, full, fragment):
    flags = [d for d in courier_gazette(tmp_path, full, fragment) if d.kind == "quote"]
    assert [d.verdict for d in flags] == [Verdict.CONFLICT], flags


TWO_REMARKS = [
    # a content word of the other's stretch the fragment does not hold: another remark
    (
        "the bridge will reopen to traffic on monday morning",
        "the bridge has been closed to traffic since monday morning",
    ),
    # too few content words in common: a story's remarks share some
    (
        "crews reached the third floor within minutes",
        "the fire started on the third floor of the building",
    ),
    # the words spread over the other quotation, not one stretch of it
    (
        "council budget cuts hurt schools",
        "the council said the budget was fine and that cuts would never come while our "
        "schools still hurt from the last round of savings",
    ),
    # three content words only: met in any two remarks of one story
    ("the port will not close", "the port will close"),
]


@pytest.mark.parametrize(("a", "b"), TWO_REMARKS)
def test_other_remarks_sharing_content_words_are_no_fragment(a, b):
    assert not fragment_in_order(a.split(), b.split())
    assert not fragment_in_order(b.split(), a.split())


TWO_WAYS = (
    "this is not a landslide it is a mandate with conditions attached",
    "a landslide and a mandate without conditions attached",
)


def test_the_same_words_in_order_are_a_fragment_either_way_round():
    full, fragment = TWO_WAYS
    assert fragment_in_order(full.split(), fragment.split())
    assert fragment_in_order(fragment.split(), full.split())
