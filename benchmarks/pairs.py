"""End-to-end accuracy on the project's own labelled article pairs.

    python -m benchmarks.pairs [--verbose] [--rules] [--set NAME=VALUE ...] [FOLDER ...]

Each folder under tests/pairs/ holds a.md, b.md and expected.json (format in
tests/pairs/README.md). Prints alignment precision/recall/F1, discrepancy
recall, verdict accuracy and conflict precision, overall and per pair.

``--rules`` also prints how many discrepancies each judging rule decided,
by verdict, and how many cases each rule dropped. ``--set`` runs with one
threshold changed (``--set judge.related=0.3``; names as in
``workbench.thresholds.names()``), so a sweep needs no code edit.
WORKBENCH_EMBEDDINGS=0 measures the lexical path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from workbench import thresholds
from workbench.model import Analysis

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "pairs"
QUANTITY_FAMILY = {"quantity", "number", "money", "percent"}


@dataclass
class PairResult:
    name: str
    align_tp: int = 0
    align_fp: int = 0
    align_fn: int = 0
    disc_expected: int = 0
    disc_found: int = 0
    verdict_right: int = 0
    conflicts_reported: int = 0
    conflicts_right: int = 0
    problems: list[str] = field(default_factory=list)
    flagged: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, verdict)
    decided: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, outcome)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _kind_ok(expected: str, got: str) -> bool:
    return expected == got or (expected in QUANTITY_FAMILY and got in QUANTITY_FAMILY)


def evaluate_pair(folder: Path, table: thresholds.Thresholds = thresholds.DEFAULT) -> PairResult:
    from workbench import judge
    from workbench.analysis import analyze
    from workbench.articles import load_articles

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with judge.tracing() as decided:
        analysis = analyze(load_articles([folder / "a.md", folder / "b.md"]), thresholds=table)
    res = PairResult(folder.name, decided=decided)
    res.flagged.update((d.rule, str(d.verdict)) for d in analysis.discrepancies)
    _score_alignments(res, analysis, expected)
    _score_discrepancies(res, analysis, expected)
    return res


def _score_alignments(res: PairResult, analysis: Analysis, expected: dict) -> None:
    art_a, art_b = analysis.articles
    claims = {c.id: c for c in analysis.claims}

    def claim_with(article_id: str, needle: str) -> str | None:
        for c in analysis.claims:
            if c.article == article_id and needle in c.text:
                return c.id
        return None

    want = set()
    for sa, sb in expected["alignments"]:
        ca, cb = claim_with(art_a.id, sa), claim_with(art_b.id, sb)
        if ca is None or cb is None:
            res.problems.append(f"fixture substring not in one sentence: {sa!r} / {sb!r}")
            continue
        want.add((ca, cb))
    got = set()
    for al in analysis.alignments:
        pair = (al.left, al.right) if claims[al.left].article == art_a.id else (al.right, al.left)
        got.add(pair)
    res.align_tp = len(want & got)
    res.align_fn = len(want - got)
    res.align_fp = len(got - want)
    for ca, cb in sorted(want - got):
        res.problems.append(
            f"missed alignment: {claims[ca].text[:60]!r} ~ {claims[cb].text[:60]!r}"
        )
    for ca, cb in sorted(got - want):
        res.problems.append(f"extra alignment: {claims[ca].text[:60]!r} ~ {claims[cb].text[:60]!r}")


def _score_discrepancies(res: PairResult, analysis: Analysis, expected: dict) -> None:
    """Expected discrepancies found and their verdicts; every problem names the
    judging rule that decided the discrepancy."""
    art_a, art_b = analysis.articles
    matched: dict[str, str] = {}  # discrepancy id -> expected verdict
    for exp in expected["discrepancies"]:
        res.disc_expected += 1
        occ_a = occurrences(art_a.text, exp["a"])
        occ_b = occurrences(art_b.text, exp["b"])
        hit = None
        for d in analysis.discrepancies:
            if d.id in matched or not _kind_ok(exp["kind"], d.kind):
                continue
            sides = {s.article: s for s in d.sides}
            sa, sb = sides.get(art_a.id), sides.get(art_b.id)
            if (
                sa
                and sb
                and _overlaps((sa.start, sa.end), occ_a)
                and _overlaps((sb.start, sb.end), occ_b)
            ):
                hit = d
                break
        if hit is None:
            res.problems.append(
                f"missed {exp['kind']} {exp['a']!r} vs {exp['b']!r} ({exp['verdict']})"
            )
            continue
        matched[hit.id] = exp["verdict"]
        res.disc_found += 1
        if str(hit.verdict) == exp["verdict"]:
            res.verdict_right += 1
        else:
            res.problems.append(
                f"wrong verdict {hit.verdict} (want {exp['verdict']}) for "
                f"{exp['a']!r} vs {exp['b']!r}: {hit.explanation} [rule {hit.rule}]"
            )
    for d in analysis.discrepancies:
        if str(d.verdict) != "conflict":
            if d.id not in matched:
                res.problems.append(
                    f"extra {d.verdict} {d.kind}: {d.sides[0].text!r} vs "
                    f"{d.sides[1].text!r}: {d.explanation} [rule {d.rule}]"
                )
            continue
        res.conflicts_reported += 1
        if matched.get(d.id) == "conflict":
            res.conflicts_right += 1
        elif d.id not in matched:
            res.problems.append(
                f"false conflict {d.kind}: {d.sides[0].text!r} vs "
                f"{d.sides[1].text!r}: {d.explanation} [rule {d.rule}]"
            )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def summarise(results: list[PairResult]) -> dict[str, float]:
    tp = sum(r.align_tp for r in results)
    fp = sum(r.align_fp for r in results)
    fn = sum(r.align_fn for r in results)
    p, r_ = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "pairs": len(results),
        "alignment_precision": p,
        "alignment_recall": r_,
        "alignment_f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0,
        "discrepancy_recall": _ratio(
            sum(x.disc_found for x in results), sum(x.disc_expected for x in results)
        ),
        "verdict_accuracy": _ratio(
            sum(x.verdict_right for x in results), sum(x.disc_found for x in results)
        ),
        "conflict_precision": _ratio(
            sum(x.conflicts_right for x in results), sum(x.conflicts_reported for x in results)
        ),
    }


def folders(names: list[str] | None = None) -> list[Path]:
    if names:
        return [Path(n) for n in names]
    return sorted(p for p in PAIRS.iterdir() if (p / "expected.json").exists())


def table_with(settings: list[str]) -> thresholds.Thresholds:
    """The default thresholds with each NAME=VALUE of ``settings`` applied."""
    table = thresholds.DEFAULT
    for item in settings:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--set needs NAME=VALUE, not {item!r}")
        table = thresholds.with_value(name.strip(), float(value), table)
    return table


def print_rules(results: list[PairResult]) -> None:
    """Per rule: the discrepancies it decided, by verdict, and the cases it dropped."""
    from workbench import judge
    from workbench.align import embeddings_wanted

    flagged: Counter[tuple[str, str]] = Counter()
    decided: Counter[tuple[str, str]] = Counter()
    for r in results:
        flagged.update(r.flagged)
        decided.update(r.decided)
    verdicts = ("conflict", "unresolved", "consistent")
    path = "embedding" if embeddings_wanted() else "lexical"
    print(f"\nRules ({path} path): discrepancies decided by verdict; cases dropped")
    print(f"  {'rule':34s} {'stage':14s}" + "".join(f"{v:>11s}" for v in verdicts) + "    dropped")
    for rule in judge.RULES:
        counts = "".join(f"{flagged[(rule.name, v)]:11d}" for v in verdicts)
        print(f"  {rule.name:34s} {rule.stage:14s}{counts}{decided[(rule.name, 'skip')]:11d}")
    total = "".join(f"{sum(n for (_, v), n in flagged.items() if v == x):11d}" for x in verdicts)
    print(f"  {'all':34s} {'':14s}{total}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--rules", action="store_true", help="count what each judging rule decided")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="run with a threshold changed, e.g. judge.related=0.3 (repeatable)",
    )
    args = ap.parse_args(argv)
    try:
        table = table_with(args.set)
    except (KeyError, ValueError) as exc:
        ap.error(str(exc))
    results = [evaluate_pair(f, table) for f in folders(args.folders)]
    for r in results:
        s = summarise([r])
        print(
            f"{r.name:32s} align F1 {s['alignment_f1']:.2f}  disc recall "
            f"{s['discrepancy_recall']:.2f}  verdicts {s['verdict_accuracy']:.2f}  "
            f"conflict precision {s['conflict_precision']:.2f}"
        )
        if args.verbose:
            for p in r.problems:
                print(f"    - {p}")
    total = summarise(results)
    print("\nOverall on", total["pairs"], "pairs:")
    for k, v in total.items():
        if k != "pairs":
            print(f"  {k:22s} {v:.3f}")
    if args.rules:
        print_rules(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
