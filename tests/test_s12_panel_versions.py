"""The review panel shows every version of a finding of three or more, with
the sources stating each (fresh window trial: it showed two; the third was
only in the list's tooltip); a finding of two versions shows no such list."""

from __future__ import annotations

from test_s12_verdict_changed import _write
from test_window import make_window, wait_analysis

BODY = "The storm killed {} people in the coastal town of Marlow on Sunday, officials said.\n"


def test_the_panel_lists_all_versions_of_a_three_way_finding(qtbot, tmp_path):
    paths = [
        _write(tmp_path, f"{name}.txt", "2021-06-21", BODY.format(n))
        for name, n in (("north", 24), ("south", 5), ("east", 12))
    ]
    paths.append(
        _write(
            tmp_path,
            "west.txt",
            "2021-06-21",
            "Officials said the storm killed 24 people in the coastal town of Marlow on Sunday.\n",
        )
    )
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.kind == "number"]
    assert row.versions == 3
    w.select(row.id)
    text = w.panel.versions.text()
    assert w.panel.versions.isVisible()
    assert text.splitlines()[0] == "All 3 versions:"
    shown = {}
    for line in text.splitlines()[1:]:
        if line.startswith(("Counted once", "Also linked")):  # why copies count once (s34, s42)
            continue
        value, _, names = line.removeprefix("• ").partition(" — ")
        # since trial 37 a version of copies says why: "(1 independent: …)"
        shown[value] = set(names.split(" (")[0].split(", "))
    assert shown == {"‘24’": {"north", "west"}, "‘5’": {"south"}, "‘12’": {"east"}}


def test_a_two_way_finding_shows_no_version_list(qtbot, tmp_path):
    paths = [
        _write(tmp_path, f"{name}.txt", "2021-06-21", BODY.format(n))
        for name, n in (("north", 24), ("south", 5))
    ]
    w = make_window(qtbot)
    w.open_paths(paths, str(tmp_path / "log.sqlite"))
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.kind == "number"]
    w.select(row.id)
    assert not w.panel.versions.isVisible()
