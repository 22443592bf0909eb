"""Writing files an editor asked for (reports, JSON) safely.

Shared by the command line and the window: a write either replaces the
whole file or leaves the old one as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """A file that cannot be written; ``str()`` is one line naming it."""


def _encoded(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def atomic_write(path: str | Path, text: str | bytes) -> None:
    """Write a report or JSON file without ever leaving half of it.

    A regular file (or a missing one) is written to a temporary file beside
    it and renamed over it, keeping the old file's permissions (or the
    umask's for a new one); a symlink is followed, so the link survives.
    Anything else (a pipe, /dev/null, a terminal) is written into directly:
    replacing a device node with a file would break the system.
    """
    target = Path(path)
    if target.is_dir():
        raise WriteError(f"{path}: is a directory")
    try:
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        if target.exists() and not target.is_file():
            with open(target, "wb") as fh:
                fh.write(_encoded(text))
            return
        parent = target.parent if str(target.parent) else Path(".")
        if not parent.is_dir():
            raise WriteError(f"{path}: cannot write: no such folder {str(parent)!r}")
        if target.exists():
            mode = target.stat().st_mode & 0o7777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_encoded(text))
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {exc.strerror or exc}") from None


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def same_path(a: str | Path, b: str | Path) -> bool:
    """One file by identity (links, hard links, other spellings), or, for a
    file that does not exist yet (a log's -wal between sessions) or a dangling
    link to it, by where the path leads."""
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def check_not_overwriting(path: str | Path, protected: dict[str, str | Path]) -> None:
    """Refuse an output path that is (by identity: links and other spellings
    included) a file the editor did not ask to replace: the review log, its
    -wal/-shm companions, an input article. ``protected`` maps a description
    ("the review log") to a path; missing paths are skipped."""
    for what, other in protected.items():
        if same_path(path, other):
            raise WriteError(f"{path}: is {what}; refusing to overwrite it (choose another name)")


PAGE_SUFFIXES = {".md", ".markdown", ".html", ".htm"}
OUR_MARK = b"Claim Workbench"  # every Markdown and HTML report names the tool near its top


def check_not_an_article(path: str | Path, suffix: str = "") -> None:
    """Refuse to replace an existing file the workbench did not write
    (``check --report a.md b.md c.md`` takes the first article as the
    report's name, ``check --json a.txt b.txt c.txt`` as the JSON's): one
    whose name does not end in ``suffix`` when the output must, or any file
    that is not one of its reports, summaries or JSON. A fresh CLI trial's
    ``report --format json -o other-story/000.txt`` replaced an article of
    another story (not in this log, so not protected by name), and an
    earlier one's ``--json data.json`` an editor's own data. Call it only
    after :func:`check_not_overwriting` has ruled out the review log's files."""
    target = Path(path)
    if not target.is_file():
        return
    if suffix and target.suffix.lower() != suffix:
        raise WriteError(
            f"{path}: refusing to overwrite an existing file that is not a {suffix} file "
            f"(an article? the option takes the output's name: out{suffix})"
        )
    try:
        with target.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return  # check_writable and the write itself say what is wrong
    if head.strip() and not written_by_us(head):
        what = "a page" if target.suffix.lower() in PAGE_SUFFIXES else "a file"
        raise WriteError(
            f"{path}: refusing to overwrite {what} that is not a workbench report "
            "(an article? your own notes?); choose another name or delete it first"
        )


# what the workbench's outputs start with or carry near their top
_OUR_JSON = (b'"version": 2', b'"tool": "Claim Workbench', b'"@context": "https://schema.org"')
_OUR_CSV = b"finding,id,kind,verdict,"
_OUR_PDF = b"/Creator (\xfe\xff" + "Claim Workbench".encode("utf-16-be")  # as Qt writes it


def written_by_us(head: bytes) -> bool:
    """The first bytes of a file one of the workbench's outputs left: a
    Markdown or HTML report, a check's JSON, a report's JSON or CSV, a
    ClaimReview export, the window's PDF report (its creator, near the top)."""
    if OUR_MARK in head or head.lstrip().startswith(_OUR_CSV):
        return True
    if head.startswith(b"%PDF") and _OUR_PDF in head:
        return True
    return head.lstrip()[:1] in (b"{", b"[") and any(m in head for m in _OUR_JSON)


def check_writable(path: str | Path) -> None:
    """Fail before any work when an output file clearly cannot be written."""
    target = Path(path)
    if target.is_dir():
        raise WriteError(f"{path}: is a directory")
    parent = Path(os.path.realpath(target)).parent
    if not parent.is_dir():
        raise WriteError(f"{path}: cannot write: no such folder {str(target.parent)!r}")
    if not os.access(parent, os.W_OK) and not (target.exists() and os.access(target, os.W_OK)):
        raise WriteError(f"{path}: cannot write: permission denied")
