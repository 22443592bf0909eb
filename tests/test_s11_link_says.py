"""A link that brings no flag says so (fresh window trial, SERIOUS: '89 people
were arrested' linked with '99 ... members seized' showed no flag and no word
why, though the guide said linked values are flagged)."""

from __future__ import annotations

from test_links_window import _open
from test_window import WAIT, wait_analysis


def test_a_link_with_nothing_to_flag_says_so(qtbot, tmp_path):
    w, _db = _open(qtbot, tmp_path)
    # twelve bodies found / a hurricane's landfall on Monday: no value of one kind
    w.push_link("link", "alpha:1", "beta:0")
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: not w.session.busy())
    qtbot.waitUntil(lambda: "Linked and compared: no flag" in w.messages.text(), timeout=WAIT)
    assert any(a.manual for a in w.session.analysis.alignments)


def test_a_link_that_brings_a_flag_selects_it_without_that_message(qtbot, tmp_path):
    w, _db = _open(qtbot, tmp_path)
    w.push_link("link", "alpha:1", "beta:1")  # 12 bodies / a toll of 15
    wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: w.current_id() != "", timeout=WAIT)
    assert "Linked and compared: no flag" not in w.messages.text()


def test_the_command_line_says_when_a_link_brings_no_flag(tmp_path, capsys):
    from conftest import run_cli
    from test_links import _articles

    files = _articles(tmp_path)
    db = tmp_path / "r.sqlite"
    assert run_cli(["check", *files, "--db", db, "-q"], capsys)[0] == 0
    # twelve bodies found / a hurricane's landfall on Monday: nothing of one kind
    code, out, err = run_cli(["link", db, "alpha:2", "beta:1", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "Linked and compared: no flag" in out
    # twelve bodies / a toll of fifteen: a flag, and no such line
    code, out, err = run_cli(["link", db, "alpha:2", "beta:2", "--reviewer", "ana"], capsys)
    assert code == 0, err
    assert "Linked and compared: no flag" not in out
