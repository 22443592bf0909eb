"""``workbench coverage`` in reading order (g2 before g10, never as text), with
each claim's findings under its row: their ids, the version letter each
source states, and the command that opens the finding."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import run_cli as run

from workbench import align, findings
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import ReviewLog

CLAIMS = 12
TOPICS = (  # twelve claims sharing no word (the openings rule keeps them apart)
    "Harbour ferries",
    "Museum visitors",
    "Bridge repairs",
    "Orchard apples",
    "Library loans",
    "Stadium tickets",
    "Airport delays",
    "Vaccine doses",
    "Factory jobs",
    "River floods",
    "Tram journeys",
    "School pupils",
)


def _log(tmp_path, figures: dict[int, dict[str, str]]):
    """Three sources stating twelve claims alike, one sentence each, so the
    groups are g1 … g12 in reading order; claim ``i`` of ``figures`` has each
    source state its own figure, compared a-b and b-c."""
    texts = {x: [f"{TOPICS[i]} {{}}." for i in range(CLAIMS)] for x in "abc"}
    claims, side = [], {}
    for x in "abc":
        pos = 0
        for i, t in enumerate(texts[x]):
            value = figures.get(i, {}).get(x, "1")
            text = t.format(value)
            claims.append(Claim(f"{x}:{i}", x, i, pos, pos + len(text), text))
            start = pos + text.rindex(value)
            side[(x, i)] = Side(x, f"{x}:{i}", start, start + len(value), value, value)
            pos += len(text) + 1
    body = {x: " ".join(c.text for c in claims if c.article == x) for x in "abc"}
    arts = tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2024, 1, 2), "", body[x], f"sha-{x}")
        for x in "abc"
    )
    al = tuple(
        Alignment(f"{x}:{i}", f"{y}:{i}", 0.9)
        for i in range(CLAIMS)
        for x, y in (("a", "b"), ("b", "c"), ("a", "c"))
    )
    discs = tuple(
        Discrepancy(f"d{i}{x}{y}", "number", Verdict.CONFLICT, "differ", (side[x, i], side[y, i]))
        for i in figures
        for x, y in (("a", "b"), ("b", "c"))
    )
    analysis = findings.build(Analysis(arts, tuple(claims), (), al, discs), align.similarity)
    db = tmp_path / "r.sqlite"
    log = ReviewLog(db)
    log.save_analysis(analysis)
    log.close()
    return db, analysis


def _rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.match(r"^(\S )+ g\d+: ", line)]


def test_source_numbers_of_a_version_are_in_order():
    from workbench.cli_coverage import _numbers

    # "#3", never a bare 3: article names hold numbers too (trial 22)
    assert _numbers(("e", "a", "c", "zz"), {x: n for n, x in enumerate("abcde", 1)}) == [
        "#1",
        "#3",
        "#5",
        "zz",
    ]


def test_copies_are_named_not_numbered():
    import io

    from workbench.cli_coverage import _independence
    from workbench.model import CopyLink

    out = io.StringIO()
    link = CopyLink("21_9ecb", "21_12ecb", 3, "")
    _independence(["21_9ecb", "21_12ecb"], (link,), {"21_9ecb": 1, "21_12ecb": 2}, out)
    assert "21_9ecb and 21_12ecb copy one story" in out.getvalue()


def test_sorted_by_position_the_claims_read_g1_to_g12_by_number(tmp_path, capsys):
    db, _ = _log(tmp_path, {})
    code, out, err = run(["coverage", "--db", db, "--sort", "position"], capsys)
    assert code == 0, err
    groups = [re.search(r" (g\d+): ", line).group(1) for line in _rows(out)]
    assert groups == [f"g{n}" for n in range(1, CLAIMS + 1)]
    assert "in reading order" in out
    # the default still puts claims some sources leave out first; none here
    code, out, _ = run(["coverage", "--db", db], capsys)
    assert len(_rows(out)) == CLAIMS


@pytest.mark.parametrize(
    ("figures", "letters"),
    [
        ({9: {"a": "24", "b": "5", "c": "24"}}, "A B A"),  # the majority's version is A
        ({0: {"a": "3", "b": "4", "c": "5"}}, "A B C"),
        ({10: {"a": "7", "b": "7", "c": "9"}}, "A A B"),
    ],
)
def test_a_row_shows_version_letters_and_leads_to_its_finding(tmp_path, capsys, figures, letters):
    db, analysis = _log(tmp_path, figures)
    (f,) = analysis.findings
    (stated,) = figures.values()
    code, out, err = run(["coverage", "--db", db, "--sort", "position"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    (row,) = [line for line in _rows(out) if line.endswith(f" {stated['a']}.")]
    assert row.startswith(letters + "  " + f.group + ": ")
    below = lines[lines.index(row) + 1]
    assert f.id in below and f"workbench review {f.id}" in below
    for n, v in enumerate(f.versions):
        assert f"{'ABC'[n]} ‘{v.value}’" in below
    # the command printed opens that finding: its versions, lettered alike
    code, out, err = run(["review", "--db", db, f.id], capsys)
    assert code == 0, err
    assert out.startswith(f"{f.id}: CONFLICT number")
    for n, v in enumerate(f.versions):
        assert f"  {'ABC'[n]} ‘{v.value}’ — " in out
    assert f"workbench review {f.id} --status" in out
