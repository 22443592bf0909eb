"""A finding of three versions or more told version by version (trial 44, P5).

An editor checks an explanation in seconds when it leads with the version
that differs: what it is, which versions it differs from, and the verdict
of each, then one short "why" per verdict — not every version's whole text
followed by the reason of one pair. Trial 44 read a five-version quote
finding whose explanation ran to about 250 words and named the same change
a conflict against one source and unresolved against three in four separate
sentences; told version by version it is one line: "ECB+ 43_15's quotation:
conflict with ECB+ 43_7; unresolved with ECB+ 43_13, 43_2, 43_12", then
one why for each of the two verdicts. Trial 46 read "‘82 percent’: conflict
with ‘65 percent’; unresolved with ‘65 percent’" of one pair of versions: two
versions get one verdict, their strongest pair's; each why leaves what each
figure measures to the review of its pair, and is said as its pair of sources'
where ``scope`` says so (``scoped.py``).

The versions that differ are the fewest that take part in every pair judged
short of consistent (taken greedily: the version in most such pairs first,
the one fewer sources state on a tie). Members of one version are never
explained against each other (``cross_reason``: a pair inside one version —
'On February 29, 2012' / 'today', both Wednesday — said nothing about the
version that differed, 'this week').
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..model import Discrepancy, Relation, Verdict, Version
from ..naming import quoted
from .scoped import without_measures

_STRENGTH = {Verdict.CONFLICT: 3, Verdict.UNRESOLVED: 2, Verdict.CONSISTENT: 1}
# a version stated by more sources than this is named by its count, its
# sources listed above it wherever it is shown
_NAMED_SOURCES = 2


def cross_reason(
    ds: Sequence[Discrepancy],
    relations: Sequence[Relation],
    why: Mapping[tuple[int, int], str],
    verdict: Verdict,
) -> tuple[Relation, str] | None:
    """The strongest pair between two DIFFERENT versions and its reason, a
    discrepancy's before one judged only here (the first such of the
    finding's verdict); None when no two versions were compared."""
    said = {d.id: d.explanation for d in ds}
    order = {d.id: n for n, d in enumerate(ds)}
    across = [
        r
        for r in relations
        if r.left != r.right and (said.get(r.discrepancy) or why.get((r.left, r.right)))
    ]
    if not across:
        return None
    best = max(
        across,
        key=lambda r: (
            r.verdict == verdict,
            _STRENGTH.get(r.verdict, 0),
            bool(r.discrepancy),
            -order.get(r.discrepancy, len(order)),
        ),
    )
    return best, said.get(best.discrepancy) or why[(best.left, best.right)]


def odd_ones(versions: Sequence[Version], relations: Sequence[Relation]) -> list[int]:
    """The fewest versions that take part in every pair judged short of
    consistent: the version in most such pairs first, on a tie the one fewer
    sources state (the odd one out), then the earlier."""
    open_pairs = {
        (r.left, r.right)
        for r in relations
        if r.left != r.right and r.verdict in (Verdict.CONFLICT, Verdict.UNRESOLVED)
    }
    picked: list[int] = []
    while open_pairs:
        count = {k: sum(k in p for p in open_pairs) for k in range(len(versions))}
        k = max(count, key=lambda k: (count[k], -len(_sources(versions[k])), -k))
        picked.append(k)
        open_pairs = {p for p in open_pairs if k not in p}
    return picked


def _sources(v: Version) -> set[str]:
    return {s.article for s in v.sides}


