"""Accuracy on authored clusters scored against their writer's answer key.

Session 22: reporters who never saw the code wrote four events, six articles
each (invented outlets, wire copy shared by two of them, publication dates a
day or a week apart), planting discrepancies and traps (the same fact told in
other units, words or days) and recording every one in ``KEY.md``. Fresh
readers, who had not seen the code either, judged every flag the workbench
raised against the articles and the key, and scored each key item as found or
missed. The material lives in ``benchmarks/authored_data/<event>/``; the
readers' files in ``benchmarks/authored_data/judgments/<event>.json``.

Events whose folder holds a ``DEVELOPMENT`` file (session 23 on) are open
for detail like the real-copy dev halves (``--set development --detail``). The
others are HELD OUT like the real-copy halves test2 and test3: report their
totals; never read its flags or misses sentence by sentence to change the
engine (the first scoring, on the session-21 engine, was made before any
change of session 22 was merged).

    python -m benchmarks.authored                  # score the current engine
    python -m benchmarks.authored --set development --detail   # open events only
    python -m benchmarks.authored --export DIR     # flags nobody has judged, for readers
    python -m benchmarks.authored --add-judgments READER_DIR EXPORT_JSON

A discrepancy counts as found when a flag a reader tied to it (any round) is
raised now as a conflict or a question; a trap is false-alarmed when such a
flag is now a conflict. A precision is printed only when every flag behind it
was judged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "authored_data"
JUDGED = DATA / "judgments"
VERDICTS = ("conflict", "consistent", "unresolved")


def events(which: str = "held") -> list[Path]:
    """The events of one set: ``held`` (held out, totals only), ``development``
    (an event folder holding a ``DEVELOPMENT`` file: open for detail) or ``all``."""
    found = sorted(p for p in DATA.iterdir() if p.is_dir() and (p / "KEY.md").is_file())
    if which == "all":
        return found
    return [p for p in found if (p / "DEVELOPMENT").is_file() == (which == "development")]


def flags_of(event: Path) -> list[dict]:
    """The pair-level flags of the current engine on one event (default path)."""
    from benchmarks.realcopy import flag_rows
    from workbench.analysis import analyze_paths

    analysis = analyze_paths(sorted(event.glob("*.txt")))
    names = {a.id: Path(a.path).name for a in analysis.articles}
    rows = flag_rows(analysis)
    for row in rows:
        for side in row["sides"]:
            side["file"] = names[side["article"]]
    return rows


def judgments(event: str) -> dict:
    path = JUDGED / f"{event}.json"
    if not path.is_file():
        return {"event": event, "flags": {}, "key": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def score(event: Path, rows: list[dict]) -> dict:
    """Counts for one event: judged flags by verdict and label, key items."""
    j = judgments(event.name)
    now = {r["id"]: r["verdict"] for r in rows}
    out: dict = {"flags": len(rows), "by": Counter(), "unjudged": []}
    out["verdicts"] = Counter(r["verdict"] for r in rows)
    for r in rows:
        got = j["flags"].get(r["id"])
        if got is None or got.get("verdict") != r["verdict"]:
            out["unjudged"].append(r["id"])
        else:
            out["by"][(r["verdict"], got["label"])] += 1
    found = missed = alarms = traps = 0
    for name, item in j["key"].items():
        ids = _item_flags(j, name, item)
        if item["type"] in ("discrepancy", "unclear"):
            hit = any(_shows(j["flags"].get(i), now.get(i), item["type"]) for i in ids)
            found += hit
            missed += not hit
        else:
            traps += 1
            alarms += any(now.get(i) == "conflict" for i in ids)
    # A discrepancy or unclear item of the key that no reader ever tied to a flag
    # was never raised: it is missed, not left out of the count.
    missed += len(key_items(event) - set(j["key"]))
    out.update(found=found, missed=missed, traps=traps, alarms=alarms)
    return out


def key_items(event: Path) -> set[str]:
    """The discrepancy (D) and unclear (U) item ids that KEY.md heads."""
    text = (event / "KEY.md").read_text(encoding="utf-8")
    return set(re.findall(r"^##+ ([DU][0-9]+)\b", text, flags=re.M))


def _item_flags(j: dict, name: str, item: dict) -> set[str]:
    """The flags tied to one key item: by the key's scorer or by a flag's reader."""
    return set(item.get("flags", [])) | {
        i for i, g in j["flags"].items() if name in g.get("key", "").replace(" ", "").split(",")
    }


def _shows(judged: dict | None, verdict: str | None, kind: str) -> bool:
    """Whether a flag, raised now with ``verdict``, shows a key item to the
    editor: judged under that verdict, and by the reader's reading the values
    really disagree (an unclear item: cannot be settled)."""
    if judged is None or verdict is None or judged.get("verdict") != verdict:
        return False
    wanted = ("conflict",) if kind == "discrepancy" else ("conflict", "unresolved")
    return verdict in ("conflict", "unresolved") and judged.get("should_be") in wanted


def totals(results: dict[str, dict]) -> dict:
    """The events' counts added up (what the report and docs/accuracy.md print)."""
    by: Counter = Counter()
    for r in results.values():
        by.update(r["by"])
    found = sum(r["found"] for r in results.values())
    return {
        "events": len(results),
        "flags": sum(r["flags"] for r in results.values()),
        "pairs": sum(15 for _ in results),  # six articles: 15 pairs
        "by": by,
        "verdicts": {v: sum(r["verdicts"][v] for r in results.values()) for v in VERDICTS},
        "unjudged": sum(len(r["unjudged"]) for r in results.values()),
        "found": found,
        "items": found + sum(r["missed"] for r in results.values()),
        "traps": sum(r["traps"] for r in results.values()),
        "alarms": sum(r["alarms"] for r in results.values()),
    }


