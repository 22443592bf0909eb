"""Explanations an editor checks in seconds, for findings with several
versions (issue 15, user trial 46, P8 and two smaller problems).

- one verdict per pair of versions, the strongest ("'82 percent': conflict
  with '65 percent'; unresolved with '65 percent'" called one pair two things);
- a reason read from one pair of sources says so when a version it speaks of
  is stated by sources published on different days ("'Friday' from its own
  (Mon 16 Sep 2013)" while two of the three Friday sources were dated 15 Sep);
- a finding of several versions leaves what each figure measures to the
  review of each pair, and two hedged figures say the step they are rounded to
  in words an editor reads ("at the step of 100 the coarser is given to");
- an editor's finding is headed "RAISED by NAME", its kind not said again;
- the "Next:" line after a check names the first finding the list shows.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from workbench.cli import main
from workbench.cli_counts import next_line
from workbench.findings.per_version import by_version
from workbench.findings.scoped import pair_scope, without_measures
from workbench.model import Discrepancy, Relation, Side, Verdict, Version
from workbench.raised import heading


def _side(article: str, text: str) -> Side:
    return Side(article, f"{article}-c1", 0, len(text), text, text)


def _version(value: str, *articles: str) -> Version:
    return Version(value, tuple(_side(a, value) for a in articles), len(articles))


def _d(did: str, verdict: Verdict, a: str, b: str, why: str, kind: str = "quantity"):
    return Discrepancy(did, kind, verdict, f"{why} — {verdict}", (_side(a, "x"), _side(b, "y")))


PAIRS_TWICE = [  # (odd version, the version judged twice against it, a third)
    (("60 per cent", "k"), ("65 percent", "a", "b"), ("82 percent", "c")),
    (("1,200 jobs", "x"), ("1,500 jobs", "y", "z"), ("about 1,400 jobs", "w")),
    (("$4.1 million", "p"), ("$3.8 million", "q", "r"), ("$5 million", "s")),
]


@pytest.mark.parametrize(("odd", "twice", "third"), PAIRS_TWICE)
def test_one_verdict_per_pair_of_versions_the_strongest(odd, twice, third) -> None:
    """Two source pairs of the same two versions judged apart (a conflict and
    an unresolved) are one pair of versions: said once, as the conflict."""
    versions = (_version(*twice), _version(*third), _version(*odd))
    a, b = twice[1], twice[2]
    ds = [
        _d("d1", Verdict.CONFLICT, third[1], a, "figures apart"),
        _d("d2", Verdict.UNRESOLVED, third[1], b, "wholes named apart"),
        _d("d3", Verdict.CONFLICT, odd[1], a, "odd one out"),
        _d("d4", Verdict.UNRESOLVED, odd[1], third[1], "unsure"),
    ]
    relations = (
        Relation(0, 1, Verdict.CONFLICT, "d1"),
        Relation(0, 1, Verdict.UNRESOLVED, "d2"),
        Relation(2, 0, Verdict.CONFLICT, "d3"),
        Relation(2, 1, Verdict.UNRESOLVED, "d4"),
    )
    said = by_version(ds, versions, (relations, {}), Verdict.CONFLICT, {}, lambda v: "")
    head = said.split(" Why: ")[0]
    twice_said = f"‘{twice[0]}’"
    third_said = f"‘{third[0]}’"
    for clause in head.split(". "):
        # no clause names one other version under two verdicts
        assert clause.count(twice_said) <= 1 and clause.count(third_said) <= 1, clause
    assert f"unresolved with {twice_said}" not in head
    assert f"conflict with {twice_said}" in head  # the strongest of the two


DAYS_APART = [  # (the day told relative to one report, the weekday, reports' days)
    ("2013-09-15", ("2013-09-15", "2013-09-16")),
    ("2024-03-10", ("2024-03-11", "2024-03-10")),
]


@pytest.mark.parametrize(("one", "others"), DAYS_APART)
def test_a_reason_of_one_pair_is_said_as_that_pairs_when_a_version_spans_days(one, others) -> None:
    """'Friday' stated by sources published on two days: the reason of one
    pair names its two sources, so its day of publication is true of them."""
    versions = (_version("Friday", "c", "d"), _version("Yesterday", "b"))
    published = {"b": one, "c": others[0], "d": others[1]}
    names = {"b": "Gazette", "c": "Courier", "d": "Herald"}
    ds = [_d("d1", Verdict.CONFLICT, "b", "d", "'Friday' from its own (a day)", kind="date")]
    scope = pair_scope(ds, versions, published, names)
    got = scope(Relation(0, 1, Verdict.CONFLICT, "d1"), "'Friday' from its own (a day)")
    assert got.startswith("read from Gazette and Herald: ")
    same_day = {"b": one, "c": others[0], "d": others[0]}  # one day: nothing to scope
    scope = pair_scope(ds, versions, same_day, names)
    assert scope(Relation(0, 1, Verdict.CONFLICT, "d1"), "its own (x)") == "its own (x)"
    scope = pair_scope(ds, versions, published, names)  # no report's date counted from
    for said in ("150 m vs 200 m", "Friday = Fri 13 Sep 2013 vs on Friday: same day"):
        assert scope(Relation(0, 1, Verdict.CONFLICT, "d1"), said) == said


@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        (
            "about 150 m vs about 200 m: apart (what each measures: A: killed; how much it "
            "rose or fell / B: how much it rose or fell); more",
            "about 150 m vs about 200 m: apart; more",
        ),
        ("60% vs 65% (what both measure: share (of voters)) done", "60% vs 65% done"),
        ("no clause (of measures) here", "no clause (of measures) here"),
    ],
)
def test_what_each_measures_is_left_to_each_pairs_review(reason, kept) -> None:
    assert without_measures(reason) == kept


def _check(tmp_path, capsys, texts: dict[str, tuple[str, str]]) -> tuple[dict, str]:
    files, dates = [], []
    for name, (day, text) in texts.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        files.append(str(p))
        dates += ["--published", f"{name}.txt={day}"]
    out = tmp_path / "out.json"
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *files, "--db", db, *dates, "--json", str(out)]) == 0
    return json.loads(out.read_text()), capsys.readouterr().out


HEDGED = [
    ("fell about {} metres from the ridge", "150", "200", "100"),
    ("about {} people marched through the city centre", "1,500", "2,000", "1,000"),
    ("the fire burned around {} hectares of forest", "350", "400", "100"),
]


@pytest.mark.parametrize(("words", "x", "y", "step"), HEDGED)
def test_two_hedged_figures_say_the_step_they_are_rounded_to_plainly(
    tmp_path, capsys, words, x, y, step
) -> None:
    got, _ = _check(
        tmp_path,
        capsys,
        {
            "a": ("2024-05-02", f"On Wednesday a man {words.format(x)}, police said."),
            "b": ("2024-05-02", f"Police said on Wednesday that a man {words.format(y)}."),
        },
    )
    said = " ".join(f["explanation"] for f in got["findings"]) + " ".join(
        d["explanation"] for d in got.get("discrepancies", [])
    )
    if "hedged" not in said:
        pytest.skip("no pair of hedged figures compared on these words")
    assert "the coarser is given to" not in said
    assert f"to the nearest {step}" in said


def _finding(fid: str, verdict: str) -> SimpleNamespace:
    return SimpleNamespace(id=fid, verdict=verdict)


@pytest.mark.parametrize(
    ("findings", "first"),
    [
        ([("Fa", "consistent"), ("Fb", "unresolved")], "Fb"),
        ([("Fa", "consistent"), ("Fb", "unresolved"), ("Fc", "conflict")], "Fc"),
        ([("Fa", "unresolved"), ("Fb", "conflict"), ("Fc", "consistent")], "Fb"),
        ([("Fa", "consistent"), ("Fb", "consistent")], "Fa"),
    ],
)
def test_next_names_the_first_finding_the_list_shows(findings, first) -> None:
    analysis = SimpleNamespace(findings=[_finding(*f) for f in findings])
    line = next_line(analysis, set(), "review.sqlite")
    assert f"workbench review {first} " in line


def test_next_skips_the_agreed_and_the_decided() -> None:
    analysis = SimpleNamespace(
        findings=[
            _finding("Fa", "consistent"),
            _finding("Fb", "conflict"),
            _finding("Fc", "unresolved"),
        ]
    )
    assert "review Fc " in next_line(analysis, {"Fb"}, "review.sqlite")
    assert "review Fa " in next_line(analysis, set(), "review.sqlite", todo={"Fa"})


@pytest.mark.parametrize(
    ("raised_by", "shown"),
    [
        ("trial46 editor", "RAISED by trial46 editor"),
        ("Ann", "RAISED by Ann"),
        ("", "RAISED by an editor"),
    ],
)
def test_an_editors_finding_is_headed_once(raised_by, shown) -> None:
    f = SimpleNamespace(verdict=Verdict.RAISED, raised_by=raised_by, kind="editor")
    assert heading(f) == shown
    assert not heading(f).endswith(" editor editor")
    other = SimpleNamespace(verdict=Verdict.CONFLICT, raised_by="", kind="quantity")
    assert heading(other) == "CONFLICT quantity"
