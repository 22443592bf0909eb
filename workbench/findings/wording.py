"""Wording of a common source: a distinctive run of words two articles share.

Two outlets that paste or lightly rewrite one press release, police statement
or wire story share its wording outside quotation marks, often not in whole
sentences: each cuts the release's sentence differently and adds its own
words, so no sentence is near-verbatim (``copies.verbatim``), yet "a
hot-swappable microSD/SDHC memory card slot with a 256MB card" or "the alarm
was raised after a CCTV operator noticed smoke coming from the roof" is found
word for word in both (session 27, ECB+ 42_ecb: the editor was told "10
independent sources among 10" of ten articles, several carrying one T-Mobile
release). For the claims in such passages the two are one source, as wire copy
is.

A run counts only when it is distinctive: long enough and carrying enough
words of its own — lower-case words that are no stopword, no name, no figure,
and no word of an official formula every reporter writes alike: a job title
("senior vice president and general manager"), a charge or a sentence
("vehicular manslaughter, criminally negligent homicide", "two counts of
murder", "life without parole"). Words inside quotation marks are left out (two
reporters quoting one speaker are still two reporters), as is a run in the
first person (a quotation whose marks were lost) and boilerplate
(``boilerplate``: an "About" blurb, a police appeal for witnesses).

Two articles share the wording of a common source when one run, within a
sentence, holds at least ``RUN_WORDS`` such words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from ..text import STOPWORDS

RUN_WORDS = 5  # distinctive words in one shared run that make two articles copies
# (session 27: at 4, labelled pairs written as independent reports are linked by
# "officials have linked 23 deaths to the heat", "people suffered minor burns";
# two runs of 4 each, by "a furniture warehouse in the Riverside industrial
# park" and "treated for smoke inhalation", and found no ECB+ copy one run of 5
# missed)
GRAM = 4  # words a shared run holds at least (found through runs of this many)
SHOWN = 14  # words of the longest run shown as the reason

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*")
_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_ABBREVIATIONS_TEXT = (
    "mr mrs ms dr st mt no gen sen rep gov lt col sgt capt cpl maj adm supt insp det jr sr "
    "inc co corp ltd bros u.s u.k u.n e.g i.e vs prof rev hon"
)
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_BREAK = "\x00"  # a quoted or boilerplate stretch: no run goes over it
_FIRST_PERSON_TEXT = "i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours"
_FIRST_PERSON = frozenset(_FIRST_PERSON_TEXT.split())
# Words of official formulas independent reporters write alike: job titles,
# charges and sentences, the parts of a name of a court or a company.
_FORMULA_TEXT = (
    "president vice executive senior chief assistant deputy general manager director "
    "officer secretary spokesman spokeswoman spokesperson chairman chairwoman attorney "
    "minister commissioner superintendent sergeant detective inspector lieutenant captain "
    "former acting interim head "
    "charged charges charge count counts murder murders manslaughter homicide homicides "
    "kidnapping assault aggravated sexual criminal criminally negligent negligence vehicular "
    "degree first-degree second-degree third-degree deadly weapon weapons possession "
    "attempted intent suspicion driving drunk drunken impaired influence intoxicated "
    "indecency child abuse cruelty endangerment reckless recklessly robbery burglary theft "
    "fraud conspiracy obstruction justice leaving scene accident resulting death "
    "sentence sentences sentenced life parole probation prison jail years months bail bond "
    "felony felonies misdemeanor misdemeanour guilty plea pleaded court district county "
    "superior federal state"
)
_FORMULA = frozenset(_FORMULA_TEXT.split())
# Words that say no more than a stopword does: prepositions the stopword list
# lacks, and figures written in words ("six helicopters", "the first day").
_PLAIN_TEXT = (
    "among amid amidst across within upon onto toward towards via per despite including "
    "like unlike near beyond along around behind beside besides throughout inside outside "
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions billion dozen dozens half "
    "first second third fourth fifth sixth seventh eighth ninth tenth"
)
_PLAIN = frozenset(_PLAIN_TEXT.split())
_NOT_OWN = STOPWORDS | _FORMULA | _PLAIN


Word = tuple[str, bool, int, int]  # lower-cased, a word of its own, where it is


def tokens(text: str, apart: Sequence[tuple[int, int]]) -> list[Word]:
    """The words of ``text`` (lower-cased, a word of its own?, start, end), with
    ``_BREAK`` where a stretch of ``apart`` (quoted, boilerplate) was."""
    chars = list(text)
    for s, e in apart:
        for i in range(max(s, 0), min(e, len(chars))):
            chars[i] = _BREAK if chars[i] != "\n" else "\n"
    kept = "".join(chars)
    out: list[Word] = []
    prev = 0
    for m in _TOKEN.finditer(kept):
        gap = kept[prev : m.start()]
        # a run stops at a sentence's end: two fragments that meet there prove less
        ends = out and _END.search(gap) and not _abbreviation(out[-1], kept)
        if _BREAK in gap or ends:
            out.append((_BREAK, False, m.start(), m.start()))
        w = m.group()
        opens = not out or out[-1][0] == _BREAK or bool(re.search(r"[.!?:\n]", gap)) or prev == 0
        low = w.lower().replace("’", "'")
        plain = w[0].islower() or (opens and w[1:].islower())  # a capital that only opens
        own = plain and not w[0].isdigit() and low not in _NOT_OWN
        out.append((low, own, m.start(), m.end()))
        prev = m.end()
    return out


def _abbreviation(word: Word, text: str) -> bool:
    """A word whose full stop ends no sentence: a title ("Mr.", "Gen."), an
    initial ("J."), a company's ("Inc.")."""
    written = text[word[2] : word[3]]
    return len(written) == 1 or written.lower().replace("’", "'") in _ABBREVIATIONS


