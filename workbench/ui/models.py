"""Qt models over the session's lists: discrepancies and review history.

One adapter per collection; roles are named constants. The models keep no
state of their own beyond a reference to the rows the session read from the
review log.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ..raised import shown_verdict
from ..store import HistoryEntry, by_decision
from ..store.drafts import as_written, typed_in
from ..store.joined import CARRIED, JOINED
from ..store.reviews import BY_THE_LOG, REDONE, UNDONE, VERDICT_CHANGED
from . import resources
from .partly_open import still_open
from .plaintext import plain_tooltip
from .rows import FindingRow
from .states import STATUS_LABELS, state_style

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5
SORT_ROLE = Qt.ItemDataRole.UserRole + 6
AGREED_ROLE = Qt.ItemDataRole.UserRole + 7  # an agreement nobody decided on

COLUMNS = ("Kind", "Value", "Other value", "Sources", "Verdict", "Status", "Reviewer")
VERDICT_ORDER = {"conflict": 0, "raised": 0, "unresolved": 1, "consistent": 2}
# the list's Status words, short enough for the column at 1280×800 (trial 37
# read "ne" and "di"); the tooltip, the filter and the panel say them in full
LIST_STATUS = {"needs-correction": "to correct", "mixed": "pair by pair"}
STATUS_ORDER = {
    "open": 0,
    "mixed": 1,
    "needs-correction": 2,
    "disputed": 3,
    "verified": 4,
    "dismissed": 5,
}


def short_labels(labels: dict[str, str]) -> dict[str, str]:
    """Names for the list's narrow Sources column that still tell the
    sources apart: the words every name starts with are left out ("ECB+
    21_3ecb", "ECB+ 21_10ecb" → "21_3ecb", "21_10ecb"; trial 26 read only
    "ECB+ 21_…" in every row); outlets that differ stay whole."""
    names = set(labels.values())
    if len(names) < 2:
        return dict(labels)
    words = [n.split(" ") for n in names]
    common = 0
    while all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
        common += 1
    return {a: " ".join(n.split(" ")[common:]) for a, n in labels.items()}


class DiscrepancyTableModel(QAbstractTableModel):
    """The findings of the open review log, one row each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRow] = []
        self._labels: dict[str, str] = {}
        self._short: dict[str, str] = {}
        self.dark = False

    def set_rows(self, rows: list[FindingRow], labels: dict[str, str]) -> None:
        """Refresh from the session; keeps rows (and selections) when the
        set of discrepancies is unchanged and only reviews changed."""
        same = [r.id for r in rows] == [r.id for r in self._rows]
        if same and labels == self._labels:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._labels = dict(labels)
        self._short = short_labels(self._labels)
        self.endResetModel()

    def row_of(self, ident: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == ident), -1)

    def ident(self, row: int) -> str:
        return self._rows[row].id

    # -- Qt API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.uncompared:
                return (
                    "No longer compared, though its articles are unchanged: a publication "
                    "date given or changed can take a comparison away. The review is kept."
                )
            if r.orphaned:
                return "No longer found in the current articles; the review is kept."
            if col == 5:  # the short word in full, and what to look at again
                full = STATUS_LABELS.get(r.status, r.status)
                return plain_tooltip(
                    f"Status: {full}" + (f"\n\n{r.look_again}" if r.look_again else "")
                )
            if col in (1, 2):  # the value whole: the cell cuts it between words
                side = r.sides[col - 1]
                whole = self._display(r, col)
                return plain_tooltip(f"{whole}\n{side.normalized}\n\n{side.claim_text}")
            if col == 3:  # the cell is a count: every source, by version
                lines = [f"‘{v}’ — {', '.join(names)}" for v, names in self._versions(r)]
                return plain_tooltip("\n".join(lines) + f"\n\n{r.explanation}")
            if col == 6 and r.reviewer:  # a long name cut at its end: whole here
                return plain_tooltip(f"Decided by {r.reviewer}\n\n{r.explanation}")
            return plain_tooltip(r.explanation)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(state_style(r.verdict, self.dark).color)
        if role == Qt.ItemDataRole.FontRole and (r.orphaned or col == 4):
            font = QFont()
            font.setItalic(bool(r.orphaned))
            font.setBold(col == 4 and r.verdict == "conflict")
            return font
        if role == ID_ROLE:
            return r.id
        if role == KIND_ROLE:
            return r.kind
        if role == VERDICT_ROLE:
            return r.verdict
        if role == STATUS_ROLE:
            return r.status
        if role == AGREED_ROLE:
            return r.agreed
        if role == SEARCH_ROLE:
            sides = r.sides
            return " ".join(
                [r.explanation, r.note or "", r.correction or ""]
                + [s.text + " " + s.claim_text for s in sides]
                + [self._labels.get(s.article, s.article) for s in sides]
            ).lower()
        if role == SORT_ROLE:
            if col == 4:
                return VERDICT_ORDER.get(r.verdict, 9)
            if col == 5:
                return STATUS_ORDER.get(r.status, 9)
            if col == 3:
                return f"{self._sources(r):04d}"
            return (self._display(r, col) or "").lower()
        if role == Qt.ItemDataRole.DecorationRole and col == 4 and not r.orphaned:
            return resources.status_icon(r.verdict)
        if role == Qt.ItemDataRole.DecorationRole and col == 5:
            return resources.status_icon(r.status)
        return None

    def _versions(self, r: FindingRow, short: bool = False) -> list[tuple[str, list[str]]]:
        """Each version's wording and the names of its sources, as the column
        headers and explanations name them (``naming.labels``: the outlet,
        else the file id); a row without versions (an orphaned review) has
        its sides'. ``short``: the list's names that tell them apart."""
        labels = self._short if short else self._labels
        if r.version_sources:
            return [
                (value, [labels.get(a, a) for a in sources]) for value, sources in r.version_sources
            ]
        by_value: dict[str, list[str]] = {}
        for side in r.sides:
            names = by_value.setdefault(side.text, [])
            name = labels.get(side.article, side.article)
            if name not in names:
                names.append(name)
        return list(by_value.items())

    def _sources(self, r: FindingRow) -> int:
        """How many sources state one of its versions."""
        if r.version_sources:
            return len({a for _v, sources in r.version_sources for a in sources})
        return len({s.article for s in r.sides})

    def _display(self, r: FindingRow, col: int) -> str:
        sides = r.sides
        if col == 0:
            return r.kind
        if col == 1:
            return r.values[0] if r.values else sides[0].text
        if col == 2:  # and how many more versions (trial 40 saw two of five)
            more = len(r.version_sources) - 2
            value = r.values[1] if r.values else sides[1].text
            return value + (f" (+{more})" if more > 0 else "")
        if col == 3:  # a count, the names in the tooltip (trial 37 read "Fox News,…")
            of = len(self._labels)
            return f"{self._sources(r)} of {of}" if of else str(self._sources(r))
        if col == 4:
            if r.orphaned:
                return "no longer compared" if r.uncompared else "no longer found"
            return shown_verdict(r.verdict, r.raised_by)
        if col == 5:
            label = LIST_STATUS.get(r.status) or STATUS_LABELS.get(r.status, r.status)
            if r.note or r.correction:
                label += " ✎"
            if r.undecided and r.status not in ("open", "mixed"):  # versions, never pairs
                label += f" · {still_open(r.members, r.kept_versions, r.scope)}"
            if r.decided_under or r.strays or r.corrected or r.joined:  # look again (⚠)
                label += " ⚠"
            return label
        if col == 6:
            return r.reviewer or ""
        return ""


