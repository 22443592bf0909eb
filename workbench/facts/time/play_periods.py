"""A quarter or a half of a game is no part of the year (session 41, issue 11).

``periods._PLAY`` reads "the fourth quarter" as a period of play when its own
sentence has a word of play ("a 20-yard touchdown pass in the fourth
quarter"); a game report also says "the Bears pulled away in the fourth
quarter" or "the loss was sealed in the second half" with no such word, and
those sentences were read as October to December of the publication year, or
its second half, and compared with the game's day. Read at story level: in a
story about a game (two words of play or more), an ordinal
quarter or half with no year is a period of play, unless its own sentence is
one of results (a sum of money, profit, revenue, earnings ...), as "sales fell
in the fourth quarter" of a business story keeps its calendar quarter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mention import TimeMention
from .periods import play_words

# An ordinal quarter or half as written, with no year: "the fourth quarter",
# "the final quarter", "third-quarter", "the second half", "first-half".
_ORDINAL_PERIOD = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)",
    re.IGNORECASE,
)
# What a sentence of results copy holds that game copy does not ("net", "loss",
# "output" and "turnover" are words of both: "the loss", "into the net").
_RESULTS = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|income|dividends?|gdp|economy|economic"
    r"|inflation|deficit|surplus|shipments|deliveries|fiscal|financial|per\s+share"
    r"|a\s+share|shares|quarterly|analysts?|forecasts?|guidance|million|billion|bn)\b"
    r"|[$£€¥]\s?\d",
    re.IGNORECASE,
)
# Words of a game's story besides its plays: with two scores, a game's.
_OF_A_GAME = re.compile(
    r"\b(?:games?|coach(?:es)?|playoffs?|league|tournament|teammates?|halftime"
    r"|(?:fight|bout|match|set|round)s?)\b",
    re.IGNORECASE,
)
# How many words of play make a story one about a game.
GAME_WORDS = 2


def a_game_story(texts: Sequence[str]) -> bool:
    """The story's sentences of no results hold two words of play or more
    ("touchdown", "rebounds", "a 14-0 lead", "with 4:48 left"; one alone may be a
    court's 5-4 ruling or a plane's touchdown), one of them a word, more than it
    has sentences of results."""
    words = [w for t in texts if not _RESULTS.search(t) for w in _played(t)]
    if len(words) < GAME_WORDS:
        return False
    if not any(w[0].isalpha() for w in words) and not any(_OF_A_GAME.search(t) for t in texts):
        return False  # two scores alone may be two ranges: 'adults 18-49', '25-54'
    return len(words) > sum(1 for t in texts if _RESULTS.search(t))


def _played(text: str) -> list[str]:
    """The words of play the sentence holds, model numbers left out ("the
    A330-300" is a plane)."""
    return [w for w in play_words(text) if not w[0].isalpha() or not w[1].isdigit()]


def without_periods_of_play(
    texts: Sequence[str], found: list[list[TimeMention]]
) -> list[list[TimeMention]]:
    """Each sentence's times less the quarters and halves of play of a game story."""
    if not any(_period_of_play(m) for ms in found for m in ms) or not a_game_story(texts):
        return found
    return [
        ms if _RESULTS.search(text) else [m for m in ms if not _period_of_play(m)]
        for text, ms in zip(texts, found, strict=True)
    ]


def _period_of_play(m: TimeMention) -> bool:
    return m.granularity in ("quarter", "half") and bool(_ORDINAL_PERIOD.fullmatch(m.text))
