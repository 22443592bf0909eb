"""A review log opened in the window shows its findings at once, and the
window re-runs the analysis behind them. Until it ends, the columns drew each
finding's versions by grouping its sides' normalised values: a fresh user
trial on ECB+ 32 saw a column headed "✗ C · 'Robyn Norma Mendes'" (three
versions) for five seconds, then "≈ A · 'Robyn Mendes / Robyn Norma
Mendes'" (two) — decisions could be made on a finding drawn wrong. The log
keeps every version with its sides; the columns draw those.

Cases written for this test: a name with a middle name in one source (one
version, two wordings) and a misspelling; a death toll with a hedged
restatement."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.store import ReviewLog
from workbench.ui.nway import spread
from workbench.ui.rows import finding_rows


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


NAMES = [
    "The bodies of Robyn Mendes, 48, and her neighbour were found on Tuesday in a flat on "
    "Elm Street, police said.",
    "Police said the bodies of Robyn Norma Mendes, 48, and a neighbour were found on Tuesday "
    "in a flat on Elm Street.",
    "The bodies of Robin Mendes, 48, and her neighbour were found in a flat on Elm Street on "
    "Tuesday, police said.",
    "Robyn Mendes, 48, and her neighbour were found dead in a flat on Elm Street on Tuesday, "
    "according to police.",
]
TOLLS = [
    "At least 14 people were killed when a bus overturned near Tarnow on Sunday, police said.",
    "Fourteen people died when a bus overturned near Tarnow on Sunday, police said.",
    "Police said 17 people were killed when a bus overturned near Tarnow on Sunday.",
    "A bus overturned near Tarnow on Sunday, killing 14 people, according to police.",
]


def _drawn(s):
    return {p.article: (p.version, p.value, p.sources) for p in s.places if p.version}


@pytest.mark.parametrize("bodies", [NAMES, TOLLS], ids=["name", "toll"])
def test_the_columns_draw_the_logs_versions_before_the_analysis_reruns(tmp_path, bodies):
    outlets = ["Courier", "Gazette", "Herald", "Post"]
    paths = [
        write(
            tmp_path,
            f"s{n}.md",
            f"---\ntitle: T\noutlet: {o}\npublished: 2024-03-14\n---\n{body}\n",
        )
        for n, (o, body) in enumerate(zip(outlets, bodies, strict=True))
    ]
    analysis = analyze_paths(paths)
    assert analysis.findings
    log = ReviewLog(tmp_path / "r.sqlite")
    try:
        log.save_analysis(analysis)
        rows = finding_rows(log.findings())
    finally:
        log.close()
    claims = {c.id: c for c in analysis.claims}
    articles = [a.id for a in analysis.articles]
    several = 0
    for row in rows:
        after = _drawn(spread(row, analysis, claims, articles))
        before = _drawn(spread(row, None, claims, articles))
        assert before == after, row.id
        several += len({v for v, _, _ in after.values()}) > 1
    assert several  # a finding with two versions was drawn both ways
