"""Every finding is reachable from ``workbench coverage`` (trial 27: three
findings of 43_ecb had no row — their sentences were aligned too weakly to
build a claim group, or compared across articles without an alignment, so
their group is "" and coverage listed only grouped findings)."""

from __future__ import annotations

import io
import re
from datetime import date

from conftest import run_cli as run

from workbench import align, findings
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import ReviewLog

SENTENCES = {  # per source: one claim strongly aligned, one weakly, one compared unaligned
    "a": ("Harbour ferries carried 40 people.", "Revenue rose by $300 million.", "Nvidia fell."),
    "b": ("Harbour ferries carried 40 people.", "Market share means $200 million.", "Nvdia rose."),
    "c": ("Harbour ferries carried 40 people.", "Weather was calm all week.", "Rain came."),
}
VALUES = {0: "40", 1: ("$300 million", "$200 million"), 2: ("Nvidia", "Nvdia")}


def _log(tmp_path, weak: float):
    claims, body, side = [], {}, {}
    for x, texts in SENTENCES.items():
        pos = 0
        for i, text in enumerate(texts):
            claims.append(Claim(f"{x}:{i}", x, i, pos, pos + len(text), text))
            value = VALUES[i] if i == 0 else dict(zip("ab", VALUES[i], strict=True)).get(x, "")
            if value:
                at = pos + text.index(value)
                side[x, i] = Side(x, f"{x}:{i}", at, at + len(value), value, value)
            pos += len(text) + 1
        body[x] = " ".join(texts)
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2024, 1, 2), "", body[x], f"sha-{x}")
        for x in SENTENCES
    )
    al = (
        *(Alignment(f"{x}:0", f"{y}:0", 0.95) for x, y in (("a", "b"), ("b", "c"), ("a", "c"))),
        Alignment("a:1", "b:1", weak),
    )
    discs = (
        Discrepancy("d1", "money", Verdict.CONFLICT, "differ", (side["a", 1], side["b", 1])),
        Discrepancy("d2", "name", Verdict.CONFLICT, "spelled", (side["a", 2], side["b", 2])),
    )
    analysis = findings.build(
        Analysis(arts, tuple(claims), (), al, discs), align.similarity, group_score=0.57
    )
    db = tmp_path / "r.sqlite"
    log = ReviewLog(db)
    log.save_analysis(analysis)
    log.close()
    return db, analysis


def test_findings_in_no_group_have_rows_of_their_own(tmp_path, capsys):
    db, analysis = _log(tmp_path, weak=0.35)
    loose = [f for f in analysis.findings if not f.group]
    assert len(loose) == 2  # the setting: neither finding is in a claim group
    code, out, err = run(["coverage", "--db", db], capsys)
    assert code == 0, err
    for f in analysis.findings:
        assert f"workbench review {f.id}" in out
    assert "2 findings in no claim group" in out.splitlines()[0]
    rows = [line for line in out.splitlines() if re.search(r"F\w+ conflict money", line)]
    # a (column 1) and b (column 2) state versions; c was never compared: not '·'
    assert len(rows) == 1 and re.match(r"^[AB] [AB] - ", rows[0])


def test_check_summary_counts_findings_in_no_group(tmp_path):
    from workbench.cli_findings import print_coverage

    _, analysis = _log(tmp_path, weak=0.35)
    out = io.StringIO()
    print_coverage(analysis, out)
    assert "and 2 findings in no claim group" in out.getvalue()


def test_only_omissions_leave_loose_findings_out(tmp_path, capsys):
    db, _ = _log(tmp_path, weak=0.35)
    code, out, err = run(["coverage", "--db", db, "--omitted"], capsys)
    assert code == 0, err
    assert "no claim group" not in out
