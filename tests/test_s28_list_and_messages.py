"""Trial 37 (a first-time editor, ECB+ 18, 1280×800): what the list row, the
list's columns, the independence counts and the messages said.

- A row shows two *different* versions, those whose figures differ first: a
  discrepancy between two spellings of one version ("miles an hour" / "miles
  per hour") is never the row's pair.
- The list fits the window: Sources a count, short status words, every column
  but the last in sight at 1280×800 with 6 or 12 sources; a dragged width is
  kept for the next window.
- Why sources count once is said in the same words by check, the report and
  the window's panel.
- One list of file kinds, one "no such file or folder", and a check that saved
  nothing says so first and last.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))

from workbench.articles import (
    NAMED_KINDS,
    NO_SUCH,
    SUFFIXES,
    ArticleError,
    kinds_named,
    load_article,
)
from workbench.cli import main
from workbench.findings.copy_words import counted_once, independent_words
from workbench.model import CopyLink
from workbench.report.independence import independence_line, independence_why
from workbench.ui.rows import shown_pair


# -- the row's pair ---------------------------------------------------------------
def _finding(verdict, versions, relations):
    """A finding as ``shown_pair`` reads it: versions by normalised value."""
    return SimpleNamespace(
        verdict=verdict,
        versions=[
            SimpleNamespace(value=v, sides=[SimpleNamespace(normalized=n)]) for v, n in versions
        ],
        relations=tuple((a, b, v, f"d{k}") for k, (a, b, v) in enumerate(relations)),
    )


@pytest.mark.parametrize(
    ("versions", "relations", "verdict", "pair"),
    [
        # two spellings of one version compared first: never the pair
        (
            [
                ("up to 120 miles an hour", "up to 120 mph (≤ 120 mph)"),
                ("120 mph", "120 mph"),
                ("more than 100 mph", "more than 100 mph (> 100 mph)"),
            ],
            [(0, 0, "consistent"), (0, 1, "consistent"), (0, 2, "consistent")],
            "consistent",
            (0, 2),
        ),
        # figures agreeing after conversion come after figures that differ
        (
            [
                ("about 30 miles", "about 30 mi = 48.3 km"),
                ("30-mile", "30 mi = 48.3 km"),
                ("50km", "50 km (49.5–50.5 km)"),
            ],
            [(0, 1, "consistent"), (1, 2, "consistent")],
            "consistent",
            (1, 2),
        ),
        # a conflict's pair, not a version agreeing with both
        (
            [("212", "212"), ("more than 200", "more than 200 (> 200)"), ("221", "221")],
            [(0, 1, "consistent"), (1, 2, "consistent"), (0, 2, "conflict")],
            "conflict",
            (0, 2),
        ),
        # names: words, no figures; a self-relation is skipped
        (
            [("Ilene Wolfe", "Ilene Wolfe"), ("Ilene Wolff", "Ilene Wolff")],
            [(1, 1, "conflict"), (0, 1, "conflict")],
            "conflict",
            (0, 1),
        ),
        # dates resolved: the days after "=" differ
        (
            [
                ("Monday", "on Monday = Mon 9 Apr 2007"),
                ("Monday morning", "Monday = Mon 9 Apr 2007"),
                ("this morning", "this morning = Tue 10 Apr 2007, morning (published 2007-04-10)"),
            ],
            [(0, 1, "unresolved"), (0, 2, "unresolved")],
            "unresolved",
            (0, 2),
        ),
        # only a self-relation of the verdict: another pair of versions still
        (
            [("four", "4"), ("five", "5")],
            [(0, 0, "conflict"), (0, 1, "consistent")],
            "conflict",
            (0, 1),
        ),
    ],
)
def test_a_row_shows_two_different_versions_whose_figures_differ_first(
    versions, relations, verdict, pair
):
    assert shown_pair(_finding(verdict, versions, relations)) == pair


# -- independence in an editor's words ----------------------------------------------
NAMES = {"a": "The Age", "c": "CNN", "u": "USA Today", "n": "NBC News", "t": "NYT", "f": "Fox"}


def _link(x, y, shared=0, credit=""):
    return CopyLink(x, y, shared, credit)


def test_a_rewrite_of_wire_copy_is_told_once_around_the_source_that_copies():
    links = (
        _link("a", "c", credit="shared wording: suburban Detroit accounting firm"),
        _link("a", "u", shared=10),
        _link("a", "n", shared=2),
    )
    (said,) = counted_once(NAMES, links, NAMES)
    assert said == (
        "The Age shares long passages with CNN, USA Today and NBC News — probably one "
        "wire story; counted once"
    )
    # a version stated by three of them: the count and the why in one line
    words = independent_words(2, ["a", "u", "n"], links, NAMES)
    assert words.startswith("2 independent: The Age shares long passages with USA Today and NBC")
    # two of them: the pair, the copier named first
    assert independent_words(1, ["c", "a"], links, NAMES).startswith(
        "1 independent: The Age and CNN share long passages"
    )
    assert independent_words(3, ["c", "t", "f"], links, NAMES) == ""  # all independent


def test_agency_credits_and_one_newsroom_are_said_as_such():
    links = (
        _link("t", "f", credit="Reuters"),
        _link("c", "n", credit="same outlet: nbcnews.com"),
        _link("t", "u", credit="Reuters"),
    )
    said = counted_once(NAMES, links, NAMES)
    assert "NYT credits Reuters, as do Fox and USA Today — one agency story; counted once" in said
    assert any(s.startswith("CNN and NBC News are one newsroom (nbcnews.com)") for s in said)
    assert counted_once(["t", "c"], links, NAMES) == []  # no link between these two
    assert counted_once(NAMES, (), NAMES) == []


def test_the_report_says_the_independence_line_as_check_does():
    data = {"independence": {"independent": 5, "sources": 6, "why": ["The Age shares …"]}}
    # the count in the summary, why below it (session 34: a paragraph in the table)
    assert independence_line(data) == "5 independent sources among 6"
    assert independence_why(data) == ["The Age shares …"]
    assert independence_line({"independence": {"independent": 3, "sources": 3, "why": []}}) == ""
    assert independence_line({}) == ""  # a report made before


def test_the_panel_says_why_a_version_counts_fewer_independent_sources():
    from workbench.findings.copy_groups import split_links
    from workbench.ui.panel_text import all_versions, copied

    counted, apart = split_links((_link("a", "u", shared=4), _link("a", "n", shared=2)))
    row = SimpleNamespace(
        versions=2,
        version_sources=(("Ilene Wolfe", ("a", "u", "n")), ("Ilene Wolff", ("t",))),
        independent=(2, 1),
        copies=counted,
        apart=apart,
    )
    text = all_versions(row, NAMES)
    assert copied(row)
    # the count by the version, why once below the versions (session 34, trial 40),
    # in check's words since user trial 48: who counts once, then the link apart
    assert "‘Ilene Wolfe’ — The Age, USA Today, NBC News (2 independent)\n" in text
    assert text.endswith(
        "Counted once, sharing long passages: The Age and NBC News.\n"
        "Also linked, but counted as separate sources (copying is not passed on): "
        "The Age and USA Today."
    ), text
    assert "‘Ilene Wolff’ — NYT\n" in text + "\n"  # one source: nothing to say
    assert not copied(SimpleNamespace(independent=(1, 1), version_sources=row.version_sources[1:]))


def _write_copies(folder: Path) -> list[str]:
    """Three reports, two carrying one long wire passage word for word."""
    wire = (
        "The regional council approved the new harbour bridge on Tuesday after a debate "
        "that lasted nearly eleven hours, and the builders said the first pillars would "
        "be sunk into the river bed before the winter storms arrive in the north."
    )
    texts = {
        "gazette": f"{wire}\nThe bridge will cost 40 million euros, the council said.",
        "herald": f"{wire}\nThe bridge will cost 40 million euros, officials said.",
        "courier": "Councillors backed the harbour bridge on Tuesday. It will cost 45 million "
        "euros, according to the treasurer, who spoke after the long vote.",
    }
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.md"
        path.write_text(f"---\noutlet: {name.title()}\npublished: 2024-03-06\n---\n{text}\n")
        paths.append(str(path))
    return paths


def test_check_and_the_report_say_the_same_sentence(tmp_path, capsys):
    paths = _write_copies(tmp_path)
    db, md = tmp_path / "log.sqlite", tmp_path / "r.md"
    assert main(["check", *paths, "--db", str(db), "--report", str(md)]) == 0
    out = capsys.readouterr().out
    report = md.read_text(encoding="utf-8")
    said = [line.strip() for line in out.splitlines() if "share long passages" in line]
    if not said:
        pytest.skip("these articles were not taken as copies by this engine")
    line = said[-1]  # the Independence section's sentence
    assert line.startswith("Gazette and Herald share long passages") or line.startswith(
        "Herald and Gazette share long passages"
    )
    assert line in report.replace("\\", "")


# -- messages --------------------------------------------------------------------------
def test_one_list_of_file_kinds_everywhere():
    from workbench.ui.actions import ACTIONS
    from workbench.ui.columns import EMPTY_HINT

    assert kinds_named() == ".txt, .md, .html, .pdf or .docx"
    assert set(NAMED_KINDS) <= SUFFIXES
    assert kinds_named() in EMPTY_HINT
    tip = next(a.tip for a in ACTIONS if a.name == "add_articles")
    assert kinds_named() in tip
    from workbench.cli_args import parser  # written out there: it loads no article code

    (commands,) = parser()._subparsers._group_actions
    described = commands.choices["check"].description
    assert all(f"{kind}," in described for kind in NAMED_KINDS)
    with pytest.raises(ArticleError) as refused:
        load_article(str(Path(__file__).with_suffix(".png")))
    assert NO_SUCH in str(refused.value) or kinds_named() in str(refused.value)


@pytest.mark.parametrize("name", ["missing.txt", "no/such/folder", "clustr"])
def test_a_path_that_names_nothing_reads_the_same_in_window_and_command_line(
    tmp_path, capsys, name
):
    with pytest.raises(ArticleError) as window_said:  # what the window reads and shows
        load_article(str(tmp_path / name))
    assert str(window_said.value).endswith(f"{name}: {NO_SUCH}")
    good = tmp_path / "good.md"
    good.write_text("The council approved a budget of 4 million euros.\n")
    assert main(["check", str(tmp_path / name), "--db", str(tmp_path / "x.sqlite")]) == 2
    assert f"{name}: {NO_SUCH}" in capsys.readouterr().err


@pytest.mark.parametrize("existing", [False, True])
def test_a_check_that_saves_nothing_says_so_first_and_last(tmp_path, capsys, existing):
    paths = []
    for name, n in (("a", 4), ("b", 5), ("c", 6)):
        path = tmp_path / f"{name}.md"
        path.write_text(f"Firefighters said {n} homes burned in the hills on Sunday.\n")
        paths.append(str(path))
    # a file that may hold a report: an old Word file (a binary .png is skipped, trial 47)
    (tmp_path / "shot.doc").write_bytes(b"\xd0\xcf\x11\xe0" * 20)
    db = tmp_path / "log.sqlite"
    if existing:
        assert main(["check", *paths, "--db", str(db), "-q"]) == 0
        capsys.readouterr()
    assert main(["check", *paths, str(tmp_path / "shot.doc"), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    last = err.strip().splitlines()[-1]
    kept = f"{db} is unchanged" if existing else f"{db} was not created"
    assert out == ""  # session 34: no summary "for a look only" to scroll the error away
    assert "1 of 4 files could not be read" in last and "check the other 3 without it" in last
    assert "nothing was saved" in last and kept in last and "shot.doc" in last
    assert existing == db.exists()


# -- the list at 1280×800 and 1920×1080 --------------------------------------------------
LONG = "Genesee County Undersheriff James Gage"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("sources", [6, 12])
def test_every_column_is_in_sight_and_reads_whole_words(qtbot, tmp_path, size, sources):
    from test_window_nway import build, show

    from workbench.ui.list_fit import REVIEWER, REVIEWER_MIN, SOURCES, STATUS

    plan = {f"s{n}": {3: LONG if n % 2 else "up to 120 miles an hour"} for n in range(sources)}
    w = show(qtbot, tmp_path, build(plan, length=6))
    w.resize(*size)
    QApplication.processEvents()
    table = w.table
    shown = sum(table.columnWidth(c) for c in range(REVIEWER))
    assert shown + REVIEWER_MIN <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    fm = table.fontMetrics()
    index = table.model().index(0, SOURCES)
    assert index.data() == f"{sources} of {sources}"
    assert "Outlet" in index.data(Qt.ItemDataRole.ToolTipRole) or "BBC" in index.data(
        Qt.ItemDataRole.ToolTipRole
    )
    for column in (SOURCES, STATUS):  # a count and a status word, never cut
        text = table.model().index(0, column).data()
        assert fm.horizontalAdvance(text) + 8 <= table.columnWidth(column), (column, text)
    if size == (1920, 1080):  # room enough: the values whole
        for column in (1, 2):
            assert fm.horizontalAdvance(table.model().index(0, column).data()) < (
                table.columnWidth(column)
            )


def test_status_words_fit_and_say_themselves_in_full(qtbot, tmp_path):
    import dataclasses

    from test_window_nway import build, show

    from workbench.ui.list_fit import STATUS

    w = show(qtbot, tmp_path, build({"a": {3: "12"}, "b": {3: "13"}}, length=6))
    rows = list(w.session.rows)
    fm = w.table.fontMetrics()
    for status in ("needs-correction", "mixed", "disputed", "dismissed", "verified"):
        row = dataclasses.replace(rows[0], status=status, note="n", decided_under="conflict")
        w.table_model.set_rows([row], {})
        index = w.table_model.index(0, STATUS)
        text = index.data()
        assert fm.horizontalAdvance(text) + 30 <= w.table.columnWidth(STATUS), text
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert f"Status: {status.replace('-', ' ')}" in tip.replace("decided pair by pair", "mixed")


def test_a_dragged_width_is_kept_for_the_next_window(qtbot, tmp_path):
    from test_window_nway import build, show

    from workbench.ui.list_fit import SOURCES

    analysis = build({"a": {3: LONG}, "b": {3: "up to 120 miles an hour"}}, length=6)
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
    w = show(qtbot, tmp_path / "one", analysis)
    w.table.horizontalHeader().resizeSection(SOURCES, 150)  # the editor drags it
    w.table.horizontalHeader().resizeSection(1, 260)
    w.save_window_state()
    w.close()
    again = show(qtbot, tmp_path / "two", analysis)
    QApplication.processEvents()
    assert again.table.columnWidth(SOURCES) == 150
    assert again.table.columnWidth(1) == 260
    again.session.changed.emit()  # a write refreshes the rows: the widths stay
    QApplication.processEvents()
    assert (again.table.columnWidth(SOURCES), again.table.columnWidth(1)) == (150, 260)
