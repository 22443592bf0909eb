"""The window signs as the command line does: $WORKBENCH_REVIEWER when set
(fresh trial: the window signed "Trial Editor", a name typed in an earlier
session, while `workbench review` on the same desk signed with the
variable's), else the name typed last time. The variable's name is not
remembered as the typed one."""

from __future__ import annotations

from test_window import make_window

from workbench.ui import settings


def test_the_variable_wins_and_is_not_remembered(qtbot, monkeypatch):
    settings.put(settings.REVIEWER, "Trial Editor")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Editor18")
    w = make_window(qtbot)
    assert w.panel.reviewer.text() == "Editor18"
    w.close()
    assert settings.get(settings.REVIEWER) == "Trial Editor"


def test_without_the_variable_the_typed_name_signs(qtbot, monkeypatch):
    settings.put(settings.REVIEWER, "Trial Editor")
    monkeypatch.delenv("WORKBENCH_REVIEWER", raising=False)
    w = make_window(qtbot)
    assert w.panel.reviewer.text() == "Trial Editor"
    w.panel.reviewer.setText("Ann")
    w.close()
    assert settings.get(settings.REVIEWER) == "Ann"
