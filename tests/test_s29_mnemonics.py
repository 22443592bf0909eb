"""An outlet's name on a button keeps its ampersand (session 29, seen under Xvfb).

Qt reads "&" in a button's text as the mark of a shortcut letter: "Claims &
Cover Weekly" showed as "Claims _Cover Weekly" on the bar that leads to a
finding's source beyond the columns, and took Alt+C. Every name that comes from
an article goes through ``menu_text`` there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from workbench.ui.finding_ends import FindingEnds


@pytest.mark.parametrize(
    "name",
    [
        "Claims & Cover Weekly",
        "Bridge & Structure Weekly",
        "A&E Daily",
        "Smith && Sons",
        "Plain Post",
    ],
)
@pytest.mark.parametrize("rightward", [True, False])
def test_a_source_named_with_an_ampersand_is_shown_as_written(qtbot, name, rightward):
    host = QWidget()
    qtbot.addWidget(host)
    ends = FindingEnds(host, lambda index: None)
    ends.set_ends([(name, 5, rightward)], versions=[5])
    button = ends.right if rightward else ends.left
    text = button.text()
    # Qt shows "&&" as one "&" and takes no shortcut from it; a lone "&" is a shortcut mark.
    shown = text.replace("&&", "\0")
    assert "&" not in shown
    assert shown.replace("\0", "&").strip("← →") == name


def test_the_tooltip_names_the_source_as_written(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    ends = FindingEnds(host, lambda index: None)
    ends.set_ends([("Claims & Cover Weekly", 3, True)], versions=[])
    assert "Claims & Cover Weekly" in ends.right.toolTip()
    assert ends.right.text() == "Claims && Cover Weekly →"