def measure(which: str = "held") -> dict:
    t = totals({e.name: score(e, flags_of(e)) for e in events(which)})
    t["set"] = which
    return t


def report(t: dict) -> None:
    named = {"held": "held out", "development": "development", "all": "all"}[t.get("set", "held")]
    print(f"== authored, {named} ({t['events']} events, 6 articles each): {t['flags']} flags")
    print("flags by verdict: " + ", ".join(f"{v} {n}" for v, n in t["verdicts"].items()))
    if t["unjudged"]:
        print(f"precision: not scored, {t['unjudged']} flags unjudged (see --export)")
    for v, n in t["verdicts"].items():
        right, border = t["by"][(v, "right")], t["by"][(v, "borderline")]
        if n and not t["unjudged"]:
            both = (right + border) / n
            print(f"{v} precision: {right / n:.2f} (borderline as right: {both:.2f}; n={n})")
    if t["items"]:
        share = t["found"] / t["items"]
        print(
            f"key recall: {t['found']}/{t['items']} = {share:.2f} (discrepancies and unclear items)"
        )
    if t["traps"]:
        print(f"traps called a conflict: {t['alarms']}/{t['traps']}")


def detail(which: str) -> None:
    """Every flag of the development events with its reader's label and note,
    and every key item no flag shows (never for held-out events)."""
    for event in events(which):
        rows, j = flags_of(event), judgments(event.name)
        print(f"\n## {event.name}")
        for r in rows:
            got = j["flags"].get(r["id"])
            label = (
                "unjudged" if got is None or got.get("verdict") != r["verdict"] else got["label"]
            )
            print(f"[{r['id']}] {r['verdict']} — {label}: {r['explanation'][:300]}")
            if got and label != "right":
                print(f"    reader: {got.get('cause', '')} — {got.get('note', '')}")
        now = {r["id"]: r["verdict"] for r in rows}
        for name, item in j["key"].items():
            if item["type"] == "trap":
                continue
            shown = any(
                _shows(j["flags"].get(i), now.get(i), item["type"])
                for i in _item_flags(j, name, item)
            )
            if not shown:
                print(f"MISSED key {name} ({item['type']}): {item.get('note', '')}")


def export(out: Path, which: str = "all") -> None:
    """Each event's articles, key and the flags nobody judged, for a reader."""
    dump = {}
    for event in events(which):
        rows = flags_of(event)
        j = judgments(event.name)["flags"]
        todo = [r for r in rows if r["id"] not in j or j[r["id"]].get("verdict") != r["verdict"]]
        dump[event.name] = todo
        where = out / event.name
        where.mkdir(parents=True, exist_ok=True)
        for p in event.iterdir():
            if p.is_file():
                (where / p.name).write_bytes(p.read_bytes())
        lines = [f"# Flags raised on {event.name} ({len(todo)})", ""]
        for r in todo:
            lines.append(f"## flag {r['id']} — {r['kind']} — workbench says: {r['verdict']}")
            lines.append(f"Explanation: {r['explanation']}")
            for s in r["sides"]:
                lines.append(f"- {s['file']}: value «{s['value']}»")
                lines.append(f"  sentence: {s['sentence']}")
            lines.append("")
        (where / "flags.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "flags.json").write_text(json.dumps(dump, indent=1), encoding="utf-8")


def add_judgments(readers: Path, exported: Path) -> None:
    """Merge a reader's files; each flag keeps the verdict it was judged under."""
    dump = json.loads(exported.read_text(encoding="utf-8"))
    JUDGED.mkdir(parents=True, exist_ok=True)
    for path in sorted(readers.glob("*.json")):
        got = json.loads(path.read_text(encoding="utf-8"))
        event = got["event"]
        verdict = {r["id"]: r["verdict"] for r in dump.get(event, [])}
        j = judgments(event)
        for fid, judged in got["flags"].items():
            if fid in verdict:
                j["flags"][fid] = {**judged, "reader": got["reader"], "verdict": verdict[fid]}
        for item, seen in got.get("key", {}).items():
            old = j["key"].get(item, {"flags": []})
            ids = sorted(set(old.get("flags", [])) | set(seen.get("flags", [])))
            j["key"][item] = {**old, **seen, "flags": ids}
        (JUDGED / f"{event}.json").write_text(json.dumps(j, indent=1) + "\n", encoding="utf-8")
        print(f"{event}: {len(j['flags'])} flags judged, {len(j['key'])} key items")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--export", type=Path)
    ap.add_argument("--add-judgments", nargs=2, type=Path, metavar=("READER_DIR", "EXPORT_JSON"))
    ap.add_argument(
        "--set",
        choices=("held", "development", "all"),
        default="held",
        help="held-out events (totals only; the default), development events or all",
    )
    ap.add_argument(
        "--detail", action="store_true", help="every flag and missed item (development only)"
    )
    args = ap.parse_args(argv)
    if args.add_judgments:
        add_judgments(*args.add_judgments)
        return 0
    if args.export:
        export(args.export, args.set if args.set != "held" else "all")
        return 0
    if args.detail:
        if args.set != "development":
            print("--detail is for the development events only (--set development)")
            return 2
        detail(args.set)
        return 0
    report(measure(args.set))
    if args.set == "held" and events("development"):
        report(measure("development"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
