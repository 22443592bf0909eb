"""Every two versions of a finding judged against each other.

The pair-level discrepancies a finding holds compare only the sentences the
aligner paired: "$13.9bn" (A) and "$13.2bn" (B) may each have been compared
with "about $13 billion" (C), consistent both times, and never with each
other. A finding's verdict comes from every two of its versions: those no
discrepancy compared are put before the judge here (``Compare``, handed in by
the analysis: this package may not import the judge), and the explanation
says which versions conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Relation, Side, Verdict, Version
from ..naming import quoted

# two versions' sides and the finding's kind -> (verdict, explanation) or None
Compare = Callable[[Sequence[Side], Sequence[Side], str], tuple[Verdict, str] | None]
STRENGTH = {Verdict.CONFLICT: 3, Verdict.UNRESOLVED: 2, Verdict.CONSISTENT: 1}


def unjudged(versions: Sequence[Version], relations: Sequence[Relation]) -> list[tuple[int, int]]:
    """Pairs of versions (i < j) no relation compares, in order."""
    done = {frozenset((r.left, r.right)) for r in relations}
    n = len(versions)
    return [(i, j) for i in range(n) for j in range(i + 1, n) if frozenset((i, j)) not in done]


def judge_rest(
    kind: str,
    versions: Sequence[Version],
    relations: Sequence[Relation],
    compare: Compare | None,
) -> tuple[tuple[Relation, ...], dict[tuple[int, int], str]]:
    """The relations of the versions no discrepancy compared (discrepancy ""),
    and the judge's explanation of each."""
    if compare is None:
        return (), {}
    out, why = [], {}
    for i, j in unjudged(versions, relations):
        got = compare(versions[i].sides, versions[j].sides, kind)
        if got is None or got[0] not in STRENGTH:
            continue
        out.append(Relation(i, j, got[0], ""))
        why[(i, j)] = got[1]
    return tuple(out), why


def strongest(relations: Sequence[Relation]) -> Verdict:
    return max((r.verdict for r in relations), key=lambda v: STRENGTH.get(v, 0))


def which_conflict(
    versions: Sequence[Version],
    relations: Sequence[Relation],
    verdict: Verdict,
    names: dict[str, str] | None = None,
) -> str:
    """The versions the finding's verdict stands on: "‘$13.9bn’ and ‘$13.2bn’"
    (several pairs joined by "; "), each pair once, versions in order. With
    ``names`` (a quote's versions, each a whole quotation) a version is named
    by its sources ("ECB+ 18_6ecb and ECB+ 18_3ecb"): trial 36 read one
    quotation six times in one explanation."""

    def said(v: Version) -> str:
        if names is None:
            return quoted(v.value, "‘", "’")
        return " / ".join(sorted({names.get(s.article, s.article) for s in v.sides}))

    pairs = sorted(
        {(r.left, r.right) for r in relations if r.verdict == verdict and r.left != r.right}
    )
    n = len({i for pair in pairs for i in pair})
    if n > 2 and n == len(versions) and len(pairs) == n * (n - 1) // 2:
        return f"every two of the {n} versions"  # each already listed once (trial 43)
    return "; ".join(f"{said(versions[i])} and {said(versions[j])}" for i, j in pairs)
