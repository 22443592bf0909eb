"""Session 42 (user trial 49, problem 9): the same words counted from
publication dates a day apart ('12 weeks ago' = around Mon 18 Mar / Sun 17
Mar) are one version when their days differ by less than the unit the words
count in; 'three days ago' from dates a day apart stays two versions. Every
pair-level discrepancy stays in exactly one finding."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.store import ReviewLog

TEXT = "---\ntitle: Couple return {n}\npublished: {day}\noutlet: {outlet}\n---\n{body}\n"
LEAD = "Police named the couple found dead at their home in Millom on Sunday."


def _story(tmp_path, said: list[tuple[str, str]]) -> list[str]:
    paths = []
    for n, (day, when) in enumerate(said):
        who = ("a neighbour said", "friends said", "his mother told reporters")[n % 3]
        body = f"{LEAD} The pair had moved back to the town from Cardiff {when}, {who}."
        p = tmp_path / f"s{n}.md"
        p.write_text(TEXT.format(n=n, day=day, outlet=f"Paper {n}", body=body), encoding="utf-8")
        paths.append(str(p))
    return paths


def _findings(tmp_path, said):
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *_story(tmp_path, said), "--db", db, "-q"]) in (0, 1)
    log = ReviewLog(db, create=False)
    found = [f for f in log.findings() if f.kind == "date"]
    pairs = [d for f in found for d in f.members]
    log.close()
    return found, pairs


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def test_weeks_ago_from_dates_a_day_apart_are_one_version(tmp_path):
    said = [("2013-06-10", "12 weeks ago"), ("2013-06-09", "12 weeks ago")]
    said.append(("2013-06-12", "around six weeks ago"))
    found, pairs = _findings(tmp_path, said)
    (f,) = [f for f in found if any("six weeks" in v.value for v in f.versions)]
    assert len(f.versions) == 2
    assert sorted(len(v.sources) for v in f.versions) == [1, 2]
    assert len({d.id for d in pairs}) == len(pairs)  # each pair in one finding


def test_days_ago_from_dates_a_day_apart_stay_two_versions(tmp_path):
    said = [("2013-06-10", "three days ago"), ("2013-06-09", "three days ago")]
    said.append(("2013-06-12", "last month"))
    found, _pairs = _findings(tmp_path, said)
    values = [v.value for f in found for v in f.versions]
    assert sum("three days ago" in v for v in values) == 2, values
