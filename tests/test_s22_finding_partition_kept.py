"""A re-analysis keeps the pairs of each of the last run's findings together
(trial 31).

An unrelated edit (a typo fixed in a sentence that also gave a date) made one
more pair compared; the grouping then moved a pair the editor had dismissed in
one date finding into the disputed date finding, which came back "mixed", to
review again, though no decision was lost. The pairs of each finding of the
last run now stay one finding, apart from the others'; a new pair joins where
it fits, and a decision it takes says in its history that it was carried."""

from __future__ import annotations

from datetime import date

import pytest

from workbench import findings, service
from workbench.findings.clusters import clusters
from workbench.findings.keep import moved
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import Change, HistoryEntry, ReviewLog

NAMES = {"a": "BBC", "b": "Reuters", "c": "Independent", "d": "AFP", "e": "DPA"}
FIGURE = {"a": "24", "b": "24", "c": "24", "d": "5", "e": "7"}
ALIGNED = [("b", "e"), ("a", "b"), ("d", "e"), ("a", "e")]


def _side(x: str) -> Side:
    return Side(x, f"{x}:0", 12, 12 + len(FIGURE[x]), FIGURE[x], FIGURE[x])


def _discrepancy(p: str) -> Discrepancy:
    verdict = Verdict.CONFLICT if FIGURE[p[0]] != FIGURE[p[1]] else Verdict.CONSISTENT
    return Discrepancy(f"d{p}", "number", verdict, "toll", (_side(p[0]), _side(p[1])))


def _analysis(pairs: list[str], aligned: list[tuple[str, str]] = ALIGNED) -> Analysis:
    arts = tuple(
        Article(x, f"{x}.txt", x, n, date(2021, 6, 23), "", "The toll is NN.", f"sha-{x}")
        for x, n in NAMES.items()
    )
    claims = tuple(Claim(f"{x}:0", x, 0, 0, 15, "The toll is NN.") for x in NAMES)
    al = tuple(Alignment(f"{x}:0", f"{y}:0", 0.9) for x, y in aligned)
    return Analysis(arts, claims, (), al, tuple(_discrepancy(p) for p in pairs))


def _built(pairs: list[str], kept=None, aligned=ALIGNED) -> Analysis:
    return findings.build(_analysis(pairs, aligned), lambda a, b: 1.0, kept=kept)


def _partition(analysis: Analysis) -> set[frozenset[str]]:
    return {frozenset(f.discrepancies) for f in analysis.findings}


def test_the_grouping_alone_moves_a_pair_between_findings():
    # the case the fix is for: one more pair (b, e) and "ac" leaves "ad"'s finding
    assert _partition(_built(["ad", "ac", "ce"])) == {frozenset({"dac", "dad"}), frozenset({"dce"})}
    after = _partition(_built(["ad", "ac", "ce", "be"]))
    assert frozenset({"dac", "dad"}) not in after
    last = {f.id: frozenset(f.discrepancies) for f in _built(["ad", "ac", "ce"]).findings}
    assert moved(_built(["ad", "ac", "ce", "be"]).findings, last)


def test_the_last_runs_findings_are_kept_and_the_new_pair_joins_one_at_most():
    last = {f.id: frozenset(f.discrepancies) for f in _built(["ad", "ac", "ce"]).findings}
    again = _partition(_built(["ad", "ac", "ce", "be"], kept=last))
    assert frozenset({"dac", "dad"}) <= next(f for f in again if "dad" in f)
    assert "dce" not in next(f for f in again if "dad" in f)
    assert {"dad", "dac", "dce", "dbe"} == set().union(*again)
    assert not moved(_built(["ad", "ac", "ce", "be"], kept=last).findings, last)


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        ([], [[0, 1], [2]]),  # by the keys alone: the two tolls of d's "5" join
        ([[0], [1]], [[0], [1], [2]]),  # two the keys would join stay two
        # two the keys would keep apart stay one; b~d then compares d's figure
        # with a value that finding shows (a's): it joins (session 31)
        ([[0, 2]], [[0, 1, 2]]),
        ([[0], [2]], [[0, 1], [2]]),  # a pair of no last finding joins where it fits
    ],
)
def test_clusters_keep_the_last_runs_partition(kept, expected):
    ds = [_discrepancy("ad"), _discrepancy("bd"), _discrepancy("ce")]

    def related(x: str, y: str) -> bool:  # nothing aligned: only shared places join
        return x == y

    def key(s: Side, kind: str) -> str:
        return s.normalized

    got = clusters(ds, related, {}, key, kept=kept)
    assert sorted(sorted(c) for c in got) == expected


def _loaded(pairs: list[str], aligned=ALIGNED) -> service.Loaded:
    built = _built(pairs, aligned=aligned)
    return service.Loaded(built.articles, built)


def test_a_re_analysis_keeps_each_decision_and_the_carried_one_says_so(tmp_path):
    log = ReviewLog(tmp_path / "log.sqlite")
    service.save(log, _loaded(["ad", "ac", "ce"]))
    first = {frozenset(m.id for m in f.members): f.id for f in log.findings()}
    ad = first[frozenset({"dad", "dac"})]
    ce = first[frozenset({"dce"})]
    log.decide(ad, Change("disputed", "the toll is not settled", "", "ana"))
    log.decide(ce, Change("dismissed", "", "", "ben"))
    service.save(log, _loaded(["ad", "ac", "ce", "be"]))
    found = {f.id: f for f in log.findings()}
    assert found[ad].status == "disputed"  # it came back "mixed": "dac" had moved out
    assert {m.id for m in found[ad].members} == {"dad", "dac"}
    # the new pair (b, e) joins the other finding; b was never a side of it, so
    # it stays open there ("joined"), and the dismissal stays on its pair
    assert {m.id: m.status for m in found[ce].members} == {"dce": "dismissed", "dbe": "open"}
    log.close()


def test_a_carried_decision_names_the_run_it_was_made_on(tmp_path):
    every = [(x, y) for x in NAMES for y in NAMES if x < y]
    log = ReviewLog(tmp_path / "log.sqlite")
    service.save(log, _loaded(["ad", "cd"], every))
    (f,) = log.findings()
    log.decide(f.id, Change("disputed", "the toll is not settled", "", "ana"))
    service.save(log, _loaded(["ad", "cd"], every))  # nothing changed
    service.save(log, _loaded(["ad", "cd", "ac"], every))  # a and c compared at last
    started = [r[0] for r in log.db.execute("SELECT started FROM runs ORDER BY id")]
    last = log.history("dac")[-1]
    assert (last.status, last.reviewer, last.note) == ("disputed", "ana", "the toll is not settled")
    # the run the decided finding was last seen in, before this one
    assert last.event == f"joined finding {f.id}: carried from the run of {started[1]}"
    (g,) = log.findings()
    assert g.id == f.id and g.status == "disputed"
    log.close()


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (
            "joined finding Fab12: carried from the run of 2026-12-05T11:11:33Z",
            "carried from the run of 2026-12-05 11:11:33 (decided on finding Fab12)",
        ),
        ("joined finding Fcd34", "carried from an earlier run (decided on finding Fcd34)"),
    ],
)
def test_the_window_history_says_a_decision_was_carried(event, said):
    from workbench.ui.models import history_line

    entry = HistoryEntry(1, "dac", "disputed", "", "", "", "ana", "2026-12-05T11:12:00Z", "", event)
    line = history_line(entry, 3)
    assert said in line and "ana's Disputed" in line.replace("disputed", "Disputed")
    assert not line.startswith("2026-12-05 11:12:00 · ana: ")  # not as if ana decided then