def _runs(a: list[Word], b: list[Word]) -> list[tuple[int, int]]:
    """Maximal runs of at least ``GRAM`` words both hold: (start in ``a``, length)."""
    wa, wb = [w[0] for w in a], [w[0] for w in b]
    at: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(wb) - GRAM + 1):
        gram = tuple(wb[j : j + GRAM])
        if _BREAK not in gram:
            at.setdefault(gram, []).append(j)
    out = set()
    for i in range(len(wa) - GRAM + 1):
        for j in at.get(tuple(wa[i : i + GRAM]), ()):
            if i and j and wa[i - 1] == wb[j - 1] and wa[i - 1] != _BREAK:
                continue  # inside a longer run found from its start
            k = GRAM
            while i + k < len(wa) and j + k < len(wb) and wa[i + k] == wb[j + k] != _BREAK:
                k += 1
            out.add((i, k))
    return sorted(out)


def distinctive(words: list[Word]) -> int:
    """Words of its own a run carries; 0 for a run in the first person."""
    if any(w[0] in _FIRST_PERSON for w in words):
        return 0
    return sum(w[1] for w in words)


def _trimmed(words: list[Word]) -> list[Word]:
    """A run without the stopwords at its ends ("and a … card" → "a … card" is
    kept whole when every word is one)."""
    i, j = 0, len(words)
    while i < j - 1 and words[i][0] in STOPWORDS and words[i][0] not in {"a", "an", "the"}:
        i += 1
    while j - 1 > i and words[j - 1][0] in STOPWORDS:
        j -= 1
    return words[i:j]


def shared_wording(a: list[Word], b: list[Word], text: str) -> str:
    """The longest distinctive run ``a`` and ``b`` share, as ``text`` (``a``'s
    article) prints it, when they share the wording of a common source (the
    module); "" otherwise."""
    scored = []
    for i, k in _runs(a, b):
        words = a[i : i + k]
        shown = _trimmed(words)
        scored.append((distinctive(words), k, " ".join(text[shown[0][2] : shown[-1][3]].split())))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < RUN_WORDS:
        return ""
    words = scored[0][2].split()
    return " ".join(words[:SHOWN]) + (" …" if len(words) > SHOWN else "")


def wording_links(
    texts: dict[str, str], words: dict[str, list[Word]]
) -> dict[tuple[str, str], str]:
    """(left, right) ids in order → the run they share, for every two articles
    sharing the wording of a common source; only pairs holding a run of
    ``GRAM`` words in common are compared."""
    holders: dict[tuple[str, ...], set[str]] = {}
    for aid, held in words.items():
        ws = [w[0] for w in held]
        for j in range(len(ws) - GRAM + 1):
            gram = tuple(ws[j : j + GRAM])
            if _BREAK not in gram:
                holders.setdefault(gram, set()).add(aid)
    pairs = {p for ids in holders.values() if len(ids) > 1 for p in combinations(sorted(ids), 2)}
    out = {}
    for x, y in sorted(pairs):
        if run := shared_wording(words[x], words[y], texts[x]):
            out[(x, y)] = run
    return out
