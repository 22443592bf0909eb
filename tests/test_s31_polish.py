"""The rough edges a fresh user trial found in the window and the command line
(session 31, polish29).

1. What one step said stood after the next had finished: the status bar's
   passing message and the message bar's notices of a step done now go when
   the next step begins; pages being fetched, a lasting state, show in the
   progress bar (a permanent widget), not as a message a step takes away.
2. The Coverage tab's sort arrow was drawn across every rotated source name.
3. The Reviewer column read "Ann…tor": a name is cut at its end, and the
   column keeps the room its longest name needs.
4. ``review ID --note ""`` cleared a note without a word.
5. ``check a.txt ./a.txt b.txt`` compared a.txt once without a word while
   ``check a.txt a.txt`` was refused.
6. A list row kept a finding's versions twice (``version_sources`` and
   ``version_sides``).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, run_cli
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QStyleOptionHeader, QStyleOptionViewItem
from test_window import seeded as seeded  # the fixture

from workbench.store import ReviewLog
from workbench.ui import list_fit
from workbench.ui.coverage_view import CoveragePane, CoverageRow
from workbench.ui.list_fit import REVIEWER
from workbench.ui.message_bar import MessageBar
from workbench.ui.notices import REPLACED
from workbench.ui.rows import FindingRow, finding_rows
from workbench.ui.steps import StepStack
from workbench.ui.undo import TEXT_EDIT_ID

# -- 1. what the last step said goes when the next begins --------------------


class _Step(QUndoCommand):
    def __init__(self, text: str, merging: bool = False) -> None:
        super().__init__(text)
        self.merging = merging

    def id(self) -> int:
        return TEXT_EDIT_ID if self.merging else -1

    def mergeWith(self, _other: QUndoCommand) -> bool:
        return self.merging


def test_the_stack_says_when_a_step_begins(qtbot):
    stack = StepStack()
    began: list[str] = []
    stack.stepping.connect(lambda: began.append(stack.undoText()))
    stack.push(_Step("Mark verified"))
    stack.push(_Step("Note", merging=True))  # a save of typing: no new step
    stack.push(_Step("Note", merging=True))
    assert len(began) == 1
    stack.beginMacro("Mark dismissed (3 findings)")  # one step of several changes
    for n in range(3):
        stack.push(_Step(f"Mark dismissed {n}"))
    stack.endMacro()
    assert len(began) == 2
    stack.undo()
    stack.redo()
    assert len(began) == 4
    stack.redo()  # nothing to redo: no step taken
    while stack.canUndo():
        stack.undo()
    assert len(began) == 4 + 3
    stack.undo()  # nothing left to undo
    assert len(began) == 7


def _ids(w, n: int) -> list[str]:
    w.actions_by_name["advance"].setChecked(False)  # no "No open findings left" in between
    ids = [r.id for r in w.session.rows if not r.agreed]
    assert len(ids) >= n
    return ids[:n]


def test_an_undo_said_goes_when_the_next_decision_is_taken(seeded):
    w, _db = seeded
    first, second = _ids(w, 2)
    assert w.select(first)
    w.set_status("disputed")
    w.act_undo()
    assert w.statusBar().whole_message().startswith("Undone: Mark disputed")  # said of itself
    assert w.select(second)
    w.set_status("verified")  # the next step: "Undone: …" is about an earlier one
    assert "Undone" not in w.statusBar().whole_message()
    w.act_undo()
    w.act_redo()
    assert w.statusBar().whole_message().startswith("Redone: Mark verified")


def test_many_marked_said_goes_at_the_next_step_and_a_state_that_holds_stays(seeded):
    w, _db = seeded
    ids = _ids(w, 3)
    for ident in ids:
        assert w.select(ident)
    w.table.selectAll()
    w.set_status("dismissed")
    said = w.statusBar().whole_message()
    assert said.startswith("Marked ") and "Ctrl+Z undoes all" in said
    w.act_undo()  # the next step: what it says replaces the count
    assert w.statusBar().whole_message().startswith("Undone: ")
    w.statusBar().showMessage("Nothing left", 60_000)
    w.say_while("Nothing left", lambda: True, 60_000)  # a state that holds
    assert w.select(ids[0])
    w.set_status("verified")
    assert w.statusBar().whole_message() == "Nothing left"


def test_a_replaced_decision_notice_goes_at_the_next_step_a_lasting_one_stays(seeded):
    w, _db = seeded
    first, second = _ids(w, 2)
    assert w.select(first)
    w.panel.reviewer.setText("Bo Lindqvist")
    w.set_status("disputed")
    w.panel.reviewer.setText("Cyrus Ray")
    w.set_status("verified")
    texts = [t for t, _e in w.messages.messages]
    assert any("You replaced Bo Lindqvist's decision" in t for t in texts)
    w.messages.show_message("Kept up: a notice of the review's", False, about="lasting")
    w.messages.show_message("A page was saved", False, done=True)
    assert w.select(second)
    w.set_status("dismissed")
    texts = [t for t, _e in w.messages.messages]
    assert not any("You replaced" in t for t in texts)  # Ctrl+Z now means this step
    assert "A page was saved" not in texts
    assert "Kept up: a notice of the review's" in texts


def test_an_error_is_never_withdrawn_by_a_step(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("could not save the link: disk full", True)
    bar.show_message("Linked 2 sentences", False, about=REPLACED, step=True)
    bar.show_message("Analysis cancelled; the previous results are kept", False, done=True)
    bar.withdraw_steps()
    assert bar.messages == [("could not save the link: disk full", True)]


def test_fetching_is_a_lasting_state_no_step_or_message_takes_away(seeded, monkeypatch):
    w, _db = seeded
    (first,) = _ids(w, 1)
    held: list = []
    monkeypatch.setattr(w.runner, "submit", lambda *a, **k: held.append(k))
    w.add_links(["https://example.org/a", "https://example.org/b"])
    fetching = "Fetching 2 web page(s)…"
    assert w.progress.isVisible() and w.progress.format() == fetching
    assert w.select(first)
    w.set_status("verified")  # a step while the pages are fetched
    w.statusBar().showMessage("a status tip", 100)
    w.statusBar().clearMessage()
    assert w.progress.isVisible() and w.progress.format() == fetching
    held[0]["on_error"](OSError("network is unreachable"))  # failed as a whole
    assert not w.progress.isVisible()
    assert any("network is unreachable" in t for t, _e in w.messages.messages)
    w.add_links(["https://example.org/c"])
    held[1]["on_result"](([], ["https://example.org/c: 404 Not Found"]))
    assert not w.progress.isVisible()


# -- 2. the coverage header's sort arrow ---------------------------------------

SOURCES = [
    ["ECB+ 3_1ecbplus", "ECB+ 3_2ecbplus", "ECB+ 3_3ecbplus"],
    ["The Guardian", "Reuters", "Associated Press", "BBC News Online"],
    ["000_6b4b37a60f330bce", "001_5b6645cec48d2afd"],
]


def _pane(qtbot, names: list[str]) -> CoveragePane:
    ids = [f"a{n}" for n in range(len(names))]
    rows = [
        CoverageRow(
            f"g{k}",
            f"Claim {k} stated by some",
            "",
            "",
            (),
            dict.fromkeys(ids[: k + 1], "●"),
            {},
            2,
            2,
            len(ids),
            len(ids),
        )
        for k in range(len(ids))
    ]
    pane = CoveragePane()
    qtbot.addWidget(pane)
    pane.set_rows(rows, ids, dict(zip(ids, names, strict=True)))
    pane.resize(700, 420)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _sections(header) -> list[tuple[int, QRect]]:
    return [
        (s, QRect(header.sectionViewportPosition(s), 0, header.sectionSize(s), header.height()))
        for s in range(header.count())
        if header._is_source(s) and not header.isSectionHidden(s)
    ]


def _pixels(header, rect: QRect):
    image = header.grab(rect).toImage()
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("names", SOURCES)
def test_no_arrow_over_the_names_in_the_articles_order(qtbot, names):
    pane = _pane(qtbot, names)
    header = pane.view.horizontalHeader()
    assert header.sortIndicatorSection() == -1 or not header.sorted_by(-1)
    sections = _sections(header)
    assert len(sections) == len(names)
    with_arrow = {s: _pixels(header, r) for s, r in sections}
    header.setSortIndicatorShown(False)
    for s, r in sections:
        assert not header.sorted_by(s)
        opt = header.frame_option(r, s)
        assert opt.sortIndicator == QStyleOptionHeader.SortIndicator.None_
        assert _pixels(header, r) == with_arrow[s], f"an arrow drawn over {names[s - 1]!r}"


@pytest.mark.parametrize("names", SOURCES)
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_sorted_sources_arrow_sits_under_its_name(qtbot, names, order):
    pane = _pane(qtbot, names)
    header = pane.view.horizontalHeader()
    section, rect = _sections(header)[-1]
    pane.view.sortByColumn(section, order)
    assert header.sorted_by(section)
    arrow = header.arrow_rect(rect)
    name = str(header.model().headerData(section, Qt.Orientation.Horizontal))
    room = header.name_room(rect)
    shown = header.shown_name(name, room)
    start_of_name = rect.bottom() - 18  # written upwards from there
    assert rect.top() <= start_of_name - header.fontMetrics().horizontalAdvance(shown)
    assert start_of_name < arrow.top() and arrow.bottom() <= rect.bottom()
    # painted: with the arrow and without it, the section differs only under the name
    sorted_ = header.grab(rect).toImage()
    header.setSortIndicatorShown(False)
    plain = header.grab(rect).toImage()
    header.setSortIndicatorShown(True)
    above = arrow.top() - 1 - rect.top()
    assert sorted_.copy(0, 0, rect.width(), above) == plain.copy(0, 0, rect.width(), above), (
        "the arrow is painted over the name"
    )
    assert sorted_ != plain  # the arrow is there


# -- 3. the Reviewer column ----------------------------------------------------


@pytest.mark.parametrize("name", ["Ann Editor", "Jo Smith-Barnes", "Mariana Köhler"])
def test_a_reviewers_name_reads_whole_in_the_list(seeded, name):
    w, _db = seeded
    (first,) = _ids(w, 1)
    assert w.select(first)
    w.panel.reviewer.setText(name)
    w.set_status("verified")
    w.resize(1920, 1080)  # room the values leave: they come first (session 34, trial 40)
    QApplication.processEvents()
    w.value_fit.fit()
    t = w.table
    row = next(r for r in range(w.proxy.rowCount()) if w.proxy.index(r, REVIEWER).data() == name)
    index = w.proxy.index(row, REVIEWER)
    option = QStyleOptionViewItem()
    t.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    room = t.columnWidth(REVIEWER) - 12  # the cell's margins
    assert t.fontMetrics().horizontalAdvance(name) <= room, t.columnWidth(REVIEWER)
    assert name in w.proxy.index(row, REVIEWER).data(Qt.ItemDataRole.ToolTipRole)


def test_a_very_long_name_is_cut_at_its_end(seeded):
    w, _db = seeded
    name = "Maximiliane Oberhuber-Schwarzenbach von Hohenzollern-Sigmaringen"
    (first,) = _ids(w, 1)
    assert w.select(first)
    w.panel.reviewer.setText(name)
    w.set_status("verified")
    w.resize(1920, 1080)  # room the values leave: they come first (session 34, trial 40)
    QApplication.processEvents()
    w.value_fit.fit()
    assert w.value_fit.reviewer_room() == list_fit.REVIEWER_MAX
    width = min(w.table.columnWidth(REVIEWER), list_fit.REVIEWER_MAX) - 12
    cut = w.table.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, width)
    assert cut.startswith("Maximiliane") and cut.endswith("…")


# -- 4. review --note "" -------------------------------------------------------


@pytest.fixture
def checked(tmp_path, capsys):
    db = tmp_path / "review.sqlite"
    code, _out, err = run_cli(["check", "-q", "--db", db, *SEEDS], capsys)
    assert code == 0, err
    log = ReviewLog(str(db), create=False)
    try:
        rows = finding_rows(log.findings())
    finally:
        log.close()
    return db, [r.id for r in rows if not r.agreed]


@pytest.mark.parametrize(
    ("option", "text", "cleared"),
    [
        ("--note", "checked with the desk", "note cleared"),
        ("--note", "Zahl bestätigt (Reuters)", "note cleared"),
        ("--correction", "should read 50 km", "correction cleared"),
    ],
)
def test_an_empty_text_clears_it_and_says_so(checked, capsys, option, text, cleared):
    db, ids = checked
    for ident in (ids[0], _discrepancy(db, ids[1])):  # a finding and one discrepancy
        status = ["--status", "needs-correction"] if option == "--correction" else []
        article = ["--article", _an_article(db, ident)] if status else []
        code, _o, err = run_cli(
            ["review", "--db", db, "--reviewer", "Ann", ident, *status, *article, option, text],
            capsys,
        )
        assert code == 0, err
        code, out, _e = _review(capsys, db, ident, option, "")
        assert code == 0
        assert f"{cleared} (was ‘{text}’" in out, out
        assert out.count("\n") == 1  # one line
        code, out, _e = run_cli(["review", "--db", db, ident, "--history"], capsys)
        assert text in out  # the history keeps the note cleared
        # nothing left to clear: nothing changed, and no "cleared" said
        code, out, _e = _review(capsys, db, ident, option, "")
        assert "cleared" not in out and "nothing changed" in out


def test_a_note_of_blanks_clears_it_too(checked, capsys):
    db, ids = checked
    run_cli(["review", "--db", db, "--reviewer", "Ann", ids[0], "--note", "first look"], capsys)
    code, out, _e = _review(capsys, db, ids[0], "--note", "  ")
    assert code == 0 and "note cleared (was ‘first look’" in out


def _review(capsys, db: Path, *args: str):
    return run_cli(["review", "--db", db, "--reviewer", "Ann", *args], capsys)


def _discrepancy(db: Path, finding: str) -> str:
    log = ReviewLog(str(db), create=False)
    try:
        (row,) = [r for r in finding_rows(log.findings()) if r.id == finding]
    finally:
        log.close()
    return row.members[0].id


def _an_article(db: Path, ident: str) -> str:
    log = ReviewLog(str(db), create=False)
    try:
        rows = finding_rows(log.findings())
    finally:
        log.close()
    for r in rows:
        if r.id == ident or any(m.id == ident for m in r.members):
            return r.sides[0].article
    raise AssertionError(ident)


# -- 5. one file given twice ---------------------------------------------------


@pytest.fixture
def folder(tmp_path, monkeypatch):
    for name, seed in zip(("a.txt", "b.txt", "c.txt"), SEEDS, strict=False):
        shutil.copy(seed, tmp_path / name)
    os.symlink("a.txt", tmp_path / "link.txt")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("twice", "also"),
    [
        (["a.txt", "a.txt"], "a.txt"),
        (["a.txt", "./a.txt"], "./a.txt"),
        (["a.txt", "sub/../a.txt"], "sub/../a.txt"),
        (["a.txt", "link.txt"], "link.txt"),
        (["a.txt", "ABS"], "ABS"),
    ],
)
def test_one_file_given_twice_is_said_alike_however_spelt(folder, capsys, twice, also):
    twice = [str(folder / "a.txt") if t == "ABS" else t for t in twice]
    also = str(folder / "a.txt") if also == "ABS" else also
    # with another article: compared once, said in one line
    code, _out, err = run_cli(["check", "-q", "--db", "r.sqlite", *twice, "b.txt"], capsys)
    assert code == 0, err
    said = [line for line in err.splitlines() if "given twice" in line]
    assert len(said) == 1, err
    assert said[0].startswith("workbench: note: a.txt was given twice")
    assert "compared once" in said[0]
    assert (also in said[0]) or also == "a.txt"
    # alone: refused, naming the same file
    code, _out, err = run_cli(["check", "-q", "--db", "s.sqlite", *twice], capsys)
    assert code != 0
    (line,) = [x for x in err.splitlines() if x]
    assert line.startswith("workbench: error: need at least two different articles")
    assert "a.txt was given twice" in line
    assert not Path("s.sqlite").exists()


def test_a_file_twice_and_others_three_times_each_said_once(folder, capsys):
    code, _out, err = run_cli(
        ["check", "-q", "--db", "r.sqlite", "a.txt", "b.txt", "./b.txt", "link.txt", "c.txt",
         "b.txt"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    said = [line for line in err.splitlines() if "given" in line]
    assert len(said) == 2, err
    assert "a.txt was given twice (also as link.txt)" in said[0]
    assert "b.txt was given 3 times (also as ./b.txt)" in said[1]


def test_different_files_are_never_said_twice(folder, capsys):
    files = ["a.txt", "b.txt", "c.txt"]
    code, _out, err = run_cli(["check", "-q", "--db", "r.sqlite", *files], capsys)
    assert code == 0 and "twice" not in err


# -- 6. a finding's versions kept once in its list row --------------------------


def test_a_row_keeps_its_versions_once(checked):
    db, _ = checked
    fields = {f.name for f in dataclasses.fields(FindingRow)}
    assert not fields & {"version_sources", "version_sides", "independent"}
    log = ReviewLog(str(db), create=False)
    try:
        found = log.findings()
    finally:
        log.close()
    from workbench.ui.nway import _versions

    for record, row in zip(found, finding_rows(found), strict=True):
        assert row.version_sources == tuple((v.value, tuple(v.sources)) for v in record.versions)
        assert row.version_sides == tuple(v.sides for v in record.versions)
        assert row.independent == tuple(v.independent for v in record.versions)
        # what the columns draw from a log whose analysis has not re-run
        assert _versions(row, None) == [
            (v.value, list(v.sides), v.independent) for v in record.versions
        ]
