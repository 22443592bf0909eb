"""What the window imports before it can paint its first results (issue 14,
session 16): the web client (``articles.fetch``: http.client, ssl, urllib,
about 0.1 s of the GUI thread) only when a web link is added or text dropped."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

WEB = ("workbench.articles.fetch", "workbench.articles.snapshots", "http.client", "ssl")


def test_the_window_starts_without_the_web_client():
    code = f"""
import sys
import workbench.cli, workbench.service, workbench.ui.app, workbench.ui.window
print(sorted(m for m in {WEB!r} if m in sys.modules))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "[]"


def test_a_dropped_text_still_finds_its_web_links():
    from workbench.ui import window_files

    class _Mime:
        def hasUrls(self):
            return False

        def hasText(self):
            return True

        def text(self):
            return "see https://example.org/story and not-a-link"

    assert window_files._dropped(_Mime()) == ([], ["https://example.org/story"])
