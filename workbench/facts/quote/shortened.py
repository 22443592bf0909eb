"""A quote one source shortens faithfully: "shortened; meaning kept".

Outlets quote a clause of a statement another prints whole ("will not be
spared" / "Those responsible will not be spared, whoever they are"). Session
30 readers judged every such cut left as a question borderline: the text
settles it. A cut is faithful when each end it drops

- carries no turning word (cutwords.py: no negation, 'but', condition, bound,
  exception, qualifier or hedge) that the shorter source does not write itself
  just outside its quote marks (said customers should be without power "for a
  week or more": the 'without' is the reporter's, not lost), and
- adds no statement of its own (", and the passengers stayed calm" does; a
  refusal to comment, ", and we will not speculate", does not), and
- is cut where a clause ends: after a comma, semicolon, colon, dash or
  sentence break of the longer version ("… to cut it; we are buying it to grow
  it"), or where the shorter source tells the words cut itself: before its
  marks, the last words cut before the kept ones, in one form or another (said
  those responsible "will not be spared"; said the force hoped the sentence
  "brings …" / "I hope today brings …"); after them, the first word cut after
  the kept ones ("brings some small measure of peace" to the family / "… of
  peace to Shannon and Tyler's family").

A cut inside a clause at its end ("… every home in the town" / "… by spring")
is never faithful: what follows may bound what was said. A dropped caveat
("…, but that could change if the wind shifts") is a turning cut (turncut.py),
decided before this module is asked.
"""

from __future__ import annotations

import re

from .conceded import after_concession
from .cutwords import cues, refusal_in
from .mention import QuoteMention, normalise_words
from .reason import after_reason
from .sentences import sentence_breaks, word_offsets

# Printed marks after a word (or between two words) that end a clause.
_CLAUSE_END = re.compile(r"[,;:–—]|\s-\s|\(")
# Words read on each side of the shorter quote's marks, and the characters read.
AROUND_WORDS = 8
_AROUND_CHARS = 160


def clause_breaks(q: QuoteMention) -> frozenset[int]:
    """Token indexes k where a clause of ``q`` ends before token k: its sentence
    breaks, and every comma, semicolon, colon or dash after token k-1."""
    positions = [p for s, e in q.parts for p in word_offsets(q, s, e)]
    out = set(sentence_breaks(q))
    for k in range(1, len(positions)):
        (s0, e0), (s1, _e1) = positions[k - 1], positions[k]
        if s0 == s1:
            continue  # two tokens of one printed word
        printed = q.text[s0 - q.start : s1 - q.start]
        word_end = printed[len(q.text[s0 - q.start : e0 - q.start].rstrip(",;:")) :]
        if _CLAUSE_END.search(word_end) or _CLAUSE_END.search(q.text[e0 - q.start : s1 - q.start]):
            out.add(k)
    return frozenset(out)


def around(q: QuoteMention, text: str) -> tuple[list[str], list[str]]:
    """The words the article ``text`` prints just before ``q``'s opening mark
    and just after its closing one, normalised; ([], []) without the text."""
    if not text or q.end > len(text):
        return [], []
    before = normalise_words(text[max(0, q.start - _AROUND_CHARS) : q.start]).split()
    after = normalise_words(text[q.end : q.end + _AROUND_CHARS]).split()
    return before[-AROUND_WORDS:], after[:AROUND_WORDS]


def _untold_cues(dropped: list[str], tail: bool, outside: list[str]) -> list[str]:
    """The turning words of ``dropped`` the shorter source does not write
    itself outside its marks."""
    return [dropped[at] for _kind, at in cues(dropped, tail) if dropped[at] not in outside]


# Words that open a clause adding something of its own: ", and the fans deserve
# every minute of it" is another statement the shorter quote leaves out, a
# question as before (labelled pairs: truncation is unresolved); a refusal to
# comment so joined (", and we will not speculate") adds nothing.
_ADDING = frozenset(["and", "or", "so", "then", "while", "because", "as", "plus"])


def _adds_a_fact(tail: list[str]) -> bool:
    return bool(tail) and tail[0] in _ADDING and not refusal_in(tail)


def _written(dropped: list[str], outside: list[str]) -> bool:
    """A word of ``dropped`` the reporter writes outside the marks, as it is or
    in another form of one stem ("I hope" / "hoped")."""
    return any(
        w == o or (min(len(w), len(o)) >= 4 and w[:4] == o[:4]) for w in dropped for o in outside
    )


def faithful_cut(long_q: QuoteMention, short_q: QuoteMention, i: int, short_text: str) -> str:
    """Why ``short_q`` (``long_q``'s tokens from ``i``) keeps the meaning, said
    for the explanation; "" when the cut is not faithful (a question)."""
    toks, n = long_q.tokens, len(short_q.tokens)
    breaks = clause_breaks(long_q)
    before, after = around(short_q, short_text)
    told: list[str] = []
    conceded = i > 0 and after_concession(list(toks[:i]), breaks, before)
    reason = i > 0 and not conceded and after_reason(list(toks[:i]), breaks, before)
    if i > 0 and not (conceded or reason):
        head = list(toks[:i])
        if _untold_cues(head, False, before):
            return ""
        if i not in breaks and not _written(head[-2:], before):
            return ""
        told += [w for _k, at in cues(head, False) if (w := head[at]) in before]
    if i + n < len(toks):
        tail = list(toks[i + n :])
        if _untold_cues(tail, True, after) or _adds_a_fact(tail):
            return ""
        if i + n not in breaks and not (after and after[0] == tail[0]):
            return ""  # cut inside a clause the reporter does not go on with
    if conceded:
        return (
            "the words cut before the quote end in a clause of their own that a 'but' "
            "sets against the kept words — what it carries does not reach them — and "
            "nothing else cut turns them: shortened; meaning kept"
        )
    if reason:
        return (
            "the words cut before the quote end in a clause of their own that the kept "
            "words give a reason for or an outcome of — what it carries does not reach "
            "them — and nothing else cut turns them: shortened; meaning kept"
        )
    said = "the words cut are a clause of their own or words the reporter gives"
    outside = f" ('{' '.join(told)}' is written outside the quote marks)" if told else ""
    return (
        f"{said} outside the quote marks, and carry no negation, 'but', condition or "
        f"qualifier{outside}: shortened; meaning kept"
    )
