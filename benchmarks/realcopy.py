"""Accuracy on real copy: ECB+ events judged by fresh readers (issue 11).

The articles stay in ../shared/eval/ecbplus_dev; the repository keeps only
which articles make each event (``benchmarks/realcopy_data/events.json``),
what readers found in them (``inventory/<event>.json``) and how readers
judged each flag the workbench raised (``judgments/<event>.json``). The
judging protocol is in ``benchmarks/realcopy_data/PROTOCOL.md``.

    python -m benchmarks.realcopy                 # score the current engine
    python -m benchmarks.realcopy --half dev      # one half only (dev, heldout, test, test2)
    python -m benchmarks.realcopy --unjudged      # list flags nobody has judged
    python -m benchmarks.realcopy --select        # (re)write events.json
    python -m benchmarks.realcopy --export DIR    # articles + flags for readers
    python -m benchmarks.realcopy --export DIR --only-unjudged   # new flags only
    python -m benchmarks.realcopy --add-judgments READERS DIR    # merge a reader's files

A precision is printed only when every flag behind it was judged; otherwise
the harness says how many are missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from benchmarks import realcopy_ceiling, realcopy_why
from benchmarks.pairs import occurrences

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "eval" / "ecbplus_dev"
DATA = ROOT / "benchmarks" / "realcopy_data"
EVENTS = DATA / "events.json"

PER_EVENT = 5
DATED_EVENTS = 15  # "ecbplus" events: articles with URL and publication date
UNDATED_EVENTS = 3  # "ecb" events: no URL, no date
# a third half, added in session 11 after dev and held-out had both been read
# for causes: the next dated events in the same order, never inventoried,
# judged or looked at by anyone working on the engine before they were scored
TEST_EVENTS = 12
# session 12: every remaining dated event (and two more undated ones), in the
# same order, alternately added to the development half and to a fourth half,
# test2, that nobody - lead included - looks at beyond its totals
LATER_UNDATED = 2
# session 15: a fifth half, test3, of events nobody had used for anything: the
# undated ("ecb") events, in the same hash order, that no earlier half, claim-
# grouping set, editor trial or engineer's brief had named (every dated event
# with five sites was already taken). Nobody - lead included - reads test3
# beyond its totals; it was inventoried before any engine change of the session
# was merged, so it measures that session on data no one tuned on.
TEST3_EVENTS = ("34_ecb", "39_ecb", "23_ecb", "45_ecb", "26_ecb")
# session 16: a sixth half, dev2, open in detail like dev: the first eight
# undated events, in the same hash order, that no half holds. They had been
# used only to judge claim groups (G sets) and for editor trials (31_ecb), never
# to judge flags; dev had 14 events to learn from, and held-out precision stayed
# far below dev's. Inventoried and judged by fresh readers like every half.
DEV2_EVENTS = ("40_ecb", "18_ecb", "31_ecb", "01_ecb", "25_ecb", "04_ecb", "44_ecb", "06_ecb")
HALVES = ("dev", "heldout", "test", "test2", "test3", "dev2")
# session 21: the test half opened for detail like dev and dev2. Ten sessions of
# fixes learnt on dev and dev2 left its recall at 2 of 20 items and its conflict
# precision at 0.43 (figures before opening: docs/accuracy.md, session 20): the
# errors it shows are the classes dev no longer shows. heldout, test2 and test3
# stay read through their totals only.
DETAILED = ("dev", "dev2", "test")  # halves an engineer may read flag by flag
LABELS = ("right", "wrong", "borderline")
CAUSES = (
    "different-things",  # values that measure different things paired
    "different-scope",  # same thing, different place, period or inclusion
    "different-events",  # values of a background or follow-up event
    "speaker",  # one person taken for two, a descriptor read as a name ...
    "bounds-rounding",  # open bounds, hedges, rounding, precision
    "misread",  # a value, unit or date read wrongly
    "not-same-claim",  # the two sentences do not say the same thing
    "other",
)


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _front(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    out: dict[str, str] = {}
    if text.startswith("---\n"):
        for line in text[4 : text.find("\n---", 4)].splitlines():
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out


def _has_text(path: Path) -> bool:
    """Some ECB+ pages are videos: a header and no text."""
    text = path.read_text(encoding="utf-8")
    return bool(text[text.find("\n---", 4) + 4 :].strip())


def _domain(url: str) -> str:
    m = re.match(r"https?://(?:www\.)?([^/]+)", url)
    return m.group(1) if m else ""


def _by_hash(paths) -> list[Path]:
    return sorted(paths, key=lambda p: _digest(p.name))


def _one_per_site(files: list[Path], texted: bool) -> list[Path]:
    """Dated articles of different sites, in the order given; with
    ``texted``, pages with no text (videos) are passed over."""
    picked, sites = [], set()
    for f in files:
        meta = _front(f)
        site = _domain(meta.get("url", ""))
        if meta.get("published") and site and site not in sites:
            if texted and not _has_text(f):
                continue
            sites.add(site)
            picked.append(f)
    return picked


def _event(name: str, half: str, files: list[Path]) -> dict:
    return {"event": name, "half": half, "articles": [f"{name}/{f.name}" for f in files]}


def select() -> dict:
    """Events and articles picked by a fixed hash order (not by content):
    the first dated events with five articles from five different sites, and
    the first undated ones; halves alternate in that order. The next dated
    events (with text in every article) make the test half."""
    dated, undated, test = [], [], []
    for folder in _by_hash(CORPUS.iterdir()):
        if not folder.is_dir():
            continue
        files = _by_hash(folder.glob("*.txt"))
        if folder.name.endswith("_ecbplus"):
            # (texted for the test half only: the first halves were picked before)
            picked = _one_per_site(files, texted=len(dated) >= DATED_EVENTS)
            if len(picked) >= PER_EVENT and len(dated) < DATED_EVENTS:
                dated.append((folder.name, picked[:PER_EVENT]))
            elif len(picked) >= PER_EVENT and len(test) < TEST_EVENTS:
                test.append((folder.name, picked[:PER_EVENT]))
        elif len(files) >= PER_EVENT and len(undated) < UNDATED_EVENTS:
            undated.append((folder.name, files[:PER_EVENT]))
    events = [
        _event(name, "dev" if i % 2 == 0 else "heldout", files)
        for group in (dated, undated)
        for i, (name, files) in enumerate(group)
    ]
    events += [_event(name, "test", files) for name, files in test]
    later = _later({e["event"] for e in events})
    events += [_event(name, "dev" if i % 2 else "test2", f) for i, (name, f) in enumerate(later)]
    for half, names in (("test3", TEST3_EVENTS), ("dev2", DEV2_EVENTS)):
        for name in names:
            files = [f for f in _by_hash((CORPUS / name).glob("*.txt")) if _has_text(f)]
            events.append(_event(name, half, files[:PER_EVENT]))
    return {
        "corpus": "ecbplus_dev (../shared/eval/ecbplus_dev)",
        "rule": select.__doc__.split("\n\n")[0].replace("\n", " "),
        "events": events,
    }


def _later(taken: set[str]) -> list[tuple[str, list[Path]]]:
    """The events left after the first three halves, in the same hash order:
    every dated one with five texted articles from five sites, then the
    first undated ones."""
    dated, undated = [], []
    for folder in _by_hash(CORPUS.iterdir()):
        if not folder.is_dir() or folder.name in taken:
            continue
        files = [f for f in _by_hash(folder.glob("*.txt")) if _has_text(f)]
        if folder.name.endswith("_ecbplus"):
            picked = _one_per_site(files, texted=True)
            if len(picked) >= PER_EVENT:
                dated.append((folder.name, picked[:PER_EVENT]))
        elif len(files) >= PER_EVENT and len(undated) < LATER_UNDATED:
            undated.append((folder.name, files[:PER_EVENT]))
    return dated + undated


def load_events(half: str | None = None) -> list[dict]:
    events = json.loads(EVENTS.read_text(encoding="utf-8"))["events"]
    return [e for e in events if half in (None, e["half"])]


def run_event(event: dict):
    """The analysis of one event's articles, as a user runs it (default path)."""
    from workbench.analysis import analyze_paths

    return analyze_paths([CORPUS / a for a in event["articles"]])


