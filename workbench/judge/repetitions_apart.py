"""Two words of repetition that qualify different nouns (session 40, issue
11): "the highest monthly total" / "February's annual rate"; "an average
quarterly electricity bill" / "the operator's annual turnover". Each names
the period its own figure covers (facts/period_noun.py), so the two are
different things, not one schedule told two ways: no flag. Two that qualify
one noun ("weekly meetings" / "monthly meetings"), and one standing alone
("meets monthly"), are still compared.
"""

from __future__ import annotations

from ..facts.period_noun import qualified_words
from ..model import Verdict
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule


def repetitions_of_different_things(c: CandidateCase) -> bool:
    """Both values are repetitions written before nouns that share no word."""
    if c.x.kind != "set" or c.y.kind != "set" or c.claims is None:
        return False
    if c.cmp.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT):
        return False
    ca, cb = c.claims
    wa = qualified_words(ca.text, c.x.start - ca.start, c.x.end - ca.start)
    wb = qualified_words(cb.text, c.y.start - cb.start, c.y.end - cb.start)
    return bool(wa) and bool(wb) and not wa & wb


REPETITIONS_OF_DIFFERENT_THINGS = Rule(
    "repetitions_of_different_things",
    CANDIDATE,
    repetitions_of_different_things,
    Outcome.SKIP,
    "two words of repetition written before nouns that share no word ('the highest monthly "
    "total' / 'the annual rate'; 'a quarterly electricity bill' / 'the annual turnover'): "
    "each names the period its own figure covers, two different things, not one schedule "
    "told two ways — no flag. Two that qualify one noun ('weekly meetings' / 'monthly "
    "meetings') or one standing alone ('meets monthly') are still compared",
    "tests/test_s40_unlike_things.py::test_repetitions_of_different_things_are_not_compared",
)
