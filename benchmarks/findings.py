"""From pairs to findings on real clusters: how many items an editor reviews.

For real events of ../shared/eval/ecbplus_dev (articles of one event from
many outlets), analyses the first N articles of each event (in a fixed hash
order, not by content) and prints, per event and in total: pair-level
discrepancies, findings, the reduction, claim groups (and how many span
three or more sources), findings whose sides are not all in one group (the grouping
kept some of their claims apart), copy links, and the time grouping took.

    python -m benchmarks.findings                  # 12 events, 5 and 14 articles
    python -m benchmarks.findings --events 20 --size 5
    python -m benchmarks.findings --export DIR     # groups as text, for readers
    python -m benchmarks.findings --fresh --events 10 --size 5 --export DIR
                                                   # events no reader has judged
    python -m benchmarks.findings --fresh --skip 5 --events 10 --size 5 --export DIR
                                                   # the next five articles of events
                                                   # whose first five readers judged
    python -m benchmarks.findings --add-judgments DIR READER  # keep readers' JSON
    python -m benchmarks.findings --score          # purity of today's groups, judged data
    python -m benchmarks.findings --items --size 5 # what the findings are, by kind
    python -m benchmarks.findings --items --count-release DIR
                                                   # and the release issue 15 was filed against
    python -m benchmarks.findings --grouping-cost  # CPU of grouping alone, 50 articles
    python -m benchmarks.findings --score --merge-limit 0.45  # and of groups merged at 0.45
    python -m benchmarks.findings --why-split [--verbose --readers G4,G5]
                                                   # what the grouping had on split groups

Every pair-level discrepancy is checked to sit in exactly one finding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "ecbplus_dev"


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def events(count: int, least: int = 10) -> list[tuple[str, list[Path]]]:
    """Events with at least ``least`` readable articles, in hash order (the
    articles too). Judged events keep their place and their articles' order
    whatever ``least`` is: it only admits smaller events."""
    out = []
    for folder in sorted(CORPUS.iterdir(), key=lambda p: _digest(p.name)):
        if not folder.is_dir():
            continue
        files = [f for f in folder.glob("*.txt") if f.stat().st_size > 600]
        if len(files) >= least:
            out.append((folder.name, sorted(files, key=lambda p: _digest(p.name))))
        if len(out) == count:
            break
    return out


def fresh_events(count: int, least: int = 10, skip: int = 0) -> list[tuple[str, list[Path]]]:
    """The first events of the hash order that no stored judgment (G*.json)
    and no real-copy event (realcopy_data/events.json) used: for new readers.
    ``least``: readable articles an event needs (session 10: only four events
    of ten or more articles were left, so readers get events of five or more).
    ``skip``: the articles after the first ``skip`` (session 26: every event of
    five articles or more had been judged): events whose judged articles all
    come before them, ``least`` readable articles after them."""
    used = {
        g["event"]
        for p in DATA.glob("G*.json")
        for s in [json.loads(p.read_text())]
        if s.get("skip", 0) + s["size"] > skip
        for g in s["groups"]
    }
    realcopy = ROOT / "benchmarks" / "realcopy_data" / "events.json"
    used |= {e["event"] for e in json.loads(realcopy.read_text(encoding="utf-8"))["events"]}
    return [e for e in events(99, skip + least) if e[0] not in used][:count]


def articles_of(name: str, size: int, skip: int = 0) -> list[Path]:
    """The articles of an event a reader judged: ``size`` of them after the
    first ``skip``, in the fixed hash order."""
    return dict(events(99, skip + size))[name][skip : skip + size]


def _chosen(args, sizes) -> list[tuple[str, list[Path]]]:
    if args.only:
        names = set(args.only.split(","))
        return [e for e in events(99, max(sizes) + args.skip) if e[0] in names]
    if args.fresh:
        return fresh_events(args.events, max(sizes), args.skip)
    return events(args.events)


def check_containment(analysis) -> None:
    """Every discrepancy in exactly one finding, and nothing else in any."""
    held: dict[str, int] = {}
    for f in analysis.findings:
        for d in f.discrepancies:
            held[d] = held.get(d, 0) + 1
    ids = {d.id for d in analysis.discrepancies}
    bad = [d for d in ids if held.get(d) != 1] + [d for d in held if d not in ids]
    if bad:
        raise SystemExit(f"containment broken for {len(bad)} discrepancies: {bad[:5]}")


def run(files: list[Path]) -> tuple[dict, object]:

    from workbench.analysis import analyze, regroup
    from workbench.articles import load_articles

    analysis = analyze(load_articles([str(f) for f in files]))
    t0 = time.process_time()
    again = regroup(analysis)
    grouping = time.process_time() - t0
    assert again.findings == analysis.findings
    check_containment(analysis)
    wide = sum(len(g.members) >= 3 for g in analysis.groups)
    group_of = {c: g.id for g in analysis.groups for m in g.members for c in m.claims}
    alone = sum(
        len({group_of.get(s.claim) for v in f.versions for s in v.sides}) > 1
        for f in analysis.findings
    )
    return {
        "discrepancies": len(analysis.discrepancies),
        "findings": len(analysis.findings),
        # agreements (every source states the same figure as written) are no item to review
        "to_review": sum(not f.agreement for f in analysis.findings),
        "groups": len(analysis.groups),
        "groups_3plus": wide,
        "pair_only_findings": alone,
        "copy_links": len(analysis.copies),
        "grouping_cpu_s": round(grouping, 3),
    }, analysis


DATA = ROOT / "benchmarks" / "findings_data"


def _members(analysis, group) -> list[list]:
    """Each member's passage and each of its restatements, as [article, text]."""
    claims = {c.id: c for c in analysis.claims}

    def text(ids) -> str:
        return " ".join(" ".join(claims[c].text.split()) for c in ids)

    out = [[m.article, text(m.claims)] for m in group.members]
    out += [[m.article, text([c])] for m in group.members for c in m.restated]
    return out


