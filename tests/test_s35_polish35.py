"""Trial 42 (session 35, polish35): "agreed" means agreed, and an agreement
that is one side of a conflict says so; hints that lead somewhere."""

from __future__ import annotations

import pytest
from test_s12_verdict_changed import _write

from workbench.cli import main
from workbench.findings.agreed_apart import disputed_by, disputed_words
from workbench.model import Finding, Side, Verdict, Version
from workbench.report.disputed import disputed_text, with_disputes
from workbench.store import ReviewLog

VOTE = (
    "The parliamentary election will be held on {}, the election commission said.\n"
    "Some 283 candidates are registered for the vote.\n",
    "Turkmenistan votes on {} in its first multi-party parliamentary election, the "
    "election commission said.\n283 candidates are registered.\n",
)


def _findings(tmp_path, days, published=("2013-10-02", "2013-10-04")):
    paths = [
        _write(tmp_path, f"{x}.txt", p, text.format(d))
        for x, p, text, d in zip("ab", published, VOTE, days, strict=True)
    ]
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    log = ReviewLog(db)
    try:
        return [f for f in log.findings() if f.kind == "date"]
    finally:
        log.close()


@pytest.mark.parametrize(
    "days",
    [
        ("December 15, 2013", "December 15"),
        ("15 December 2013", "Dec. 15"),
        ("December 15", "15 December"),
    ],
)
def test_one_day_told_with_and_without_its_year_is_agreed(tmp_path, days):
    (f,) = _findings(tmp_path, days)
    assert len(f.versions) == 1 and f.agreed


def test_a_day_resolved_from_a_weekday_is_settled_not_an_agreement(tmp_path):
    # Sunday in a paper of Friday 13 December is 15 December: one version.
    # Session 35 kept it to review (the resolving step is where a wrong day
    # hides); session 38 settles it with the agreements (trial 44: such findings
    # crowd the list and none leads to a correction), listed with its version,
    # while it is still no agreement "as written" (findings/settled.py).
    (f,) = _findings(tmp_path, ("December 15, 2013", "Sunday"), ("2013-12-13", "2013-12-13"))
    assert len(f.versions) == 1 and f.agreed and f.settled and not f.agreement


def _side(article, start, text="61"):
    return Side(article, f"{article}:0", start, start + len(text), f"{text} here", text)


def _finding(ident, verdict, *versions, kind="quantity"):
    vs = tuple(Version(value, tuple(sides), 1) for value, sides in versions)
    return Finding(ident, kind, verdict, "", "g", vs, (), (), verdict == Verdict.CONSISTENT)


def test_an_agreement_that_is_one_side_of_a_conflict_names_it():
    agreed = _finding("Fa", Verdict.CONSISTENT, ("61", [_side("a", 0), _side("b", 3)]))
    conflict = _finding(
        "Fc",
        Verdict.CONFLICT,
        ("61", [_side("a", 0), _side("b", 3)]),
        ("68", [_side("d", 5, "68")]),
    )
    other = _finding("Fo", Verdict.CONFLICT, ("61", [_side("a", 0)]), kind="name")
    assert disputed_by(agreed, [other, conflict]) == (conflict, ("68",))
    said = disputed_words(agreed, [agreed, other, conflict], {"d": "Outlet D"})
    assert said == " — agreed among these sources only: ‘68’ in Outlet D (conflict Fc)"
    # the same figure elsewhere in the sentences, or a consistent finding: nothing
    apart = _finding("Fx", Verdict.CONFLICT, ("48", [_side("a", 9, "48")]), ("50", []))
    calm = _finding("Fy", Verdict.CONSISTENT, ("61", [_side("a", 0)]), ("sixty-one", []))
    assert disputed_words(agreed, [apart, calm]) == ""


def _item(ident, verdict, agreed, *versions, kind="quantity"):
    return {
        "id": ident,
        "kind": kind,
        "verdict": verdict,
        "agreed": agreed,
        "versions": [
            {
                "value": v,
                "sources": [{"article": a, "claim": "61 and 48", "value": v} for a in arts],
            }
            for v, arts in versions
        ],
    }


def test_the_reports_agreed_list_names_the_conflict_it_is_a_side_of():
    agreed = _item("Fa", "consistent", True, ("61", ["a", "b"]))
    conflict = _item("Fc", "conflict", False, ("61", ["a", "b"]), ("68", ["d"]))
    name = _item("Fn", "conflict", False, ("Robin", ["a"]), ("Robyn", ["b"]), kind="name")
    (marked,) = with_disputes([agreed], [agreed, name, conflict])
    assert disputed_text(marked) == " — agreed among these sources only: ‘68’ in d (conflict Fc)"
    (alone,) = with_disputes([agreed], [agreed, name])
    assert "disputed_by" not in alone and disputed_text(alone) == ""


def test_the_hints_lead_somewhere(tmp_path, monkeypatch, capsys):
    from test_s17_left_open import _three, _toll

    monkeypatch.setenv("WORKBENCH_REVIEWER", "Ann")
    paths = _three(tmp_path, (30, 30, 24))
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *paths, "--db", db, "-q"]) == 0
    f = _toll(db)
    capsys.readouterr()
    assert main(["review", f.id, "--db", db]) == 0
    (decide,) = [x for x in capsys.readouterr().out.splitlines() if "Decide:" in x]
    assert f"--db {db}" in decide  # pasted as printed, it finds the log
    assert main(["review", f.id, "--db", db, "--status", "dismissed"]) == 0
    capsys.readouterr()
    assert main(["check", *paths, "--db", db]) == 0
    (nxt,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Next:")]
    assert f.id not in nxt and "decide a finding" not in nxt  # nothing left to decide
