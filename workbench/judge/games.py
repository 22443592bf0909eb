"""Figures of two different games (issue 11, session 16): a game story's
sentences that each give a game's result with its score ("a 108-70 rout of
the College of Charleston" / "beat visiting Evansville, 91-73"), the scores
sharing no number, and each naming someone the other never names, tell of
two games; their players' points and rebounds are two games' figures, not
one figure misreported (ECB+ 31_ecb: a roundup's earlier game read against
the record night). Read from the two sentences; one CANDIDATE row."""

from __future__ import annotations

import re
from functools import lru_cache

from .apart import sentences_name_apart
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule, is_off

# A score: two numbers joined by a hyphen or dash, not a team's record in
# parentheses ("(10-0)") nor a run within a game ("a 20-2 run").
_SCORE = re.compile(r"(?<![\d.,(/-])(\d{1,3})[-–](\d{1,3})(?![\d/-])(?![ \u00a0]+run\b)")
# A word that says the score is a game's result.
_RESULT = re.compile(
    r"\b(?:win|wins|won|victory|beat|beats|rout|routed|defeat|defeated|defeats|loss|"
    r"lost|edged|topped|downed|thrashed|drubbing|triumph)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def result_scores(text: str) -> frozenset[str]:
    """The numbers of the scores a sentence gives as a game's result, or none
    when it names no result."""
    if not _RESULT.search(text):
        return frozenset()
    return frozenset(n for m in _SCORE.finditer(text) for n in m.groups())


def games_apart(text_a: str, text_b: str) -> bool:
    """Two sentences giving the results of two games: both give a result's
    score, the scores share no number, and each sentence names someone or
    something the other never names (two opponents)."""
    a, b = result_scores(text_a), result_scores(text_b)
    return bool(a) and bool(b) and not a & b and sentences_name_apart(text_a, text_b)


def told_apart(text_a: str, text_b: str) -> bool:
    """Whether two aligned sentences tell of two games while the row that reads
    it is in force (the engine counts them as disagreeing sentences)."""
    return not is_off(DIFFERENT_GAMES.name) and games_apart(text_a, text_b)


def _games_apart(c: CandidateCase) -> bool:
    return c.claims is not None and games_apart(c.claims[0].text, c.claims[1].text)


DIFFERENT_GAMES = Rule(
    "different_games",
    CANDIDATE,
    _games_apart,
    Outcome.SKIP,
    "two sentences that give the results of two games ('a 108-70 rout of the College of "
    "Charleston' / 'beat visiting Evansville, 91-73': scores sharing no number, each naming "
    "an opponent the other never names) tell of two games; a player's points in one are "
    "not his points in the other",
    "tests/test_s16_weakly_related.py::test_figures_of_two_games_are_not_compared; "
    "ECB+ 31_ecb (a roundup's earlier game: Hansbrough's 24 points against the 20 of the "
    "record night)",
)
