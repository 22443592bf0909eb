"""A comparative under a negation is a bound the other way (issue 11, session
21, class D of the test half): "no team has offered a contract longer than
eight years" says at most eight years, not eight. Made-up sentences from
several domains; the negation must govern the comparative's own clause."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.detect import find_quantities


def _hedges(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.hedge) for m in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "figure", "hedge"),
    [
        # sport: no club's offer longer than N years is at most N
        ("So far no club has offered him a deal longer than five years.", "five years", "up to"),
        # business: nobody paid more than a sum
        ("Nobody on the board was paid more than $400,000 last year.", "$400,000", "up to"),
        # politics: never more than a share
        ("The party has never polled higher than 12 percent in the region.", "12 percent", "up to"),
        # crime: a sentence not longer than N years
        ("The judge said he would not impose a term longer than ten years.", "ten years", "up to"),
        # a contraction is a negation too
        ("The storm didn't bring winds stronger than 60 mph.", "60 mph", "up to"),
        # "nor" carries the negation on to the next comparative
        ("It flew no higher than 10,000 feet nor further than 100 miles.", "100 miles", "up to"),
        # below-comparatives turn into lower bounds
        ("None of the flights was shorter than two hours.", "two hours", "at least"),
        ("The fund has not held fewer than 300 shares since May.", "300", "at least"),
    ],
)
def test_a_negated_comparative_is_a_bound_the_other_way(text, figure, hedge):
    found = {t: h for t, h in _hedges(text)}
    (match,) = [t for t in found if t.endswith(figure)]
    assert found[match] == hedge


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # the negation governs another clause: the comparative stands as written
        ("Police would not confirm that more than 50 people were hurt.", "more than"),
        ("The firm did not give a reason, but more than 300 staff were let go.", "more than"),
        ("No one was hurt and more than 40 homes were damaged.", "more than"),
        ("No one who earned more than $90,000 was eligible.", "more than"),
        # the negation tells how long something has not happened: an absence that long
        ("The club hasn't won the league in more than eight years.", "more than"),
        ("She has not played for more than two seasons.", "more than"),
        # no negation at all
        ("He was sentenced to more than eight years in prison.", "more than"),
        # the negation written inside the hedge keeps its span and its reading
        ("No more than 30 people attended the vigil.", "up to"),
        ("Not less than 30 people attended the vigil.", "at least"),
    ],
)
def test_a_comparative_outside_the_negations_clause_is_kept(text, hedge):
    (found,) = _hedges(text)
    assert found[1] == hedge


def test_the_negated_hedge_spans_its_comparative():
    (found,) = _hedges("So far, no team involved has offered a contract longer than eight years.")
    assert found == ("longer than eight years", "up to")


@pytest.fixture
def numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.verdict.value, d.explanation) for d in found if d.kind in ("number", "money")]

    return run


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("So far no club has offered him a contract longer than four years.",
         "longer than four years", "up to 4 years"),
        ("None of the hearings was shorter than two days.", "shorter than two days",
         "at least 2 days"),
    ],
)  # fmt: skip
def test_a_negated_length_of_time_is_a_bound(tmp_path, monkeypatch, text, surface, value):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    path = write(tmp_path, "a.md", "---\ntitle: T\npublished: 2024-03-04\n---\n" + text + "\n")
    (fact,) = [f for f in analyze_paths([path]).facts if f.kind == "duration"]
    assert (fact.text, fact.value["value"]) == (surface, value)


def test_at_most_against_more_is_a_conflict(numbers):
    found = numbers(
        "No bidder has offered the council more than $20 million for the site.",
        "A bidder has offered the council $35 million for the site.",
    )
    assert [v for v, _ in found] == ["conflict"]


def test_at_most_against_the_bound_itself_agrees(numbers):
    found = numbers(
        "No bidder has offered the council more than $20 million for the site.",
        "A bidder has offered the council $20 million for the site.",
    )
    assert [v for v, _ in found] in ([], ["consistent"])
    assert all("up to" in e or "at most" in e or "allow" in e for _, e in found)
