"""``workbench coverage``: the claims x sources matrix from a review log."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from conftest import run_cli as run

from workbench.findings import coverage_of
from workbench.store import ReviewLog


def _row(line: str) -> bool:
    """A matrix row: a mark (or a version letter) then a space."""
    return line[:1] in "●◌∅" + "ABCDEFGH" and line[1:2] == " "


def checked(tmp_path: Path, capsys, files) -> Path:
    db = tmp_path / "r.sqlite"
    assert run(["check", *files, "--db", db, "-q"], capsys)[0] == 0
    return db


def test_every_claim_group_is_a_row_with_one_cell_per_source(tmp_path, capsys):
    db = checked(tmp_path, capsys, SEEDS)
    code, out, err = run(["coverage", "--db", db], capsys)
    assert code == 0, err
    log = ReviewLog(db, create=False)
    try:
        ids = [a.id for a in log.articles()]
        cov = {c.group.id: c for c in coverage_of(ids, log.groups(), log.copies())}
    finally:
        log.close()
    rows = [line for line in out.splitlines() if ": " in line and _row(line)]
    assert len(rows) == len(cov) > 0
    for line in rows:
        cells, rest = line.split("  ", 1)
        group = rest.split(":", 1)[0]
        marks = cells.split()
        assert len(marks) == len(ids)
        c = cov[group]
        for mark, article in zip(marks, ids, strict=True):
            expected = "●" if article in c.carried else "◌" if article in c.aligned else "∅"
            # a source stating a version of the claim's finding shows its letter
            assert mark == expected or mark.isalpha(), (group, article)
    for n, article in enumerate(ids, 1):
        assert f"{n} = {article}" in out
    assert "Independence:" in out


def test_omitted_shows_only_claims_most_sources_carry_and_some_leave_out(tmp_path, capsys):
    texts = [  # four outlets in their own words; the last leaves the schools out
        "A storm cut power to 400 homes in the valley on Monday, the utility said. "
        "Schools in the district were closed for the day as crews cleared roads.",
        "Monday's storm left 400 valley homes without electricity, according to the utility. "
        "District schools stayed shut while road crews worked to clear debris.",
        "About 400 households lost power when the storm hit the valley Monday. "
        "The district closed its schools for the day so crews could clear the roads.",
        "The utility said 400 homes in the valley lost power in Monday's storm. "
        "Repairs were expected to take two days.",
    ]
    files = []
    for i, text in enumerate(texts):
        p = tmp_path / f"s{i}.txt"
        p.write_text(text + "\n")
        files.append(p)
    db = checked(tmp_path, capsys, files)
    code, out, _ = run(["coverage", "--db", db, "--omitted"], capsys)
    assert code == 0
    rows = [line for line in out.splitlines() if _row(line)]
    assert rows and all(line.split("  ", 1)[0].split()[3] == "∅" for line in rows), out
    assert all("Schools" in line for line in rows)


def test_a_missing_or_empty_log_is_one_line(tmp_path, capsys):
    code, _, err = run(["coverage", "--db", tmp_path / "none.sqlite"], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "no such review log" in err
    ReviewLog(tmp_path / "empty.sqlite").close()
    code, _, err = run(["coverage", "--db", tmp_path / "empty.sqlite"], capsys)
    assert code == 2 and "run 'workbench check' first" in err
