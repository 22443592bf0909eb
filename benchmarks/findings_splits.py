"""Why split claim groups are split (``benchmarks.findings --why-split``).

For every pair of today's groups that a reader's judgments call one claim (the
pairs ``--score`` counts as splits, on the same events: the sealed test halves
left out), what the grouping had to go on: whether the two groups share a
source (one outlet stating the claim twice: one passage per source keeps the
statements apart), how many cross-source pairs of members the aligner aligned,
how many of those are grouping evidence (``findings.evidence``: no quoted-name
link, enough shared words), and how many unaligned pairs have a member the
aligner paired with another sentence of the other's source (a contrary
partner, which the linkage reads as a different claim).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict


def split_pairs(covers: list) -> list[tuple[int, int]]:
    """The pairs (n, m), n < m, of today's groups that state one judged claim:
    both hold part of one judged group that was one claim, or readers said
    their judged groups state the same claim (as ``findings._splits``)."""
    from benchmarks.findings import _same

    out = []
    for n, mine in enumerate(covers):
        for m in range(n + 1, len(covers)):
            theirs = covers[m] or []
            if any((a is b and a["one_claim"]) or _same(a, b) for a in mine or [] for b in theirs):
                out.append((n, m))
    return out


def evidence_of(analysis) -> set[frozenset[str]]:
    """The alignments that may build groups, as ``findings.build`` picks them."""
    from workbench import align
    from workbench.findings.evidence import embedded_wording, grouping_alignments, plain_wording
    from workbench.thresholds import current

    limits = current().align
    wanted = align.embeddings_wanted()
    wording = (
        embedded_wording(align.similarity, limits.emb_weight)
        if wanted
        else plain_wording(align.similarity)
    )
    accept = (limits.embedding if wanted else limits.lexical).accept
    kept = grouping_alignments(
        analysis.alignments, analysis.claims, analysis.facts, wording, accept, align.similarity
    )
    return {frozenset((a.left, a.right)) for a in kept}


def describe(analysis, ga, gb, evidence: set[frozenset[str]]) -> dict:
    """What the grouping had on two groups: shared sources, cross pairs of
    claims (passages and restatements), aligned, evidence, contrary partners."""
    article = {c.id: c.article for c in analysis.claims}
    aligned = {frozenset((a.left, a.right)) for a in analysis.alignments}
    partners: dict[str, set[str]] = defaultdict(set)
    for a in analysis.alignments:
        partners[a.left].add(a.right)
        partners[a.right].add(a.left)
    side = [{c for m in g.members for c in (*m.claims, *m.restated)} for g in (ga, gb)]
    both = side[0] | side[1]
    cross = [(x, y) for x in side[0] for y in side[1] if article[x] != article[y]]
    contrary = 0
    for x, y in cross:
        if frozenset((x, y)) in aligned:
            continue
        other = {p for p in partners[x] if article[p] == article[y]} | {
            p for p in partners[y] if article[p] == article[x]
        }
        contrary += bool(other - both)
    return {
        "shared": len({m.article for m in ga.members} & {m.article for m in gb.members}),
        "cross": len(cross),
        "aligned": sum(frozenset(p) in aligned for p in cross),
        "evidence": sum(frozenset(p) in evidence for p in cross),
        "contrary": contrary,
    }


def kind(d: dict) -> str:
    if d["shared"]:
        return "share a source"
    if not d["aligned"]:
        return "other sources, no cross pair aligned"
    if d["aligned"] == d["cross"]:
        return "other sources, every cross pair aligned"
    return "other sources, some cross pairs aligned"


def why_split(verbose: bool = False, readers: set[str] | None = None) -> None:
    """Per reader, the split pairs by kind; ``verbose``: each pair (keep a
    held-out reader's, G8's, to the totals)."""
    from benchmarks.findings import DATA, _cover, _members, articles_of, test_events
    from workbench.analysis import analyze
    from workbench.articles import load_articles

    sealed = test_events()
    cache: dict[tuple[str, int, int], tuple] = {}
    for path in sorted(DATA.glob("G*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        if readers and stored["reader"] not in readers:
            continue
        size, skip = stored["size"], stored.get("skip", 0)
        judged: dict[str, list[dict]] = {}
        for g in stored["groups"]:
            if g["event"] not in sealed:
                judged.setdefault(g["event"], []).append(g)
        tally: Counter = Counter()
        lines = []
        for name in sorted(judged):
            if (name, size, skip) not in cache:
                files = articles_of(name, size, skip)
                analysis = analyze(load_articles([str(f) for f in files]))
                cache[name, size, skip] = analysis, evidence_of(analysis)
            analysis, evidence = cache[name, size, skip]
            groups = analysis.groups
            covers = [_cover(_members(analysis, g), judged[name]) for g in groups]
            for n, m in split_pairs(covers):
                d = describe(analysis, groups[n], groups[m], evidence)
                tally[kind(d)] += 1
                lines.append(
                    f"  {name} {groups[n].id}~{groups[m].id}: {kind(d)}; aligned "
                    f"{d['aligned']} of {d['cross']} cross pairs ({d['evidence']} evidence), "
                    f"{d['contrary']} with a contrary partner"
                )
        total = sum(tally.values())
        parts = "; ".join(f"{k} {v}" for k, v in sorted(tally.items()))
        print(
            f"reader {stored['reader']}: {total} pairs of split groups"
            + (f": {parts}" if parts else "")
        )
        if verbose:
            print("\n".join(lines))
