"""Copy detection on real articles: ECB+ development pairs labelled by reading.

tests/fixtures/copies-ecbplus-labels.json holds article pairs of ECB+
development events (none of a held-out real-copy half), labelled "yes" (they
share the wording of one source outside quotes — a wire story, a press
release, a police statement — or come from one outlet), "no", or
"borderline" (only formula wording: a list of charges, a sentence's terms, one
short phrase of a release). Each event is analysed whole, as a check would.
Precision counts a borderline pair linked as wrong; recall is over the "yes"
pairs.

    python -m benchmarks.copies_ecbplus [--detail]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "copies-ecbplus-labels.json"
CORPUS = ROOT.parent / "shared" / "eval" / "ecbplus_dev"


def linked_pairs(event: str) -> set[frozenset[str]]:
    """The pairs of file names an analysis of the whole event links as copies."""
    from workbench.analysis import analyze
    from workbench.articles import ArticleError, load_articles

    articles = []
    for f in sorted((CORPUS / event).glob("*.txt")):
        try:
            articles += load_articles([str(f)])
        except ArticleError:
            continue
    analysis = analyze(articles)
    name = {a.id: Path(a.path).name for a in analysis.articles}
    return {frozenset((name[c.left], name[c.right])) for c in analysis.copies}


def score(detail: bool = False) -> dict[str, float]:
    pairs = json.loads(LABELS.read_text(encoding="utf-8"))["pairs"]
    linked: dict[str, set[frozenset[str]]] = {}
    tp = fp = border = fn = 0
    for p in pairs:
        if p["event"] not in linked:
            linked[p["event"]] = linked_pairs(p["event"])
        got = frozenset((p["left"], p["right"])) in linked[p["event"]]
        tp += got and p["copy"] == "yes"
        fp += got and p["copy"] == "no"
        border += got and p["copy"] == "borderline"
        fn += not got and p["copy"] == "yes"
        wrong = (got and p["copy"] != "yes") or (not got and p["copy"] == "yes")
        if detail and wrong:
            what = "linked" if got else "missed"
            print(f"  {what:6} {p['copy']:10} {p['event']} {p['left']} {p['right']}: {p['why']}")
    found = tp + fp + border
    out = {
        "pairs": len(pairs),
        "linked": found,
        "precision": tp / max(found, 1),
        "borderline_linked": border,
        "false": fp,
        "recall": tp / max(tp + fn, 1),
        "copies": tp + fn,
    }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detail", action="store_true", help="list the pairs judged wrong")
    args = ap.parse_args(argv)
    s = score(args.detail)
    print(
        f"ECB+ labelled pairs {s['pairs']}: linked {s['linked']}, precision {s['precision']:.2f} "
        f"({s['false']} independent, {s['borderline_linked']} borderline linked); "
        f"recall {s['recall']:.2f} of {s['copies']} copies"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
