"""Article ids: short, readable, stable, and unique within one comparison."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from ..model import Article


def readable_id(name: str, fallback: str = "article") -> str:
    """``name`` as an id: letters and digits of every script kept ("مقال-١",
    "日本", "café"; a fresh user's Arabic and Japanese file names all became
    "article-…"), in one Unicode form (macOS writes names decomposed);
    spaces, punctuation, symbols and invisible marks become one "-"."""
    name = unicodedata.normalize("NFC", name)
    return re.sub(r"[^\w.-]+", "-", name).strip("-._") or fallback


def article_id(path: Path, taken: set[str]) -> str:
    """A short, readable, stable id: the file stem, made unique."""
    base = readable_id(path.stem)
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def distinct_id(article: Article, taken: set[str]) -> Article:
    """The article with an id none of ``taken`` has, made from its content
    (``stem-1a2b3c``) rather than from an arrival order; adds it to ``taken``."""
    ident = article.id
    if ident in taken:
        ident = f"{article.id}-{article.sha256[:6]}"
        base, n = ident, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return replace(article, id=ident)
