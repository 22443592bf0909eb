"""A short article that names this story but aligns with nothing: kept.

Trial 45 (P9): ITV's one-sentence brief, "The site manager at the Waitrose
supermarket in Wellington that has been damaged by fire, says it will take a
couple of days …", shared no aligned sentence with five BBC and local
reports of the fire, and the whole check was refused as if it were another
story, while an editor would keep it. An article is such a brief when it is
short (at most ``BRIEF_SENTENCES`` sentences) and writes a name the story's
other articles write: a capitalised word, not the first of its sentence, no
weekday or month, that at least half of the other articles (and one at the
least) also write. A report of another story names none of them (the
takeover beside the fire, the cables beside the browser flaw) and is refused
as before; so are two unrelated articles alone, neither naming the other's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Analysis
from ..text import STOPWORDS

# a one- or two-sentence item (a brief, a caption, an update line); a longer
# article that aligns with nothing is more likely another story's
BRIEF_SENTENCES = 2

_NAME = re.compile(r"\b[A-Z][A-Za-z'’.-]*[A-Za-z]")
# written here, not read from facts/lexicon: the review log reads this module
# (``store.findings`` -> ``findings``) and may not import the fact families
_CALENDAR = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
_NOT_NAMES = frozenset(_CALENDAR.split()) | STOPWORDS


def _names(sentence: str) -> set[str]:
    """Capitalised words of a sentence but its first, as written (no
    weekday, month or stopword): the names the sentence gives."""
    out = set()
    for m in _NAME.finditer(sentence):
        if not sentence[: m.start()].strip(" \"'“‘(["):
            continue  # capitalised because it opens the sentence
        word = m.group().rstrip(".").removesuffix("’s").removesuffix("'s")
        if word.lower() not in _NOT_NAMES and len(word) > 1:
            out.add(word)
    return out


def on_topic_briefs(analysis: Analysis) -> dict[str, list[str]]:
    """Each short article, by id, with the names of this story it writes
    (those at least half the other articles write too); an article naming
    none is left out."""
    sentences: dict[str, list[str]] = defaultdict(list)
    for c in analysis.claims:
        sentences[c.article].append(c.text)
    written = {a.id: set().union(*map(_names, sentences[a.id])) for a in analysis.articles}
    out: dict[str, list[str]] = {}
    for a in analysis.articles:
        if not 0 < len(sentences[a.id]) <= BRIEF_SENTENCES:
            continue
        others = [written[o.id] for o in analysis.articles if o.id != a.id]
        need = max(1, (len(others) + 1) // 2)
        shared = [n for n in sorted(written[a.id]) if sum(n in o for o in others) >= need]
        if shared:
            out[a.id] = shared
    return out
