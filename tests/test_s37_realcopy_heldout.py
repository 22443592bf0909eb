"""Session 37: ``python -m benchmarks.realcopy --half test2`` printed the
wrong flags by cause and the judged flags by rule for a held-out half. A
held-out half prints totals only (verdict counts, precisions, recall), under
every option; a development half keeps its tables."""

from __future__ import annotations

import pytest

from benchmarks import realcopy

OPTIONS = [[], ["--wrong"], ["--why-missed"], ["--unjudged"], ["-v"], ["--if-aligned"]]


@pytest.fixture
def scored(monkeypatch):
    """Every half one event whose score has a cause and a rule to show."""
    monkeypatch.setattr(realcopy, "load_events", lambda half=None: [{"event": f"{half}_e"}])

    def score_event(event, score):
        score.pairs += 1
        score.flags += 3
        score.by_verdict.update(conflict=2, consistent=1)
        score.judged["conflict"].update(right=1, wrong=1)
        score.judged["consistent"].update(right=1)
        score.causes[("conflict", "misread")] += 1
        score.rules["some_rule_name"].update(right=2, wrong=1)
        score.items, score.items_found = 4, 1

    monkeypatch.setattr(realcopy, "score_event", score_event)
    monkeypatch.setattr(realcopy.realcopy_ceiling, "run", lambda *a: (realcopy.Score(), []))


@pytest.mark.parametrize("half", ["heldout", "test2", "test3"])
@pytest.mark.parametrize("options", OPTIONS)
def test_a_held_out_half_prints_its_totals_only(scored, capsys, half, options):
    assert realcopy.main(["--half", half, *options]) == 0
    out = capsys.readouterr().out
    assert "flags by verdict: conflict 2, consistent 1" in out
    assert "conflict precision: 0.50" in out and "inventory recall: items 1/4" in out
    assert "by cause" not in out and "misread" not in out
    assert "by the rule" not in out and "some_rule_name" not in out


@pytest.mark.parametrize("half", ["heldout", "test2", "test3"])
def test_a_held_out_half_is_not_scored_without_a_rule(scored, capsys, half):
    assert realcopy.main(["--half", half, "--without", "window_of_a_count"]) == 0
    out = capsys.readouterr().out
    assert "not scored with --without" in out and "precision" not in out


def test_all_halves_show_tables_for_development_halves_only(scored, capsys):
    assert realcopy.main([]) == 0
    blocks = capsys.readouterr().out.split("== ")[1:]
    shown = {b.split()[0]: "some_rule_name" in b and "misread" in b for b in blocks}
    assert shown == {h: h in realcopy.DETAILED for h in realcopy.HALVES}
