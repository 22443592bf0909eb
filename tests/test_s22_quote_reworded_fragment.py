"""A fragment of a longer quotation, printed in the form the reporter's own
sentence needs, is the same quotation (session 22): 'would "double our
investment in clean and affordable housing"' against "we are doubling the
city's investment in clean, affordable housing" shares no run of five words
as printed, so the two were never compared. Matched on the words' stems with
small words dropped, they pair; compared, a change that keeps the meaning
(the owner named for a pronoun, a word in another form, "and" for a comma,
the subject the reporter's sentence supplies) is a question that says so,
and another word is still an altered quotation."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import match_quotes
from workbench.model import Verdict
from workbench.thresholds import current


def _quote(text: str):
    quotes = find_quotes(text)
    assert len(quotes) == 1
    return quotes[0]


# (full quotation, a reporter's fragment of it, the words of the change)
KEPT = [
    (
        "\"We are doubling the city's investment in clean, affordable housing for "
        'families," Mayor Ana Ruiz said.\n',
        'The plan would "double our investment in clean and affordable housing," the '
        "mayor's office said.\n",
        "city's",
    ),
    (
        "\"By buying Lumen, we are strengthening Acme's position as a leading, trusted "
        'supplier of parts to the industry," chief executive Paul Grey said.\n',
        'Grey said the deal would "strengthen out position as a leading and trusted '
        'supplier of parts."\n',
        "acme's",
    ),
    (
        "\"The council is protecting the county's libraries and parks from the cuts "
        'for another year," council leader Joan Hale said.\n',
        'Hale promised to keep "protect its libraries and parks from the cuts."\n',
        "county's",
    ),
]


@pytest.mark.parametrize(("full", "fragment", "owner"), KEPT)
def test_a_reworded_fragment_is_the_same_quotation(full: str, fragment: str, owner: str) -> None:
    a, b = _quote(full), _quote(fragment)
    assert match_quotes(a, b) >= current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None
    assert diff.verdict is Verdict.UNRESOLVED
    assert "owner named for a pronoun" in diff.explanation
    assert owner in diff.explanation


ALTERED = [
    (  # a word changed besides the forms: an altered quotation
        "\"We are cutting the council's spending on parks, libraries, museums and street "
        'lighting this year," treasurer Sam Boyd said.\n',
        'Boyd said the budget would "cut our spending on parks, libraries, museums and '
        'street cleaning."\n',
        "cleaning",
    ),
    (
        "\"We are accelerating the company's move into cheap, reliable cloud storage and "
        'backup for small firms," chief executive Lena Ortiz said.\n',
        'Ortiz vowed to "accelerate our exit from cheap and reliable cloud storage and '
        'backup for small firms."\n',
        "exit",
    ),
]


@pytest.mark.parametrize(("full", "fragment", "changed"), ALTERED)
def test_another_word_in_the_fragment_is_an_altered_quote(
    full: str, fragment: str, changed: str
) -> None:
    a, b = _quote(full), _quote(fragment)
    assert match_quotes(a, b) >= current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict is Verdict.CONFLICT
    assert changed in diff.explanation


FORMS = [
    (
        '"We are accelerating the transformation into an agile, disruptive innovator," '
        "chief executive Rory Reed said.\n",
        'Reed said it would "accelerate the transformation into an agile and disruptive '
        'innovator."\n',
        "accelerate",
    ),
    (  # the subject and auxiliary left to the reporter's sentence
        '"We are doubling our efforts to find the missing hikers before nightfall," '
        "Sheriff Tom Crane said.\n",
        'Crane said deputies would "double our efforts to find the missing hikers before '
        'nightfall."\n',
        "doubling",
    ),
]


# A form alone ("I just wanted" / "I just want") stays house style, no flag
# (paraphrase.minor); with the subject cut it was called an altered quote.
@pytest.mark.parametrize(("full", "fragment", "form"), FORMS)
def test_a_word_in_the_form_the_reporter_needs_is_a_question(
    full: str, fragment: str, form: str
) -> None:
    a, b = _quote(full), _quote(fragment)
    assert match_quotes(a, b) >= current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict is Verdict.UNRESOLVED
    assert "another form" in diff.explanation and form in diff.explanation


def test_a_negation_cut_from_the_start_is_no_kept_meaning() -> None:
    a = _quote(
        '"We are not accelerating the transformation into an agile, disruptive '
        'innovator," chief executive Rory Reed said.\n'
    )
    b = _quote('Reed said it would "accelerate the transformation into an agile and '
               'disruptive innovator."\n')  # fmt: skip
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and "another form" not in diff.explanation


NOT_ONE = [
    (  # two remarks sharing small words and a verb
        '"We will rebuild the school before the end of the year," the principal said.\n',
        'The minister said they were "rebuilding the bridge before winter."\n',
    ),
    (  # the same topic, other words
        '"Our investment in housing is the largest in the history of the city," Ruiz said.\n',
        'Critics called the plan "an investment in the wrong kind of housing."\n',
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_ONE)
def test_two_remarks_sharing_stems_are_not_one_quote(a: str, b: str) -> None:
    assert match_quotes(_quote(a), _quote(b)) < current().quote.same_quote


THIRD_PERSON = [
    (
        '"We take our reputation in this town very seriously," manager Ed Cole said.\n',
        'Cole said the club "takes its reputation in this town very seriously."\n',
    ),
    (
        '"I credit my recovery to the nurses on ward nine," said patient Maya Hart.\n',
        'Hart said she "credited her recovery to the nurses on ward nine."\n',
    ),
    (  # a short fragment: the close-match test on stems
        '"We value our volunteers and donors above all," Mayor Ruiz said.\n',
        'Ruiz said the city "values its volunteers and donors above all."\n',
    ),
]


@pytest.mark.parametrize(("full", "fragment"), THIRD_PERSON)
def test_the_speakers_pronoun_put_in_the_third_person_is_a_question(
    full: str, fragment: str
) -> None:
    a, b = _quote(full), _quote(fragment)
    assert match_quotes(a, b) >= current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict is Verdict.UNRESOLVED
    assert "third person" in diff.explanation
