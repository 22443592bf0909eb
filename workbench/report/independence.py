"""How many of the report's sources are independent, and why some count as
one, in the words ``check`` and the window use (``findings.copy_words``):
trial 37 read "2 independent" under a finding and could not see why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..findings.copies import independent_sources
from ..findings.copy_groups import counting_links, group_sentences
from ..findings.copy_words import independent_words
from ..naming import labels
from ..store import ReviewLog
from .escape import md


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
        # the groups the count stands on, named as check names them (trial 48)
        "why": group_sentences(every, copies, names),
    }
    counted = counting_links(every, copies)

    def said(version) -> str:
        return independent_words(version.independent, version.sources, counted, names)

    return summary, said


def independence_line(data: dict[str, Any]) -> str:
    """ "5 independent sources among 6" for the summary table; "" when every
    source is independent (or the report predates this). Why, one sentence
    each, goes below the table (``independence_why``): trial 40 read a
    six-clause paragraph inside the summary."""
    s = data.get("independence")
    if not s or s["independent"] >= s["sources"]:
        return ""
    plural = "s" if s["independent"] != 1 else ""
    return f"{s['independent']} independent source{plural} among {s['sources']}"


COUNTED_ONCE = "Sources counted once"


def independence_why(data: dict[str, Any]) -> list[str]:
    """Why some sources count as one: a sentence each ("The Age shares long
    passages with CNN — probably one wire story; counted once"); [] when
    every source is independent."""
    return list(data["independence"]["why"]) if independence_line(data) else []


def counted_once_md(data: dict[str, Any]) -> list[str]:
    """The Markdown report's list of them, below its summary (trial 40)."""
    why = independence_why(data)
    return [f"### {COUNTED_ONCE}", "", *(f"- {md(w)}" for w in why), ""] if why else []