def by_version(
    ds: Sequence[Discrepancy],
    versions: Sequence[Version],
    judged: tuple[Sequence[Relation], Mapping[tuple[int, int], str]],
    verdict: Verdict,
    names: Mapping[str, str],
    when: Callable[[Version], str],
    scope: Callable[[Relation, str], str] = lambda r, text: text,
) -> str:
    """One clause per version that differs ("‘$281 million’ (ECB+ 11): conflict
    with ‘$334 million’ (4 sources); unresolved with ‘approximately $334
    million’ (2 sources, 1 independent)"), each version's sources said the
    first time only; then the versions that agree with the most stated one
    that does not differ; then "Why:" one reason per version that differs, of
    its strongest verdict (every pair's stays in ``workbench review ID``).
    ``when``: '; published …' for a version when the versions were published
    on different days, else ''. ``scope``: see the module's note (trial 46)."""
    relations, why = judged
    said = {d.id: d.explanation for d in ds}
    quote = ds[0].kind == "quote"

    def name(k: int, sources: bool = True) -> str:
        v = versions[k]
        whose = sorted({names.get(a, a) for a in _sources(v)})
        if quote:  # a quotation is named by its sources (trial 36: one read six times)
            return " / ".join(whose)
        if not sources:
            return quoted(v.value, "‘", "’")
        many = len(whose) > _NAMED_SOURCES
        count = f"{len(whose)} sources" if many else ", ".join(whose)
        extra = "" if v.independent == len(whose) else f", {v.independent} independent"
        return f"{quoted(v.value, '‘', '’')} ({count}{extra}{when(v)})"

    odd = odd_ones(versions, relations)
    named: set[int] = set()

    def once(k: int) -> str:  # a version's sources are said the first time only
        said_before = k in named
        named.add(k)
        return name(k, sources=not said_before)

    lines, whys = [], []
    for n, k in enumerate(odd):
        mine = _strongest_each(  # its pairs with an earlier version that differs were said
            [
                r
                for r in relations
                if k in (r.left, r.right)
                and r.left != r.right
                and r.verdict != Verdict.CONSISTENT
                and r.left + r.right - k not in odd[:n]
            ],
            k,
        )
        label = f"{once(k)}'s quotation" if quote else once(k)
        parts = []
        for v in (Verdict.CONFLICT, Verdict.UNRESOLVED):
            others = sorted({r.left + r.right - k for r in mine if r.verdict == v})
            if others:
                parts.append(f"{v} with {', '.join(once(o) for o in others)}")
        lines.append(f"{label}: {'; '.join(parts)}")
        # one why, of its strongest verdict, against the version most sources state
        top = max(
            mine,
            key=lambda r: (
                _STRENGTH[r.verdict],
                bool(r.discrepancy),
                len(_sources(versions[r.left + r.right - k])),
            ),
        )
        if text := _reason(top, said, why):
            whys.append(scope(top, without_measures(text)))
    for ref, agree in _agreeing([k for k in range(len(versions)) if k not in odd], relations):
        who = ", ".join(once(k) for k in agree)
        lines.append(f"{who} {'agrees' if len(agree) == 1 else 'agree'} with {once(ref)}")
    if not odd and (got := cross_reason(ds, relations, why, verdict)):
        # a consistent finding: the reason of its strongest pair
        whys.append(scope(got[0], without_measures(_reason(got[0], said, why))))
    said_all = ". ".join(lines)
    return f"{said_all}. Why: {'; '.join(whys)}" if whys else said_all


def _strongest_each(mine: list[Relation], k: int) -> list[Relation]:
    """Of version ``k``'s pairs, one per other version: the strongest verdict,
    a discrepancy's before one judged only here, then the first."""
    best: dict[int, Relation] = {}
    for r in mine:
        other = r.left + r.right - k
        now = best.get(other)
        if now is None or (_STRENGTH[r.verdict], bool(r.discrepancy)) > (
            _STRENGTH[now.verdict],
            bool(now.discrepancy),
        ):
            best[other] = r
    return [r for r in mine if best.get(r.left + r.right - k) is r]


def _agreeing(rest: list[int], relations: Sequence[Relation]) -> list[tuple[int, list[int]]]:
    """Of the versions that do not differ (``rest``, the most stated first),
    each after the first under the first of them it was judged consistent
    with: [(that version, [those agreeing with it])]."""
    alike = {
        (r.left, r.right)
        for r in relations
        if r.left != r.right and r.verdict == Verdict.CONSISTENT and {r.left, r.right} <= {*rest}
    }
    with_ref: dict[int, list[int]] = {}
    for k in rest[1:]:
        partner = next((o for o in rest if (min(o, k), max(o, k)) in alike), None)
        if partner is not None and partner != k:
            with_ref.setdefault(partner, []).append(k)
    return list(with_ref.items())


def _reason(r: Relation, said: Mapping[str, str], why: Mapping[tuple[int, int], str]) -> str:
    """The reason a pair was judged as it was, its closing " — verdict" left out
    (the verdict is said beside the versions)."""
    text = said.get(r.discrepancy) or why.get((r.left, r.right), "")
    head, sep, tail = text.rpartition(" — ")
    return head if sep and tail.strip() in {str(x) for x in Verdict} else text
