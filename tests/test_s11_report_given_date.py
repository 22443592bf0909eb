"""The report says which publication dates an editor set rather than the
article stated (fresh window trial, SERIOUS: a colleague checking the report
against the article saw a date the article does not carry)."""

from __future__ import annotations

import json

from conftest import SEEDS, run_cli


def test_a_date_set_by_an_editor_is_said_in_the_report(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    undated = SEEDS[0]  # states no date in its file
    code, _out, err = run_cli(
        ["check", *SEEDS, "--db", db, "--published", f"{undated}=2021-06-22", "-q"], capsys
    )
    assert code == 0, err
    code, out, err = run_cli(["report", "--db", db, "--format", "json"], capsys)
    findings = json.loads(out)["findings"]
    target = next(
        f
        for f in findings
        if undated.stem in {s["article"] for v in f["versions"] for s in v["sources"]}
    )
    code, _o, err = run_cli(
        [
            "review",
            target["id"],
            "--db",
            db,
            "--status",
            "needs-correction",
            "--article",
            undated.stem,
            "--reviewer",
            "Ana",
        ],
        capsys,
    )
    assert code == 0, err
    for fmt in ("md", "html"):
        code, out, err = run_cli(["report", "--db", db, "--format", fmt], capsys)
        assert code == 0, err
        said = "2021-06-22 \\(date set by" if fmt == "md" else "2021-06-22 (date set by"
        assert said in out
        assert out.count("date set by an editor") == 1  # the others state theirs
    code, out, _err = run_cli(["report", "--db", db, "--format", "json"], capsys)
    given = {a["id"]: a["date_given"] for a in json.loads(out)["articles"]}
    assert given[undated.stem] is True
    assert not any(v for k, v in given.items() if k != undated.stem)  # their files state theirs
