"""Which pair of a finding carries each article a decision asks to correct
(trial 46): every named article is held by a pair that compares it, in one
order whatever order the editor named them in, or the decision is refused.

A decision on a finding is written pair by pair, each pair naming one article
to correct. Trial 46 named 23_2 and 23_1 (a wire copy of 23_2, no pair of its
own) and 23_1 was dropped with exit 0; named 23_1 first, the same command was
refused with a 16-item list; and the balancing could leave a named article
with no pair although another assignment held them all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .disk import StoreError


def in_source_order(articles: Sequence[str], sources: Sequence[str]) -> tuple[str, ...]:
    """The named articles once each, in the finding's order of sources: the
    same articles in any order give the same decision."""
    named = set(articles)
    return tuple(a for a in sources if a in named)


def assign(
    articles: Sequence[str],
    pairs: Mapping[str, set[str]],
    mates: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, str]:
    """Pair id -> the article it asks to correct, ``pairs`` in writing order.
    Of two named articles a pair compares, the one fewer pairs hold so far,
    then the one fewer pairs compare: naming 40_4 and 40_7 on a finding
    whose pairs all involve 40_7 lost 40_4 (fresh CLI trial). A pair of two
    sources both right (a consistent pair) names the first article all the
    same: left blank, the report asked both of them to correct themselves.
    When that leaves a named article held by no pair comparing it, a
    matching gives each one a pair first (``pinned``), or the decision is
    refused: a named article is never ignored (trial 46). ``mates``: the
    other sources stating each article's version, named in a refusal."""
    if not articles:  # none named: the article to correct is cleared
        return dict.fromkeys(pairs, "")
    out = _balanced(articles, pairs, {})
    held = {a for pair, a in out.items() if a in pairs[pair]}
    if all(a in held for a in articles):
        return out
    return _balanced(articles, pairs, pinned(articles, pairs, mates or {}))


def _balanced(
    articles: Sequence[str], pairs: Mapping[str, set[str]], pins: dict[str, str]
) -> dict[str, str]:
    held: dict[str, int] = dict.fromkeys(articles, 0)
    for article in pins.values():
        held[article] += 1
    scarce = {a: sum(a in arts for arts in pairs.values()) for a in articles}
    out: dict[str, str] = {}
    for pair, arts in pairs.items():
        if pair in pins:
            out[pair] = pins[pair]
            continue
        ours = [a for a in articles if a in arts]
        named = min(ours, key=lambda a: (held[a], scarce[a])) if ours else articles[0]
        held[named] += 1
        out[pair] = named
    return out


def pinned(
    articles: Sequence[str],
    pairs: Mapping[str, set[str]],
    mates: Mapping[str, Sequence[str]],
) -> dict[str, str]:
    """Pair id -> article for a matching that gives every named article a
    pair of its own comparing it (Kuhn's augmenting paths, in order), or
    refuses naming the articles no pair can carry. ``pairs``: the articles
    each pair compares, for the pairs the decision writes."""
    owner: dict[str, str] = {}  # pair -> article

    def place(article: str, seen: set[str]) -> bool:
        for pair in sorted(p for p, arts in pairs.items() if article in arts):
            if pair in seen:
                continue
            seen.add(pair)
            if pair not in owner or place(owner[pair], seen):
                owner[pair] = article
                return True
        return False

    left = [a for a in articles if not place(a, set())]
    if left:
        raise StoreError(_why_not(left, articles, pairs, mates))
    return owner


def _why_not(
    left: list[str],
    articles: Sequence[str],
    pairs: Mapping[str, set[str]],
    mates: Mapping[str, Sequence[str]],
) -> str:
    compared = {a for arts in pairs.values() for a in arts}
    alone = [a for a in left if a not in compared]
    if alone:
        instead = sorted({m for a in alone for m in mates.get(a, ()) if m in compared})
        return (
            f"nothing recorded: {', '.join(alone)} cannot be asked to correct in this finding: "
            "none of its compared pairs holds that article (its version was compared through "
            "another source's sentence, a copy); "
            + (f"name {' or '.join(instead)} instead" if instead else "name another source")
            + ", or leave it out"
        )
    return (
        f"nothing recorded: {len(articles)} articles named but this finding compares them in "
        f"{len(pairs)} pair{'' if len(pairs) == 1 else 's'}, one article to correct each: "
        f"{', '.join(left)} would be left out; name fewer"
    )
