"""Session 39, trial 45 P13: a report showed "ECB+ 10_2ecb → over seven years
= 7 years" under 10_2's "(seven years, $140- $150 million)": a source added to
a version without a pair of its own took the reading of another source's
side, its lead words ('over seven years') written only there."""

from __future__ import annotations

import json

import pytest

from workbench.findings.reading_here import as_written_here
from workbench.model import Claim, Fact, Side


def _claim(text: str, at: int = 100) -> Claim:
    return Claim("c9", "a9", 0, at, at + len(text), text)


def _fact(claim: Claim, words: str, kind: str = "duration") -> Fact:
    start = claim.start + claim.text.index(words)
    return Fact("f9", claim.id, claim.article, kind, start, start + len(words), words, {})


def _side(article: str, text: str, normalized: str) -> Side:
    return Side(article, f"{article}-c", 0, len(text), text, normalized)


@pytest.mark.parametrize(
    "sentence, words, model, want",
    [
        ("the Orioles (seven years, $140-150 million)", "seven years",
         "over seven years = 7 years", "seven years = 7 years"),
        ("a bid worth $90m across six months", "six months",
         "for six months = 6 months", "six months = 6 months"),
        ("the lease (12 weeks) ends soon", "12 weeks",
         "about 12 weeks = 12 weeks (about)", "12 weeks = 12 weeks (about)"),
        ("Smith played there over seven years, his agent said", "seven years",
         "over seven years = 7 years", "over seven years = 7 years"),  # this one writes it
        ("deal signed on July 29 with Atlanta", "July 29",
         "July 29 = 29 July (year not stated)", "July 29 = 29 July (year not stated)"),
        ("a bid of $140 million", "$140 million", "$140 million (USD)", "$140 million (USD)"),
    ],
)  # fmt: skip
def test_the_reading_leads_with_what_this_sentence_writes(sentence, words, model, want):
    claim = _claim(sentence)
    fact = _fact(claim, words)
    assert as_written_here(claim, fact, [_side("other", words, model)]) == want


def test_a_side_whose_lead_this_sentence_writes_is_preferred():
    claim = _claim("The Orioles bid $150 million over seven years on Monday.")
    fact = _fact(claim, "seven years")
    sides = [
        _side("x", "seven years", "for seven years = 7 years"),
        _side("y", "seven years", "over seven years = 7 years"),
    ]
    assert as_written_here(claim, fact, sides) == "over seven years = 7 years"


def test_a_lead_that_does_not_hold_the_figure_is_left_as_it_was():
    claim = _claim("It ran (seven yrs) in all.")
    fact = _fact(claim, "seven yrs")
    sides = [_side("x", "seven years", "over seven years = 7 years")]
    assert as_written_here(claim, fact, sides) == "over seven years = 7 years"


def test_the_teixeira_report_shows_each_source_its_own_words(tmp_path, capsys):
    from benchmarks.findings import CORPUS
    from workbench.cli import main

    event = CORPUS / "10_ecb"
    if not event.is_dir():
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    db, out = tmp_path / "l.sqlite", tmp_path / "r.json"
    assert main(["check", *map(str, sorted(event.glob("*.txt"))), "--db", str(db), "-q"]) == 0
    assert main(["report", "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    seen = 0
    for f in data["findings"] + data["agreed"]:
        for v in f["versions"]:
            for s in v["sources"]:
                lead = s["normalized"].split(" = ")[0] if " = " in s["normalized"] else ""
                if lead and s["value"] in lead:
                    seen += 1
                    assert lead in s["claim"], (s["article"], s["normalized"], s["claim"])
    assert seen >= 5
