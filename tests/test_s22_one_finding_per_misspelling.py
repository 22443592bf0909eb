"""One finding per misspelt name across the whole cluster (issue 15, session 21
readers: "Anre Iguodala" in one source gave the editor one item per pair).

A misspelling is a fact about the source: its versions are the spellings,
each with every place a source writes it. Cases written for this test: a
surname off in one source whose others write it with or without a middle
initial in unrelated sentences, a given name off, two sources misspelling one
name two ways, an accent left out (house style, no flag), two people of one
surname, two people misspelt by one source (never one finding).
"""

from __future__ import annotations

import json

import pytest

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.cli import main
from workbench.findings import minority_articles
from workbench.findings.spellings import name_clusters, spelling
from workbench.judge.names import spelled_alike
from workbench.model import Discrepancy, Side, Verdict
from workbench.store import ReviewLog


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


# each source names the man in a sentence of its own: no two of them state one claim
STORY = [
    "The council voted on Tuesday to close the Elm Street library.\n"
    "The decision followed a report by {name}, the council's auditor.\n"
    "Residents said they would appeal.\n",
    "Campaigners have vowed to fight the closure of a library in Elm Street.\n"
    "{name} told the meeting the building needed repairs costing millions.\n"
    "A petition has 4,000 names.\n",
    "Elm Street library will shut in the spring after a council vote.\n"
    "Reading groups will move to the town hall.\n"
    "The auditor, {name}, was not at the vote.\n",
    "Library users were angry after the council vote on Tuesday.\n"
    "Children's events will end in March.\n"
    "Questions were raised about the costs {name} put forward in his report.\n",
    "The library closure was approved by nine votes to four.\n"
    "Critics of {name} said the repair costs were overstated.\n"
    "The library opened in 1911.\n",
]


def _analyse(tmp_path, names: list[str], more: dict[int, str] | None = None):
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / f"s{n}.txt"
        path.write_text(STORY[n].format(name=name) + (more or {}).get(n, ""))
        paths.append(str(path))
    return analyze(load_articles(paths))


def _name_findings(analysis):
    return [f for f in analysis.findings if f.kind == "name"]


def _every_pair_once(analysis):
    held = [d for f in analysis.findings for d in f.discrepancies]
    assert sorted(held) == sorted(d.id for d in analysis.discrepancies)


def test_a_surname_off_in_one_source_is_one_finding_with_every_place(tmp_path):
    names = ["Robert Wetzler", "Robert J. Wetzler", "Robert Welzler", "Robert Wetzler"]
    more = {
        2: "Mr. Welzler said the roof leaked.\nWelzler's report runs to 90 pages.\n",
        3: "Robert James Wetzler joined the council in 2001.\n",
    }
    analysis = _analyse(tmp_path, names, more)
    pairs = [d for d in analysis.discrepancies if d.kind == "name"]
    assert len(pairs) == 3  # the odd source against each of the three others
    (f,) = _name_findings(analysis)
    assert sorted(f.discrepancies) == sorted(d.id for d in pairs)
    usual, odd = f.versions
    assert usual.value.startswith("Robert Wetzler") and odd.value == "Robert Welzler"
    assert {s.article for s in usual.sides} == {"s0", "s1", "s3"}
    assert "Robert James Wetzler" in [s.text for s in usual.sides]  # a middle name
    # every place the odd source writes its spelling, the surname alone too
    assert [s.text for s in odd.sides] == ["Robert Welzler", "Welzler", "Welzler"]
    texts = {a.id: a.text for a in analysis.articles}
    assert all(texts[s.article][s.start : s.end] == s.text for v in f.versions for s in v.sides)
    assert minority_articles(f) == ("s2",)
    _every_pair_once(analysis)


def test_a_given_name_off_is_one_finding(tmp_path):
    # a given name apart is flagged only where the sentences state one claim
    lines = [
        "{} scored 20 points as the Sixers beat the Nets 101-99 on Sunday.\n",
        "The Sixers beat the Nets 101-99 on Sunday, {} scoring 20 points.\n",
        "On Sunday {} scored 20 points and the Sixers beat the Nets 101-99.\n",
        "With 20 points from {}, the Sixers beat the Nets 101-99 on Sunday.\n",
    ]
    spelt = ["Andre Iguodala", "Anre Iguodala", "Andre Iguodala", "Andre Iguodala"]
    paths = []
    for n, name in enumerate(spelt):
        path = tmp_path / f"s{n}.txt"
        path.write_text(lines[n].format(name) + "Fans left the arena early.\n")
        paths.append(str(path))
    analysis = analyze(load_articles(paths))
    (f,) = _name_findings(analysis)
    assert len(f.discrepancies) == 3
    assert [v.value for v in f.versions] == ["Andre Iguodala", "Anre Iguodala"]
    assert minority_articles(f) == ("s1",)
    _every_pair_once(analysis)


