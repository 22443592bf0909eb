"""An age told by a birthday ahead is one less now (issue 11, session 36):
"Brankov, who turns 64 in June" in an April piece is 63, as another report's
"Brankov, 63," says (judge/birthday.py; fresh reader R28e, election T19). A
birthday already past is the age as written. Made-up people, ages and days."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _ages(tmp_path, a: str, b: str, published: str):
    found = courier_gazette(tmp_path, a, b, published=published)
    return {(d.sides[0].text, d.sides[1].text): d.verdict for d in found if d.kind == "number"}


@pytest.mark.parametrize(
    ("a", "b", "published", "verdict"),
    [
        (
            "Milos Brankov, who turns 64 in June, said he would stay on as caretaker.",
            "Milos Brankov, 63, said he would stay on as caretaker.",
            "2026-04-13",
            Verdict.CONSISTENT,
        ),
        (
            "Milos Brankov, who turns 64 in June, said he would stay on as caretaker.",
            "Milos Brankov, 64, said he would stay on as caretaker.",
            "2026-04-13",
            Verdict.CONFLICT,
        ),
        (
            "Coach Dana Reyes, who will be 29 in April, signed a new three-year contract.",
            "Coach Dana Reyes, 28, signed a new three-year contract.",
            "2025-02-03",
            Verdict.CONSISTENT,
        ),
        (
            "Senator Alan Pike, who turns 70 on Friday, said he would not run again.",
            "Senator Alan Pike, 68, said he would not run again.",
            "2024-03-11",
            Verdict.CONFLICT,
        ),
    ],
)
def test_a_birthday_ahead_is_the_age_before_it(tmp_path, a, b, published, verdict):
    flags = _ages(tmp_path, a, b, published)
    if verdict == Verdict.CONSISTENT:  # an agreement: shown as consistent, or not at all
        assert set(flags.values()) <= {Verdict.CONSISTENT}, flags
    else:
        assert list(flags.values()) == [verdict], flags


def test_a_birthday_past_is_the_age_as_written(tmp_path):
    flags = _ages(
        tmp_path,
        "Milos Brankov, who turned 64 in March, said he would stay on as caretaker.",
        "Milos Brankov, 63, said he would stay on as caretaker.",
        "2026-04-13",
    )
    assert list(flags.values()) == [Verdict.CONFLICT], flags
