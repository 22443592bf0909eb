"""A count with a verb of its own right after it measures that verb's happening:
"Fourteen people died and eight are still missing" — eight are missing, not dead.
The nearest happening word was the first clause's "died", so the missing were
held against another report's dead (session-23 development clusters: a ferry's
"eight missing" against "16 deaths"). The cases are our own."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        (
            "Fourteen people died and eight are still missing after the ferry sank.",
            "eight",
            "missing",
        ),
        (
            "Fourteen people died and eight are still missing after the ferry sank.",
            "Fourteen",
            "killed",
        ),
        ("Two people were killed and three remain missing, police said.", "three", "missing"),
        ("Nine bodies were found and 20 more are feared dead.", "20", "killed"),
        ("Six died in the blast, and 11 were later arrested.", "11", "arrested"),
        ("Three died and 40 people were injured in the crash.", "40", "injured"),
        ("At least 12 people were killed and 40 were hurt.", "40", "injured"),
        # no verb of its own: the nearest happening as before
        ("The blast killed 12 and injured 40.", "40", "injured"),
        ("The 14 people who died were identified on Monday.", "14", "killed"),
    ],
)
def test_a_count_with_its_own_verb_measures_that_verb(sentence, figure, event):
    s = sentence.index(figure)
    assert measure_of(sentence, s, s + len(figure)).event == event


def test_the_missing_are_not_held_against_the_dead(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "Fourteen people died and eight are still missing after the ferry capsized off Andros.",
        "Sixteen people died and eight are still missing after the ferry capsized off Andros.",
    ).discrepancies
    pairs = {
        frozenset(s.text.lower() for s in d.sides) for d in found if d.verdict.value == "conflict"
    }
    assert pairs == {frozenset({"fourteen", "sixteen"})}


def test_a_previous_level_far_after_its_change_verb_is_the_earlier_figure():
    """'raised its provision for breach-related costs to £52m in September, from
    £35m': £35m is the level before the change, not a rival figure for the new one
    (session-23 development cluster breach)."""
    from workbench.facts.measure import measure_of

    text = (
        "The company raised its provision for breach-related costs to £52m in September, from £35m."
    )
    assert measure_of(text, text.index("£35m"), text.index("£35m") + 4).role == "before"
    assert measure_of(text, text.index("£52m"), text.index("£52m") + 4).role == "level"