def test_a_dropped_accent_is_house_style_not_a_misspelling(tmp_path):
    assert not spelled_alike("José", "Jose") and not spelled_alike("Müller", "Muller")
    assert spelled_alike("José", "Josè") is False  # only the accent differs
    assert spelled_alike("Gonzalez", "Gonzales")
    analysis = _analyse(tmp_path, ["José Alvarez", "Jose Alvarez", "José Alvarez"])
    assert not _name_findings(analysis)
    assert spelling("José Alvarez") == spelling("Jose Alvarez")


def test_a_surname_shared_by_two_people_keeps_the_other_out(tmp_path):
    names = ["Hugh Hefner", "Hugh Hefner", "Hugh Heffner", "Hugh Hefner"]
    # the sources writing the usual spelling also name his daughter (an article
    # writing both surnames is never flagged: judge/names.py)
    daughter = "His daughter Christie Hefner said Hefner would not sell the club.\n"
    analysis = _analyse(tmp_path, names, {0: daughter, 1: daughter, 3: daughter})
    (f,) = _name_findings(analysis)
    usual = [(s.article, s.text) for s in f.versions[0].sides]
    assert ("s0", "Hefner") in usual and ("s1", "Hefner") in usual
    assert all(text != "Christie Hefner" for v in f.versions for s in v.sides for text in [s.text])
    texts = {a.id: a.text for a in analysis.articles}
    daughters = {
        (a, t.index("Christie Hefner") + len("Christie "))
        for a, t in texts.items()
        if "Christie" in t
    }
    assert not daughters & {(s.article, s.start) for s in f.versions[0].sides}
    assert [v.value for v in f.versions] == ["Hugh Hefner", "Hugh Heffner"]


def test_two_people_misspelt_by_one_source_are_two_findings(tmp_path):
    names = ["Robert Wetzler", "Robert Wetzler", "Robert Welzler", "Robert Wetzler"]
    chair = {n: f"The chairman, Daniel {s}, abstained.\n" for n, s in enumerate("XXYX")}
    chair = {n: t.replace("X", "Kowalski").replace("Y", "Kowalsky") for n, t in chair.items()}
    analysis = _analyse(tmp_path, names, chair)
    found = _name_findings(analysis)
    assert sorted(v.value for f in found for v in f.versions) == [
        "Daniel Kowalski",
        "Daniel Kowalsky",
        "Robert Welzler",
        "Robert Wetzler",
    ]
    assert len(found) == 2 and all(len(f.versions) == 2 for f in found)
    _every_pair_once(analysis)


def _flag(ident: str, x: tuple[str, str], y: tuple[str, str]) -> Discrepancy:
    sides = tuple(Side(a, f"{a}:1", 0, len(t), t, t) for a, t in (x, y))
    return Discrepancy(ident, "name", Verdict.CONFLICT, "", sides)  # type: ignore[arg-type]


def test_each_variant_of_one_persons_name_is_a_finding_of_its_own():
    usual = [("a", "Ann Tolliver"), ("b", "Ann Tolliver"), ("c", "Ann Tolliver")]
    flags = [_flag(f"u{n}", u, ("d", "Ann Toliver")) for n, u in enumerate(usual)]
    flags += [_flag(f"v{n}", u, ("e", "Ann Tollivar")) for n, u in enumerate(usual)]
    flags.append(_flag("x", ("a", "Ben Marlow"), ("d", "Ben Marlowe")))  # another person
    held = sorted(sorted(flags[n].id for n in c) for c in name_clusters(flags))
    assert held == [["u0", "u1", "u2"], ["v0", "v1", "v2"], ["x"]]


def test_two_variants_compared_with_each_other_are_one_finding():
    """A finding holding the two variants' own comparison shows both spellings:
    kept apart, one finding repeated a spelling of the other (trial 34: three
    romanisations of one name gave a finding and a subset of it)."""
    usual = [("a", "Ann Tolliver"), ("b", "Ann Tolliver"), ("c", "Ann Tolliver")]
    flags = [_flag(f"u{n}", u, ("d", "Ann Toliver")) for n, u in enumerate(usual)]
    flags += [_flag(f"v{n}", u, ("e", "Ann Tollivar")) for n, u in enumerate(usual)]
    flags.append(_flag("dv", ("d", "Ann Toliver"), ("e", "Ann Tollivar")))
    flags.append(_flag("x", ("a", "Ben Marlow"), ("d", "Ben Marlowe")))  # another person
    held = sorted(sorted(flags[n].id for n in c) for c in name_clusters(flags))
    assert held == [["dv", "u0", "u1", "u2", "v0", "v1", "v2"], ["x"]]


