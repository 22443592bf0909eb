"""One outlet stating a claim twice: what would join its two groups
(``python -m benchmarks.findings_twice [--verbose] [--readers G1,G2]``).

Most split pairs readers judged on ECB+ share a source (``--why-split``): one
outlet states the claim twice (a headline and its body, a paraphrase and the
quote), a group holds one passage per source, and the second statement starts a
group of its own. This scans every pair of today's groups that share a source
or a figure, both judged, and counts for each candidate join how many pairs it
would join that readers called one claim (a split mended) and how many they
called two claims (a wrong join), per reader; held-out events (the sealed test
halves) are left out as ``--why-split`` leaves them out:

- ``as well`` (a source's second statement joins as a restatement when it
  aligns with the group's members from other sources as well as the first
  does): the lowest ratio, over shared sources and the other sources' members,
  of the second statement's score to the first's reaches ``AS_WELL``; a score
  is the aligner's where it aligned the pair, otherwise its mix of embedding
  cosine and lexical similarity (``findings.merge.with_embeddings``);
- ``figure`` (two groups stating the same figure of one measure): a quantity,
  number, amount, percentage or length with the same normalised value in both
  groups, and no conflict between a member of one and a member of the other;
- ``bridge``: a sentence of a third source is grouping evidence with both
  statements of the shared source (``findings.evidence``);
- ``next`` / ``next 2`` (session 22): one source or more (two or more) holds
  both groups, stating one in the sentence next to the other, in the same
  order in each (a claim spread over two sentences of copies of one story);
- ``half`` / ``third`` (session 22): two groups of different sources, at
  least half (a third) of their cross pairs grouping evidence.

Session 22 on the development readers (G8, G12 left out): ``next`` mended 4 splits for 173 wrong
joins, ``half`` 2 for 5 (readers disagreed on one of the 2: 29_ecbplus g4~g12
is one claim to G11, two to G2 and G3).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable

from workbench.model import ClaimGroup, Discrepancy, Fact, Verdict

AS_WELL = 0.9  # the second statement's score against a member, as a share of the first's
FIGURES = frozenset({"quantity", "number", "money", "percent", "duration"})
Score = Callable[[str, str], float]


def _claims(g: ClaimGroup, art: str | None = None) -> list[str]:
    return [c for m in g.members if art in (None, m.article) for c in (*m.claims, *m.restated)]


def _sources(g: ClaimGroup) -> set[str]:
    return {m.article for m in g.members}


def as_well(ga: ClaimGroup, gb: ClaimGroup, score: Score) -> float | None:
    """The lowest ratio, over the sources both groups hold and every member of
    another source, of the shared source's statement in the other group to its
    statement in the member's own group (None: no shared source, or no member
    of another source to weigh them by)."""
    ratios = []
    for art in _sources(ga) & _sources(gb):
        for own, other in ((ga, gb), (gb, ga)):
            first, second = _claims(own, art), _claims(other, art)
            for m in own.members:
                if m.article == art:
                    continue
                for t in m.claims:
                    best = max(score(x, t) for x in first)
                    ratios.append(max(score(y, t) for y in second) / best if best > 0 else 0.0)
    return min(ratios) if ratios else None


def shared_figures(ga: ClaimGroup, gb: ClaimGroup, facts: Iterable[Fact]) -> list[str]:
    """Figures (as written in the first group) that both groups state with one
    normalised value."""
    where = {c: n for n, g in enumerate((ga, gb)) for c in _claims(g)}
    seen: list[dict[str, str]] = [{}, {}]
    for f in facts:
        if f.kind in FIGURES and f.claim in where:
            seen[where[f.claim]].setdefault(
                f"{f.kind} {json.dumps(f.value, sort_keys=True)}", f.text
            )
    return sorted(seen[0][k] for k in seen[0].keys() & seen[1].keys())


def conflicting(ga: ClaimGroup, gb: ClaimGroup, discrepancies: Iterable[Discrepancy]) -> bool:
    """Does a conflict set a member of one group against a member of the other?"""
    a, b = set(_claims(ga)), set(_claims(gb))
    return any(
        d.verdict == Verdict.CONFLICT
        and {d.sides[0].claim, d.sides[1].claim} & a
        and {d.sides[0].claim, d.sides[1].claim} & b
        for d in discrepancies
    )


def bridged(ga: ClaimGroup, gb: ClaimGroup, evidence: set[frozenset[str]]) -> bool:
    """Is a third source's sentence grouping evidence with the shared source's
    statement in each group?"""
    for art in _sources(ga) & _sources(gb):
        first, second = _claims(ga, art), _claims(gb, art)
        others = [c for g in (ga, gb) for m in g.members if m.article != art for c in m.claims]
        for t in others:
            if any(frozenset((t, x)) in evidence for x in first) and any(
                frozenset((t, y)) in evidence for y in second
            ):
                return True
    return False


def next_to(ga: ClaimGroup, gb: ClaimGroup, index: dict[str, int], least: int = 1) -> bool:
    """Do ``least`` or more sources hold both groups, each stating one in the
    sentence next to the other, the same one first in every such source?"""
    shared = _sources(ga) & _sources(gb)
    if len(shared) < least:
        return False
    order = set()
    for art in shared:
        steps = {index[y] - index[x] for x in _claims(ga, art) for y in _claims(gb, art)}
        if 1 in steps:
            order.add(1)
        elif -1 in steps:
            order.add(-1)
        else:
            return False
    return len(order) == 1


def candidates(analysis, score: Score, evidence: set[frozenset[str]]) -> dict:
    """Per pair (n, m) of the analysis's groups sharing a source or a figure:
    what each candidate join says of it."""
    groups = analysis.groups
    out = {}
    for n, ga in enumerate(groups):
        for m in range(n + 1, len(groups)):
            gb = groups[m]
            figures = shared_figures(ga, gb, analysis.facts)
            cross = [
                frozenset((x, y))
                for x in _claims(ga)
                for y in _claims(gb)
                if x.split(":")[0] != y.split(":")[0]
            ]
            backed = sum(p in evidence for p in cross)
            if not (_sources(ga) & _sources(gb)) and not figures and not backed:
                continue
            ratio = as_well(ga, gb, score)
            index = {c.id: c.index for c in analysis.claims}
            out[n, m] = {
                "half": not (_sources(ga) & _sources(gb)) and 2 * backed >= len(cross),
                "third": not (_sources(ga) & _sources(gb)) and 3 * backed >= len(cross),
                "next": next_to(ga, gb, index),
                "next 2": next_to(ga, gb, index, 2),
                "as well": ratio is not None and ratio >= AS_WELL,
                "figure": bool(figures) and not conflicting(ga, gb, analysis.discrepancies),
                "bridge": bridged(ga, gb, evidence),
                "ratio": ratio,
                "figures": figures,
            }
    return out


def label(n: int, m: int, covers: list, splits: set[tuple[int, int]]) -> str | None:
    """ "same" (readers called the two groups one claim), "different" (each
    judged group holding them was one claim, and not the same), or None
    (a member never judged, or a judged group that was not one claim)."""
    if covers[n] is None or covers[m] is None:
        return None
    if (n, m) in splits:
        return "same"
    if all(j["one_claim"] for j in (*covers[n], *covers[m])):
        return "different"
    return None


RULES = ("as well", "figure", "bridge", "next", "next 2", "half", "third")


def scan(verbose: bool = False, readers: set[str] | None = None) -> None:
    from benchmarks.findings import DATA, _cover, _members, articles_of, test_events
    from benchmarks.findings_splits import evidence_of, split_pairs
    from workbench.analysis import analyze
    from workbench.articles import load_articles
    from workbench.findings.merge import with_embeddings

    sealed = test_events()
    cache: dict[tuple[str, int, int], tuple] = {}
    for path in sorted(DATA.glob("G*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        if readers and stored["reader"] not in readers:
            continue
        size, tally, lines = stored["size"], Counter(), []
        skip = stored.get("skip", 0)
        judged: dict[str, list[dict]] = {}
        for g in stored["groups"]:
            if g["event"] not in sealed:
                judged.setdefault(g["event"], []).append(g)
        for name in sorted(judged):
            if (name, size, skip) not in cache:
                files = articles_of(name, size, skip)
                an = analyze(load_articles([str(f) for f in files]))
                cache[name, size, skip] = (
                    an,
                    candidates(an, _scorer(an, with_embeddings), evidence_of(an)),
                )
            an, found = cache[name, size, skip]
            covers = [_cover(_members(an, g), judged[name]) for g in an.groups]
            splits = set(split_pairs(covers))
            for (n, m), c in sorted(found.items()):
                said = label(n, m, covers, splits)
                if said is None:
                    continue
                tally[said] += 1
                for rule in RULES:
                    tally[rule, said] += c[rule]
                ratio = "-" if c["ratio"] is None else f"{c['ratio']:.2f}"
                joins = ",".join(r for r in RULES if c[r]) or "none"
                lines.append(
                    f"  {name} {an.groups[n].id}~{an.groups[m].id}: judged {said}; joins: "
                    f"{joins}; ratio {ratio}; figures {c['figures']}"
                )
        parts = "; ".join(
            f"{rule} joins {tally[rule, 'same']} same, {tally[rule, 'different']} different"
            for rule in RULES
        )
        print(
            f"reader {stored['reader']}: {tally['same']} pairs judged one claim, "
            f"{tally['different']} two claims; {parts}"
        )
        if verbose:
            print("\n".join(lines))


def _scorer(analysis, with_embeddings) -> Score:
    """The aligner's score of two claims where it aligned them, otherwise its
    mix of embedding cosine and lexical similarity."""
    from workbench import align

    text = {c.id: c.text for c in analysis.claims}
    aligned = {frozenset((a.left, a.right)): a.score for a in analysis.alignments}
    mix = with_embeddings(analysis.claims, align.similarity, align.embeddings_wanted())
    return lambda x, y: aligned.get(frozenset((x, y))) or mix(text[x], text[y])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="every pair")
    ap.add_argument("--readers", help="these readers only (G4,G5)")
    args = ap.parse_args(argv)
    scan(args.verbose, set(args.readers.split(",")) if args.readers else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
