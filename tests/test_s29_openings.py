"""Two reports' openings restated (align_openings; issue 11, session 29).

The headline and lede of two reports of one event tell its main fact in
their own words; the one-to-one matching may give each of them a later
sentence sharing more words, and the values of the two openings are then
never compared. Two opening sentences scoring accept or more that state a
value of one kind are aligned as well. The sentences are made up.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import thresholds
from workbench.align_openings import opening_partners, value_kinds
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.model import Alignment, Claim

DAY = 86400.0


@pytest.mark.parametrize(
    ("evidence", "kinds"),
    [
        ([("currency:EUR", 4.2e9, 4.2e9)], {"currency:EUR"}),
        ([("timex:PT26M", 0.0, 0.0)], {"duration"}),  # "26 minutes"
        ([("timex:P3Y", 0.0, 0.0)], {"duration"}),  # "a three-year deal"
        ([("timex:T14:05", -1.0, 1.0)], {"clock"}),  # "at 2.05pm"
        ([("time", 10 * DAY, 10 * DAY + 3600)], {"clock"}),  # "Monday evening"
        ([("date", 3 * DAY, 4 * DAY - 1), ("timex:2031-03-04", 0.0, 0.0)], {"date"}),
        ([("length", 1200.0, 1200.0)], {"length"}),  # "1.2km"
        ([("count", 40.0, 40.0), ("percent", 12.0, 12.0)], set()),  # every report has some
        ([], set()),
    ],
)
def test_the_kinds_of_value_a_claim_states(evidence, kinds):
    assert value_kinds(evidence) == kinds


def _claims(*specs: tuple[str, int]) -> list[Claim]:
    """Claims from (article, index) pairs, in the order given."""
    return [Claim(f"{art}:{idx}", art, idx, 0, 1, f"{art} sentence {idx}") for art, idx in specs]


# a takeover: the two ledes give the price in euros; each took a later sentence
TAKEOVER = _claims(("a", 0), ("a", 4), ("b", 1), ("b", 6))
TAKEOVER_EVIDENCE = {
    "a:0": [("currency:EUR", 4.1e9, 4.1e9)],  # "Halvorsen agreed to buy Mirel for €4.1bn"
    "b:1": [("currency:EUR", 4.4e9, 4.4e9)],  # "a €4.4 billion takeover of Mirel"
    "a:4": [("count", 300.0, 300.0)],
}
TAKEOVER_ALIGNED = [Alignment("a:0", "b:6", 0.58), Alignment("a:4", "b:1", 0.55)]


def test_two_ledes_stating_a_sum_are_aligned_though_each_took_another_partner():
    cands = [(0.58, 0, 3), (0.55, 1, 2), (0.47, 0, 2), (0.33, 1, 3)]
    got = opening_partners(TAKEOVER_ALIGNED, [cands], TAKEOVER, TAKEOVER_EVIDENCE, 0.40, 2)
    assert got == [Alignment("a:0", "b:1", 0.47)]
    # marked, so the judge leaves it out of whether the articles disagree on most values
    assert got[0].opening


def test_an_opening_pair_below_the_floor_is_left_apart():
    cands = [(0.58, 0, 3), (0.55, 1, 2), (0.37, 0, 2)]
    assert opening_partners(TAKEOVER_ALIGNED, [cands], TAKEOVER, TAKEOVER_EVIDENCE, 0.40, 2) == []


def test_a_later_sentence_is_no_opening():
    # the same sum, but one side is the fifth sentence: background, not the opening
    claims = _claims(("a", 0), ("a", 4), ("b", 5), ("b", 6))
    evidence = {"a:0": TAKEOVER_EVIDENCE["a:0"], "b:5": TAKEOVER_EVIDENCE["b:1"]}
    aligned = [Alignment("a:0", "b:6", 0.58), Alignment("a:4", "b:5", 0.55)]
    cands = [(0.58, 0, 3), (0.55, 1, 2), (0.47, 0, 2)]
    assert opening_partners(aligned, [cands], claims, evidence, 0.40, 2) == []
    # counted as an opening when openings are taken longer
    assert opening_partners(aligned, [cands], claims, evidence, 0.40, 6) == [
        Alignment("a:0", "b:5", 0.47)
    ]


def test_openings_with_only_counts_or_values_of_other_kinds_are_left_apart():
    # a storm: "40 homes flooded" / "about 45 homes" - bare counts; and a clock
    # time against a length of time
    claims = _claims(("s", 0), ("s", 3), ("t", 0), ("t", 2))
    aligned = [Alignment("s:0", "t:2", 0.6), Alignment("s:3", "t:0", 0.6)]
    cands = [(0.6, 0, 3), (0.6, 1, 2), (0.45, 0, 2)]
    counts = {"s:0": [("count", 40.0, 40.0)], "t:0": [("count", 40.0, 50.0)]}
    assert opening_partners(aligned, [cands], claims, counts, 0.40, 2) == []
    apart = {"s:0": [("timex:T06:40", -1.0, 1.0)], "t:0": [("timex:PT40M", 0.0, 0.0)]}
    assert opening_partners(aligned, [cands], claims, apart, 0.40, 2) == []


def test_an_opening_takes_one_such_partner_in_an_article_its_best():
    # a marathon: the winner's time in the headline and lede of one report and
    # in the headline of the other
    claims = _claims(("m", 0), ("m", 1), ("n", 0), ("n", 5))
    evidence = {
        "m:0": [("timex:PT2H4M11S", 0.0, 0.0)],
        "m:1": [("timex:PT2H4M12S", 0.0, 0.0)],
        "n:0": [("timex:PT2H4M21S", 0.0, 0.0)],
    }
    aligned = [Alignment("m:0", "n:5", 0.7), Alignment("m:1", "n:5", 0.5)]
    cands = [(0.7, 0, 3), (0.5, 1, 3), (0.46, 1, 2), (0.44, 0, 2)]
    assert opening_partners(aligned, [cands], claims, evidence, 0.40, 2) == [
        Alignment("m:1", "n:0", 0.46)
    ]


def test_a_pair_already_aligned_is_not_added_again():
    claims = _claims(("p", 0), ("q", 1))
    evidence = {"p:0": [("length", 950.0, 950.0)], "q:1": [("length", 1000.0, 1000.0)]}
    aligned = [Alignment("p:0", "q:1", 0.52)]
    assert opening_partners(aligned, [[(0.52, 0, 1)]], claims, evidence, 0.40, 2) == []


# --- the whole pipeline ------------------------------------------------------------

TAKEOVER_A = [
    "Halvorsen Group will buy the Danish shipping line Mirel for €4.1bn in a takeover, "
    "the two companies said on Monday.",
    "Unions at the Aarhus yards asked for talks about jobs.",
    "The takeover of Mirel gives Halvorsen the largest fleet of container ships in "
    "the Baltic Sea and the busiest terminal in the port of Gdansk.",
    "Shares in both companies were suspended before the announcement.",
]
TAKEOVER_B = [
    "Halvorsen's €4.4 billion takeover of the Danish shipping line Mirel creates the "
    "largest container fleet in the Baltic Sea, with the busiest terminal in the port of Gdansk.",
    "Regulators in Brussels are expected to look at the deal closely.",
    "Halvorsen Group will buy the Danish shipping line Mirel, the two companies said "
    "in statements.",
    "Mirel was founded in Copenhagen in the nineteenth century.",
]


def _run(tmp_path, table):
    paths = [
        write(tmp_path, "a.md", "\n".join(TAKEOVER_A) + "\n"),
        write(tmp_path, "b.md", "\n".join(TAKEOVER_B) + "\n"),
    ]
    return analyze(load_articles(paths), thresholds=table)


def _aligned(analysis, left: str, right: str) -> bool:
    text = {c.id: c.text for c in analysis.claims}
    return any(
        {text[al.left][:30], text[al.right][:30]} == {left[:30], right[:30]}
        for al in analysis.alignments
    )


@pytest.mark.parametrize("embeddings", ["0", "1"], ids=["lexical", "default"])
def test_the_pipeline_aligns_two_openings_left_apart(tmp_path, monkeypatch, embeddings):
    # each lede took the other report's later sentence telling it in more words
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", embeddings)
    before = _run(tmp_path, thresholds.with_value("align.opening_partner", -1))
    assert not _aligned(before, TAKEOVER_A[0], TAKEOVER_B[0])
    assert _aligned(before, TAKEOVER_A[0], TAKEOVER_B[2])
    after = _run(tmp_path, thresholds.DEFAULT)
    assert _aligned(after, TAKEOVER_A[0], TAKEOVER_B[0])
    assert _aligned(after, TAKEOVER_A[2], TAKEOVER_B[0])  # the partners stay


# --- the judge: an opening pair has no say on the article pair -----------------------

# a council budget told twice, every figure different: three sentence pairs in
# conflict make the two reports look like reports of different events
# (mostly_conflicting_articles) unless one of the pairs is a second look at the
# openings
BUDGET_A = [
    "The new ring road at Ashvale will cost £48m, the county council said.",
    "The footbridge over the Leam will cost £6m.",
    "Resurfacing the market square will cost £2m.",
]
BUDGET_B = [
    "Ashvale's new ring road will cost £61m, according to the county council.",
    "The footbridge over the Leam is to cost £9m.",
    "Resurfacing the market square is to cost £4m.",
]


def _judged(tmp_path, opening: bool) -> list:
    from dataclasses import replace

    from workbench.judge import judge

    paths = [
        write(tmp_path, "a.md", "\n".join(BUDGET_A) + "\n"),
        write(tmp_path, "b.md", "\n".join(BUDGET_B) + "\n"),
    ]
    base = analyze(load_articles(paths), thresholds=thresholds.DEFAULT)
    ids = {(c.article, c.text): c.id for c in base.claims}
    pairs = [(ids["a", a], ids["b", b]) for a, b in zip(BUDGET_A, BUDGET_B, strict=True)]
    alignments = [Alignment(a, b, 0.8) for a, b in pairs]
    alignments[0] = replace(alignments[0], opening=opening)
    return judge(base.articles, base.claims, base.facts, alignments, [], 0.5)


def test_an_opening_pair_does_not_make_two_reports_look_like_two_events(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    assert not [d for d in _judged(tmp_path, opening=False) if str(d.verdict) == "conflict"]
    shown = [d for d in _judged(tmp_path, opening=True) if str(d.verdict) == "conflict"]
    assert len(shown) == 3  # every pair compared, the openings' too


# two ledes give different counts of the injured; their pair scores under the
# conflict floor, where the floor drops the difference: a pair of openings still
# leaves the count to the story's rows (the count of sentences never met)
FIRE_A = [
    "Twenty-nine people were injured when fire swept through a warehouse in Telmouth on Monday.",
    "The fire started in a loading bay at the Ordway Logistics depot.",
    "Firefighters from four stations fought the blaze for six hours.",
]
FIRE_B = [
    "At least 44 people were hurt in a warehouse fire in Telmouth on Monday, officials said.",
    "The blaze began in a loading bay of the Ordway Logistics depot.",
    "Crews from four stations took six hours to bring it under control.",
]


def _fire(tmp_path, opening: bool) -> list:
    from workbench.judge import judge

    paths = [
        write(tmp_path, "a.md", "\n".join(FIRE_A) + "\n"),
        write(tmp_path, "b.md", "\n".join(FIRE_B) + "\n"),
    ]
    base = analyze(load_articles(paths), thresholds=thresholds.DEFAULT)
    ids = {(c.article, c.text): c.id for c in base.claims}
    pairs = [(ids["a", a], ids["b", b]) for a, b in zip(FIRE_A, FIRE_B, strict=True)]
    alignments = [Alignment(*pairs[0], 0.38, opening=opening)]  # lexical accept 0.32
    alignments += [Alignment(a, b, 0.8) for a, b in pairs[1:]]
    flags = judge(base.articles, base.claims, base.facts, alignments, [], 0.5)
    return [d for d in flags if "44" in d.explanation]


def test_a_pair_of_openings_under_the_floor_leaves_their_counts_to_the_story(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    assert not _fire(tmp_path, opening=False)  # met, and the floor dropped the difference
    assert _fire(tmp_path, opening=True)
