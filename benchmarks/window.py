"""How the window feels: time to the first painted results, and GUI stalls.

    python -m benchmarks.window [--runs 5]

1. *Time to first results*: ``workbench open seeds/*.txt`` as a fresh
   process (imports, Qt start-up, analysis and saving all count), from
   launch until an article column paints with the analysis results in it.
   Target: under 2 s on this 2-core machine.
2. *Longest GUI stall*: a 5 ms timer on the GUI thread records the longest
   gap between its ticks while the window opens and analyses 20 articles
   (MEANTIME news when ../shared is there, else the test pairs), including
   the moment the results are saved and shown. Target: under 100 ms.

Both run on the lexical and (when installed) the embedding path, in fresh
processes; medians and ranges of several runs are printed because this
machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import meantime
from benchmarks.speed import _extra_available

ROOT = Path(__file__).resolve().parent.parent
FIRST_PAINT_TARGET = 2.0
STALL_TARGET_MS = 100.0

FIRST_PAINT = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
import workbench.ui.window as window
from workbench.cli import main

class Watch(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.win.session.rows:
            parent = obj.parent()
            if parent is not None and type(parent).__name__ == "_Text":
                print("PAINTED", time.time(), len(self.win.session.rows), flush=True)
                os._exit(0)
        return False

show = window.MainWindow.show
def watched_show(self):
    from PySide6.QtWidgets import QApplication
    QApplication.instance().installEventFilter(Watch(self))
    QTimer.singleShot(60_000, lambda: os._exit(3))
    show(self)
window.MainWindow.show = watched_show
sys.exit(main(["open", *sys.argv[2:], "--db", sys.argv[1]]))
"""

STALL = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from workbench.ui.app import application
from workbench.ui.window import MainWindow

app = application()
w = MainWindow()
w.resize(1280, 800)
w.show()
gaps = []
last = [0.0]
def tick():
    now = time.perf_counter()
    if last[0]:
        gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)
def start():
    last[0] = time.perf_counter()
    t0 = time.perf_counter()
    w.open_paths(sys.argv[2:], sys.argv[1])
    def poll():
        if w.session.busy():
            QTimer.singleShot(20, poll)
            return
        QTimer.singleShot(300, lambda: finish(time.perf_counter() - t0))
    QTimer.singleShot(20, poll)
def finish(elapsed):
    timer.stop()
    print(json.dumps({"max_ms": max(gaps) * 1000, "ticks": len(gaps),
                      "analysis_s": elapsed, "rows": len(w.session.rows),
                      "articles": len(w.session.articles)}), flush=True)
    app.quit()
timer.start()
QTimer.singleShot(500, start)
app.exec()
"""


def _env(embeddings: bool) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBENCH_EMBEDDINGS": str(int(embeddings)),
        # keep the user's settings and recent files out of the measurement
        "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="wb-bench-config-"),
        "XDG_DATA_HOME": tempfile.mkdtemp(prefix="wb-bench-data-"),
    }


def _run(
    code: str, name: str, files: list[Path], workdir: Path, embeddings: bool, timeout: int
) -> tuple[float, subprocess.CompletedProcess]:
    """Run a measuring script in a fresh process on a fresh review log."""
    db = workdir / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(db), *map(str, files)],
        capture_output=True,
        text=True,
        env=_env(embeddings),
        cwd=workdir,
        timeout=timeout,
    )
    return t0, proc


def first_paint(files: list[Path], workdir: Path, embeddings: bool) -> float:
    t0, proc = _run(FIRST_PAINT, "first", files, workdir, embeddings, 120)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("PAINTED")), None)
    if line is None:
        raise SystemExit(f"the window never painted results: {proc.stderr.strip()[-500:]}")
    return float(line.split()[1]) - t0


def stall(files: list[Path], workdir: Path, embeddings: bool) -> dict:
    import json

    _, proc = _run(STALL, "stall", files, workdir, embeddings, 300)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"stall run failed: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _articles(workdir: Path) -> tuple[list[Path], str]:
    if meantime.available():
        docs = [meantime.load(p) for p in meantime.files()]
        return meantime.write_articles(docs[:20], workdir / "meantime"), "MEANTIME news"
    pairs = sorted((ROOT / "tests" / "pairs").glob("*/*.md"))[:20]
    return pairs, "test pairs"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    paths = [("lexical", False)] + ([("embedding", True)] if _extra_available() else [])
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        twenty, source = _articles(workdir)
        print(f"Window benchmark, median of {args.runs} runs (range in brackets)\n")
        for name, emb in paths:
            times = [first_paint(seeds, workdir, emb) for _ in range(args.runs)]
            print(
                f"{name:9s} first painted results, seeds: {statistics.median(times):.2f} s "
                f"[{min(times):.2f}–{max(times):.2f}]  target < {FIRST_PAINT_TARGET:.0f} s"
            )
        for name, emb in paths:
            runs = [stall(twenty, workdir, emb) for _ in range(args.runs)]
            worst = [r["max_ms"] for r in runs]
            took = [r["analysis_s"] for r in runs]
            print(
                f"{name:9s} longest GUI stall, {runs[0]['articles']} articles ({source}, "
                f"{runs[0]['rows']} flags): {statistics.median(worst):.0f} ms "
                f"[{min(worst):.0f}–{max(worst):.0f}]  target < {STALL_TARGET_MS:.0f} ms; "
                f"analysis {statistics.median(took):.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
