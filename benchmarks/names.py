"""Names spelled two ways, and homes stated two ways, over every ECB+ event, against fresh readers.

The real-copy halves take five articles an event, too few to meet most misspelt
names; this runs every readable article of each of the 68 events of
../shared/eval/ecbplus_dev, lists each name flag (kind "name") with the judgment
a fresh reader gave it (``names_data/<event>.json``, the realcopy protocol's
judging section; session 18: J18b and J18c judged all 42 flags of the rule's
first version) and prints the precision over the judged flags, the unjudged
ones, and the findings they make. Flags of kind "residence" (a person's home
given as two places, judge/residence.py) and one-word names spelled a letter
off (judge/proper.py, kind "name") are listed with them (session 19), and flags
of kind "title" (a person's title stated two ways, judge/titles.py; session 20).

    python -m benchmarks.names             # every event
    python -m benchmarks.names --events 04_ecb,32_ecb
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "ecbplus_dev"
DATA = Path(__file__).resolve().parent / "names_data"
KINDS = ("name", "residence", "title")


def analyse_event(event: str):
    from workbench.analysis import analyze
    from workbench.articles import ArticleError, load_articles

    articles, seen = [], set()
    for path in sorted((CORPUS / event).glob("*.txt")):
        try:
            (article,) = load_articles([str(path)])
        except ArticleError:
            continue  # an empty file of the corpus
        if article.id not in seen:
            seen.add(article.id)
            articles.append(article)
    return analyze(articles)


def judged(event: str) -> dict[str, dict]:
    path = DATA / f"{event}.json"
    return json.loads(path.read_text(encoding="utf-8"))["flags"] if path.exists() else {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", help="comma-separated events (default: all)")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS}: not found (../shared beside the repository)", file=sys.stderr)
        return 2
    events = args.events.split(",") if args.events else sorted(p.name for p in CORPUS.iterdir())
    labels: Counter[str] = Counter()
    unjudged, findings, flagged = [], 0, 0
    for event in events:
        analysis = analyse_event(event)
        flags = [d for d in analysis.discrepancies if d.kind in KINDS]
        if not flags:
            continue
        flagged += 1
        findings += sum(1 for f in analysis.findings if f.kind in KINDS)
        known = judged(event)
        for d in flags:
            j = known.get(d.id, {})
            if j.get("verdict", str(d.verdict)) != str(d.verdict):
                j = {}  # judged under another verdict: a fresh reader must judge it again
            label = j.get("label", "")
            labels[label or "unjudged"] += 1
            if not label:
                unjudged.append(f"{event} {d.id}")
            values = " / ".join(s.text for s in d.sides)
            print(f"{event:12} {d.id} {label or 'UNJUDGED':10} {d.rule:26} {values}")
    right, total = labels["right"], sum(v for k, v in labels.items() if k != "unjudged")
    print(
        f"\n{sum(labels.values())} name flags in {flagged} events ({findings} findings); "
        f"judged {total}: right {right}, wrong {labels['wrong']}, borderline "
        f"{labels['borderline']}; precision {right / total:.2f}"
        if total
        else "\nno judged name flag"
    )
    if unjudged:
        print(f"unjudged ({len(unjudged)}): " + ", ".join(unjudged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
