"""Amounts one act moved, and a depth below ground, do not run (issue 11,
session 38, judge/fixed_figures.py): what was seized, spilled or found, and
where miners are trapped, is the same amount on every later day, so two reports
of different days that differ on it, beyond the rounding of a conversion ("2
tonnes" / "900 kg", "350 metres" / "800 feet"), are a conflict, not "the
figures may describe different days". What runs keeps the question: a leak its
clause tells as going on, how far crews have drilled, water pumped today, rain.
Made-up reports, varied units, words and orders."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.judge.fixed_figures import fixed_figure

SHARED = (
    "Investigators worked through the night at the site near Port Ellery. "
    "The regional minister visited on the harbour road. "
    "Officials promised a full report within a month. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, days=("2026-03-10", "2026-03-12"), without=()):
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [
        (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
        for d in found
        if d.kind not in ("date", "time", "quote", "attribution")
    ]


def _fact(tmp_path, sentence: str, text: str):
    path = write(tmp_path, "one.md", "---\ntitle: T\noutlet: Courier\n---\n" + sentence + "\n")
    return next(f for f in analyze_paths([path]).facts if text in f.text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Customs officers seized 2 tonnes of cocaine at the port.", "2 tonnes"),
        ("The tanker spilled 40,000 litres of diesel into the river.", "40,000 litres"),
        ("Police found 35 kg of explosives in a rented garage.", "35 kg"),
        ("Thieves had stolen 600 gallons of heating oil from the depot.", "600 gallons"),
        ("The miners are trapped 350 metres underground, the company said.", "350 metres"),
    ],
)
def test_an_amount_of_one_act_is_read_as_fixed(tmp_path, sentence, value):
    assert fixed_figure(_fact(tmp_path, sentence, value), sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The pipeline has leaked 40,000 litres of crude so far.", "40,000 litres"),
        ("Rescuers had drilled to 60 metres below ground by dawn.", "60 metres"),
        ("Crews pumped 3 million litres of water out of the tunnel.", "3 million litres"),
        ("More than 80 mm of rain fell on the town.", "80 mm"),
        ("The lorry was carrying 20 tonnes of gravel when it overturned.", "20 tonnes"),
    ],
)
def test_an_amount_that_runs_is_not_read_as_fixed(tmp_path, sentence, value):
    assert not fixed_figure(_fact(tmp_path, sentence, value), sentence)


FIXED = {
    "seized-tonnes-vs-kg": (
        "Customs officers yesterday seized 2 tonnes of cocaine hidden in a banana shipment.",
        "Customs officers seized 900 kg of cocaine hidden in a banana shipment.",
    ),
    "spilled-litres-vs-gallons": (
        "The tanker spilled 40,000 litres of diesel into the river yesterday, officials said.",
        "The tanker spilled 5,000 gallons of diesel into the river, officials said.",
    ),
    "trapped-metres-vs-feet": (
        "The 14 miners have been trapped 350 metres underground since this morning.",
        "The 14 miners are trapped 800 feet underground, the company said.",
    ),
    "found-pounds-vs-kg-other-order": (
        "Police said they found 80 pounds of explosives in a rented garage.",
        "Police found 75 kg of explosives in a rented garage this morning, a spokesman said.",
    ),
}


@pytest.mark.parametrize("case", FIXED, ids=list(FIXED))
def test_an_amount_of_one_act_pinned_to_its_day_is_a_conflict(tmp_path, case):
    a, b = FIXED[case]
    found = _flags(tmp_path, a, b)
    assert [v for *_, v, _r in found] == ["conflict"], found
    assert "figure_pinned_to_its_day" not in {r for *_, r in found}


def test_how_far_crews_drilled_stays_a_question(tmp_path):
    found = _flags(
        tmp_path,
        "Rescuers had drilled to 60 metres below ground by this morning, the company said.",
        "Rescuers had drilled to 130 feet below ground, the company said.",
    )
    assert [(v, r) for *_, v, r in found] == [("unresolved", "figure_pinned_to_its_day")]