def flag_rows(analysis) -> list[dict]:
    """Each discrepancy as readers see it: both sentences, both values."""
    claims = {c.id: c for c in analysis.claims}
    rows = []
    for d in analysis.discrepancies:
        sides = []
        for s in d.sides:
            c = claims[s.claim]
            sides.append(
                {
                    "article": s.article,
                    "value": s.text,
                    "normalized": s.normalized,
                    "sentence": c.text,
                    "start": s.start,
                    "end": s.end,
                }
            )
        rows.append(
            {
                "id": d.id,
                "kind": d.kind,
                "verdict": str(d.verdict),
                "explanation": d.explanation,
                "sides": sides,
            }
        )
    return rows


def _judgments(event: str) -> dict:
    """The event's judgments file ({"event", "reader", "flags": {id: judgment}})."""
    path = DATA / "judgments" / f"{event}.json"
    if not path.exists():
        return {"event": event, "reader": "", "flags": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def _judged(event: dict) -> dict[str, str]:
    """Flag id -> the verdict it was judged under."""
    return {k: v.get("verdict", "") for k, v in _judgments(event["event"])["flags"].items()}


def add_judgments(readers: Path, exported: Path) -> None:
    """Merge a fresh reader's files (``readers``/<event>.json, judging the flags
    exported to ``exported``/<event>/flags.json) into judgments/. A flag judged
    before under another verdict keeps that judgment under "earlier"."""
    for f in sorted(readers.glob("*.json")):
        new = json.loads(f.read_text(encoding="utf-8"))
        rows = json.loads((exported / new["event"] / "flags.json").read_text(encoding="utf-8"))
        verdicts = {r["id"]: r["verdict"] for r in rows["flags"]}
        old = _judgments(new["event"])
        readers_before = {r for r in old.get("reader", "").split("+") if r}
        for k, v in new["flags"].items():
            v["reader"], v["verdict"] = new["reader"], verdicts[k]
            if k in old["flags"]:
                prev = old["flags"][k]
                if prev.get("verdict") == v["verdict"]:
                    raise SystemExit(f"{f}: flag {k} is already judged under {v['verdict']}")
                v["earlier"] = [*prev.pop("earlier", []), prev]
            old["flags"][k] = v
        named = {v["reader"] for v in old["flags"].values() if "reader" in v}
        old["reader"] = "+".join(sorted(readers_before | named))
        out = DATA / "judgments" / f.name
        out.write_text(json.dumps(old, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{new['event']}: {len(new['flags'])} added, {len(old['flags'])} in all")


def export(folder: Path, only_unjudged: bool = False, half: str | None = None) -> None:
    """Per event: the five articles (as files readers open) and flags.md; with
    ``only_unjudged``, only the flags no reader has judged (events with none
    are left out); with ``half``, that half's events only."""
    for event in load_events(half):
        analysis = run_event(event)
        rows = flag_rows(analysis)
        if only_unjudged:
            done = _judged(event)
            rows = [r for r in rows if done.get(r["id"]) != r["verdict"]]
            if not rows:
                continue
        where = folder / event["event"]
        where.mkdir(parents=True, exist_ok=True)
        for a in event["articles"]:
            shutil.copyfile(CORPUS / a, where / Path(a).name)
        ids = {a.id: Path(a.path).name for a in analysis.articles}
        lines = [f"# Flags raised on {event['event']} ({len(rows)})", ""]
        for row in rows:
            lines.append(f"## flag {row['id']} — {row['kind']} — workbench says: {row['verdict']}")
            lines.append(f"Explanation: {row['explanation']}")
            for side in row["sides"]:
                lines.append(f"- {ids[side['article']]}: value «{side['value']}»")
                lines.append(f"  sentence: {side['sentence']}")
            lines.append("")
        (where / "flags.md").write_text("\n".join(lines), encoding="utf-8")
        (where / "flags.json").write_text(
            json.dumps({"articles": ids, "flags": rows}, indent=1),
            encoding="utf-8",
        )
        print(f"{event['event']}: {len(rows)} flags")


# --- scoring --------------------------------------------------------------------


@dataclass
class Score:
    pairs: int = 0
    flags: int = 0
    by_verdict: Counter = field(default_factory=Counter)
    judged: dict = field(default_factory=lambda: defaultdict(Counter))  # verdict -> label
    unjudged: list = field(default_factory=list)
    causes: Counter = field(default_factory=Counter)
    rules: dict = field(default_factory=lambda: defaultdict(Counter))  # rule -> label
    items: int = 0
    items_found: int = 0
    item_pairs: int = 0
    item_pairs_found: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    missed_detail: list = field(
        default_factory=list
    )  # (event, item, analysis, articles)  # (event, discrepancy, claims, judgment)
    traces: dict = field(default_factory=dict)  # event -> realcopy_why.Trace (--why-missed)


def _touches(side, spans: list[tuple[int, int]]) -> bool:
    return any(side.start < e and s < side.end for s, e in spans)


def score_event(event: dict, score: Score):
    """Score one event's flags and inventory into ``score``; its analysis."""
    analysis = run_event(event)
    by_file = {Path(a.path).name: a for a in analysis.articles}
    n = len(analysis.articles)
    score.pairs += n * (n - 1) // 2
    score.flags += len(analysis.discrepancies)
    judgments = _judgments(event["event"])["flags"]
    for d in analysis.discrepancies:
        verdict = str(d.verdict)
        score.by_verdict[verdict] += 1
        j = judgments.get(d.id)
        if j is not None and j.get("verdict", verdict) != verdict:
            j = None  # judged under another verdict: a fresh reader must judge it again
        if j is None:
            score.unjudged.append((event["event"], d.id, verdict, d.explanation))
            continue
        score.judged[verdict][j["label"]] += 1
        score.rules[f"{d.rule or '?'} -> {verdict}"][j["label"]] += 1
        if j["label"] != "right" and j.get("cause"):
            score.causes[(verdict, j["cause"])] += 1
        if j["label"] != "right":
            score.wrong.append((event["event"], d, analysis, j))
    ipath = DATA / "inventory" / f"{event['event']}.json"
    if not ipath.exists():
        return analysis
    for item in json.loads(ipath.read_text(encoding="utf-8"))["items"]:
        stated = []  # (article id, version, spans) — an article may state two versions
        for st in item["statements"]:
            art = by_file.get(st["article"])
            if art is not None:
                stated.append((art.id, st["version"], occurrences(art.text, st["quote"])))
        pairs: dict[tuple[str, str], list] = defaultdict(list)
        for x, y in combinations(sorted(stated), 2):
            if x[0] != y[0] and x[1] != y[1]:
                pairs[(x[0], y[0])].append((x[2], y[2]))
        if not pairs:
            continue
        score.items += 1
        found_any = False
        missed_pairs = []
        for (ia, ib), spans in pairs.items():
            score.item_pairs += 1
            if any(_found(analysis, ia, ib, sa, sb) for sa, sb in spans):
                score.item_pairs_found += 1
                found_any = True
            else:
                missed_pairs.append((ia, ib))
        if found_any:
            score.items_found += 1
            for ia, ib in missed_pairs:  # --why-missed: a pair missed of an item found
                missed = _of_pair(item, by_file, {ia, ib})
                score.missed_detail.append((event["event"], missed, analysis, by_file))
        else:
            score.missed.append((event["event"], item["what"]))
            score.missed_detail.append((event["event"], item, analysis, by_file))
    return analysis


def _of_pair(item: dict, by_file: dict, ids: set[str]) -> dict:
    """An item found in some article pairs, as missed in one: its statements in
    the two articles ``ids`` only (--why-missed)."""
    return {
        **item,
        "what": f"{item['what']} (found elsewhere; this article pair missed)",
        "statements": [
            st
            for st in item["statements"]
            if st["article"] in by_file and by_file[st["article"]].id in ids
        ],
    }


def _found(analysis, ia: str, ib: str, sa, sb) -> bool:
    """A conflict or unresolved flag between articles ia and ib touching both statements."""
    for d in analysis.discrepancies:
        if str(d.verdict) not in ("conflict", "unresolved"):
            continue
        x, y = d.sides
        if {x.article, y.article} != {ia, ib}:
            continue
        if x.article != ia:
            x, y = y, x
        if _touches(x, sa) and _touches(y, sb):
            return True
    return False


def _precision(counts: Counter) -> str:
    total = sum(counts.values())
    if not total:
        return "—"
    strict = counts["right"] / total
    lenient = (counts["right"] + counts["borderline"]) / total
    return f"{strict:.2f} (borderline as right: {lenient:.2f}; n={total})"


def report(score: Score, title: str, verbose: bool, detailed: bool = True) -> None:
    """A half's totals (flags by verdict, precisions, recall); for a half open
    in detail (``detailed``) also the wrong flags by cause and the judged flags
    by rule: a held-out half prints its totals only (session 37: test2 printed
    both tables, which name the rules and causes a fix would be tuned to)."""
    print(f"== {title}")
    per_pair = score.flags / max(1, score.pairs)
    print(f"article pairs {score.pairs}, flags {score.flags} ({per_pair:.1f} per pair)")
    print("flags by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(score.by_verdict.items())))
    missing = Counter(v for _, _, v, _ in score.unjudged)
    for verdict in ("conflict", "consistent", "unresolved"):
        if missing[verdict]:
            print(f"{verdict} precision: not scored, {missing[verdict]} flags unjudged")
        else:
            print(f"{verdict} precision: {_precision(score.judged[verdict])}")
    if score.items:
        print(
            f"inventory recall: items {score.items_found}/{score.items}"
            f" = {score.items_found / score.items:.2f};"
            f" article pairs {score.item_pairs_found}/{score.item_pairs}"
            f" = {score.item_pairs_found / max(1, score.item_pairs):.2f}"
        )
    else:
        print("inventory recall: no inventory yet")
    if not detailed:
        return
    if score.causes:
        print("wrong or borderline, by cause:")
        for (verdict, cause), k in score.causes.most_common():
            print(f"  {k:3} {verdict:10} {cause}")
    if score.rules:
        print("judged flags by the rule that decided them (right / wrong / borderline):")
        for rule, c in sorted(score.rules.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  {c['right']:3} {c['wrong']:3} {c['borderline']:3}  {rule}")
    if verbose:
        for event, what in score.missed:
            print(f"  missed [{event}] {what}")


def print_flag(event: str, d, analysis, j: dict) -> None:
    """One judged flag with both sentences, for reading causes (development half)."""
    claims = {c.id: c for c in analysis.claims}
    print(f"\n[{event}] {d.id} {d.verdict} ({d.rule}) judged {j['label']}/{j.get('cause', '')}")
    print(f"  {d.explanation}")
    for s in d.sides:
        print(f"  {s.article}: [{s.text}] {claims[s.claim].text[:300]}")
    if j.get("note"):
        print(f"  reader: {j['note']}")


def print_missed(event: str, item: dict, analysis, by_file: dict, trace=None) -> str:
    """A missed inventory item: each statement's claim, its facts, and the
    alignments and flags between those claims (development half); with the
    event's ``trace``, why statements of different versions were not compared.
    Returns its cause (``realcopy_why.cause``; "" without a trace)."""
    print(f"\n[{event}] MISSED {item['what']}")
    found = []  # claim ids
    stated = []  # (version, claim id)
    for st in item["statements"]:
        art = by_file.get(st["article"])
        if art is None:
            continue
        spans = occurrences(art.text, st["quote"])
        claims = [
            c
            for c in analysis.claims
            if c.article == art.id and any(c.start < e and s < c.end for s, e in spans)
        ]
        for c in claims:
            facts = [f"{f.kind}:{f.text}" for f in analysis.facts if f.claim == c.id]
            print(f"  {st['version']} {art.id} {c.id}: {c.text[:200]}")
            print(f"      facts: {facts}")
            found.append(c.id)
            stated.append((st["version"], c.id))
    ids = set(found)
    for al in analysis.alignments:
        if al.left in ids and al.right in ids:
            print(f"  aligned {al.left} ~ {al.right} {al.score:.2f}")
    flagged = False
    for d in analysis.discrepancies:
        if {s.claim for s in d.sides} <= ids:
            print(f"  flag {d.verdict} ({d.rule}): {d.explanation[:160]}")
            versions = {v for v, c in stated for s in d.sides if s.claim == c}
            consistent = str(d.verdict) == "consistent"  # between two versions
            flagged = flagged or (consistent and len(versions) == 2)
    if trace is None:
        return ""
    said = realcopy_why.lines(trace, analysis, stated)
    for line in said:
        print(f"  {line}")
    return realcopy_why.cause(said, flagged)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--select", action="store_true")
    ap.add_argument("--export", type=Path)
    ap.add_argument("--unjudged", action="store_true", help="list flags nobody has judged")
    ap.add_argument("--only-unjudged", action="store_true", help="with --export")
    ap.add_argument(
        "--add-judgments",
        nargs=2,
        type=Path,
        metavar=("READER_DIR", "EXPORT_DIR"),
        help="merge a fresh reader's judgments of flags exported with --only-unjudged",
    )
    ap.add_argument("--wrong", action="store_true", help="show flags judged wrong or borderline")
    ap.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="RULE",
        help="judge with this rule left out (repeatable): what it hides or changes",
    )
    ap.add_argument(
        "--why-missed", action="store_true", help="show what the engine saw of each missed item"
    )
    ap.add_argument(
        "--if-aligned",
        action="store_true",
        help="score again with each missed item's left-apart sentence pairs aligned "
        "(development halves): the ceiling of aligning them, and the judge rows in the way",
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    if args.select:
        EVENTS.parent.mkdir(parents=True, exist_ok=True)
        EVENTS.write_text(json.dumps(select(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {EVENTS.relative_to(ROOT)}")
        return 0
    if args.add_judgments:
        add_judgments(*args.add_judgments)
        return 0
    if args.export:
        export(args.export, args.only_unjudged, args.half)
        return 0
    halves = [args.half] if args.half else list(HALVES)
    from workbench.judge import rules

    unknown = set(args.without) - set(rules.BY_NAME)
    if unknown:
        print(f"no judge rule named {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2

    for half in halves:
        if args.without and half not in DETAILED:  # what a rule does, read on held-out
            print(f"== {half}: held-out, not scored with --without (its totals: rules as they are)")
            continue
        score = Score()
        with rules.without(*args.without):
            for event in load_events(half):
                if (args.why_missed or args.if_aligned) and half in DETAILED:
                    with realcopy_why.tracing() as trace:
                        score_event(event, score)
                    score.traces[event["event"]] = trace
                else:
                    score_event(event, score)
        # the held-out half is looked at only through its totals: what it
        # missed is listed for the development half alone
        verbose = args.verbose and half in DETAILED
        report(score, f"{half} ({len(load_events(half))} events)", verbose, half in DETAILED)
        if half not in DETAILED:
            if args.unjudged or args.why_missed or args.wrong or args.verbose or args.if_aligned:
                print("  (held-out: totals only; export its unjudged flags for fresh readers)")
            continue
        if args.unjudged:
            for event, fid, verdict, expl in score.unjudged:
                print(f"  unjudged [{event}] {fid} {verdict}: {expl}")
        if args.why_missed:
            causes: Counter = Counter()
            for event, item, analysis, by_file in score.missed_detail:
                causes[print_missed(event, item, analysis, by_file, score.traces.get(event))] += 1
            print(f"\nmissed items and article pairs by cause ({half}):")
            for name in realcopy_why.CAUSES:
                print(f"  {causes[name]:3d}  {name}")
        if args.wrong:
            for event, d, analysis, j in score.wrong:
                print_flag(event, d, analysis, j)
        if args.if_aligned:
            ceiling, said = realcopy_ceiling.run(load_events(half), score, score_event, Score)
            report(ceiling, f"{half} with every missed left-apart pair aligned", False)
            print("\n".join(said))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
