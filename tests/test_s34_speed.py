"""Session 34 (issue 14): the quote matcher remembers the pairs of versions it
compared, keyed by everything it reads, so an answer taken from the memo is
the answer computed afresh.

The class of error guarded against is a memo whose key misses an input: the
same quotation printed at another place in its article (other offsets), the
same words broken into other sentences (other punctuation), or other
thresholds in force, each given a stale answer.
"""

from __future__ import annotations

import itertools

import pytest

from workbench import thresholds
from workbench.facts.quote import match
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.mention import QuoteMention

# Varied pairs: a multi-sentence quotation against one of its sentences, a
# reworded one, a cut one, words in another order, two unrelated remarks,
# contractions written out, numbers and units inside the words.
ARTICLES = [
    (
        'The mayor said: "We will rebuild the bridge by June. Nobody should doubt '
        'that. The city has the money." Residents were unconvinced.',
        'Officials were firm. "The city has the money," the mayor told reporters.',
    ),
    (
        '"Our hearts and prayers are with the family of the man who died," the chief said.',
        '"Our hearts and prayers go out to the family of the man who died," said the chief.',
    ),
    (
        '"The storm dropped 14 inches of rain in six hours and flooded 300 homes," '
        "said Ms. Reyes, the county's emergency manager.",
        '"It dropped 14 inches of rain," Reyes said. "Three hundred homes flooded."',
    ),
    (
        '"We don\'t know yet what caused the fire," Captain Lee said.',
        '"We do not know yet what caused the fire," Lee said. "It is under investigation."',
    ),
    (
        '"Prices will rise next quarter, and we are ready for it," the chief executive said.',
        '"We are ready for it, and prices will rise next quarter," the company said.',
    ),
    (
        '"The vaccine was 82 percent effective in the trial," Dr. Okafor said.',
        '"Nobody expected the council to approve the stadium so quickly," Brown said.',
    ),
]


def _quotes() -> list[QuoteMention]:
    out: list[QuoteMention] = []
    for pair in ARTICLES:
        for text in pair:
            out.extend(q for q in find_quotes(text) if q.tokens)
    return out


def _shifted(q: QuoteMention, by: int) -> QuoteMention:
    """``q`` as printed ``by`` characters further into its article."""
    parts = tuple((s + by, e + by) for s, e in q.parts)
    return QuoteMention(q.start + by, q.end + by, q.text, parts, q.words, q.speaker)


def test_quotes_were_found():
    assert len(_quotes()) >= 10  # the cases below test something


def test_remembered_answers_equal_fresh_ones_for_every_pair():
    match._matched_memo.cache_clear()
    quotes = _quotes()
    for a, b in itertools.product(quotes, repeat=2):
        fresh = match._matched(a, b)  # the unremembered computation
        assert match.matched_sentences(a, b) == fresh
        assert match.matched_sentences(a, b) == fresh  # now from the memo
    assert match._matched_memo.cache_info().hits >= len(quotes) ** 2


def test_same_quotation_at_other_offsets_gives_the_same_spans():
    quotes = _quotes()
    for a, b in itertools.combinations(quotes, 2):
        want = match._matched(a, b)
        for by in (0, 7, 1234):
            assert match.matched_sentences(_shifted(a, by), _shifted(b, 3 * by)) == want


def test_same_words_broken_into_other_sentences_are_not_confused():
    # one set of words, printed as one sentence and as three: the sentence
    # windows differ, so the memo must not hand one the other's answer
    one = find_quotes('"we rebuild the bridge nobody doubts that the city has the money" he said')
    three = find_quotes(
        '"We rebuild the bridge. Nobody doubts that. The city has the money." he said'
    )
    other = find_quotes('"The city has the money," she said. "Nobody doubts that."')
    assert one and three and other
    (q1,), (q3,) = one, three
    assert q1.words == q3.words and q1.text != q3.text
    for o in other:
        assert match.matched_sentences(q1, o) == match._matched(q1, o)
        assert match.matched_sentences(q3, o) == match._matched(q3, o)
        assert match.matched_sentences(o, q1) == match._matched(o, q1)
        assert match.matched_sentences(o, q3) == match._matched(o, q3)


@pytest.mark.parametrize("name", ["quote.same_quote", "quote.max_compared_words"])
def test_thresholds_in_force_are_part_of_the_key(name):
    quotes = _quotes()
    strict = thresholds.with_value(name, 0.99 if name.endswith("same_quote") else 3)
    for a, b in itertools.combinations(quotes, 2):
        default = match.matched_sentences(a, b)
        with thresholds.use(strict):
            assert match.matched_sentences(a, b) == match._matched(a, b)
        assert match.matched_sentences(a, b) == default


def test_a_threshold_changes_some_answer():
    # the key matters only if some answer depends on it: a long quotation is
    # compared only for identity past max_compared_words
    quotes = _quotes()
    short = thresholds.with_value("quote.max_compared_words", 3)
    changed = 0
    for a, b in itertools.combinations(quotes, 2):
        default = match.matched_sentences(a, b)
        with thresholds.use(short):
            changed += match.matched_sentences(a, b) != default
    assert changed > 0


def test_memo_is_bounded():
    assert match._matched_memo.cache_info().maxsize == match.MEMO_SIZE
