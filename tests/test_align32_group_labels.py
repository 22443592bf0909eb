"""Every claim group coverage shows reads as words taken from its members
(align32, an editor's trial: a coverage row for a claim like "an 80-employee
startup" had an empty label). A group was named by its first member's first
sentence, which can hold no word: a quotation mark, a dash or a list number
left on a line of its own, or characters nothing shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import run_cli

from workbench import jsonformat
from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.findings import group_label
from workbench.findings.labels import NO_WORDS, readable
from workbench.model import ClaimGroup, Member
from workbench.store import ReviewLog


def _group(*members: tuple[str, ...]) -> ClaimGroup:
    return ClaimGroup("g1", tuple(Member(m[0].split(":")[0], m, 0.9) for m in members))


TEXTS = {
    "a:0": "“",
    "a:1": "We are an 80-employee startup,” chief executive Priya Raman said.",
    "b:0": "\u200b",
    "b:1": "—",
    "c:0": "Brightloop is an 80-employee startup.",
    "d:0": "1.",
    "d:1": "The firm employs 80 people.",
    "e:0": "\ufeff\u00ad",
}


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # a pull quote's opening mark on a line of its own, then the words
        ((("a:0", "a:1"), ("c:0",)), TEXTS["a:1"]),
        # a first source of wordless sentences only: the next source's words
        ((("b:0", "b:1"), ("c:0",)), TEXTS["c:0"]),
        # a list number before the sentence
        ((("d:0", "d:1"), ("a:1",)), TEXTS["d:1"]),
        # characters nothing shows, then a dash: the next source
        ((("e:0",), ("b:1",), ("d:1",)), TEXTS["d:1"]),
    ],
)
def test_a_label_is_the_members_words(members, expected):
    assert group_label(_group(*members), TEXTS.get) == expected


def test_a_label_is_never_empty():
    assert group_label(_group(("b:0", "b:1"), ("e:0",)), TEXTS.get) == NO_WORDS
    assert group_label(_group(("zz:9",)), TEXTS.get) == NO_WORDS  # an unknown claim


def test_a_restatement_names_a_group_whose_passages_have_no_word():
    group = ClaimGroup("g1", (Member("b", ("b:1",), 0.9, ("c:0",)),))
    assert group_label(group, TEXTS.get) == TEXTS["c:0"]


def test_readable():
    assert readable("\u200bNew\u00adcastle  wins\n") == "Newcastle wins"
    assert readable("“") == readable("— 1.") == readable("(80)") == ""


# the pipeline: a web page prints a pull quote's opening mark apart; the
# group of the quotation holds it as its passage's first sentence (as the
# join of a quotation cut in two does), and every output names the words
PAGES = (
    "Brightloop will close its pilot plant in Round Rock, the company said on Monday.\n\n"
    "“\n\nWe are an 80-employee startup and we simply ran out of runway,” "
    "chief executive Priya Raman said.",
    "Battery recycler Brightloop is shutting its Round Rock pilot plant, it said on "
    "Monday.\n\n“We are an 80-employee startup and we simply ran out of runway,” "
    "Raman told staff.",
    "Brightloop said on Monday it would close the pilot plant it runs in Round Rock.\n\n"
    "Chief executive Priya Raman said: “We are an 80-employee startup and we simply "
    "ran out of runway.”",
)


def _analysis(tmp_path):
    articles = []
    for n, body in enumerate(PAGES):
        p = tmp_path / f"{'abc'[n]}.txt"
        p.write_text(f"---\ntitle: t{n}\npublished: 2025-02-11\n---\n{body}\n", encoding="utf-8")
        articles.append(load_article(p))
    analysis = analyze(articles)
    claims = {c.id: c for c in analysis.claims}
    mark = next(c for c in analysis.claims if c.text == "“")
    quote = next(
        g
        for g in analysis.groups
        if any(claims[c].text.startswith("We are") for m in g.members for c in m.claims)
    )
    members = tuple(
        replace(m, claims=(mark.id, *m.claims)) if m.article == mark.article else m
        for m in quote.members
    )
    members = tuple(sorted(members, key=lambda m: m.article))
    groups = tuple(replace(g, members=members) if g is quote else g for g in analysis.groups)
    return replace(analysis, groups=groups), quote.id


def test_every_output_names_the_words(tmp_path, capsys):
    analysis, gid = _analysis(tmp_path)
    said = "We are an 80-employee startup and we simply ran out of runway,”"
    rows = {r["group"]: r for r in jsonformat.across_sources(analysis)["coverage"]["groups"]}
    assert rows[gid]["label"].startswith(said)
    assert all(r["label"] and r["label"] != NO_WORDS for r in rows.values())

    db = tmp_path / "r.sqlite"
    log = ReviewLog(db)
    try:
        log.save_analysis(analysis)
    finally:
        log.close()
    code, out, err = run_cli(["coverage", "--db", db], capsys)
    assert code == 0, err
    (row,) = [line for line in out.splitlines() if f"  {gid}: " in line]
    assert row.split(f"  {gid}: ", 1)[1].startswith(said[:40])


def test_the_window_names_the_words(tmp_path):
    from workbench.ui.coverage_view import coverage_rows

    analysis, gid = _analysis(tmp_path)
    rows = coverage_rows(analysis, {c.id: c for c in analysis.claims})
    (row,) = [r for r in rows if r.group == gid]
    assert row.claim.startswith("We are an 80-employee startup")
