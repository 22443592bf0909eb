"""Notices go by themselves after a while; errors stay until dismissed (trial 25:
"changed on disk" notices floated over the columns' text for the whole session)."""

from __future__ import annotations

from workbench.ui import message_bar
from workbench.ui.message_bar import MessageBar


def test_a_notice_expires_and_an_error_stays(qtbot, monkeypatch):
    monkeypatch.setattr(message_bar, "NOTICE_MS", 50)
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("a.txt: changed on disk since it was read", error=False)
    bar.show_message("b.txt: could not be read", error=True)
    assert len(bar.messages) == 2
    qtbot.waitUntil(lambda: len(bar.messages) == 1, timeout=5000)
    assert bar.messages == [("b.txt: could not be read", True)]
