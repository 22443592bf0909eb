"""What the items an editor reviews are, on real clusters (``benchmarks.findings --items``).

Per size, over the same events as ``benchmarks.findings``: findings by kind,
by verdict and by how many pair-level discrepancies each holds; findings of one
discrepancy by where their two sentences sit (in no claim group, one of them
outside the finding's group, both in one group); the discrepancies whose two
values are compared nowhere else (isolated pairs: no rule that joins findings
by a shared value can fold them); and the fewest findings the joining rules
could give if complete linkage were dropped (every discrepancy sharing a value
of one article, a version in one group or the same two values chained): an
upper bound on the reduction without folding different compared things.
Beside today's pair flags, the reduction against the pair flags of the release
issue 15 was filed against (``findings_release``: counted with
``--count-release DIR``, kept in ``findings_data/release_flags.json``).
"""

from __future__ import annotations

import importlib
import math
from collections import Counter
from pathlib import Path


def tally(analysis) -> Counter:
    """The counts of one analysis (added up over events by ``report``)."""
    # the module, not the function of the same name the package exports
    build = importlib.import_module("workbench.findings.build")
    clusters = importlib.import_module("workbench.findings.clusters")

    out: Counter = Counter()
    ds = analysis.discrepancies
    by_id = {d.id: d for d in ds}
    group_of = {
        c: g.id for g in analysis.groups for m in g.members for c in (*m.claims, *m.restated)
    }
    out["discrepancies"] += len(ds)
    out["findings"] += len(analysis.findings)
    # agreements (every source states the same figure as written) are no item to review
    out["agreements"] += sum(f.agreement for f in analysis.findings)
    compared = {(s.article, s.start, s.end) for d in ds for s in d.sides}
    for f in analysis.findings:
        out[f"kind {f.kind}"] += 1
        # sources of a version no discrepancy compared (findings.fill: group members)
        stated = {(s.article, s.start, s.end) for v in f.versions for s in v.sides}
        out["sources from group members"] += len(stated - compared)
        out["findings given group members"] += bool(stated - compared)
        out[f"verdict {f.verdict}"] += 1
        out[f"size {len(f.discrepancies)}"] += 1
        if len(f.discrepancies) == 1:
            groups = {group_of.get(s.claim) for s in by_id[f.discrepancies[0]].sides}
            where = "no group" if groups == {None} else "one group" if len(groups) == 1 else "apart"
            out[f"single {where}"] += 1
            out[f"single kind {f.kind}"] += 1
    held = Counter((d.kind, s.article, s.start) for d in ds for s in d.sides)
    out["isolated pairs"] += sum(
        all(held[(d.kind, s.article, s.start)] == 1 for s in d.sides) for d in ds
    )
    facts = build.facts_at(analysis)
    chained = clusters.clusters(
        ds, lambda x, y: True, group_of, lambda s, k: build._version_key(s, k, facts)
    )
    out["fewest without complete linkage"] += len(chained)
    return out


def report(size: int, events: list[tuple[str, list[Path]]]) -> Counter:
    from workbench.analysis import analyze
    from workbench.articles import load_articles

    total: Counter = Counter()
    for _, files in events:
        total += tally(analyze(load_articles([str(f) for f in files[:size]])))
    d, found = total["discrepancies"], total["findings"]
    f = found - total["agreements"]  # the items an editor reviews
    print(
        f"== {size} articles × {len(events)} events: {d} discrepancies → {found} findings, "
        f"{total['agreements']} of them agreements → {f} items to review"
    )
    for head in ("kind ", "verdict ", "size ", "single kind ", "single "):
        part = sorted(
            ((k[len(head) :], v) for k, v in total.items() if k.startswith(head)),
            key=lambda kv: (-kv[1], kv[0]),
        )
        if head == "single ":
            part = [(k, v) for k, v in part if not k.startswith("kind ")]
        print(f"  {head.strip() or head}: " + ", ".join(f"{k} {v}" for k, v in part))
    from benchmarks.findings_release import RELEASE, release_flags

    then = release_flags(size, [name for name, _ in events])
    if then is None:
        print(f"  the release {RELEASE}'s pair flags: not counted (--count-release DIR)")
    else:
        flags = sum(then.values())
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(then.items(), key=lambda kv: -kv[1]))
        print(
            f"  against the release issue 15 was filed against ({RELEASE}): {flags} pair flags "
            f"({verdicts}) → {f} items to review: {flags / max(f, 1):.2f}× fewer items; against "
            f"today's pair flags {d / max(f, 1):.2f}×"
        )
    print(
        f"  sources stated in a version's claim group, never compared: "
        f"{total['sources from group members']} in {total['findings given group members']} findings"
    )
    fewest = total["fewest without complete linkage"]
    print(
        f"  isolated pairs (values compared nowhere else): {total['isolated pairs']}; "
        f"fewest findings without complete linkage: {fewest} ({d / max(fewest, 1):.2f}×); "
        f"3× needs {math.ceil(d / 3)}"
    )
    return total


def grouping_cost(runs: int = 5) -> None:
    """CPU time of grouping alone (claim groups, findings, copies: ``regroup``)
    on the 50 MEANTIME articles of ``benchmarks.speed``, analysed once; and of
    the opt-in merge (``benchmarks.findings.merged``) at 0.35."""
    import os
    import statistics
    import tempfile
    import time

    from benchmarks import meantime
    from benchmarks.findings import merged
    from workbench.analysis import analyze, regroup
    from workbench.articles import load_articles

    if not meantime.available():
        raise SystemExit("MEANTIME not found beside the project")
    with tempfile.TemporaryDirectory() as tmp:
        docs = [meantime.load(p) for p in meantime.files()][:50]
        paths = meantime.write_articles(docs, Path(tmp) / "meantime")
        analysis = analyze(load_articles([str(p) for p in paths]))
    print(
        f"load average {os.getloadavg()[0]:.2f}; 50 articles: {len(analysis.claims)} sentences, "
        f"{len(analysis.alignments)} alignments, {len(analysis.discrepancies)} discrepancies"
    )
    for name, again in (("grouping", regroup), ("grouping + merge at 0.35", None)):
        cpu = []
        for _ in range(runs):
            t0 = time.process_time()
            out = again(analysis) if again else merged(analysis, 0.35)
            cpu.append(time.process_time() - t0)
        print(
            f"  {name}: median CPU {statistics.median(cpu):.3f} s over {runs} runs; "
            f"{len(out.groups)} groups, {len(out.findings)} findings"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")
