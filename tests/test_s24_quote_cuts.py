"""A quotation cut at its start, as the text settles it (issue 11, session 24,
authored development clusters): a lead-in of subject, 'have' and the adverb
'since' ("We have since rebuilt …" / "rebuilt …") turns nothing, a faithful
shortening readers judged the question noise on; a lead-in that negates the
words after it ("Nobody can say yet that the ship should not have sailed" /
"conceded that 'the ship should not have sailed'") makes the cut say the
opposite: a conflict, not a question. Made-up quotes: councils, ministers,
clubs, companies; traps: a doubt or denial ("No one doubts that …"), a negation
of an earlier clause, a bound in time ("Since Monday …")."""

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(full: str, cut: str):
    return compare_quotes(find_quotes(full)[0], find_quotes(cut)[0], "A", "B")


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        (
            '"We accept the findings. We have since rebuilt our security from the ground '
            'up," she said.',
            'She said the company has "rebuilt our security from the ground up".',
        ),
        (
            '"The club has since paid every supplier it owed money to," the chairman said.',
            'The chairman said the club had "paid every supplier it owed money to".',
        ),
    ],
)
def test_a_lead_in_with_since_then_is_a_faithful_cut(full, cut):
    assert _diff(full, cut) is None


@pytest.mark.parametrize(
    ("full", "cut", "lead"),
    [
        (
            '"Nobody can say yet that the ship should not have sailed. That is what the '
            'investigation is for," he said.',
            'The minister has conceded that "the ship should not have sailed", and said a '
            "panel would report.",
            "nobody can say yet that",
        ),
        (
            '"I never said that taxes would rise next year," the minister said.',
            'The minister said "taxes would rise next year".',
            "i never said that",
        ),
        (
            '"We do not accept that the bridge was unsafe," the council said.',
            'The council admitted "the bridge was unsafe".',
            "we do not accept that",
        ),
        (
            "\u201cThe board doesn't believe that the offer undervalues the company,\u201d "
            "a spokesman said.",
            "A spokesman said the board thought \u201cthe offer undervalues the company\u201d.",
            "the board doesn't believe that",
        ),
    ],
)
def test_a_cut_negating_lead_in_is_a_conflict(full, cut, lead):
    for a, b in ((full, cut), (cut, full)):
        d = _diff(a, b)
        assert d is not None and d.verdict == Verdict.CONFLICT, d
        assert lead in d.explanation and "opposite" in d.explanation


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        # a doubt or denial negated: the rest is still said
        ('"No one doubts that the plan will work," he said.', 'He said "the plan will work".'),
        # a negation of an earlier clause ("I know that", no hedge: session 33 reads
        # "I believe that" cut from the start as the hedge it is cut from the end)
        (
            '"It was not easy, but I know that we will win the final," he said.',
            'He said "we will win the final".',
        ),
        # a bound in time cut: what was said may hold only since then
        (
            '"Since Monday we have cut the queues by half," she said.',
            'She said "we have cut the queues by half".',
        ),
    ],
)
def test_a_cut_the_text_does_not_settle_stays_a_question(full, cut):
    d = _diff(full, cut)
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
