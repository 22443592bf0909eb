"""Articles that share no claim with the others: perhaps another story.

Trial 24 added an article about undersea cables to seventeen reports of a
browser flaw and nothing said so: it was simply compared with nothing. An
article none of whose sentences the aligner paired with a sentence of
another article, among others that do share claims, is named so the editor
can check it belongs (on the ECB+ events every article of one event shares
a dozen aligned sentences or more; the stray one shared none).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Analysis
from ..naming import labels


def unmatched(analysis: Analysis) -> list[str]:
    """Ids of articles with no sentence aligned to another article's, when at
    least two other articles do share claims (two articles alone, or a set
    that shares nothing at all, are another matter)."""
    article_of = {c.id: c.article for c in analysis.claims}
    pairs = ((article_of.get(al.left), article_of.get(al.right)) for al in analysis.alignments)
    return alone([a.id for a in analysis.articles], pairs)


def alone(articles: Sequence[str], pairs: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """The same rule from the articles of each aligned pair of sentences (the
    report and ``workbench coverage`` read them from the review log)."""
    linked = {x for a, b in pairs if a is not None and b is not None and a != b for x in (a, b)}
    if len(linked) < 2:
        return []
    return [a for a in articles if a not in linked]


def unmatched_note(analysis: Analysis) -> str:
    """One line naming them, or "" when every article shares a claim."""
    alone = unmatched(analysis)
    if not alone:
        return ""
    names = labels(analysis.articles)
    listed = ", ".join(names.get(a, a) for a in alone)
    one = len(alone) == 1
    return (
        f"{listed} share{'s' if one else ''} no claim with the other articles (no sentence "
        f"aligned): {'is it' if one else 'are they'} about the same story? "
        f"{'It is' if one else 'They are'} compared with nothing"
    )
