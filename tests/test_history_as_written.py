"""A note typed in the window is one history entry as the editor reads it
(trial 27: the autosaves every second filled ``review F… --history`` with
"…Alig", "…Aligned w"). The log keeps every save (append-only, kill-safe);
reading joins a run of saves of one text, never a change in between."""

from __future__ import annotations

from unittest import mock

import pytest
from conftest import run_cli
from test_links import _articles

from workbench.store import ReviewLog
from workbench.store import log as log_module
from workbench.store.drafts import TYPING_GAP, as_written
from workbench.store.records import HistoryEntry


def _at(s: int) -> str:
    return f"2026-03-01T12:{s // 60:02d}:{s % 60:02d}Z"


def _entry(n, at, note="", status="open", reviewer="ana", correction="", flag="D1", event=""):
    return HistoryEntry(n, flag, status, note, correction, "", reviewer, _at(at), event=event)


def test_a_run_of_saves_is_one_entry_with_its_last_text():
    rows = [
        _entry(1, 0, status="disputed"),
        _entry(2, 1, "Al", status="disputed"),
        _entry(3, 2, "Alig", status="disputed"),
        _entry(4, 3, "Aligned with", status="disputed"),
        _entry(5, 4, "Aligned with the police", status="disputed"),
    ]
    shown = as_written(rows)
    assert [(e.id, e.note, e.saves) for e in shown] == [(1, "", 1), (5, rows[-1].note, 4)]


def test_typing_on_an_open_flag_is_one_entry_from_its_first_save():
    rows = [_entry(1, 0, "Th"), _entry(2, 1, "The to"), _entry(3, 2, "The toll is 15")]
    assert [(e.id, e.saves) for e in as_written(rows)] == [(3, 3)]


@pytest.mark.parametrize(
    ("between", "why"),
    [
        (_entry(3, 2, "Alig", reviewer="ben"), "another reviewer"),
        (_entry(3, 2, "Alig", status="verified"), "a decision"),
        (_entry(3, 2, "Alig", event="undone by ana: the change at x"), "an undo"),
        (_entry(3, 2, "Wholly other words from the command line"), "another writer's text"),
    ],
)
def test_a_change_in_between_ends_the_run_and_is_kept(between, why):
    rows = [_entry(1, 0, "Al"), _entry(2, 1, "Alig"), between, _entry(4, 3, "Aligned w")]
    shown = as_written(rows)
    assert between.id in [e.id for e in shown], why
    assert 4 in [e.id for e in shown] and 1 not in [e.id for e in shown]


def test_a_pause_longer_than_the_gap_starts_a_new_entry():
    late = int(TYPING_GAP) + 5
    rows = [_entry(1, 0, "Al"), _entry(2, 1, "Alig"), _entry(3, 1 + late, "Aligned w")]
    assert [e.id for e in as_written(rows)] == [2, 3]


def test_a_correction_typed_and_a_backspace_go_on_too():
    rows = [
        _entry(1, 0, status="needs-correction"),
        _entry(2, 1, status="needs-correction", correction="Say 15 dead"),
        _entry(3, 2, status="needs-correction", correction="Say 15"),  # backspaced
        _entry(4, 3, status="needs-correction", correction="Say 15 people died"),
    ]
    assert [(e.id, e.saves) for e in as_written(rows)] == [(1, 1), (4, 3)]


def test_runs_of_two_flags_interleaved_are_joined_each_on_its_own():
    rows = []
    for k, text in enumerate(["A", "Al", "Alig"]):
        rows += [_entry(2 * k + 1, k, text, flag="D1"), _entry(2 * k + 2, k, text, flag="D2")]
    shown = as_written(rows)
    assert [(e.discrepancy, e.note, e.saves) for e in shown] == [
        ("D1", "Alig", 3),
        ("D2", "Alig", 3),
    ]


def test_review_history_reads_one_entry_per_note_and_the_log_keeps_every_save(tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert run_cli(["check", *_articles(tmp_path), "--db", db, "-q"], capsys)[0] == 0
    log = ReviewLog(str(db))
    try:
        (flag,) = [d.id for d in log.discrepancies()][:1]
        seconds = iter([0, 1, 2, 3, 30])
        with mock.patch.object(log_module, "now", lambda: _at(next(seconds))):
            log.set_review(flag, status="disputed", reviewer="ana")
            for text in ("Al", "Alig", "Aligned with police"):  # the window's autosaves
                log.set_review(flag, note=text, reviewer="ana")
            log.set_review(flag, note="Aligned with police; see the AP wire", reviewer="ana")
        assert len(log.history(flag)) == 5  # every save is in the log
    finally:
        log.close()
    code, out, err = run_cli(["review", "--db", db, flag, "--history"], capsys)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 3, out  # the decision, the note as typed, the later addition
    assert "Alig —" not in out and "note: Al " not in out
    assert "note: Aligned with police — as typed, in 3 saves" in lines[1]
    assert "see the AP wire" in lines[2] and "saves" not in lines[2]
