"""Runner-ups (issue 11, session 22): two sentences of different articles that
score near the aligner's accept but were left apart, because each took a
better partner (alignment is one to one per article pair) or the pair fell
just under accept.

Aligning such pairs outright was measured in session 21: one inventory item
more for 35 new flags on real copy — most of their values are of different
things. A runner-up is therefore compared on values only, and only on those
that say alike what they measure (``anchored``): the same counted thing and
happening, the same named owner, or the same stage of the story at a like
precision — never every value of the pair. And only a difference is shown:
that the sentences agree is told by the partners each of them took.
"""

from __future__ import annotations

import re

from ..facts.whose import sentence_names
from ..model import Claim
from ..text import STOPWORDS
from .apart import sentences_name_apart
from .floor import restated_alike
from .pairing import Paired, measure_in


def anchored(ca: Claim, cb: Claim, p: Paired) -> bool:
    """Whether a value pair of a runner-up says itself that both values are
    one fact: measured alike (``floor.measured_alike``: the same counted thing,
    happening and owner; for days the same named stage) or one named owner's
    figure restated alike (``floor.restated_alike``). The judge asks it of
    claims that name one owner (``names_one_owner``) only."""
    if p.measured_alike:
        return True
    return restated_alike(p.x, p.y, measure_in(ca, p.x), measure_in(cb, p.y))


def names_one_owner(text_a: str, text_b: str) -> bool:
    """Whether two sentences are of one named owner: both name something in
    common, and not each one something the other never names ("The Saints
    placed Pierre Thomas on injured reserve Wednesday" / "The Saints placed
    rookie Chris Ivory on injured reserve Tuesday": one happening, two
    people). One may be the fuller telling ("A hearing for John Jenkin,
    charged with the murder of his mother Alice McMeekin" / "John Jenkin was
    due to appear")."""
    if sentences_name_apart(text_a, text_b):
        return False
    na, nb = set(sentence_names(text_a)), set(sentence_names(text_b))
    fa, fb = _first_name(text_a), _first_name(text_b)
    return bool(na & nb) or bool(fa and (fa == fb or fa in nb)) or bool(fb and fb in na)


def _first_name(text: str) -> str:
    """A sentence's first word when it may be a name ("LaRue served …"):
    capitalised and no stopword ("The", "He"); "" otherwise."""
    m = _FIRST.match(text)
    if m is None or m.group(1).lower() in STOPWORDS:
        return ""
    return m.group(1).lower()


_FIRST = re.compile(r"[\"'“‘(\s]*([A-Z][\w-]*)(?:['’]s)?\b")
