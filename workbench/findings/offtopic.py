"""Articles that share no claim with the others: perhaps another story.

Trial 24 added an article about undersea cables to seventeen reports of a
browser flaw and nothing said so: it was simply compared with nothing. An
article none of whose sentences the aligner paired with a sentence of
another article, among others that do share claims, is named so the editor
can check it belongs (on the ECB+ events every article of one event shares
a dozen aligned sentences or more; the stray one shared none).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from .. import thresholds
from ..model import Analysis
from ..naming import labels
from .briefs import on_topic_briefs


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


def nothing_shared(analysis: Analysis) -> bool:
    """Two articles or more and not one sentence of one aligned with a
    sentence of another: perhaps different stories. Trial 45 checked a
    report of a takeover with one of a supermarket fire: "0 findings", exit
    0, no word, while a third file sharing nothing with two others was
    refused. Which one would be the stray is not for :func:`unmatched` to
    say; that none is compared with any is."""
    article_of = {c.id: c.article for c in analysis.claims}
    pairs = ((article_of.get(al.left), article_of.get(al.right)) for al in analysis.alignments)
    crossed = any(a is not None and b is not None and a != b for a, b in pairs)
    return len(analysis.articles) >= 2 and not crossed


def left_alone(analysis: Analysis) -> tuple[list[str], dict[str, list[str]]]:
    """The articles that share no aligned sentence, split in two: those that
    may be another story (every article when none shares one, unless all but
    one are briefs of this story), and the short ones that name this story,
    kept with a warning (``briefs``, trial 45 P9), each with the names."""
    briefs = on_topic_briefs(analysis)
    if nothing_shared(analysis):
        everyone = [a.id for a in analysis.articles]
        if briefs and len(everyone) - len(briefs) <= 1:  # one report and its briefs
            return [], briefs
        return everyone, {}
    alone = unmatched(analysis)
    return [a for a in alone if a not in briefs], {a: briefs[a] for a in alone if a in briefs}


def unmatched_note(analysis: Analysis) -> str:
    """One line naming them, or "" when every article shares a claim."""
    strays, briefs = left_alone(analysis)
    if nothing_shared(analysis) and strays:
        return (
            f"the {len(analysis.articles)} articles share no aligned sentence: they may be "
            "different stories, and 0 findings does not mean they agree"
        )
    kept = _briefs_note(analysis, briefs)
    if not strays:
        return kept
    return _strays_note(analysis, strays) + (f"; {kept}" if kept else "")


def _briefs_note(analysis: Analysis, briefs: dict[str, list[str]]) -> str:
    """One line for the short articles of this story kept though they align
    with nothing, or ""."""
    if not briefs:
        return ""
    names = labels(analysis.articles)
    told = " and ".join(names.get(a, a) for a in briefs)
    named = sorted({n for ns in briefs.values() for n in ns})
    one = len(briefs) == 1
    return (
        f"{told} {'is a short article that names' if one else 'are short articles that name'}"
        f" this story ({', '.join(named)}) but {'aligns' if one else 'align'} with no sentence"
        f" of the others: kept, compared with nothing"
    )


def _strays_note(analysis: Analysis, alone: list[str]) -> str:
    names = labels(analysis.articles)
    listed = ", ".join(names.get(a, a) for a in alone)
    one = len(alone) == 1
    return (
        f"{listed} share{'s' if one else ''} no claim with the other articles (no sentence "
        f"aligned): {'is it' if one else 'are they'} about the same story? "
        f"{'It is' if one else 'They are'} compared with nothing"
    )


def weakly_matched(analysis: Analysis, embeddings: bool) -> list[str]:
    """Ids of articles that share a sentence or two with the others, but
    weakly: at most ``weak_claims`` of their sentences aligned, every pair
    under the conflict floor (none strong enough to carry a conflict), and
    under ``weak_share`` of their sentences — when at least two other articles
    share claims at or above that floor. Session 35's trial mixed a report of
    another event into a check: the aligner paired one of its sentences with
    one of another report's, so :func:`unmatched` passed it and the check
    compared unrelated articles with exit 0 and no word. ``embeddings``: the
    aligner's scale (``align.embeddings_wanted``; the review log's layer may
    not import the aligner, so the caller says)."""
    t = thresholds.current().align
    floor = (t.embedding if embeddings else t.lexical).conflict
    article_of = {c.id: c.article for c in analysis.claims}
    sentences: dict[str, int] = defaultdict(int)
    for c in analysis.claims:
        sentences[c.article] += 1
    aligned: dict[str, set[str]] = defaultdict(set)
    strong: set[str] = set()
    for al in analysis.alignments:
        a, b = article_of.get(al.left), article_of.get(al.right)
        if a is None or b is None or a == b:
            continue
        aligned[a].add(al.left)
        aligned[b].add(al.right)
        if al.score >= floor or al.manual:  # an editor's link is no weak match
            strong.update((a, b))
    if len(strong) < 2:
        return []
    return [
        a.id
        for a in analysis.articles
        if a.id in aligned
        and a.id not in strong
        and len(aligned[a.id]) <= t.weak_claims
        and len(aligned[a.id]) < t.weak_share * sentences[a.id]
    ]


def weakly_matched_note(analysis: Analysis, embeddings: bool) -> str:
    """One line naming each weakly matched article by its file, or ""."""
    weak = weakly_matched(analysis, embeddings)
    if not weak:
        return ""
    names = labels(analysis.articles)
    files = {a.id: a.path or names.get(a.id, a.id) for a in analysis.articles}
    listed = ", ".join(files[a] for a in weak)
    one = len(weak) == 1
    return (
        f"{listed} share{'s' if one else ''} almost no claim with the other articles (one or "
        f"two sentences, loosely aligned): {'is it' if one else 'are they'} about the same "
        f"story? Check again without {'it' if one else 'them'} if not"
    )
