"""An ellipsis marks a cut only where it stands (eng27, session 19: a fresh
reader, J16b, saw the explanation call a cut "marked with an ellipsis" when the
'...' closed the sentence and words were dropped mid-sentence unmarked)."""

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(full: str, cut: str):
    return compare_quotes(find_quotes(full)[0], find_quotes(cut)[0], "A", "B")


@pytest.mark.parametrize(
    ("marked", "full"),
    [
        (
            '"The new ferry will carry ... two hundred cars a day," the port chief said.',
            '"The new ferry will carry at least two hundred cars a day," the port chief said.',
        ),
        (
            "“We found the papers … in a locked drawer, … behind the desk,” Ito said.",
            "“We found the papers of the firm in a locked drawer, hidden behind the desk,” "
            "Ito said.",
        ),
    ],
)
def test_an_ellipsis_at_the_cut_marks_it(marked, full):
    d = _diff(marked, full)
    assert d is not None and d.verdict == Verdict.UNRESOLVED and "ellipsis" in d.explanation


def test_an_ellipsis_elsewhere_leaves_a_cut_unmarked():
    d = _diff(
        '"The new ferry will carry two hundred cars a day, every day of the year..." '
        "the port chief said.",
        '"The new ferry will carry at least two hundred cars a day, every day of the year," '
        "the port chief said.",
    )
    assert d is not None and d.verdict == Verdict.CONFLICT and d.kind == "altered"
    assert "ellipsis" not in d.explanation and "at least" in d.explanation