Judged = dict  # one stored judgment: members, one_claim, odd_members, same_as


def _key(members) -> frozenset:
    return frozenset(tuple(m) for m in members)


def _cover(members: list[list], judged: list[Judged]) -> list[Judged] | None:
    """The judged groups holding today's members: one holding them all when
    there is one, else the group of each member (None: a member never judged)."""
    mine = {tuple(m) for m in members}
    for j in judged:
        if mine <= _key(j["members"]):
            return [j]
    out: list[Judged] = []
    for m in mine:
        j = next((j for j in judged if m in _key(j["members"])), None)
        if j is None:
            return None
        if j not in out:
            out.append(j)
    return out


def _same(a: Judged, b: Judged) -> bool:
    """Readers said the two judged groups state the same claim."""
    return _key(b["members"]) in {_key(s) for s in a["same_as"]} or _key(a["members"]) in {
        _key(s) for s in b["same_as"]
    }


def _odd(j: Judged) -> set[tuple]:
    """The members a reader judged odd: ``ARTICLE`` for a source's whole member,
    ``ARTICLE again`` for its further statements only (listed after its passage)."""
    odd = set(j["odd_members"])
    out, seen = set(), set()
    for a, t in j["members"]:
        if a in odd or (a in seen and f"{a} again" in odd):
            out.add((a, t))
        seen.add(a)
    return out


def _verdict(members: list[list], judged: list[Judged]) -> bool | None:
    """Pure, impure, or None (a member no judged group holds). Pure when the
    judged groups holding the members were each one claim (or the members
    leave out those judged odd) and readers called them the same claim."""
    cover = _cover(members, judged)
    if cover is None:
        return None
    mine = {tuple(m) for m in members}
    for j in cover:
        if not j["one_claim"] and mine & _odd(j):
            return False
    return all(_same(a, b) for n, a in enumerate(cover) for b in cover[n + 1 :])


def _splits(covers: list[list[Judged] | None]) -> int:
    """Today's groups with another of today's groups stating the same claim:
    both hold part of one judged group that was one claim, or readers said
    their judged groups state the same claim."""
    out = 0
    for n, mine in enumerate(covers):
        if not mine:
            continue
        out += any(
            (a is b and a["one_claim"]) or _same(a, b)
            for m, theirs in enumerate(covers)
            if m != n and theirs
            for a in mine
            for b in theirs
        )
    return out


SEALED_HALVES = ("test", "test2", "test3")


def test_events() -> set[str]:
    """The real-copy test halves (realcopy_data/events.json, halves "test" and
    "test2", added in session 12): the engine is never run on these events
    outside the lead's final scoring, so judgments made on them (some of G6,
    G7 and G8) are left out of ``--score``."""
    realcopy = ROOT / "benchmarks" / "realcopy_data" / "events.json"
    listed = json.loads(realcopy.read_text(encoding="utf-8"))["events"]
    return {e["event"] for e in listed if e.get("half") in SEALED_HALVES}


