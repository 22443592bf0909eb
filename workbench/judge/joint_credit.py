"""A quotation one source credits to one person while its own sentence names
the other source's speaker beside them as saying it too ('"…," fire chief Dan
Moore said, and Mayor Sue Park agreed'): two officials making one point, not
a misattribution (issue 11, class 4; session 32).

Only the quotation's own sentence is read, outside its quote marks: a person
named in the next sentence is often the one a misattribution took the words
from, and stays a conflict."""

from __future__ import annotations

import re

from ..facts.quote import Speaker
from ..model import Fact

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)")


def _own_sentence(text: str, start: int, end: int) -> str:
    """The words of the sentence around a quotation (start..end), the quotation
    left out."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    begin = before[-1] if before else max(0, start - 300)
    # a quotation that ends its sentence inside its marks ('… on those roads."')
    after = _SENTENCE_END.search(text, max(start, end - 3))
    stop = after.end() if after else min(len(text), end + 300)
    return text[begin:start] + " " + text[end:stop]


def _surname(sp: Speaker) -> str:
    words = (sp.name or sp.text).split()
    return words[-1] if words and words[-1][:1].isupper() else ""


def named_beside(q: Fact, text: str, other: Speaker | None) -> bool:
    """The quotation ``q``'s own sentence in ``text`` names ``other`` (by surname)
    besides the speaker it credits."""
    if other is None or not text or not (surname := _surname(other)):
        return False
    words = _own_sentence(text, q.start, q.end)
    return re.search(rf"\b{re.escape(surname)}\b", words) is not None


def credited_jointly(qa: Fact, qb: Fact, texts: tuple[str, str]) -> bool:
    """Either source's sentence names the other's speaker beside its own."""
    sa, sb = qa.mention.speaker, qb.mention.speaker  # type: ignore[union-attr]
    return named_beside(qa, texts[0], sb) or named_beside(qb, texts[1], sa)
