"""How values and articles are named to an editor, shared by the judge
(pair-level explanations) and the findings (versions across all sources)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .model import Article

QUOTE_MARKS = "\"“‘'«"


def quoted(text: str, opening: str = "“", closing: str = "”") -> str:
    """``text`` in quotation marks unless it is itself a quotation."""
    return text if text[:1] in QUOTE_MARKS else f"{opening}{text}{closing}"


def clip(text: str, n: int = 90) -> str:
    """One line, shortened to ``n`` characters, in quotation marks unless it has its own."""
    text = " ".join(text.split())
    return quoted(text if len(text) <= n else text[: n - 1] + "…")


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
