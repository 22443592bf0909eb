"""Checks on a frozen build (called by packaging/smoke_test.sh).

    python packaging/smoke_check.py dist/claim-workbench/claim-workbench

Exits non-zero with one line per failure; prints the figures it measured.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.store import ReviewLog, StoreError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def timed(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    return time.perf_counter() - t0, proc


def main() -> int:
    app = Path(sys.argv[1]).resolve()
    failures: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="wb-smoke-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    # 1. --version
    times = []
    for _ in range(5):
        t, proc = timed([str(app), "--version"], env=env)
        times.append(t)
    print(f"--version: {proc.stdout.strip()!r}, median {statistics.median(times):.2f} s of 5")
    if proc.returncode != 0 or not proc.stdout.startswith("workbench "):
        failures.append(f"--version failed: {proc.stderr.strip()}")

    # 2. check on the seeds, frozen vs source
    runs = {}
    for name, cmd in (
        ("frozen", [str(app)]),
        ("source", [sys.executable, "-m", "workbench"]),
    ):
        out = tmp / f"{name}.json"
        t, proc = timed(
            [*cmd, "check", *SEEDS, "--db", str(tmp / f"{name}.sqlite"), "--json", str(out), "-q"],
            env=env,
            cwd=ROOT,
        )
        if proc.returncode != 0:
            failures.append(f"{name} check failed: {proc.stderr.strip()}")
            continue
        runs[name] = json.loads(out.read_text(encoding="utf-8"))
        print(f"check seeds ({name}): {t:.2f} s, {len(runs[name]['discrepancies'])} discrepancies")
    if len(runs) == 2 and runs["frozen"] != runs["source"]:
        keys = [k for k in runs["source"] if runs["source"][k] != runs["frozen"].get(k)]
        failures.append(f"frozen JSON differs from the source run in: {', '.join(keys)}")
    elif len(runs) == 2:
        print("check seeds: frozen JSON identical to the source run")

    # 3. the window, offscreen, for a few seconds
    db = tmp / "window.sqlite"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(app), "open", *SEEDS, "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    saved = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        if not db.exists():
            continue
        try:  # the store is the only reader of the log (and creates nothing here)
            log = ReviewLog(db, create=False)
            try:
                n = len(log.discrepancies(include_orphaned=False))
            finally:
                log.close()
        except StoreError:
            continue
        if n:
            saved = time.perf_counter() - t0
            break
    time.sleep(3)  # stay open a few seconds: late errors show up here
    alive = proc.poll() is None
    proc.terminate()
    _, err = proc.communicate(timeout=30)
    bad = [ln for ln in err.splitlines() if "Traceback" in ln or "Error" in ln or "error:" in ln]
    if not alive:
        failures.append(f"the window exited early (code {proc.returncode}): {err.strip()[-300:]}")
    if saved is None:
        failures.append("the window never saved an analysis")
    else:
        print(f"window: analysis of the seeds saved {saved:.2f} s after launch; stayed open 3 s")
    if bad:
        failures.append("the window printed errors: " + " | ".join(bad[:3]))

    size = sum(  # symlinks (Qt's library aliases) would count twice
        p.lstat().st_size for p in app.parent.rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"build size: {size / 1048576:.0f} MB in {app.parent}")
    for line in failures:
        print(f"FAIL: {line}")
    print("SMOKE TEST " + ("FAILED" if failures else "PASSED"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
