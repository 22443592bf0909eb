"""Packets for fresh readers who judge real-copy flags (benchmarks/realcopy_data/PROTOCOL.md).

Takes a folder written by ``python -m benchmarks.realcopy --export DIR [--only-unjudged]``
and gives each reader a folder of their own: the events' articles and flags, and a
BRIEF.md holding the protocol's judging section word for word, what to write and where.

    python -m benchmarks.judge_packets EXPORT_DIR ROOT J18a:22_ecb,40_ecb J18b:05_ecbplus

writes ROOT/J18a/ (BRIEF.md, one folder per event) and makes ROOT/J18a-out/ for the
reader's answers, which ``python -m benchmarks.realcopy --add-judgments ROOT/J18a-out
EXPORT_DIR`` then merges. (Kept in the repository since session 18: the script lived
outside it and was lost with a machine.)
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

PROTOCOL = Path(__file__).resolve().parent / "realcopy_data" / "PROTOCOL.md"


def judging_section(protocol: str) -> str:
    """The protocol's "## 2. Judging flags" section, up to the next heading of its level."""
    start = protocol.index("## 2. Judging flags")
    end = protocol.find("\n## ", start + 1)
    return protocol[start : end if end >= 0 else len(protocol)].strip()


def brief(reader: str, events: list[str], out: Path) -> str:
    listed = "\n".join(f"- `{e}/`: the articles and `flags.md`" for e in events)
    return f"""# Judging the flags of a comparison tool (reader {reader})

You are an experienced news editor. A tool compared reports of the same event from
different outlets and raised the flags listed in each event's `flags.md` (each flag: two
sentences from two articles, the two values it compared, its verdict and explanation).
Judge every flag under the protocol below. Read the articles in the event's folder first,
in full: a flag is judged against what the articles say, not against the explanation.

Events (folders beside this brief):
{listed}

For each event write `{out}/<event>.json`:

```json
{{"event": "<event>", "reader": "{reader}",
 "flags": {{"<flag id>": {{"label": "right|wrong|borderline", "should_be": "...",
                         "cause": "...", "note": "..."}}}}}}
```

Judge every flag of the event (the id is the one after `## flag` in `flags.md`); `cause`
is empty when the label is right. Do not read any code or any other folder.

{judging_section(PROTOCOL.read_text(encoding="utf-8"))}
"""


def make(exported: Path, root: Path, reader: str, events: list[str]) -> Path:
    where, out = root / reader, root / f"{reader}-out"
    for event in events:
        if not (exported / event / "flags.md").exists():
            raise SystemExit(f"{exported / event}: no flags.md (not in this export)")
    where.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    for event in events:
        shutil.copytree(exported / event, where / event, dirs_exist_ok=True)
        (where / event / "flags.json").unlink(missing_ok=True)  # the reader needs flags.md only
    (where / "BRIEF.md").write_text(brief(reader, events, out), encoding="utf-8")
    return where


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("exported", type=Path, help="a folder written by realcopy --export")
    ap.add_argument("root", type=Path, help="where the readers' folders go")
    ap.add_argument("packets", nargs="+", help="READER:event,event,...")
    args = ap.parse_args(argv)
    for packet in args.packets:
        reader, _, events = packet.partition(":")
        if not reader or not events:
            ap.error(f"{packet!r}: expected READER:event,event")
        print(make(args.exported, args.root, reader, events.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