def test_no_spelling_standing_out_makes_the_person_one_finding():
    flags = [
        _flag("p", ("a", "Ann Toliver"), ("b", "Ann Tolliver")),
        _flag("q", ("a", "Ann Toliver"), ("c", "Ann Tollivar")),
        _flag("r", ("b", "Ann Tolliver"), ("c", "Ann Tollivar")),
    ]
    assert [sorted(flags[n].id for n in c) for c in name_clusters(flags)] == [["p", "q", "r"]]


def test_a_decision_on_the_finding_reaches_every_pair_and_the_report(tmp_path, capsys):
    names = ["Robert Wetzler", "Robert Wetzler", "Robert Welzler", "Robert Wetzler"]
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / f"s{n}.txt"
        path.write_text(
            STORY[n].format(name=name) + ("Mr. Welzler left early.\n" if n == 2 else "")
        )
        paths.append(str(path))
    db, out = tmp_path / "r.sqlite", tmp_path / "a.json"
    assert main(["check", *paths, "--db", str(db), "--json", str(out), "-q"]) == 0
    doc = json.loads(out.read_text())
    (f,) = [f for f in doc["findings"] if f["kind"] == "name"]
    assert f["correct"] == ["s2"] and len(f["discrepancies"]) == 3
    named = [x for a in f["correct"] for x in ("--article", a)]  # never guessed (s38)
    assert main(["review", f["id"], "--db", str(db), "--status", "needs-correction", *named]) == 0
    log = ReviewLog(db)
    try:
        (record,) = [r for r in log.findings() if r.id == f["id"]]
        assert {m.status for m in record.members} == {"needs-correction"}
        assert {m.correct_article for m in record.members} == {"s2"}
    finally:
        log.close()
    capsys.readouterr()
    assert main(["review", f["id"], "--db", str(db)]) == 0
    assert "‘Robert Welzler’ — s2; written 2 times" in capsys.readouterr().out
    # under the article to correct, every place it writes the name
    report = tmp_path / "r.md"
    assert main(["report", "--db", str(db), "-o", str(report)]) == 0
    assert "also “Welzler”: Mr. Welzler left early." in report.read_text()


def test_a_spelling_is_the_first_and_last_word_of_the_name():
    assert spelling("Robyn Norma Mendes") == spelling("Robyn Mendes") == "robyn mendes"
    assert spelling("Bryant A. Dalton") == "bryant dalton"
    assert spelling("BlackBery") == "blackbery"
    assert spelling("Robin Mendes") != spelling("Robyn Mendes")


@pytest.mark.parametrize(
    ("fifth", "status"),
    [
        ("Robert Wetzler", {"needs-correction"}),  # the same misspelling: decided
        ("Robert Welzler", {"needs-correction", "open"}),  # a second source misspells it
    ],
)
def test_a_source_added_later_joins_the_decided_finding_under_its_id(tmp_path, fifth, status):
    names = ["Robert Wetzler", "Robert Wetzler", "Robert Welzler", "Robert Wetzler", fifth]
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / f"s{n}.txt"
        path.write_text(STORY[n].format(name=name))
        paths.append(str(path))
    db, out = tmp_path / "r.sqlite", tmp_path / "a.json"
    assert main(["check", *paths[:4], "--db", str(db), "--json", str(out), "-q"]) == 0
    (f,) = [f for f in json.loads(out.read_text())["findings"] if f["kind"] == "name"]
    named = [x for a in f["correct"] for x in ("--article", a)]  # never guessed (s38)
    assert main(["review", f["id"], "--db", str(db), "--status", "needs-correction", *named]) == 0
    # a fifth report: one more pair of the same two spellings, or a second misspelling
    assert main(["check", *paths, "--db", str(db), "--json", str(out), "-q"]) == 0
    log = ReviewLog(db)
    try:
        (record,) = [r for r in log.findings() if r.kind == "name"]
        assert record.id == f["id"] and len(record.members) >= 4
        assert {m.status for m in record.members} == status
        # the new source's pairs left open name it, never only the article decided on
        fresh = [m for m in record.members if m.status == "open"]
        assert all("s4" in {s.article for s in m.sides} for m in fresh)
    finally:
        log.close()