class DiscrepancyFilter(QSortFilterProxyModel):
    """Filters by kind, verdict, status and free text; sorts by severity.
    Agreements nobody decided on are left out unless ``agreements`` is set."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.verdict = ""
        self.status = ""
        self.text = ""
        self.agreements = ""  # "1": show agreements too
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **values: str) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self.agreements and model.data(index, AGREED_ROLE):
            return False
        if self.kind and model.data(index, KIND_ROLE) != self.kind:
            return False
        if self.verdict and model.data(index, VERDICT_ROLE) != self.verdict:
            return False
        if self.status == "decided":
            if model.data(index, STATUS_ROLE) == "open":
                return False
        elif self.status and model.data(index, STATUS_ROLE) != self.status:
            return False
        if self.text:
            haystack = model.data(index, SEARCH_ROLE) or ""
            return all(word in haystack for word in self.text.lower().split())
        return True


def history_line(e: HistoryEntry, count: int) -> str:
    """One history row as an editor reads it: who did what when. A row the
    log wrote (a decision carried to a reworded flag, a verdict a check
    changed) or an undo says so, not "<when> · Ann: verified" as if Ann had
    decided again then (fresh window trial: a move's time read as the
    decision's)."""
    when = (e.at or "").replace("T", " ").rstrip("Z")
    who = e.reviewer or "someone"
    status = STATUS_LABELS.get(e.status, e.status)
    event = e.event or ""
    if event.startswith(VERDICT_CHANGED):
        change = event[len(VERDICT_CHANGED) :].replace(" after this decision", "")
        return f"{when} · a check changed the verdict from {change}; {who}'s {status} kept"
    if event.startswith(BY_THE_LOG):
        return f"{when} · the log carried {who}'s decision ({status}): {event}"
    if event.startswith(JOINED):
        return f"{when} · {_carried(event)}: {who}'s {status}" + (
            f" on {count} pairs compared for the first time" if count > 1 else ""
        )
    if event.startswith((UNDONE, REDONE)):
        verb, _, rest = event.partition(": ")
        return f"{when} · {verb} ({rest}): now {status}" + (f" by {who}" if e.reviewer else "")
    parts = [f"{when} · {who}: {status}"]
    if e.note:
        parts.append(f"note: {e.note}")
    if e.correction:
        parts.append(f"correction: {e.correction}")
    if count > 1:
        parts.append(f"on {count} discrepancies")
    if typed := typed_in(e):
        parts.append(typed)
    return " — ".join(parts)


def _carried(event: str) -> str:
    """A decision a new pair took from the finding the editor decided
    (``store.joined``): "carried from the run of 2026-12-05 11:11:33 (decided
    on finding F…)" — the window showed it as a decision made then (trial 31)."""
    finding, _, run = event[len(JOINED) :].partition(CARRIED)
    run = f"the run of {run.replace('T', ' ').rstrip('Z')}" if run else "an earlier run"
    return f"carried from {run} (decided on finding {finding})"


class HistoryModel(QAbstractListModel):
    """Every decision on one discrepancy, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._counts: list[int] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Newest first; a decision on a finding wrote the same change to each
        of its discrepancies at one moment: one row for it (a finding of 16
        discrepancies showed each decision 16 times and pushed the latest out
        of sight). A note typed is one row however many saves it took
        (``store.drafts``; session 35's trial read "Both ", "Both say J" and
        "Both say July" as three edits), as ``review --history`` reads it."""
        decisions = by_decision(list(reversed(as_written(entries))))
        self.beginResetModel()
        self._entries = [d[0] for d in decisions]
        self._counts = [len(d) for d in decisions]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return history_line(e, self._counts[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            fields = dataclasses.asdict(e).items()
            return plain_tooltip("\n".join(f"{k}: {v}" for k, v in fields if k != "id"))
        return None
