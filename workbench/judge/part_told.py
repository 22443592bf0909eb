"""A part told as a part (issue 11, session 34): the evidence both_stated.py asks for.

One article states a whole and a part of it ("640 flights … Of those, 212 were at its
Frankfurt hub"); the other states the part's number alone. That report's figure is the
first article's part only when its own sentence carries what makes it a part there:
the part's qualifier — a place ("in the province", "at its hub", "from abroad"), a
group ("new members"), a time ("at the peak", "by 8pm"), the whole a share is of ("of
national demand"). Read from the words of the part's own clause that the whole's
clause does not say, and looked for around the single report's figure by lemma or
prefix ("province" / "provincial"), never in who said it ("officials said").
Without it ("the airline cancelled 212 flights") the single report may take the part
for the total — a real discrepancy an editor wants — and the pair stays compared; so
too when the matching figure measures another thing ("80% antibody response" against
"cut admissions by 80%": "antibody" is not around the other figure).
"""

from __future__ import annotations

import re

from ..model import Claim, Fact
from ..text import STOPWORDS

_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|[.!?](?=\s|$)")
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*", re.IGNORECASE)
_AROUND = 12  # words either side of the single report's figure the qualifier is looked for in
_PREFIX = 5  # letters two words share to be one lemma ('provinc-', 'member-')

# Words that say who told it or are too light to make a part: never a qualifier.
_LIGHT_WORDS = """said says say saying told tells according added adding confirmed announced stated
    statement reported reports reporting officials official spokesman spokeswoman spokesperson
    police organisers organizers authorities ministry minister agency chairman company
    them those these that which who whom were was are is been being be had has have
    of its their his her our another other others some about around nearly almost
    more than over under least most up down just only also per cent percent
    came come went go got get made make took take kept keep put
    one two three four five six seven eight nine ten"""
_LIGHT = frozenset(_LIGHT_WORDS.split())


# Who told it: 'according to the operator Fraport', 'officials said', 'said Jan Berg'.
_ATTRIBUTION = re.compile(
    r"\baccording to(?:\s+(?:the\s+|a\s+|an\s+)?[\w'’.-]+){1,4}"
    r"|(?:\b[\w'’.-]+\s+){0,2}\b(?:said|says|told|added|stated|confirmed|announced|reported)\b"
    r"(?:\s+(?:the\s+|a\s+)?[A-Z][\w'’.-]*)*",
)


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause a span stands in: the text between the punctuation either side."""
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = _CLAUSE_END.search(sentence, end)
    return sentence[left : right.start() if right else len(sentence)]


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(_ATTRIBUTION.sub(" ", text)):
        low = w.lower().strip("'-")
        if len(low) < 3 or low in STOPWORDS or low in _LIGHT:
            continue
        if low.replace(",", "").replace(".", "").isdigit():
            continue
        out.append(low)
    return out


def _one_lemma(a: str, b: str) -> bool:
    k = min(len(a), len(b), _PREFIX)
    return a[:k] == b[:k] and (k == _PREFIX or len(a) == len(b) or abs(len(a) - len(b)) <= 2)


def _span(f: Fact, c: Claim) -> tuple[int, int] | None:
    """Where a figure stands in its claim's text (offsets index the article)."""
    s = f.start - c.start
    if f.text and c.text[s : s + len(f.text)] == f.text:
        return s, s + len(f.text)
    at = c.text.find(f.text) if f.text else -1
    return None if at < 0 else (at, at + len(f.text))


# What a part's qualifier stands after: a preposition of place, group, time or whole
# ('in the province', 'to new members', 'at the peak', 'by 8pm', 'of national demand').
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "on",
        "for",
        "of",
        "by",
        "across",
        "outside",
        "inside",
        "within",
        "among",
        "near",
        "during",
        "before",
        "after",
        "through",
        "via",
        "into",
        "aboard",
        "beyond",
        "throughout",
    ]
)
# A qualifier told without a preposition: 'online', 'abroad', 'overseas'.
_ADVERBS = frozenset(
    ["online", "offline", "abroad", "overseas", "locally", "domestically", "nationally"]
)
_PHRASE = 3  # content words a preposition's phrase reaches
_BREAK = frozenset(["and", "but", "while", "whereas", "or", "with", "which", "who", "that"])


def _qualifying(text: str) -> list[str]:
    """The content words of a clause's prepositional phrases, and its adverbs of place
    or channel: where a qualifier is told ('were at its Frankfurt hub' -> frankfurt, hub),
    never its verb ('came', 'lost', 'raised')."""
    out: list[str] = []
    left = 0
    for w in _WORD.findall(_ATTRIBUTION.sub(" ", text)):
        low = w.lower().strip("'-")
        if low in _PREPOSITIONS:
            left = _PHRASE
        elif low in _BREAK:
            left = 0
        elif low in _ADVERBS:
            out.append(low)
        elif left and _words(low):
            out.append(low)
            left -= 1
    return out


def qualifier(part: Fact, cp: Claim, whole: Fact, cw: Claim) -> tuple[str, ...]:
    """The words of the part's own clause, in its prepositional phrases, that the whole
    does not say (its clause when one sentence tells both, else its sentence): what
    makes the figure a part in its article ('province', 'hub', 'abroad')."""
    ps, ws = _span(part, cp), _span(whole, cw)
    if ps is None or ws is None:
        return ()
    part_clause = _clause(cp.text, *ps).replace(part.text, " ")
    whole_text = _clause(cw.text, *ws) if cp.id == cw.id else cw.text
    whole_words = _words(whole_text.replace(part.text, " "))
    return tuple(
        dict.fromkeys(
            w for w in _qualifying(part_clause) if not any(_one_lemma(w, v) for v in whole_words)
        )
    )


def around(f: Fact, c: Claim) -> tuple[str, ...]:
    """The words near a figure in its own sentence, the attribution left out."""
    span = _span(f, c)
    if span is None:
        return ()
    before = _words(c.text[: span[0]])[-_AROUND:]
    after = _words(c.text[span[1] :])[:_AROUND]
    return (*before, *after)


def told_as_part(part: Fact, cp: Claim, whole: Fact, cw: Claim, single: Fact, cs: Claim) -> bool:
    """The single report's figure carries the part's qualifier in its own sentence:
    it is the same part, not the whole taken for it."""
    wanted = qualifier(part, cp, whole, cw)
    near = around(single, cs)
    return bool(wanted) and any(_one_lemma(w, v) for w in wanted for v in near)
