"""A headline line a source "leaves out" while its own title is a headline too.

User trial 47 read a claim carried by two reports' headline lines (the line
a file without front matter opens with, its title) as "left out by 4_3",
whose front-matter title said the same thing: a title is no sentence of the
text, so coverage cannot count it. Where a claim is a headline line, each
source leaving it out that has a title outside its text is named with that
title, so the editor sees at once whether it carries the claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..model import Article, Claim, ClaimGroup


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


def headline_claim(
    group: ClaimGroup, claims: Mapping[str, Claim], titles: Mapping[str, str]
) -> bool:
    """A member of ``group`` is its article's headline line (its text is the title)."""
    for member in group.members:
        title = _plain(titles.get(member.article, ""))
        if title and any(
            c in claims and _plain(claims[c].text) == title for c in member.claims[:1]
        ):
            return True
    return False


def titles_beside(
    group: ClaimGroup,
    omitted: Sequence[str],
    articles: Iterable[Article],
    claims: Mapping[str, Claim],
) -> dict[str, str]:
    """Each source of ``omitted`` with a title outside its text, and that
    title, when ``group`` is a headline line; {} otherwise."""
    by_id = {a.id: a for a in articles}
    titles = {a: art.title for a, art in by_id.items() if art.title}
    if not headline_claim(group, claims, titles):
        return {}
    texts: dict[str, set[str]] = {}
    for c in claims.values():
        texts.setdefault(c.article, set()).add(_plain(c.text))
    return {
        a: titles[a]
        for a in omitted
        if a in titles and _plain(titles[a]) not in texts.get(a, set())
    }