def merged(analysis, limit: float | None):
    """The analysis grouped again with groups stating one claim merged when
    every cross-source pair of members scores ``limit`` (None: as today)."""
    if limit is None:
        return analysis
    from workbench import align, as_written, findings, versus
    from workbench.facts.measure import measure_of
    from workbench.findings.merge import with_embeddings
    from workbench.thresholds import current

    limits = current().align.embedding if align.embeddings_wanted() else current().align.lexical
    return findings.build(
        analysis,
        align.similarity,
        group_score=limits.group,
        merge_limit=limit,
        merge_similar=with_embeddings(analysis.claims, align.similarity, align.embeddings_wanted()),
        embeddings=align.embeddings_wanted(),
        compare=versus.judged(analysis, limits.conflict),
        read=measure_of,
        stated=as_written.stated,
    )


def scores(merge_limit: float | None = None) -> list[dict]:
    """Today's groups against every stored judgment, one row per reader:
    pure, impure, or not judged (a member no judged group holds), today's
    splits and restated passages, and the split rate as judged then.
    ``merge_limit``: groups stating one claim merged first (see ``merged``)."""
    stored = [json.loads(p.read_text()) for p in sorted(DATA.glob("G*.json"))]
    if not stored:
        raise SystemExit("no judgments in benchmarks/findings_data")
    sealed = test_events()
    from workbench.analysis import analyze
    from workbench.articles import load_articles

    cache: dict[tuple[str, tuple[int, int]], object] = {}
    rows = []
    for s in stored:
        judged: dict[str, list[dict]] = {}
        for g in s["groups"]:
            if g["event"] not in sealed:
                judged.setdefault(g["event"], []).append(g)
        row = dict.fromkeys(("pure", "impure", "unjudged", "split", "restated"), 0)
        seen = (s["size"], s.get("skip", 0))  # the articles judged
        for name in sorted(judged):
            if (name, seen) not in cache:
                files = articles_of(name, *seen)
                cache[name, seen] = merged(
                    analyze(load_articles([str(f) for f in files])), merge_limit
                )
            analysis = cache[name, seen]
            members = [_members(analysis, g) for g in analysis.groups]
            for m in members:
                v = _verdict(m, judged[name])
                row["pure" if v else "impure" if v is False else "unjudged"] += 1
            row["split"] += _splits([_cover(m, judged[name]) for m in members])
            row["restated"] += sum(bool(m.restated) for g in analysis.groups for m in g.members)
        kept = [g for g in s["groups"] if g["event"] not in sealed]
        then = sum(bool(g["same_as"]) for g in kept) / max(len(kept), 1)
        row["sealed"] = len(s["groups"]) - len(kept)
        rows.append(
            {
                "reader": s["reader"],
                "events": len(judged),
                "split_then": then,
                "skip": seen[1],
                **row,
            }
        )
    return rows


