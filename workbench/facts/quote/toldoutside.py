"""A turning word the shorter source writes itself, outside its quote marks.

A cut that drops a hedge, a negation, a condition or a denial turns the kept
words (turncut.py): "The repairs may take weeks" / 'said the repairs "will
take weeks"'. But a reporter often carries the turning words into the
sentence around a partial quote: 'said the repairs may "take weeks to
complete"', 'said the company was not yet "able to say when"', 'Unless the
rain stops, Okoro said, "the river will burst its banks"', 'said repairs "will
take weeks", possibly months'. The reader is told what the speaker hedged:
the partial quote is faithful (session 35: readers judged such partial quotes
called conflicts wrong).

The words read are the reporter's own clause next to the marks: before the
opening mark back to the sentence start or the last "and"/"but" (", and the
fire chief acknowledged that …" does not take a "no" from the clause before),
after the closing mark to the sentence end.
"""

from __future__ import annotations

import re

from .mention import QuoteMention, normalise_words

# The kinds of turning word, each a set a reporter may use for the speaker's
# own: "could" for "may", "never" for "not", "if" for "unless".
_NEGATION = "not no never nothing none nobody neither nor cannot without unable yet"
_HEDGE = (
    "may might could perhaps maybe possibly probably likely possible apparently presumably "
    "seemingly hopefully unlikely"
)
_CONDITION = "if unless whether provided providing assuming once permitting depending"
_CONTRAST = "but although though whereas however"
_DENIAL = "wrong false untrue deny denies denied denying"
_BOUND = "about around approximately roughly nearly almost some over under up more fewer less"
_KINDS: tuple[frozenset[str], ...] = tuple(
    frozenset(words.split())
    for words in (_NEGATION, _HEDGE, _CONDITION, _CONTRAST, _DENIAL, _BOUND)
)
# Words that end the reporter's clause before a quote: another statement.
_JOINS = frozenset(["and", "but", "while", "whereas"])
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
REACH = 12  # words of the reporter's clause read on each side
_CHARS = 240


def _kinds_of(w: str) -> set[int]:
    if w.endswith("n't"):
        return {0}
    return {k for k, words in enumerate(_KINDS) if w in words}


def _before(q: QuoteMention, text: str) -> list[str]:
    head = text[max(0, q.start - _CHARS) : q.start]
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end() :] if ends else head
    words = normalise_words(head).split()
    joins = [k for k, w in enumerate(words) if w in _JOINS]
    return (words[joins[-1] + 1 :] if joins else words)[-REACH:]


def _after(q: QuoteMention, text: str) -> list[str]:
    tail = text[q.end : q.end + _CHARS]
    stop = _SENTENCE_END.search(tail)
    words = normalise_words(tail[: stop.start() + 1] if stop else tail).split()
    joins = [k for k, w in enumerate(words) if w in _JOINS]
    return (words[: joins[0]] if joins else words)[:REACH]


def told_outside(short_q: QuoteMention, text: str, cut: list[str], lead: bool) -> bool:
    """The shorter quote's reporter writes a turning word of ``cut`` (the words
    its quote drops before the kept ones when ``lead``, after them otherwise)
    in the clause around its marks: the same word, another of its kind, or one
    of its stem ("I hope" / "hoped")."""
    if not text or short_q.end > len(text):
        return False
    outside = _before(short_q, text) if lead else _after(short_q, text)
    cues = [w for w in cut if _kinds_of(w)]
    for w in cues:
        kinds = _kinds_of(w)
        if any(o == w or kinds & _kinds_of(o) for o in outside):
            return True
    return any(
        len(w) >= 4 and len(o) >= 4 and w[:4] == o[:4] for w in _belief(cut) for o in outside
    )


_BELIEF = frozenset(
    ["think", "believe", "hope", "expect", "guess", "suppose", "reckon", "assume", "trust"]
)


def _belief(words: list[str]) -> list[str]:
    return [w for w in words if w in _BELIEF or w.rstrip("s") in _BELIEF]
