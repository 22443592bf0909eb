"""How values and articles are named to an editor, shared by the judge
(pair-level explanations) and the findings (versions across all sources)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .model import Article

QUOTE_MARKS = "\"“‘'«"


CLOSING_MARKS = '"”»'


def quoted(text: str, opening: str = "“", closing: str = "”") -> str:
    """``text`` in quotation marks unless it is itself a quotation; a text
    that ends a quotation ("…comfort for her,”") takes no second closing
    mark (trial 26 read '“…comfort for her,””')."""
    if text[:1] in QUOTE_MARKS:
        return text
    ends = text.rstrip("…")[-1:] in CLOSING_MARKS
    return f"{opening}{text}" if ends else f"{opening}{text}{closing}"


def unquoted(text: str) -> str:
    """A quotation's words without the marks that enclose it, on either end
    (a quotation spanning two sentences has its opening mark on the first)."""
    text = " ".join(text.split())
    if text[:1] == "‘" and text[-1:] == "’":  # a quotation in single marks, both ends
        text = text[1:-1]
    return text.lstrip('"“«„').rstrip('"”»').strip() or text


def shorten(text: str, n: int) -> str:
    """``text`` on one line in at most ``n`` characters, cut between words
    with an ellipsis ('…comfort for…', never '…comfort for he…': trial 26)."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    if text[n - 1] != " " and " " in cut[n // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def clip(text: str, n: int = 90) -> str:
    """One line, shortened to ``n`` characters, in quotation marks unless it has its own."""
    return quoted(shorten(text, n))


def surface(s: str) -> str:
    """A value's wording, ignoring case, spacing and quote style ("50 km" = "50km")."""
    return re.sub(r"\s+", "", norm(s))


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def labels(articles: Sequence[Article]) -> dict[str, str]:
    """How explanations name an article: its outlet when unique, else its id."""
    outlets = defaultdict(int)
    for a in articles:
        if a.outlet:
            outlets[a.outlet] += 1
    return {a.id: a.outlet if a.outlet and outlets[a.outlet] == 1 else a.id for a in articles}


def outlet_holds_id(article_id: str, outlet: str) -> bool:
    """An outlet name that holds the article's id as a word ("ECB+ 18_2ecb"):
    the outlet alone names the article (trial 22 read "18_2ecb, ECB+ 18_2ecb")."""
    return bool(outlet) and re.search(rf"(?<!\w){re.escape(article_id)}(?!\w)", outlet) is not None


def stated_twice(versions: Iterable[tuple[str, Iterable[str]]]) -> dict[str, list[str]]:
    """Each source stating more than one of a finding's versions (two of its
    sentences, each read as the compared thing), with those values in order:
    said with the finding, never left for an editor to notice (trial 31: one
    source listed under 'today' and under 'mid-February')."""
    out: dict[str, list[str]] = {}
    for value, sources in versions:
        for a in dict.fromkeys(sources):
            out.setdefault(a, []).append(value)
    return {a: values for a, values in out.items() if len(values) > 1}


def twice_line(versions: Iterable[tuple[str, Iterable[str]]], name=lambda a: a) -> str:
    """One sentence naming the sources that state several versions, or ""."""
    twice = stated_twice(versions)
    if not twice:
        return ""
    said = "; ".join(
        f"{name(a)} states {' and '.join(quoted(v, '‘', '’') for v in values)}"
        for a, values in twice.items()
    )
    return f"One source, several versions: {said} (in different sentences: which is meant?)"
