"""User trial 47: ``check`` of 16 articles printed its findings and then a
33-line Independence block of pair details, and under each finding a
"Counted once: …" of up to five sentences. Independence is now one line
naming who counts once with whom, grouped; every pair and why stays behind
``check --independence`` (and in ``workbench coverage`` and the report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.findings import independent_sources
from workbench.findings.copies import SAME_OUTLET
from workbench.findings.copy_groups import PASSAGES, copies_short, copy_groups
from workbench.model import CopyLink

NAMES = {a: a.upper() for a in "abcdefgh"}


def link(a: str, b: str, shared: int = 3, credit: str = "") -> CopyLink:
    return CopyLink(a, b, shared, credit)


@pytest.mark.parametrize(
    ("links", "groups"),
    [
        # a triangle and a pair: two groups, each named once
        (
            [link("a", "b"), link("b", "c"), link("a", "c"), link("d", "e")],
            [("A, B and C", PASSAGES), ("D and E", PASSAGES)],
        ),
        # a chain is not passed on: a-b and b-c, not a-c, count as two sets
        ([link("a", "b"), link("b", "c")], [("A and B", PASSAGES)]),
        # one newsroom is never called a copy
        (
            [link("f", "g", 0, SAME_OUTLET + "bbc.co.uk")],
            [("F and G", "one newsroom: bbc.co.uk")],
        ),
        # an agency credited by both
        ([link("h", "a", 0, "AP")], [("A and H", "one agency story: AP")]),
        ([], []),
    ],
)
def test_groups_are_the_sets_counted_once(links, groups):
    sources = list("abcdefgh")
    assert copy_groups(sources, links, NAMES) == groups
    # the groups and the sources alone make the count of independent sources
    grouped = sum(len(g.replace(" and ", ", ").split(", ")) for g, _ in groups)
    assert independent_sources(sources, links) == len(sources) - grouped + len(groups)


def test_a_findings_counted_once_is_one_clause_per_group():
    links = [link("a", "b"), link("b", "c"), link("a", "c"), link("d", "e"), link("c", "d")]
    versions = [(["a", "b", "c", "f"], 2), (["d", "e"], 1), (["g"], 1)]
    said = copies_short(versions, links, NAMES)
    assert said == "Counted once, sharing long passages: A, B and C; D and E."
    assert copies_short([(["a", "f"], 2)], links, NAMES) == ""
    mixed = [*links, link("f", "g", 0, SAME_OUTLET + "bbc.co.uk")]
    said = copies_short([(["a", "b", "f", "g"], 2)], mixed, NAMES)
    assert said == "Counted once: A and B (shared passages); F and G (one newsroom: bbc.co.uk)."


EVENT = Path(__file__).resolve().parents[1] / "../shared/eval/ecbplus_dev/18_ecb"


@pytest.mark.skipif(not EVENT.is_dir(), reason="needs ../shared/eval (ECB+ 18_ecb)")
def test_check_of_sixteen_articles_says_independence_in_two_lines(tmp_path, capsys):
    from workbench.cli import main

    db = str(tmp_path / "r.sqlite")
    assert main(["check", str(EVENT), "--db", db]) == 0
    out = capsys.readouterr().out
    block = out[out.index("\nIndependence:") :].strip().split("\n\n")[0].splitlines()
    assert len(block) == 2, block
    assert block[0].startswith("Independence: 8 independent sources among 16")
    assert "Counted once, sharing long passages: " in block[1] and "--independence" in block[1]
    findings = out[: out.index("\nIndependence:")]
    for line in findings.splitlines():  # one clause per group under each finding
        if line.startswith("  Counted once"):
            assert "shares long passages" not in line and len(line) < 250, line
    assert out.index("[F") < out.index("\nIndependence:")  # the findings come first
    assert main(["check", str(EVENT), "--db", db, "--independence"]) == 0
    full = capsys.readouterr().out
    block = full[full.index("\nIndependence:") :].strip().split("\n\n")[0].splitlines()
    assert len(block) > 20 and any("both carry the wording" in line for line in block)
