"""A decision made on a finding stays with the same claim when a re-analysis
regroups it (issue 15: finding ids are stable; a decision is never re-anchored
to another claim). Real analyses, not built values: three reports of one
event are checked and one finding decided; then a fourth report is added,
which joins the claim's group and adds a version, so the finding gets a new
id. The decision must be under the finding that states the same claim (its
earlier discrepancies, its earlier sentences) and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.store import Change, ReviewLog

TEXTS = {
    "bbc": "The earthquake struck the coastal town of Pelora on Monday. At least 24 people "
    "were killed, officials said. The mayor said rescue teams worked through the night.",
    "reuters": "A strong earthquake hit Pelora on Monday. Officials said 24 people were "
    "killed. Rescue teams worked through the night, the mayor said.",
    "afp": "An earthquake hit the town of Pelora on Monday. Five people were killed, "
    "officials said. The mayor said rescue teams worked all night.",
}
ADDED = {  # a fourth report: another toll, or the first's figure, and another day
    "ap": "An earthquake shook the coastal town of Pelora on Tuesday. At least 26 people "
    "were killed, officials said. Rescue teams worked through the night.",
    "cnn": "An earthquake shook the coastal town of Pelora on Tuesday. Twenty-four people "
    "were killed, officials said. Rescue teams worked through the night.",
}


def _check(folder: Path, log: ReviewLog, names) -> None:
    for n in names:
        (folder / f"{n}.txt").write_text({**TEXTS, **ADDED}[n], encoding="utf-8")
    log.save_analysis(analyze(load_articles([str(folder / f"{n}.txt") for n in names])))


def _claims(f) -> set[str]:
    return {s["claim"] if isinstance(s, dict) else s.claim for v in f.versions for s in v.sides}


@pytest.mark.parametrize("added", sorted(ADDED))
def test_a_decision_stays_with_its_claim_after_an_article_is_added(tmp_path, added):
    log = ReviewLog(tmp_path / "log.sqlite")
    _check(tmp_path, log, sorted(TEXTS))
    found = [f for f in log.findings() if f.active]
    (toll,) = [f for f in found if f.kind == "number"]  # the death toll differs
    others = {f.id for f in found} - {toll.id}
    log.decide(toll.id, Change("disputed", note="ask the desk", reviewer="ana"))
    before = {m.id for m in toll.members}

    _check(tmp_path, log, [*sorted(TEXTS), added])
    now = [f for f in log.findings() if f.active]
    holding = [f for f in now if before & {m.id for m in f.members}]
    assert len(holding) == 1  # the earlier discrepancies kept their ids, all in one finding
    (same,) = holding
    assert before <= {m.id for m in same.members}
    # the new source added discrepancies; the finding keeps its id (trial 31:
    # a grown finding under a new id read as a new item)
    assert same.id == toll.id
    assert _claims(toll) and _claims(toll) <= _claims(same)  # the same claim
    assert same.kind == "number"
    assert {m.id: m.status for m in same.members if m.id in before} == dict.fromkeys(
        before, "disputed"
    )
    assert {m.note for m in same.members if m.id in before} == {"ask the desk"}
    assert {m.status for m in same.members if m.id not in before} == {"open"}
    # no other finding took the decision, whether it was there before or is new
    for f in now:
        if f is not same:
            assert {m.status for m in f.members} == {"open"}, (f.kind, f.id in others)
    log.close()
