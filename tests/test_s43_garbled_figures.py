"""Session 43 (polish53; user trial 49): a figure the copy garbled (U+FFFD or
mojibake inside it or touching it) is never compared as a clean value. Trial
49 read '4\ufffd months' agreeing with both 'four months' and 'five months'
(ECB+ 28_ecbplus), which conflict with each other. Such a pair is a question
naming the garbled copy. Made-up reports."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.garbled import garbled
from workbench.model import Claim, Fact, Verdict

FRONT = "---\ntitle: T\noutlet: {}\npublished: 2024-11-15\n---\n"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str):
    paths = [
        write(tmp_path, "a.md", FRONT.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", FRONT.format("Gazette") + b + "\n"),
    ]
    return analyze_paths(paths).discrepancies


SERVED = "Marlow, the harbour master, served {} in federal prison for the ferry fraud."
KILLED = "The ferry sank off Tarn Point on Sunday and {} people were killed, the coastguard said."


@pytest.mark.parametrize(
    ("garbled_copy", "clean"),
    [
        ("4\ufffd months", "four months"),  # trial 49: read as agreeing with both
        ("4\ufffd months", "five months"),
        ("4\ufffd months", "four and a half months"),
        ("4\ufffd months", "4½ months"),
        ("2\ufffd years", "about two and a half years"),
    ],
)
def test_a_lost_fraction_sign_is_never_an_agreement(tmp_path, garbled_copy, clean):
    flags = _flags(tmp_path, SERVED.format(garbled_copy), SERVED.format(clean))
    assert [d.verdict for d in flags] == [Verdict.UNRESOLVED], flags
    (d,) = flags
    assert "garbled" in d.explanation and "check the original" in d.explanation
    assert f"‘{garbled_copy}’" in d.explanation


@pytest.mark.parametrize(
    ("garbled_copy", "clean"),
    [
        ("1\ufffd5", "15"),  # a digit or separator lost inside the figure
        ("1\ufffd5", "150"),
        ("12\ufffd", "12"),  # touching its end
    ],
)
def test_a_figure_garbled_inside_is_a_question_not_a_verdict(tmp_path, garbled_copy, clean):
    flags = _flags(tmp_path, KILLED.format(garbled_copy), KILLED.format(clean))
    assert Verdict.CONSISTENT not in [d.verdict for d in flags]
    assert Verdict.CONFLICT not in [d.verdict for d in flags]
    assert all("garbled" in d.explanation for d in flags)


def test_mojibake_of_a_half_is_garbled_too(tmp_path):
    flags = _flags(tmp_path, SERVED.format("4Â½ months"), SERVED.format("four months"))
    assert Verdict.CONSISTENT not in [d.verdict for d in flags]
    assert Verdict.CONFLICT not in [d.verdict for d in flags]


@pytest.mark.parametrize(
    "far",
    ["more than four years", "nine months", "two weeks"],
)
def test_a_conflict_every_reading_keeps_stands(tmp_path, far):
    """4 months (a lost non-breaking space) and 4⅛-4⅞ months (a lost
    fraction sign) both conflict with these (session 37's catch kept)."""
    flags = _flags(tmp_path, SERVED.format("4\ufffd months"), SERVED.format(far))
    assert [d.verdict for d in flags] == [Verdict.CONFLICT]


def test_a_conflict_one_reading_undoes_is_a_question(tmp_path):
    """'2\ufffd years' is 2 years if the lost sign was a space: no conflict
    with 'two years' can be sure."""
    flags = _flags(tmp_path, SERVED.format("2\ufffd years"), SERVED.format("two years"))
    assert [d.verdict for d in flags] == [Verdict.UNRESOLVED]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # clean figures: as before
        (SERVED.format("four months"), SERVED.format("five months"), Verdict.CONFLICT),
        # both readings of a lost sign (2 years, 2⅛-2⅞ years) fall short of three
        (SERVED.format("2\ufffd years"), SERVED.format("three years"), Verdict.CONFLICT),
        # two copies garbled alike are the same words: nothing to ask
        (SERVED.format("4\ufffd months"), SERVED.format("4\ufffd months"), None),
    ],
)
def test_near_misses_are_unchanged(tmp_path, a, b, verdict):
    got = [d.verdict for d in _flags(tmp_path, a, b)]
    assert got == ([verdict] if verdict else []), got


def _fact(claim: Claim, figure: str) -> Fact:
    s = claim.text.index(figure)
    return Fact(
        "f", claim.id, "a", "number", claim.start + s, claim.start + s + len(figure), figure, {}
    )


@pytest.mark.parametrize(
    ("text", "figure", "damaged"),
    [
        ("He served 4\ufffd months.", "4\ufffd months", "4\ufffd months"),
        ("Some 1\ufffd5 people died.", "5", "\ufffd5"),
        ("It cost \ufffd5 million.", "5 million", "\ufffd5 million"),
        ("It cost â‚¬5m.", "5m", "â‚¬5m"),
        ("He served 4Â½ months.", "4", "4Â½"),
        # a damaged character a word away leaves the figure clean
        ("The BlackBerry\ufffd 10 sold well.", "10", ""),
        ("Caf\u00c3\u00a9 owners said 40 people came.", "40", ""),
        ("He served four months.", "four months", ""),
    ],
)
def test_what_counts_as_garbled(text, figure, damaged):
    claim = Claim("c", "a", 0, 100, 100 + len(text), text)
    assert garbled(claim, _fact(claim, figure)) == damaged
