"""Accuracy on public data and on our own labelled pairs, in one command.

    python -m benchmarks.accuracy [--quick] [--sections time,quantity,sts,pairs]
                                  [--output docs/accuracy.md]

Reads the evaluation data in ../shared/eval (licences in each SOURCE.txt;
nothing is copied into the repository) and writes a Markdown table with
every number beside the published anchor it is compared with. ``--quick``
runs a small, fast subset (used by the CI floors in tests/test_accuracy.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SECTIONS = {
    "time": "benchmarks.accuracy_time",
    "quantity": "benchmarks.accuracy_quantity",
    "sts": "benchmarks.accuracy_sts",
    "pairs": "benchmarks.accuracy_pairs",
    "realcopy": "benchmarks.accuracy_realcopy",
    "findings": "benchmarks.accuracy_findings",
    "authored": "benchmarks.accuracy_authored",
}


@dataclass(frozen=True)
class Row:
    """One measured number. ``key`` is stable and used by baselines and CI floors."""

    section: str  # "Time expressions", "Quantities", ...
    key: str  # "time.meantime.value_f1"
    dataset: str  # "MEANTIME (120 news articles, annotated sentences)"
    metric: str  # "value F1 (TempEval-3 method)"
    value: float
    n: int  # how many items the number is computed over
    anchor: str = ""  # "HeidelTime 0.776 on TempEval-3 (news)"
    target: float | None = None  # our target, when the issue sets one
    note: str = ""
    at_most: bool = False  # the target is a ceiling (a rate of errors), not a floor


def run_sections(names: list[str], quick: bool) -> list[Row]:
    rows: list[Row] = []
    for name in names:
        module = importlib.import_module(SECTIONS[name])
        t0 = time.perf_counter()
        section_rows = module.run(quick=quick)
        elapsed = time.perf_counter() - t0
        print(f"[{name}: {len(section_rows)} numbers in {elapsed:.1f} s]", file=sys.stderr)
        rows.extend(section_rows)
    return rows


def load_baseline() -> dict[str, float]:
    path = ROOT / "benchmarks" / "baseline.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))["values"]
    return {}


def _met(r: Row) -> bool:
    assert r.target is not None
    return r.value <= r.target if r.at_most else r.value >= r.target


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def section_notes() -> dict[str, list[str]]:
    """Prose a section module adds under its table (its ``SECTION`` and ``NOTES``)."""
    out = {}
    for name in SECTIONS.values():
        module = importlib.import_module(name)
        notes = getattr(module, "NOTES", None)
        if notes:
            out[module.SECTION] = [*notes, ""]
    return out


def to_markdown(rows: list[Row], command: str, baseline: dict[str, float]) -> str:
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        ).stdout.strip()
        or "unknown"
    )
    out = [
        "# Accuracy",
        "",
        f"Produced by `{command}` at commit `{commit}` from the evaluation data in",
        "`../shared/eval` (licences in each `SOURCE.txt`). Every number is computed by the",
        "harness in `benchmarks/`; the baseline column is the engine before the accuracy",
        "work (`benchmarks/baseline.json`).",
        "",
    ]
    targeted = [r for r in rows if r.target is not None]
    if targeted:
        out += [
            "## Targets at a glance",
            "",
            "| target | ours | met |",
            "|---|---|---|",
        ]
        for r in targeted:
            out.append(
                f"| {r.dataset}: {r.metric} {'≤' if r.at_most else '≥'} {r.target:.2f} | "
                f"{r.value:.3f} | {'yes' if _met(r) else '**no**'} |"
            )
        out += [
            "",
            "The embedding rows need the optional extra (`pip install -e '.[embeddings]'`);",
            "without it the harness reports the lexical path only.",
            "",
        ]
    section = None
    for r in rows:
        if r.section != section:
            section = r.section
            out += [
                f"## {section}",
                "",
                "| data | metric | ours | baseline | target | n | compared with | note |",
                "|---|---|---|---|---|---|---|---|",
            ]
        met = ""
        if r.target is not None:
            met = " ✓" if _met(r) else " ✗"
        out.append(
            f"| {r.dataset} | {r.metric} | **{r.value:.3f}**{met} | {_fmt(baseline.get(r.key))} "
            f"| {_fmt(r.target)} | {r.n} | {r.anchor} | {r.note} |"
        )
        nxt = rows.index(r) + 1
        if nxt == len(rows) or rows[nxt].section != section:
            out.append("")
            out += section_notes().get(section, [])
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small fast subset")
    ap.add_argument("--sections", default=",".join(SECTIONS))
    ap.add_argument("--output", default=str(ROOT / "docs" / "accuracy.md"))
    ap.add_argument("--json", help="also write the rows as JSON here")
    ap.add_argument(
        "--save-baseline", action="store_true", help="record these numbers as the baseline"
    )
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}", file=sys.stderr)
        return 2
    names = [s.strip() for s in args.sections.split(",") if s.strip()]
    rows = run_sections(names, args.quick)
    for r in rows:
        target = "" if r.target is None else f" (target {r.target:.2f})"
        print(f"{r.key:42s} {r.value:7.3f}{target}  n={r.n}  vs {r.anchor}")
    if args.save_baseline:
        path = ROOT / "benchmarks" / "baseline.json"
        old = load_baseline()
        old.update({r.key: round(r.value, 4) for r in rows})
        path.write_text(json.dumps({"values": old}, indent=1, sort_keys=True) + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in rows], indent=1))
    if not args.quick:
        command = "python -m benchmarks.accuracy" + (
            f" --sections {args.sections}" if args.sections != ",".join(SECTIONS) else ""
        )
        Path(args.output).write_text(to_markdown(rows, command, load_baseline()), encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
