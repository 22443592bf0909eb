"""Whether two reported-speech sentences credit one statement.

"The bridge will reopen in March, Maria Lopez said" and "… John Smith said"
credit the same statement to two people; "Mark Jay Heller told a judge that
Lohan was settling in" and "Lohan had checked into Morningside, according to
the Associated Press" were aligned but say different things, and a person
and an agency are not two speakers anyway. Two sentences say the same thing
when, the attributions taken out, most content words of the shorter are in
the longer.
"""

from __future__ import annotations

import re

from ...text import content_tokens, stem
from .mention import Speaker
from .speakers import SPEECH_VERBS

_SPEECH_WORDS = frozenset(stem(w) for w in re.findall(r"[a-z]+", SPEECH_VERBS)) | {"according"}
# Share of the shorter sentence's content words the longer must hold.
SAME_STATEMENT_SHARE = 0.6


def _statement_words(sentence: str, speaker: Speaker) -> set[str]:
    """Content words of a sentence without who said it and the speech verb."""
    who = {stem(w) for w in content_tokens(f"{speaker.text} {speaker.name}")}
    return {stem(w) for w in content_tokens(sentence)} - who - _SPEECH_WORDS


def says_the_same(a: str, sa: Speaker, b: str, sb: Speaker) -> bool:
    """Whether sentences ``a`` (credited to ``sa``) and ``b`` (to ``sb``) state
    one thing: at least three content words, most of the shorter's shared."""
    wa, wb = _statement_words(a, sa), _statement_words(b, sb)
    short = min(len(wa), len(wb))
    return short >= 3 and len(wa & wb) >= SAME_STATEMENT_SHARE * short
