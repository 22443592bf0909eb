"""Session 42 (user trial 49, problem 8): the correction report (md, html,
json) says when an editor changed an article's publication date, from what to
what, who and when, as ``check`` does ("as given earlier (the file says …)").
Trial 49 moved 32_5 from 2013-06-18 to 2013-06-12: no report said so."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.cli import main

TEXT = """---
title: {title}
published: {day}
outlet: {outlet}
---
The council said on Monday that {n} homes were flooded yesterday.
"""


def _story(tmp_path: Path) -> list[str]:
    paths = []
    for name, day, n in (("a", "2021-03-02", 40), ("b", "2021-03-02", 40), ("c", "2021-03-09", 45)):
        p = tmp_path / f"{name}.md"
        p.write_text(TEXT.format(title=f"Floods {name}", day=day, outlet=name.upper(), n=n))
        paths.append(str(p))
    return paths


def _reports(tmp_path: Path, db: str) -> dict[str, str]:
    out = {}
    for fmt in ("md", "html", "json"):
        path = tmp_path / f"r.{fmt}"
        assert main(["report", "--db", db, "--format", fmt, "-o", str(path)]) == 0
        out[fmt] = path.read_text(encoding="utf-8")
    return out


def test_a_changed_date_is_said_in_every_format(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Bea")
    paths, db = _story(tmp_path), str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) in (0, 1)
    assert main(["check", *paths, "--db", db, "-q", "--published", "c=2021-03-02"]) in (0, 1)
    got = _reports(tmp_path, db)
    for fmt in ("md", "html"):
        assert "changed from 2021-03-09 to 2021-03-02 by Bea" in got[fmt], fmt
    data = json.loads(got["json"])
    (edit,) = data["date_edits"]
    assert (edit["article"], edit["from"], edit["to"], edit["by"]) == (
        "c",
        "2021-03-09",
        "2021-03-02",
        "Bea",
    )
    assert edit["at"]
    # a later check with the same date records nothing new
    assert main(["check", *paths, "--db", db, "-q"]) in (0, 1)
    assert len(json.loads(_reports(tmp_path, db)["json"])["date_edits"]) == 1


def test_a_second_change_says_the_first_date_and_the_last_editor(tmp_path, monkeypatch):
    paths, db = _story(tmp_path), str(tmp_path / "log.sqlite")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Bea")
    assert main(["check", *paths, "--db", db, "-q"]) in (0, 1)
    assert main(["check", *paths, "--db", db, "-q", "--published", "c=2021-03-02"]) in (0, 1)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Cy")
    assert main(["check", *paths, "--db", db, "-q", "--published", "c=2021-03-03"]) in (0, 1)
    md = _reports(tmp_path, db)["md"]
    assert "changed from 2021-03-09 to 2021-03-03 by Cy" in md


def test_a_log_with_no_date_changed_reports_as_before(tmp_path):
    paths, db = _story(tmp_path), str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) in (0, 1)
    got = _reports(tmp_path, db)
    assert "date_edits" not in json.loads(got["json"])
    assert "changed by an editor" not in got["md"]
