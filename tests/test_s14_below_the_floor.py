"""A figure restated in loosely aligned sentences (issue 11, session 14):
just below the conflict floor, a pair of figures is still compared when the
figures themselves say they are one fact (judge/floor.py) — the same counted
thing, happening and owner for counts, the same named stage for days. Pairs
that say less stay silent, and so does everything further below the floor.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.facts.measure import Measure, date_measure
from workbench.judge.floor import measured_alike
from workbench.model import Fact


def _articles(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    return load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
    )


def _below(tmp_path, a: str, b: str, under: float, without: tuple[str, ...] = ()):
    """Judge two sentences with the conflict floor set ``under`` above their
    alignment score: as loose as a restatement on real copy."""
    articles = _articles(tmp_path, a, b)
    (al,) = analyze(articles).alignments
    at = al.score + under
    floor = thresholds.with_value(
        "align.embedding.conflict", at, thresholds.with_value("align.lexical.conflict", at)
    )
    with judge.rules.without(*without):
        found = analyze(articles, thresholds=floor).discrepancies
    return [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]


def _explained(tmp_path, a: str, b: str) -> str:
    articles = _articles(tmp_path, a, b)
    (al,) = analyze(articles).alignments
    at = al.score + 0.03
    floor = thresholds.with_value(
        "align.embedding.conflict", at, thresholds.with_value("align.lexical.conflict", at)
    )
    (d,) = analyze(articles, thresholds=floor).discrepancies
    return d.explanation


MOVED = (
    "She had returned to her home town of Hexley with her son 12 weeks ago after living in Leeds.",
    "She and her son had moved back to Hexley around six weeks ago after living in Leeds.",
)
KILLED = (
    "The blaze at the warehouse killed 12 workers on the night shift, the union said.",
    "Nine workers were killed on the night shift when fire swept through the warehouse, "
    "police said.",
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize("sentences", [MOVED, KILLED], ids=["moved-back", "killed"])
def test_a_figure_measured_alike_just_below_the_floor_is_a_conflict(tmp_path, sentences):
    found = _below(tmp_path, *sentences, under=0.03)
    assert [f[:2] for f in found] == [("conflict", "measured_alike_below_the_floor")]
    said = _explained(tmp_path, *sentences)
    assert "what each measures" in said or "what both measure" in said
    hidden = _below(tmp_path, *sentences, under=0.03, without=("measured_alike_below_the_floor",))
    assert hidden == []


@pytest.mark.parametrize("sentences", [MOVED, KILLED], ids=["moved-back", "killed"])
def test_far_below_the_floor_nothing_is_shown(tmp_path, sentences):
    over = thresholds.DEFAULT.judge.below_floor + 0.05
    assert _below(tmp_path, *sentences, under=over) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the dead and the injured: one counted noun, two happenings
        (
            "The blaze at the warehouse killed 12 workers on the night shift, the union said.",
            "Nine workers were injured on the night shift in the blaze at the warehouse, "
            "police said.",
        ),
        # a move home and an arrest: two stages of the story
        (
            "She returned to her home town of Hexley 12 weeks ago after a long spell living "
            "in Leeds with her son.",
            "She and her son were arrested in Hexley around six weeks ago after living in Leeds.",
        ),
        # counts that name no happening at all
        (
            "The warehouse at the depot employed 12 workers on the night shift, the union said.",
            "Nine workers were on the night shift at the depot warehouse, the union said.",
        ),
    ],
    ids=["killed-injured", "returned-arrested", "no-happening"],
)
def test_figures_that_do_not_say_alike_what_they_measure_stay_silent(tmp_path, a, b):
    assert [f for f in _below(tmp_path, a, b, under=0.03) if f[0] == "conflict"] == []


def _fact(kind: str) -> Fact:
    return Fact(id=kind, article="a", claim="a:0", kind=kind, start=0, end=1, text="x", value="x")


_K = (True, 0)  # counted alike, no word around them shared


@pytest.mark.parametrize(
    ("kinds", "ma", "mb", "read", "want"),
    [
        (("number", "number"), Measure("killed"), Measure("killed"), _K, True),
        (("money", "money"), Measure("damaged"), Measure("damaged"), _K, True),
        (("number", "number"), Measure("killed"), Measure("killed"), (False, 3), False),
        (("number", "number"), Measure(""), Measure(""), (True, 3), False),
        (("number", "number"), Measure("killed"), Measure("injured"), (True, 3), False),
        (
            ("number", "number"),
            Measure("killed", owner=("texas",)),
            Measure("killed", owner=("ohio",)),
            (True, 3),
            False,
        ),
        (
            ("number", "number"),
            Measure("killed", scope="season"),
            Measure("killed", scope="game"),
            (True, 3),
            False,
        ),
        (("date", "date"), Measure("returned"), Measure("returned"), (False, 1), True),
        (("date", "date"), Measure("sentenced"), Measure("sentenced"), (False, 0), True),
        (("date", "date"), Measure("announced"), Measure("announced"), (False, 1), False),
        (("date", "date"), Measure("returned"), Measure("arrested"), (False, 3), False),
        (("date", "date"), Measure(""), Measure(""), (False, 1), False),
        (("date", "date"), Measure(""), Measure(""), (False, 2), True),
        (("date", "duration"), Measure("returned"), Measure("returned"), (False, 3), False),
        (("date", "number"), Measure("killed"), Measure("killed"), (True, 3), False),
    ],
)
def test_what_says_two_figures_measure_one_thing(kinds, ma, mb, read, want):
    x, y = _fact(kinds[0]), _fact(kinds[1])
    assert measured_alike(x, y, ma, mb, *read) is want


@pytest.mark.parametrize(
    ("sentence", "value", "stage"),
    [
        ("She returned to her home town 12 weeks ago.", "12 weeks ago", "returned"),
        ("They had moved back to Millom around six weeks ago.", "six weeks ago", "returned"),
        ("He came back to the club last year.", "last year", "returned"),
        ("The couple went back home on Friday.", "Friday", "returned"),
        ("The family returned home on Friday.", "Friday", "returned"),
        ("The move was announced on Friday.", "Friday", "announced"),
        ("He returned to prison on Friday.", "Friday", ""),
        ("They moved to Leeds on Friday.", "Friday", ""),
    ],
)
def test_a_move_home_is_a_stage_of_the_story(sentence, value, stage):
    s = sentence.index(value)
    assert date_measure(sentence, s, s + len(value)).event == stage
