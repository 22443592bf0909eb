"""Which sources are not independent of each other.

Two articles are copies when several of their aligned sentences are
near-verbatim outside quotation marks (two outlets quoting one statement
word for word are still two reporters; two outlets running one wire story
are one), or when both credit the same news agency ("(AFP) -", "Reuters
contributed to this report", "Copyright 2011 The Associated Press").
Citing an agency ("Reuters reported") is not a credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from ..model import Alignment, Article, Claim, CopyLink

VERBATIM = 90  # rapidfuzz ratio of two sentences' words outside quotes
MIN_CHARS = 40  # shorter remainders ("he said.") prove nothing
MIN_SHARED = 2  # near-verbatim sentences that make two articles copies …
MIN_SHARE = 0.3  # … when they are this share of the shorter article (3 always do)

_AGENCIES = {
    "AFP": r"AFP|Agence France[- ]Presse",
    "Reuters": r"Reuters",
    "AP": r"AP|Associated Press",
    "PA": r"PA|Press Association|PA Media",
    "Bloomberg": r"Bloomberg(?: News)?",
    "dpa": r"dpa|DPA|Deutsche Presse-Agentur",
    "Xinhua": r"Xinhua",
    "PTI": r"PTI|Press Trust of India",
    "IANS": r"IANS",
    "ANI": r"ANI",
    "UPI": r"UPI|United Press International",
    "EFE": r"EFE",
    "ANSA": r"ANSA",
    "Kyodo": r"Kyodo(?: News)?",
    "Yonhap": r"Yonhap",
    "AAP": r"AAP|Australian Associated Press",
    "CP": r"The Canadian Press|Canadian Press",
    "Anadolu": r"Anadolu(?: Agency)?",
    "Interfax": r"Interfax",
    "TASS": r"TASS|Tass",
}
_ANY = "|".join(rf"(?P<{re.sub(r'[^A-Za-z]', '', k)}>\b(?:{v})\b)" for k, v in _AGENCIES.items())
_NAMES = {re.sub(r"[^A-Za-z]", "", k): k for k in _AGENCIES}
_CREDITS = [
    # a dateline: "LONDON (Reuters) -", "(AFP) —", "WASHINGTON, May 2 (AP) -"
    re.compile(rf"(?m)^[^\n()]{{0,60}}\((?:{_ANY})\)\s*[-–—:]"),
    # a credit line: "Reuters contributed to this report", "AFP contributed reporting"
    re.compile(rf"(?:{_ANY})\s+(?:contributed|also contributed)\b"),
    re.compile(rf"\b(?:[Ww]ith|[Ss]ource:?|[Vv]ia)\s+(?:{_ANY})\s*\.?\s*$", re.MULTILINE),
    re.compile(rf"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{{4}}\s+)?(?:[Tt]he\s+)?(?:{_ANY})"),
    re.compile(rf"(?m)^\s*[-–—]\s*(?:{_ANY})\s*$"),
]
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’(?=\W|$)")


def credits(article: Article) -> tuple[str, ...]:
    """The agencies an article credits for its copy, in a fixed order."""
    found: set[str] = set()
    for pattern in _CREDITS:
        for m in pattern.finditer(article.text):
            found.update(_NAMES[k] for k, v in m.groupdict().items() if v)
    return tuple(sorted(found))


def _unquoted(text: str) -> str:
    return " ".join(_QUOTED.sub(" ", text).lower().split())


def verbatim(a: str, b: str) -> bool:
    """Near word-for-word, outside quotation marks."""
    ua, ub = _unquoted(a), _unquoted(b)
    if min(len(ua), len(ub)) < MIN_CHARS:
        return False
    return fuzz.ratio(ua, ub) >= VERBATIM


def copy_links(
    articles: Sequence[Article], claims: Sequence[Claim], alignments: Iterable[Alignment]
) -> tuple[tuple[CopyLink, ...], tuple[tuple[str, str], ...]]:
    """Pairs of articles that are not independent, and every (article,
    agency) credit found. Only aligned sentences are compared (cheap)."""
    by_id = {c.id: c for c in claims}
    sentences: dict[str, int] = {}
    for c in claims:
        sentences[c.article] = sentences.get(c.article, 0) + 1
    shared: dict[tuple[str, str], int] = {}
    for al in alignments:
        a, b = by_id.get(al.left), by_id.get(al.right)
        if a is None or b is None or a.article == b.article:
            continue
        if verbatim(a.text, b.text):
            key = (a.article, b.article) if a.article < b.article else (b.article, a.article)
            shared[key] = shared.get(key, 0) + 1
    credited = {a.id: credits(a) for a in articles}
    ids = sorted(a.id for a in articles)
    links = []
    for n, x in enumerate(ids):
        for y in ids[n + 1 :]:
            k = shared.get((x, y), 0)
            small = min(sentences.get(x, 0), sentences.get(y, 0)) or 1
            copied = k >= 3 or (k >= MIN_SHARED and k / small >= MIN_SHARE)
            common = sorted(set(credited[x]) & set(credited[y]))
            if copied or common:
                links.append(CopyLink(x, y, k, ", ".join(common)))
    return tuple(links), tuple((a, c) for a in ids for c in credited[a])


def independent_sources(sources: Iterable[str], links: Sequence[CopyLink]) -> int:
    """How many of ``sources`` remain once copies of each other count once."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for link in links:
        ra, rb = root(link.left), root(link.right)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return len({root(s) for s in set(sources)})
