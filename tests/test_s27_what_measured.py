"""Trial 36 (item 3): "what each measures: 'with Tajikistan was on Tuesday
one of the Taliban's' / 'crossing with Tajikistan was this week one of the
Taliban's'". When nothing is known of what either value measures, the
explanation showed a window of words around each: it says nothing instead,
and still names what is known (an event, a stage) when a clause says it."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _found(tmp_path, a: str, b: str, both_dated: bool = False):
    paths = []
    for name, outlet, text in (("a.md", "Courier", a), ("b.md", "Gazette", b)):
        date = "published: 2024-03-04\n" if both_dated or name == "a.md" else ""
        p = tmp_path / name
        p.write_text(f"---\ntitle: T\noutlet: {outlet}\n{date}---\n{text}\n", encoding="utf-8")
        paths.append(p)
    found = analyze_paths(paths).discrepancies
    return [d for d in found if d.kind != "attribution"]


NOTHING_KNOWN = [
    (  # an unresolved date, one side undated (the seeds' case, other words)
        "The main border crossing with Uzbekistan was on Tuesday the rebels' latest gain.",
        "The main border crossing with Uzbekistan was this week the rebels' latest gain.",
        "border crossing with",
    ),
    (  # a count in conflict
        "The ferry left the harbour at 7am on Friday with 212 passengers aboard.",
        "The ferry, which left the harbour at 9am on Friday, was carrying 212 passengers.",
        "the harbour at",
    ),
    (  # a money figure in conflict
        "Net profit at the brewer fell to $3m in the quarter, the company said.",
        "Net profit at the brewer dropped to $4m in the quarter, the company said.",
        "profit at the brewer",
    ),
]


@pytest.mark.parametrize(("a", "b", "window"), NOTHING_KNOWN)
def test_no_window_of_words_when_nothing_is_known(tmp_path, a, b, window):
    found = [d for d in _found(tmp_path, a, b) if d.verdict.value != "consistent"]
    assert found, "expected a flag to explain"
    for d in found:
        assert window not in d.explanation, d.explanation
        assert "what each measures: 'Courier" not in d.explanation
        if "what each measures" in d.explanation:  # only when a clause says
            what = d.explanation.rsplit("(what each measures: ", 1)[1]
            assert "'" not in what.split(")")[0], d.explanation


def test_what_a_clause_says_is_still_named(tmp_path):
    found = _found(
        tmp_path,
        "A boat captain who smuggled cocaine was sentenced on Thursday to nine years in prison.",
        "The boat captain was jailed for eight years on Thursday for smuggling cocaine.",
        both_dated=True,
    )
    (d,) = [d for d in found if d.kind == "duration"]  # the other clause: not stated
    assert "what each measures: Courier: sentenced" in d.explanation, d.explanation
    assert "'" not in d.explanation.rsplit("what each measures: ", 1)[1].split(")")[0]
