"""The pair flags of the release issue 15 was filed against, on today's clusters.

Issue 15 asks the items an editor reviews to "drop at least threefold against
today's pair flags", "today" being when it was filed: the release before the
first findings commit (66d052a), commit ff98523 — the commit the test fixture
``tests/fixtures/review-v2-release.sqlite`` was made by, "the previous
release". That release listed every pair-level discrepancy as an item to
review (conflict, unresolved and consistent alike: ``check`` printed each).

``python -m benchmarks.findings --count-release DIR`` runs the release checked
out at DIR (``git worktree add --detach DIR ff98523`` or ``git archive``, with
its own venv at DIR/.venv: ``pip install -e 'DIR[embeddings]'``) on the same
events and articles as ``--items`` and keeps its counts in
``findings_data/release_flags.json``; ``--items`` prints the reduction against
them beside the reduction against today's pair flags.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

RELEASE = "ff98523"
STORED = Path(__file__).resolve().parent / "findings_data" / "release_flags.json"

# run by the release's own interpreter in its own tree: only the API it had
_COUNT = """
import json, sys
from collections import Counter
from workbench.analysis import analyze
from workbench.articles import load_articles
out = []
for event, size, files in json.load(sys.stdin):
    found = analyze(load_articles(files)).discrepancies
    out.append([event, size, dict(Counter(str(d.verdict) for d in found))])
print(json.dumps(out))
"""


def _commit(tree: Path) -> str:
    head = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "--short=7", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return head.stdout.strip() if head.returncode == 0 else ""


def count_release(tree: Path, sizes: list[int], chosen: list[tuple[str, list[Path]]]) -> dict:
    """The release's pair flags by verdict, per event and size, run in ``tree``
    (its own interpreter, ``tree/.venv/bin/python``), and kept in ``STORED``."""
    python = tree / ".venv" / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"{python} not found: give the release its own venv")
    commit = _commit(tree)
    if commit and commit != RELEASE:
        raise SystemExit(f"{tree} is at {commit}, not the release {RELEASE}")
    jobs = [[n, size, [str(f) for f in files[:size]]] for size in sizes for n, files in chosen]
    ran = subprocess.run(
        [str(python), "-c", _COUNT],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        cwd=tree,
        check=False,
    )
    if ran.returncode != 0:
        raise SystemExit(f"the release failed:\n{ran.stderr[-2000:]}")
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for name, size, verdicts in json.loads(ran.stdout.strip().splitlines()[-1]):
        counts.setdefault(name, {})[str(size)] = verdicts
    kept = stored()
    for name, by_size in counts.items():
        kept.setdefault(name, {}).update(by_size)
    STORED.write_text(
        json.dumps({"release": RELEASE, "counts": kept}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return counts


def stored() -> dict[str, dict[str, dict[str, int]]]:
    """The kept counts: event -> size -> verdict -> pair flags ({} when none)."""
    if not STORED.exists():
        return {}
    return json.loads(STORED.read_text(encoding="utf-8"))["counts"]


def release_flags(size: int, names: list[str]) -> dict[str, int] | None:
    """The release's pair flags by verdict over these events at this size
    (None: one of them not counted)."""
    kept = stored()
    total: dict[str, int] = {}
    for n in names:
        if str(size) not in kept.get(n, {}):
            return None
        for verdict, count in kept[n][str(size)].items():
            total[verdict] = total.get(verdict, 0) + count
    return total
