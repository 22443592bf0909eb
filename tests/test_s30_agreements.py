"""Session 30 (find46, issue 15): what an editor reviews. A consistent
finding whose every figure is read from its own words alone agrees by
arithmetic (a conversion, a bound or hedge, a rounding) and is an agreement,
listed with every version, no item to review; one that needed a publication
date, a rate between currencies or another mention stays an item. Varied
units, numbers and structures; several versions as well as one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_agreements import _finding
from workbench.findings.agree import by_arithmetic, is_agreement
from workbench.model import Verdict

TUE, WED = date(2021, 3, 9), date(2021, 3, 10)


@pytest.mark.parametrize(
    ("pair", "versions"),
    [
        # conversions between units of one dimension
        ((("The floodwater rose 2 metres.", "2"), ("The floodwater rose 6.6 feet.", "6.6")), 2),
        ((("The parcel weighed 3 kg.", "3"), ("The parcel weighed 6.6 lb.", "6.6")), 2),
        ((("The storm dumped 50mm of rain.", "50mm"), ("It dumped 5 cm of rain.", "5")), 1),
        # a bound or a hedge on one side
        ((("At least 14 miners were rescued.", "At"), ("14 miners were rescued.", "14")), 2),
        (
            (("Up to 300 workers may lose jobs.", "Up"), ("About 250 workers may lose jobs.", "A")),
            2,
        ),
        ((("The vote drew over 60 percent.", "over"), ("The vote drew 62%.", "62")), 2),
        # a rounding ('a dozen', 'nearly two hundred')
        ((("A dozen boats sank.", "dozen"), ("Twelve boats sank.", "Twelve")), 1),
        ((("Nearly 200 flights were cut.", "Nearly"), ("197 flights were cut.", "197")), 2),
        # lengths of time and clock times read from their own words
        (
            (
                ("The siege lasted 90 minutes.", "90"),
                ("The siege lasted an hour and a half.", "an"),
            ),
            2,
        ),
        ((("Voting ends at 9 p.m.", "9"), ("Voting ends at 21:00.", "21")), 1),
    ],
)
def test_figures_that_agree_by_arithmetic_are_agreements(pair, versions) -> None:
    found, fact_at, how, days = _finding(list(pair), published=TUE, versions=versions)
    assert by_arithmetic([fact_at((s.article, s.start, s.end)) for s in _sides(found)], how)
    assert is_agreement(found, fact_at, how, days)


def _sides(found):
    return [s for v in found.versions for s in v.sides]


@pytest.mark.parametrize(
    ("sentences", "dates"),
    [
        # words read against the publication date: the editor checks that step
        (
            [("The ferry sank yesterday.", "yesterday"), ("The ferry sank on Tuesday.", "Tuesday")],
            [WED] * 2,
        ),
        ([("Talks resume Monday.", "Monday"), ("Talks resume on 15 March.", "15")], [TUE, TUE]),
        # a clock time whose day is another word of its sentence, in papers of two days
        (
            [("It began at 6 p.m. yesterday.", "6"), ("It began at 6 p.m. Tuesday.", "6")],
            [WED, WED],
        ),
    ],
)
def test_words_read_against_a_publication_date_stay_to_review(sentences, dates) -> None:
    found, fact_at, how, days = _finding(sentences, published=dates, versions=2)
    assert not is_agreement(found, fact_at, how, days)


def test_money_in_two_currencies_stays_to_review() -> None:
    """A rate between currencies is no arithmetic on what was written."""
    pair = [("The fine was $10 million.", "$10"), ("The fine was £8 million.", "£8")]
    found, fact_at, how, days = _finding(pair, published=TUE, versions=2)
    assert not is_agreement(found, fact_at, how, days)
    same = [("The fine was $10 million.", "$10"), ("The fine was about $10m.", "about")]
    assert is_agreement(*_finding(same, published=TUE, versions=2))


@pytest.mark.parametrize("verdict", [Verdict.CONFLICT, Verdict.UNRESOLVED])
def test_only_a_consistent_finding_agrees(verdict) -> None:
    pair = [("At least 14 miners were rescued.", "At"), ("14 miners were rescued.", "14")]
    found, fact_at, how, days = _finding(pair, verdict=verdict, published=TUE, versions=2)
    assert not is_agreement(found, fact_at, how, days)


def test_one_source_alone_is_no_agreement() -> None:
    """Two statements of one source agree with nobody."""
    from dataclasses import replace

    pair = [("A dozen boats sank.", "dozen"), ("Twelve boats sank.", "Twelve")]
    found, fact_at, how, days = _finding(pair, published=TUE)
    one = found.versions[0]
    facts = {s.start: fact_at((s.article, s.start, s.end)) for s in one.sides}
    alone = replace(
        found, versions=(replace(one, sides=tuple(replace(s, article="a") for s in one.sides)),)
    )
    assert not is_agreement(alone, lambda w: facts.get(w[1]), how, days)


def test_without_the_families_a_time_never_agrees_by_arithmetic() -> None:
    """The review log's side cannot reread a time: no ``stated``, no agreement."""
    pair = [("The siege lasted 90 minutes.", "90"), ("The siege lasted an hour and a half.", "an")]
    found, fact_at, _, _ = _finding(pair, published=TUE, versions=2)
    assert not is_agreement(found, fact_at)


def test_the_check_lists_each_version_of_an_agreement(tmp_path, capsys) -> None:
    """Through the command line: a converted distance and a bounded count are
    listed under "Agreed" with both versions; a differing count stays an item."""
    import json

    from workbench.cli import main

    texts = {
        "a": "The landslide buried 12 houses near Oxbridge.\n"
        "Rescuers searched a stretch of 5 km along the river.\n"
        "At least 40 people were evacuated, officials said.\n"
        "The road was shut for 3 days, the council said.\n",
        "b": "The landslide buried 12 houses near Oxbridge.\n"
        "Rescuers searched a stretch of 3.1 miles along the river.\n"
        "45 people were evacuated, officials said.\n"
        "The road was shut for 6 days, the council said.\n",
    }
    files = []
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Oxbridge landslide\n\n{text}", encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    out = tmp_path / "out.json"
    assert main(["check", *files, "--db", str(tmp_path / "r.sqlite"), "--json", str(out)]) == 0
    said = capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    agreed = [f for f in data["findings"] if f["agreement"]]
    values = [" ".join(v["value"] for v in f["versions"]) for f in agreed]
    assert any("5 km" in v and "3.1 miles" in v for v in values), values
    assert all(f["verdict"] == "consistent" for f in agreed)
    kept = [f for f in data["findings"] if not f["agreement"]]
    assert any(f["verdict"] == "conflict" for f in kept)
    listed = said.split("Agreed (")[1]
    assert "‘5 km’ ≈ ‘3.1 miles’" in listed or "‘3.1 miles’ ≈ ‘5 km’" in listed
