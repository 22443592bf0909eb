"""The export dialog suggests a report named after the review (fresh trial 19:
two reviews in one folder both offered corrections.html, and the second
export asked to replace the first story's report)."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from test_window import make_window, wait_analysis

from workbench.ui import file_dialogs


def test_the_suggested_name_is_the_reviews(qtbot, tmp_path, monkeypatch):
    offered: list[str] = []

    def fake(parent, title, start, *args, **kwargs):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(file_dialogs, "save_file", fake)
    names = []
    for story in ("kraft", "taliban"):
        w = make_window(qtbot)
        w.open_paths([str(s) for s in SEEDS], str(tmp_path / f"{story}.sqlite"))
        wait_analysis(qtbot, w)
        w.act_export_report()
        names.append(Path(offered[-1]).name)
        w.close()
    assert names[0].startswith("kraft-corrections.") and names[1].startswith("taliban-corrections.")
