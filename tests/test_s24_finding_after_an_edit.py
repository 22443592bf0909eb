"""A finding decided, then an article edited next to its value: the review
moves to the reworded flag, the finding's id (a hash of its flags) changes,
and the old id must still lead to the decision. Trial 32: `review F94ea`
after such an edit answered "unknown finding id" although the README says a
regrouped id names the findings that now hold its decisions."""

from __future__ import annotations

import pytest
from conftest import write
from test_identity import A, B, run

from workbench.store import ReviewLog


@pytest.mark.parametrize(
    "edit",
    [
        ("were treated", "had to be treated"),
        ("Three firefighters were", "Three firefighters have been"),
        ("Three firefighters", "Three local firefighters"),
    ],
)
def test_the_old_id_names_the_finding_that_holds_its_decision(tmp_path, capsys, edit):
    a, b = write(tmp_path, "a.md", A), write(tmp_path, "b.md", B)
    db = tmp_path / "r.sqlite"
    assert run(["check", a, b, "--db", db, "-q"], capsys)[0] == 0
    (old,) = [f.id for f in ReviewLog(db).findings()]
    decided = ["--status", "needs-correction", "--article", "a", "--correction", "Four"]
    assert run(["review", old, *decided, "--db", db], capsys)[0] == 0
    a.write_text(A.replace(*edit), encoding="utf-8")
    assert run(["check", a, b, "--db", db, "-q"], capsys)[0] == 0
    log = ReviewLog(db)
    (now,) = log.findings()
    log.close()
    assert now.id != old and now.status == "needs-correction"  # the decision moved with it
    code, _, err = run(["review", old[:6], "--db", db], capsys)
    assert code == 2
    assert "regrouped" in err and now.id in err and len(err.strip().splitlines()) == 1
