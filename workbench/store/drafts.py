"""A review's history as an editor reads it: one entry per note as written.

The window saves a note while it is typed (at least every second, and after
a pause), and each save is a row of the append-only ``review_history``: a
trial's history read "…Alig", "…Aligned w", "…Aligned with". The rows stay
as they are (the database refuses edits of its history, and a kill between
two saves keeps what was typed); reading joins a run of them into its last:

- each row is a save of the window's (a change written whole, as each
  ``workbench review`` command is, is an entry of its own: trial 30 saw three
  commands' notes read as one "as typed, in 3 saves");
- each row of the run changes only the note or the correction of the row
  before it on the same discrepancy (same status, article, reviewer and
  event): a decision, an undo or another reviewer's change ends the run;
- each is saved within ``TYPING_GAP`` seconds of the one before;
- each text goes on from the one before (one is the start of the other, or
  they share at least half of the shorter one's start): a note another
  writer saved under the same name in between is not a continuation, so
  neither it nor the typing around it is merged away.

The entry kept is the run's last row (its text and time), with ``saves``
saying how many rows it stands for; every row is still in the log.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise

from .records import HistoryEntry

TYPING_GAP = 10.0  # seconds between two saves of one text being typed


def as_written(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """``entries`` (one flag's or a finding's, oldest first) with each run of
    saves of one text being typed joined into its last row."""
    by_flag: dict[str, list[HistoryEntry]] = {}
    for e in entries:
        by_flag.setdefault(e.discrepancy, []).append(e)
    kept: set[int] = set()
    saves: dict[int, int] = {}
    earlier: dict[int, tuple[tuple[str, str], ...]] = {}
    for rows in by_flag.values():
        # a row that changes only a text: typing, which the next save may go on.
        # What came before it may be anything (session 35: a note typed after a
        # decision made on the command line, or by another editor, or an hour
        # after an earlier note, read as two edits: its first save stood alone)
        typing = [rows[0].status == "open" and not rows[0].whole]
        typing += [_edits_text(a, b) for a, b in pairwise(rows)]
        for k, e in enumerate(rows):
            kept.add(e.id)
            saves[e.id] = 1
            if k and typing[k - 1] and _typed(rows[k - 1], e):
                kept.discard(rows[k - 1].id)  # still being typed: this one goes on from it
                saves[e.id] += saves[rows[k - 1].id]
                earlier[e.id] = earlier.get(rows[k - 1].id, ()) + _left(rows[k - 1], e)
    return [
        replace(e, saves=saves[e.id], earlier=earlier.get(e.id, ())) if saves[e.id] > 1 else e
        for e in entries
        if e.id in kept
    ]


def _left(before: HistoryEntry, after: HistoryEntry) -> tuple[tuple[str, str], ...]:
    """The texts ``before`` saved that ``after`` does not go on from: typed,
    then deleted or replaced (not a word that typing went on to finish)."""
    return tuple(
        (name, a)
        for name, a, b in (
            ("note", before.note, after.note),
            ("correction", before.correction, after.correction),
        )
        if a.strip() and a != b and not b.startswith(a)
    )


def _edits_text(before: HistoryEntry, after: HistoryEntry) -> bool:
    """``after`` is a save of the window's that changes only the note or the
    correction of ``before`` (its decision and article as they were)."""
    return (
        not after.whole
        and (before.status, before.article) == (after.status, after.article)
        and (before.note, before.correction) != (after.note, after.correction)
    )


def _typed(before: HistoryEntry, after: HistoryEntry) -> bool:
    """``after`` is a save of the text being typed in ``before``'s place."""
    same = (before.status, before.article, before.reviewer, before.event) == (
        after.status,
        after.article,
        after.reviewer,
        after.event,
    )
    texts = ((before.note, after.note), (before.correction, after.correction))
    changed = [(a, b) for a, b in texts if a != b]
    return (
        same
        and not (before.whole or after.whole)
        and bool(changed)
        and _seconds(before.at, after.at) <= TYPING_GAP
        and all(_goes_on(a, b) for a, b in changed)
    )


def _goes_on(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common == shorter or common >= shorter / 2


def _seconds(a: str, b: str) -> float:
    try:
        return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()
    except ValueError:
        return TYPING_GAP + 1  # a time we cannot read joins nothing


def typed_in(entry: HistoryEntry) -> str:
    """What a history line says of the saves an entry stands for ("" for one),
    with each text saved on the way that the last save does not keep: "as
    typed, in 2 saves; saved before: correction ‘for about US$5.4-billion’
    (now empty)"."""
    if entry.saves <= 1:
        return ""
    said = f"as typed, in {entry.saves} saves"
    if entry.earlier:
        now = {"note": entry.note, "correction": entry.correction}
        texts = [f"{name} ‘{text}’" for name, text in entry.earlier]
        emptied = sorted({name for name, _ in entry.earlier if not now[name].strip()})
        said += "; saved before: " + ", then ".join(texts)
        said += "".join(f" ({name} now empty)" for name in emptied)
    return said