def score(merge_limit: float | None = None) -> None:
    if merge_limit is not None:
        print(f"groups stating one claim merged at {merge_limit}")
    for r in scores(merge_limit):
        total = max(r["pure"] + r["impure"] + r["unjudged"], 1)
        known = max(r["pure"] + r["impure"], 1)
        print(
            f"reader {r['reader']}: {total} groups today: pure {r['pure']}, impure "
            f"{r['impure']}, not judged {r['unjudged']}; purity {r['pure'] / known:.3f} of judged "
            f"({r['pure'] / total:.2f}–{(r['pure'] + r['unjudged']) / total:.2f} counting "
            f"unjudged); split {r['split'] / known:.0%} of judged ({r['split']}); "
            f"{r['restated']} restated passages; as judged then: split {r['split_then']:.0%}"
            + (
                f" ({r['sealed']} judged groups of test-half events left out)"
                if r["sealed"]
                else ""
            )
            + (f"; the articles after the first {r['skip']}" if r["skip"] else "")
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=12)
    ap.add_argument("--size", type=int, action="append", help="articles per event (repeatable)")
    ap.add_argument("--export", type=Path, help="write groups as text for readers")
    ap.add_argument("--json", action="store_true", help="print rows as JSON lines")
    ap.add_argument("--add-judgments", nargs=2, metavar=("DIR", "READER"))
    ap.add_argument(
        "--skip",
        type=int,
        default=0,
        help="with --export/--fresh/--only: the articles after the first SKIP of each event",
    )
    ap.add_argument("--score", action="store_true", help="purity of today's groups")
    ap.add_argument("--items", action="store_true", help="what the findings are, by kind")
    ap.add_argument("--grouping-cost", action="store_true", help="CPU of grouping, 50 articles")
    ap.add_argument(
        "--count-release",
        type=Path,
        metavar="DIR",
        help="with --items: count the pair flags of the release issue 15 was filed against, "
        "checked out at DIR with its own venv (benchmarks.findings_release)",
    )
    ap.add_argument(
        "--merge-limit",
        type=float,
        action="append",
        help="with --score: also score groups merged at this limit (repeatable)",
    )
    ap.add_argument("--why-split", action="store_true", help="split groups by what joins lacked")
    ap.add_argument("--verbose", action="store_true", help="with --why-split: every pair")
    ap.add_argument("--readers", help="with --why-split: these readers only (G4,G5)")
    ap.add_argument(
        "--only",
        default="",
        help="these events (comma-separated names), in hash order, five or more articles",
    )
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="only events no stored judgment nor the real-copy set used (for new readers)",
    )
    args = ap.parse_args(argv)
    if args.add_judgments:
        from benchmarks.findings_export import add_judgments

        folder, reader = Path(args.add_judgments[0]), args.add_judgments[1]
        add_judgments(folder, reader, (args.size or [5])[0], args.skip)
        return 0
    if args.score:
        for limit in [None, *(args.merge_limit or [])]:
            score(limit)
        return 0
    if args.why_split:
        from benchmarks.findings_splits import why_split

        why_split(args.verbose, set(args.readers.split(",")) if args.readers else None)
        return 0
    if args.grouping_cost:
        from benchmarks.findings_items import grouping_cost

        grouping_cost()
        return 0
    sizes = args.size or [5, 14]
    if args.items:
        from benchmarks.findings_items import report
        from benchmarks.findings_release import count_release

        for size in sizes:
            chosen = fresh_events(args.events, size) if args.fresh else events(args.events)
            if args.count_release:
                count_release(args.count_release, [size], chosen)
            report(size, chosen)
        return 0
    from benchmarks.findings_export import BRIEF, export

    if args.export:
        args.export.mkdir(parents=True, exist_ok=True)
        (args.export / "BRIEF.md").write_text(BRIEF, encoding="utf-8")
        (args.export / "members").mkdir(exist_ok=True)
        packet = {"size": sizes[0], "skip": args.skip}
        (args.export / "members" / "_packet.json").write_text(json.dumps(packet) + "\n")
    print(f"load average {os.getloadavg()[0]:.2f}; events {args.events}; sizes {sizes}")
    for size in sizes:
        rows = []
        chosen = _chosen(args, sizes)
        if not chosen:
            sys.exit(
                f"no event left for this choice at {size} articles (--fresh: every event of that"
                " size was judged or used by the real-copy set; try --skip or --only)"
            )
        for name, files in chosen:
            row, analysis = run(files[args.skip : args.skip + size])
            row["event"] = name
            rows.append(row)
            if args.export and size == sizes[0]:
                export(analysis, args.export, name)
            print(json.dumps(row) if args.json else _line(row), flush=True)
        d = sum(r["discrepancies"] for r in rows)
        f = sum(r["findings"] for r in rows)
        print(
            f"== {size} articles × {len(rows)} events: {d} discrepancies → {f} findings "
            f"({d / max(f, 1):.2f}× fewer items); groups {sum(r['groups'] for r in rows)} "
            f"({sum(r['groups_3plus'] for r in rows)} of 3+ sources); findings across groups "
            f"{sum(r['pair_only_findings'] for r in rows)}; grouping CPU median "
            f"{statistics.median(r['grouping_cpu_s'] for r in rows):.3f} s"
        )
    return 0


def _line(r: dict) -> str:
    return (
        f"{r['event']:>12}: {r['discrepancies']:4} discrepancies → {r['findings']:4} findings; "
        f"groups {r['groups']:4} (3+: {r['groups_3plus']:3}); "
        f"across groups {r['pair_only_findings']:3}; "
        f"copies {r['copy_links']:3}; grouping {r['grouping_cpu_s']:.3f} s"
    )


if __name__ == "__main__":
    sys.exit(main())
