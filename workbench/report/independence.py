"""How many of the report's sources are independent, and why some count as
one, in the words ``check`` and the window use (``findings.copy_words``):
trial 37 read "2 independent" under a finding and could not see why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..findings.copies import independent_sources
from ..findings.copy_words import counted_once, independent_words
from ..naming import labels
from ..store import ReviewLog


def independence(log: ReviewLog, articles: dict) -> tuple[dict[str, Any], Callable[[Any], str]]:
    """The report's "independence" (independent sources of all, and one
    sentence per source that copies others) and a function that says a
    version's "2 independent: …" ("" when all its sources are independent)."""
    copies = log.copies()
    names = labels(list(articles.values()))
    every = list(articles)
    summary = {
        "independent": independent_sources(every, copies),
        "sources": len(every),
        "why": counted_once(every, copies, names),
    }

    def said(version) -> str:
        return independent_words(version.independent, version.sources, copies, names)

    return summary, said


def independence_line(data: dict[str, Any]) -> str:
    """ "5 independent sources among 6: The Age shares long passages with …";
    "" when every source is independent (or the report predates this)."""
    s = data.get("independence")
    if not s or s["independent"] >= s["sources"]:
        return ""
    plural = "s" if s["independent"] != 1 else ""
    return f"{s['independent']} independent source{plural} among {s['sources']}: " + "; ".join(
        s["why"]
    )
