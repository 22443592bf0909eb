"""Two rough edges session 31's user trial left (polish29's notes).

1. An analysis that finished while web pages were still being fetched hid
   the progress bar: the fetch went on with nothing saying so.
2. The Coverage tab's upward source names were cut from the left, so ECB+
   names told apart only by their number ("1_10ecbplus", "1_11ecbplus")
   both read "…ecbplus".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_s31_polish import _pane, _sections
from test_window import seeded as seeded  # the fixture

from workbench.ui.coverage_header import shared_ends

# -- 1. a fetch outlives an analysis ------------------------------------------


def test_a_fetch_still_running_when_an_analysis_ends_keeps_its_bar(seeded, monkeypatch):
    w, _db = seeded
    held: list = []
    monkeypatch.setattr(w.runner, "submit", lambda *a, **k: held.append(k))
    w.add_links(["https://example.org/a"])
    fetching = "Fetching 1 web page(s)…"
    w._analysis_started()
    assert w.progress.isVisible() and w.progress.format() == "Analysing…"
    w._analysis_finished()
    assert w.progress.isVisible(), "the fetch goes on unseen"
    assert w.progress.format() == fetching
    held[0]["on_result"](([], []))  # the pages came back (none readable)
    assert not w.progress.isVisible()


def test_an_analysis_with_no_fetch_running_hides_the_bar(seeded):
    w, _db = seeded
    w._analysis_started()
    w._analysis_finished()
    assert not w.progress.isVisible()


def test_a_failed_fetch_is_not_shown_again_by_a_later_analysis(seeded, monkeypatch):
    w, _db = seeded
    held: list = []
    monkeypatch.setattr(w.runner, "submit", lambda *a, **k: held.append(k))
    w.add_links(["https://example.org/a"])
    held[0]["on_error"](OSError("network is unreachable"))
    w._analysis_started()
    w._analysis_finished()
    assert not w.progress.isVisible()


# -- 2. names told apart in the middle stay told apart -----------------------

NAMES = [
    ["ECB+ 1_10ecbplus", "ECB+ 1_11ecbplus", "ECB+ 1_12ecbplus"],
    ["ECB+ 41_3ecbplus", "ECB+ 41_13ecbplus", "ECB+ 41_23ecbplus"],
    ["Sunday Herald Tribune", "Sunday Herald Gazette", "Sunday Herald Courier"],
]


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize("share", [0.6, 0.75, 0.9])
def test_cut_source_names_stay_distinct(qtbot, names, share):
    pane = _pane(qtbot, names)
    header = pane.view.horizontalHeader()
    full = [
        str(header.model().headerData(s, Qt.Orientation.Horizontal)) for s, _r in _sections(header)
    ]
    room = int(share * max(header.fontMetrics().horizontalAdvance(n) for n in full))
    shown = [header.shown_name(n, room, full) for n in full]
    assert all(header.fontMetrics().horizontalAdvance(t) <= room for t in shown)
    assert any(t != n for t, n in zip(shown, full, strict=True)), "the room cut nothing"
    assert len(set(shown)) == len(shown), f"cut names no longer tell the sources apart: {shown}"
    for t, n in zip(shown, full, strict=True):  # what is shown is the name's own, in order
        at = 0
        for piece in t.split("…"):
            assert n.find(piece, at) >= 0, (t, n)
            at = n.find(piece, at) + len(piece)


@pytest.mark.parametrize(
    ("names", "begin", "end"),
    [
        (["1_10ecbplus", "1_11ecbplus"], "1_", "ecbplus"),
        (["41_3ecbplus", "41_13ecbplus", "41_23ecbplus"], "41_", "ecbplus"),
        (["10_1ecb", "10_2ecb", "10_12ecb"], "10_", "ecb"),
        (["Tribune", "Gazette"], "", ""),
        (["report-2024.txt", "report-2025.txt"], "report-", ".txt"),
        (["same", "same"], "", ""),
        (["only"], "", ""),
    ],
)
def test_the_shared_ends_are_whole_runs(names, begin, end):
    assert shared_ends(names) == (begin, end)
