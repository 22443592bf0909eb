"""A share told as a fraction in words against a precise share that is plainly
another fraction (session 42, issue 11: unresolved precision).

Readers of authored development judged wrong a question on 'about a seventh'
against '12.4 per cent' (an eighth to a tenth of a point): the reports state
different shares. Cases are made up; the pattern is the readers'."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.model import Verdict

ROW = "share_plainly_another_fraction"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _share_flags(tmp_path, a: str, b: str) -> list:
    paths = pair(tmp_path, a, b)
    return [d for d in analyze_paths(paths).discrepancies if "%" in d.explanation]


WORKERS = (
    "{} of the miners at the Harlan pit were on the night shift when the roof fell, "
    "the company said.\n"
)
VOTERS = (
    "Turnout in the northern district reached {} of registered voters, the electoral board said.\n"
)


@pytest.mark.parametrize(
    "text, told, precise",
    [
        (WORKERS, "About a seventh", "12.4 per cent"),
        (WORKERS, "About one in six", "14.2%"),
        (VOTERS, "roughly one in eight", "11.0 per cent"),
        (VOTERS, "about one in nine", "10.1%"),
    ],
)
def test_a_share_plainly_another_fraction_is_a_conflict(tmp_path, text, told, precise):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    got = _share_flags(tmp_path / "a", text.format(told), text.format(precise))
    assert [d.verdict for d in got] == [Verdict.CONFLICT], [d.explanation for d in got]
    assert got[0].rule == ROW
    assert "different shares" in got[0].explanation
    with judge.rules.without(ROW):
        before = _share_flags(tmp_path / "b", text.format(told), text.format(precise))
    assert [d.verdict for d in before] == [Verdict.UNRESOLVED]


# between a quarter and a third; a seventh; nearer an eighth, but not plainly;
# a ninth, but 'one in ten' is said loosely
NOT_PLAINLY = [
    (VOTERS, "about a third", "29 per cent", [Verdict.UNRESOLVED]),
    (WORKERS, "About a seventh", "14.1 per cent", []),
    (WORKERS, "About one in seven", "13.3%", [Verdict.UNRESOLVED]),
    (VOTERS, "about one in ten", "11.2 per cent", [Verdict.UNRESOLVED]),
]


@pytest.mark.parametrize("text, told, precise, verdicts", NOT_PLAINLY)
def test_a_share_near_its_fraction_or_between_two_is_no_conflict(
    tmp_path, text, told, precise, verdicts
):
    got = _share_flags(tmp_path, text.format(told), text.format(precise))
    assert [d.verdict for d in got if d.verdict != Verdict.CONSISTENT] == verdicts, [
        d.explanation for d in got
    ]
