"""Shared text helpers: the content words of a sentence, as the aligner and
the judge both read them. One definition, so "the same words" means the same
thing when claims are aligned and when their contexts are compared."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "said",
        "says",
        "say",
        "told",
        "added",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
    ]
)


_SUFFIXES = ("ations", "ation", "ings", "ing", "ment", "ed", "ies", "es", "s", "ly")


def stem(w: str) -> str:
    """A crude suffix stripper: 'deported'/'deportation', 'visits'/'visiting'
    meet; good enough for alignment, where recall of paraphrase matters."""
    if not w.isalpha() or len(w) <= 4:
        return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # 'stopped' -> 'stopp' -> 'stop'
    return w.rstrip("e") if len(w) > 4 else w


TOKEN_MEMO = 16_384  # sentences whose content words are kept (a few MB)
_THOUSANDS = re.compile(r"(\d),(\d{3})")
_WORD = re.compile(r"[a-z0-9][a-z0-9'.-]*[a-z0-9]|[a-z0-9]")
_NUMBER = re.compile(r"[\d.]+")


def content_tokens(text: str) -> list[str]:
    """Lower-case content words, crude plural stripping, digits kept whole."""
    return list(_content_tokens(text))


_ABBREVIATION_PLURAL = re.compile(r"\b([A-Z]{2,5})'?s\b")


@lru_cache(maxsize=TOKEN_MEMO)
def _content_tokens(text: str) -> tuple[str, ...]:
    """:func:`content_tokens`, kept per sentence (issue 14): the aligner, the
    judge and the grouping each ask for the same sentences' words, and the
    grouping asked again for both sentences of every alignment (at 200
    articles 25,000 calls, about a tenth of the analysis's CPU besides the
    model). A pure function of the text, so a kept answer is the answer."""
    # the plural of an abbreviation is the abbreviation ("KOs", "KO's", "MPs"): read
    # before lower-casing, where it is still an abbreviation (eng33: "47 KO's" vs
    # "46 KOs" shared no word, so the two counts of knockouts never paired)
    text = _ABBREVIATION_PLURAL.sub(r"\1", text.replace("’", "'")).lower()
    text = _THOUSANDS.sub(r"\1\2", text)
    out = []
    for w in _WORD.findall(text):
        w = w.replace("'s", "").strip(".'-")
        w = w.replace(".", "") if not _NUMBER.fullmatch(w) else w
        if not w or w in STOPWORDS:
            continue
        out.append(stem(w))
    return tuple(out)


def value_at(sentence: str, value: str, hint: int | None = None) -> int:
    """Where ``value`` stands in ``sentence`` (-1 when it does not): at
    ``hint`` when it is there, else its first occurrence as whole words,
    else its first occurrence at all. Marking the first occurrence marked
    the "a" inside "was" for the value "a" of "a dozen" (trial 22)."""
    if not value:
        return -1
    if hint is not None and hint >= 0 and sentence[hint : hint + len(value)] == value:
        return hint
    whole = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", sentence)
    return whole.start() if whole else sentence.find(value)


def offset_in(text: str, sentence: str, start: int) -> int | None:
    """Where an article offset falls inside one of the article's sentences:
    ``start`` minus where that sentence begins in ``text`` (None when the
    sentence does not hold that offset, e.g. the text was edited since)."""
    if not text or not sentence:
        return None
    i = text.find(sentence, max(0, start - len(sentence)))
    if 0 <= i <= start < i + len(sentence):
        return start - i
    return None
