"""Two versions of one remark that open alike and go on differently.

'"Prices rose faster than last spring, and they rose further," she said' /
'"Prices rose faster than last spring, but they did not rise as far," she
said': both quote the same opening, then each goes on in the same sentence
with words the other does not have. That is no cut of a longer remark (a cut
stops where the other goes on, or goes on into another sentence): one
sentence was said one way, and at most one version is verbatim. When the two
continuations differ in words that carry meaning — a negation on one side
only, a comparison or a direction turned ('further' / 'not as far', 'rose' /
'fell'), another figure — the versions contradict each other: a conflict,
its explanation showing both continuations (a fresh reader, session 26: the
pair read 'different portions of the same remark … the shared wording
matches', unresolved). Continuations that differ otherwise stay a question,
also showing both.
"""

from __future__ import annotations

from ...model import Verdict
from ..numwords import word_number
from .diff import QuoteDiff
from .diff import short_words as _short
from .mention import QuoteMention
from .questions import as_written, token_span
from .sentences import sentence_breaks

# Words both versions must share before they part: a clause, not two words
# any two sentences have in common ("of the", "we are").
SHARED_WORDS = 4
# Words of each continuation shown and read: the rest of its sentence, at most.
CONTINUATION_WORDS = 14

_NEGATING_TEXT = (
    "not no never nothing none nobody neither nor cannot without hardly barely scarcely"
)
_NEGATING = frozenset(_NEGATING_TEXT.split())
# Words that say which way something went or compares: one side's set against
# the other's opposite set is a comparison turned round.
_UP_TEXT = (
    "more higher further farther faster greater larger bigger longer above over up rise "
    "rose risen rises rising increase increased increases grew grow grows growing gain "
    "gained stronger"
)
_UP = frozenset(_UP_TEXT.split())
_DOWN_TEXT = (
    "less lower fewer slower smaller shorter below under down fall fell fallen falls falling "
    "decrease decreased decreases shrank shrink shrinks drop dropped drops declined "
    "decline weaker"
)
_DOWN = frozenset(_DOWN_TEXT.split())
# 'better' / 'worse' and 'earlier' / 'later' are each other's opposites
_PAIRS = {"better": "worse", "worse": "better", "earlier": "later", "later": "earlier"}
# 'as far', 'as high', 'as much': 'not as far' turns 'further'
_AS_TEXT = "far high much many fast big large long strong good quickly"
_AS = frozenset(_AS_TEXT.split())


def _negated(words: list[str]) -> bool:
    return any(w in _NEGATING or w.endswith("n't") for w in words)


# read as 1 by the number parser, but an article or a pronoun far more often
_NOT_FIGURES = frozenset({"a", "an", "one"})


def _figures(words: list[str]) -> set[float]:
    out = set()
    for w in words:
        if w.isdigit():
            out.add(float(w))
        elif w not in _NOT_FIGURES and (n := word_number(w)) is not None:
            out.add(n)
    return out


def _direction(words: list[str]) -> set[str]:
    """'up', 'down', or the word of an opposite pair, each continuation says."""
    out = set()
    for k, w in enumerate(words):
        if w in _PAIRS:
            out.add(w)
        elif w in _UP or (w in _AS and k and words[k - 1] == "as"):
            out.add("up")
        elif w in _DOWN:
            out.add("down")
    return out


def _turned(ca: list[str], cb: list[str]) -> str:
    """How two continuations say different things ('' when no word of weight
    tells them apart)."""
    if _negated(ca) != _negated(cb):
        return "one of them is negated"
    da, db = _direction(ca), _direction(cb)
    if da and db and da != db and not (da & db):
        return "they go opposite ways"
    fa, fb = _figures(ca), _figures(cb)
    if fa and fb and fa != fb:
        return "they give different figures"
    return ""


def _rest_of_sentence(q: QuoteMention, k: int) -> int:
    """The token where the sentence holding token ``k`` of ``q`` ends."""
    end = min((b for b in sentence_breaks(q) if b > k), default=len(q.tokens))
    return min(end, k + CONTINUATION_WORDS)


def diverging(
    a: QuoteMention, b: QuoteMention, stretch: tuple[int, int, int, int], names: tuple[str, str]
) -> QuoteDiff | None:
    """Both versions go on, in the sentence they share, past the stretch
    they quote alike (``stretch``: a0, a1, b0, b1) with different words:
    a conflict when the continuations differ in meaning (:func:`_turned`),
    else a question; None when either stops there or starts a new sentence
    (another cut of a longer remark)."""
    a0, a1, b0, b1 = stretch
    ta, tb = a.tokens, b.tokens
    if a1 >= len(ta) or b1 >= len(tb) or min(a1 - a0, b1 - b0) < SHARED_WORDS:
        return None
    if a1 in sentence_breaks(a) or b1 in sentence_breaks(b):
        return None
    a2, b2 = _rest_of_sentence(a, a1), _rest_of_sentence(b, b1)
    ca, cb = ta[a1:a2], tb[b1:b2]
    if not ca or not cb or ca == cb:
        return None
    why = _turned(ca, cb)
    a_name, b_name = names
    o0 = max(a0, a1 - 6)
    opening = ("… " if o0 else "") + as_written(a, o0, a1, ta[o0:a1])
    went_a = as_written(a, a1, a2, ca) + (" …" if a2 < len(ta) else "")
    went_b = as_written(b, b1, b2, cb) + (" …" if b2 < len(tb) else "")
    said = (
        f"{a_name} and {b_name} quote the same opening ('{opening}'), then go on "
        f"differently: {a_name} '{went_a}', {b_name} '{went_b}'"
    )
    if why:
        verdict, tail = (
            Verdict.CONFLICT,
            f"; {why}, so they cannot both be what was said — conflict",
        )
    else:
        verdict, tail = Verdict.UNRESOLVED, "; at most one is verbatim — check which — unresolved"
    return QuoteDiff(
        verdict,
        "altered",
        said + tail,
        token_span(a, a1, a2) or (a.start, a.end),
        token_span(b, b1, b2) or (b.start, b.end),
        _short(ta, 20),
        _short(tb, 20),
    )
