"""What a date change moved, told in the findings the list shows (trial 50).

After a date edit the window said "The date change moved what is compared:
19 flags no longer compared": pairs of articles, a count the list shows
nowhere (it lists findings: 4, and 9 more agreed), naming none, with no way to
see which. After Ctrl+Z put the date back it said "19 new flags", and that
stayed through every later step.

Now the notice counts findings, by what the list shows of them: findings no
longer compared, new ones, and those whose verdict the change turned; it names
a few (their kind and values, as the list shows them) and carries their ids so
the window can select them all (its "Show them"). A run that puts the dates
back as they were before the change said so is an undo: nothing is said (the
notice of the change goes with it).
"""

from __future__ import annotations

from collections.abc import Sequence

from .rows import FindingRow

NAMED = 3  # findings named in the notice; the rest counted


def _label(r: FindingRow) -> str:
    """A finding as the list shows it: its kind and its two values."""
    values = r.values or tuple(s.text for s in r.sides[:2])
    return f"{r.kind} ‘{' / '.join(values[:2])}’" if values else r.kind


def _live(r: FindingRow | None) -> bool:
    return r is not None and not r.orphaned


def moved(
    old: Sequence[FindingRow], new: Sequence[FindingRow]
) -> tuple[list[str], list[FindingRow]]:
    """The parts of the notice (``"2 findings no longer compared"``) and the
    findings they speak of, in that order."""
    was = {r.id: r for r in old}
    now = {r.id: r for r in new}
    # listed no longer compared, or not listed at all (undecided: nothing kept)
    gone = [r for r in old if _live(r) and not _live(now.get(r.id))]
    came = [r for r in new if _live(r) and not _live(was.get(r.id))]
    turned = [
        r for r in new if _live(r) and _live(was.get(r.id)) and was[r.id].verdict != r.verdict
    ]
    parts = []
    if gone:
        parts.append(f"{_many(len(gone))} no longer compared")
    if came:
        parts.append(f"{len(came)} new finding{'s' if len(came) != 1 else ''}")
    if turned:
        ways = sorted({f"{was[r.id].verdict} → {r.verdict}" for r in turned})
        parts.append(f"{_many(len(turned))} with another verdict ({', '.join(ways)})")
    return parts, [*gone, *came, *turned]


def _many(n: int) -> str:
    return f"{n} finding{'s' if n != 1 else ''}"


def moved_note(old: Sequence[FindingRow], new: Sequence[FindingRow]) -> tuple[str, list[str]]:
    """The notice of a date change (its findings' ids to show them), or
    ("", []) when the list's findings did not move (pairs inside the same
    findings only)."""
    parts, rows = moved(old, new)
    if not parts:
        return "", []
    names = ", ".join(_label(r) for r in rows[:NAMED])
    if len(rows) > NAMED:
        names += f" and {len(rows) - NAMED} more"
    text = f"The date change moved what is compared: {'; '.join(parts)}: {names}"
    return text, [r.id for r in rows]


def select_all(window, ids: Sequence[str]) -> int:
    """ "Show them": every finding of ``ids`` still listed, selected together
    (a filter hiding one is cleared, as selecting it by id does); how many."""
    from PySide6.QtCore import QItemSelectionModel

    listed = [i for i in ids if window.table_model.row_of(i) >= 0]
    for ident in listed:
        if not window.visible(ident):
            window.select(ident)
    if not listed or not window.select(listed[0]):
        return 0
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    chosen = window.table.selectionModel()
    for ident in listed[1:]:
        row = window.table_model.index(window.table_model.row_of(ident), 0)
        chosen.select(window.proxy.mapFromSource(row), flags)
    return len(listed)
