"""File dialogs that never read the files they list.

Qt's own dialog asks the MIME database what each file is, and for a name
it cannot place ("review.sqlite-wal", "review.sqlite-shm") the database
opens the file and reads its first bytes. Closing that descriptor drops
every POSIX lock this process holds on the file — SQLite's locks included —
so another program's next write believed it was alone, checkpointed and
deleted the write-ahead log the window still wrote into: decisions vanished
without a word (a fresh user trial, reproduced with strace). These dialogs
name files by their suffix only, and are always Qt's own (a platform dialog
may sniff the same way, out of our reach).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget


class BlindIcons(QFileIconProvider):
    """Icons and types from the name alone: a file is never opened."""

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = QAbstractFileIconProvider.IconType
            return super().icon(kind.Folder if what.isDir() else kind.File)
        return super().icon(what)  # type: ignore[arg-type]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        return f"{info.suffix().upper()} file" if info.suffix() else "File"


_ICONS: BlindIcons | None = None


def dialog(parent: QWidget | None, title: str, start: str, filters: str) -> QFileDialog:
    """A Qt (not platform) file dialog that names files by suffix only."""
    global _ICONS
    if _ICONS is None:
        _ICONS = BlindIcons()
    d = QFileDialog(parent, title, start, filters)
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    d.setIconProvider(_ICONS)
    return d


def open_files(
    parent: QWidget | None, title: str, start: str, filters: str, many: bool
) -> list[str]:
    d = dialog(parent, title, start, filters)
    d.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return d.selectedFiles() if d.exec() else []


def save_file(
    parent: QWidget | None,
    title: str,
    start: str,
    filters: str,
    chosen: str = "",
    final: Callable[[str, str], str] | None = None,
    replaces: bool = True,
    refused: Callable[[str], str] | None = None,
) -> tuple[str, str]:
    """The path to save to ("" when cancelled) and the filter chosen.

    ``final`` gives the file that will really be written for a name and a
    filter (an export adds its suffix to "wire.txt"): the question whether
    to replace a file is asked about that one. Qt asked about the name typed
    ("wire.txt already exists. Replace it?"), then wire.txt.html was written
    (fresh trial). ``replaces=False``: the caller never replaces a file and
    says so itself, so no question is asked (Save review log as).
    ``refused`` says why the caller would refuse to write that file ("" when
    it would not): then that is said instead of asking to replace it."""
    d = dialog(parent, title, start, filters)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    d.setFileMode(QFileDialog.FileMode.AnyFile)
    if final is not None or not replaces:
        d.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    if chosen:
        d.selectNameFilter(chosen)
    if not d.exec():
        return "", ""
    files = d.selectedFiles()
    path, picked = (files[0] if files else ""), d.selectedNameFilter()
    if path and final is not None and os.path.exists(target := final(path, picked)):
        if refused is not None and (why := refused(target)):
            QMessageBox.warning(parent, title, why)
            return "", ""
        answer = QMessageBox.question(
            parent, title, f"{os.path.basename(target)} already exists. Do you want to replace it?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return "", ""
    return path, picked
