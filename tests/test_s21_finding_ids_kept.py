"""Finding ids and decisions kept across re-analysis (trial 31).

Fixing a typo ("BlackBery") in a sentence that also gave a date made the
sentence align with one more sentence: one more pair of the date finding's
versions was compared, the finding's id (a hash of its pairs) changed, and the
disputed finding came back "mixed", to review again, under a new id. A finding
now keeps the id of the last run's finding it shares the most pairs with, and a
new pair of two versions a finding decided as one already held takes that
decision. A pair naming something the editor never saw stays open."""

from __future__ import annotations

from datetime import date

from workbench import findings
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.findings.keep import keep_ids
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import Change, ReviewLog

NAMES = {"a": "BBC", "b": "Reuters", "c": "Independent", "d": "AFP", "e": "DPA"}
FIGURE = {"a": "24", "b": "24", "c": "24", "d": "5", "e": "5"}


def _side(x: str) -> Side:
    return Side(x, f"{x}:0", 12, 12 + len(FIGURE[x]), FIGURE[x], FIGURE[x])


def _run(pairs: list[str]) -> Analysis:
    """Five outlets' tolls; ``pairs`` like "ad": the pair-level flags found."""
    arts = tuple(
        Article(x, f"{x}.txt", x, n, date(2021, 6, 23), "", "The toll is NN.", f"sha-{x}")
        for x, n in NAMES.items()
    )
    claims = tuple(Claim(f"{x}:0", x, 0, 0, 15, "The toll is NN.") for x in NAMES)
    discs = tuple(
        Discrepancy(
            f"d{p}",
            "number",
            Verdict.CONFLICT if FIGURE[p[0]] != FIGURE[p[1]] else Verdict.CONSISTENT,
            "24 vs 5",
            (_side(p[0]), _side(p[1])),
        )
        for p in pairs
    )
    al = tuple(Alignment(f"{x}:0", f"{y}:0", 0.9) for x in NAMES for y in NAMES if x < y)
    return findings.build(Analysis(arts, claims, (), al, discs), lambda a, b: 1.0)


def test_a_finding_one_pair_larger_keeps_its_id_and_the_new_pair_its_decision(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_run(["ad", "cd"]))
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", "the toll is not settled", "", "ana"))
    # a and c (24) both stood in the finding when it was decided: their pair
    # compared now is the same dispute, not a new item
    log.save_analysis(_run(["ad", "cd", "ac"]))
    (g,) = log.findings()
    assert g.id == f.id
    assert {m.id: m.status for m in g.members} == dict.fromkeys(["dad", "dcd", "dac"], "disputed")
    assert g.status == "disputed"
    assert [h.event for h in log.history("dac")][-1].startswith(f"joined finding {f.id}: ")
    log.close()


def test_a_pair_naming_a_source_the_editor_never_saw_in_it_stays_open(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_run(["ad", "cd"]))
    (f,) = log.findings()
    log.decide(f.id, Change("verified", reviewer="ana"))
    log.save_analysis(_run(["ad", "cd", "bd", "ae"]))  # b and e: versions not decided
    (g,) = log.findings()
    assert g.id == f.id
    status = {m.id: m.status for m in g.members}
    assert status == {"dad": "verified", "dcd": "verified", "dbd": "open", "dae": "open"}
    assert g.status == "mixed"
    log.close()


def test_a_finding_decided_pair_by_pair_carries_nothing(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(_run(["ad", "cd"]))
    log.set_review("dad", "disputed", reviewer="ana")
    log.set_review("dcd", "disputed", reviewer="ben")
    log.save_analysis(_run(["ad", "cd", "ac"]))
    (g,) = log.findings()
    assert {m.id: m.status for m in g.members}["dac"] == "open"
    log.close()


def _found(ident: str, members: str) -> findings.Finding:
    return findings.Finding(ident, "number", Verdict.CONFLICT, "", "g1", (), (), tuple(members))


def test_keep_ids_gives_each_old_id_once_to_the_finding_sharing_most():
    before = {"Fold1": frozenset("abcd"), "Fold2": frozenset("xy")}
    # Fold1 split in two halves (a tie, settled by the pairs, never by order):
    # one keeps the id, the other is new; Fold2 grew by a pair and keeps its id
    new = [_found("Fh1", "ab"), _found("Fh2", "cdq"), _found("Fh3", "xyz")]
    kept = keep_ids(new, before)
    assert [f.id for f in kept] == ["Fold1", "Fh2", "Fold2"]
    assert [f.discrepancies for f in kept] == [f.discrepancies for f in new]
    # the same answer whatever order the findings come in
    assert {f.discrepancies: f.id for f in keep_ids(new[::-1], before)} == {
        f.discrepancies: f.id for f in kept
    }
    # a tie on shared pairs goes to the old finding the new one hashes to
    tied = keep_ids([_found("Fold2", "ax"), _found("Fh9", "b")], before)
    assert [f.id for f in tied] == ["Fold2", "Fold1"]


def test_keep_ids_never_gives_two_findings_one_id():
    before = {"Fa": frozenset("ab")}
    kept = keep_ids([_found("Fz", "a"), _found("Fa", "c")], before)
    ids = [f.id for f in kept]
    assert ids[0] == "Fa" and len(set(ids)) == 2
    assert keep_ids([_found("Fz", "q")], {}) == (_found("Fz", "q"),)


STORY = {
    "one.txt": "A bridge fell in Genoa on Tuesday. The toll rose to 43 dead.\n"
    "Rescuers searched the rubble through the night.",
    "two.txt": "A motorway bridge collapsed in Genoa on Tuesday. The toll rose to 39 dead.\n"
    "Rescuers searched the ruble through the night with dogs.",
    "three.txt": "The Genoa bridge collapsed on Tuesday. Officials said the toll rose to 43 dead.\n"
    "Firefighters searched the rubble.",
}


def test_a_one_word_edit_no_finding_used_keeps_every_finding_id_and_decision(tmp_path):
    for name, text in STORY.items():
        (tmp_path / name).write_text(text)
    paths = [str(tmp_path / n) for n in STORY]
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(analyze(load_articles(paths)))
    before = log.findings()
    assert before
    for n, f in enumerate(before):
        log.decide(f.id, Change(("disputed", "dismissed", "verified")[n % 3], reviewer="ana"))
    decided = {f.id: f.status for f in log.findings()}
    (tmp_path / "two.txt").write_text(STORY["two.txt"].replace("ruble", "rubble"))
    result = log.save_analysis(analyze(load_articles(paths)))
    assert {f.id: f.status for f in log.findings()} == decided
    assert result.orphaned == 0
    log.close()
