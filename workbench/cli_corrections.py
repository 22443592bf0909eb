"""``review F… --article A --correction TEXT --article B --correction TEXT``:
each article named with its own proposed correction (user trial 49,
problem 3). A ``--correction`` belongs to the ``--article`` just before it;
one given before any ``--article`` goes to every article named without its
own. The store keeps each pair's text with the article it asks
(``store.per_article``); an article named with no text is proposed none,
never another article's wording."""

from __future__ import annotations

import argparse


class CorrectionFor(argparse.Action):
    """Records each ``--correction`` with the index of the ``--article``
    given just before it (None: before any). ``args.correction`` keeps the
    last text, as a decision on one discrepancy reads it."""

    def __call__(self, parser, namespace, values, option_string=None):
        typed = list(getattr(namespace, "corrections_typed", None) or [])
        articles = getattr(namespace, "article", None) or []
        after = len(articles) - 1 if articles else None
        if any(i == after for i, _ in typed):
            what = f"--article {articles[after]}" if after is not None else "the articles"
            parser.error(
                f"--correction: two corrections given for {what}; give one --correction "
                "after each --article (--article A --correction TEXT --article B --correction TEXT)"
            )
        typed.append((after, values))
        namespace.corrections_typed = typed
        namespace.correction = values


def own_corrections(args, named: list[str] | None) -> dict[str, str]:
    """Each article's own correction, by the resolved ids ``named`` (in the
    order the ``--article`` values were given); a correction given before
    any article goes to each named without one. Empty when no article was
    named."""
    typed = getattr(args, "corrections_typed", None) or []
    if not named or not typed:
        return {}
    own = {named[i]: text for i, text in typed if i is not None and i < len(named)}
    for i, text in typed:
        if i is None:
            for a in named:
                own.setdefault(a, text)
    return own


def split_for_finding(args) -> tuple[tuple[str, str], ...]:
    """For a decision on a finding naming articles: the typed corrections by
    article, and ``args.correction`` cleared (no one text for every article
    asked). Call after ``args.article`` is resolved, before the articles
    owed from before are added to it."""
    own = own_corrections(args, args.article)
    if own:
        args.correction = None
    return tuple(own.items())


def corrections_said(reviews) -> str:
    """What a decision on a finding proposes, for its one line: the one
    text when every pair holds the same, else each article's own ("in
    28_12ecbplus: …; in 28_5ecbplus: none"), never one text as all's."""
    from .terminal import flat

    texts = {r.correction for r in reviews}
    if texts == {""}:
        return ""
    if len(texts) == 1:
        return f" — correction: {flat(texts.pop())}"
    own: dict[str, str] = {}
    for r in reviews:
        if r.article:
            own[r.article] = own.get(r.article) or r.correction
    if not own or any(not r.article for r in reviews if r.correction):
        return " — corrections differ between its discrepancies (kept; see --history)"
    each = "; ".join(f"in {a}: {flat(t) if t else 'none'}" for a, t in sorted(own.items()))
    return f" — corrections: {each}"
