"""Reading an article file's bytes safely: only regular files, never more than
the size limit, and no read that can block (named pipes, devices, sockets)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import NO_SUCH, ArticleError

_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def os_error(name: str, exc: OSError, doing: str = "cannot read") -> ArticleError:
    """Map the errors people meet to words; others keep the system's wording."""
    known = {
        errno.ENOENT: NO_SUCH,
        errno.ENOTDIR: f"{NO_SUCH} (a folder in the path is a file)",
        errno.ELOOP: "symbolic link loop",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "file name too long",
    }
    if exc.errno in known:
        return ArticleError(f"{name}: {known[exc.errno]}")
    reason = (exc.strerror or type(exc).__name__).replace("\n", " ")
    return ArticleError(f"{name}: {doing}: {reason}")


def too_big(name: str, size: int, limit: int) -> ArticleError:
    return ArticleError(
        f"{name}: file is {size / 1048576:.1f} MB, over the {limit // 1048576} MB "
        "limit for one article"
    )


def check_kind(mode: int, name: str) -> None:
    """Refuse anything but a regular file: a pipe blocks, a device never ends."""
    if stat.S_ISDIR(mode):
        raise ArticleError(f"{name}: is a directory, not an article file")
    if not stat.S_ISREG(mode):
        kind = next((k for test, k in _FILE_KINDS if test(mode)), "a special file")
        raise ArticleError(f"{name}: not a regular file ({kind})")


def file_info(path: Path, name: str) -> os.stat_result:
    """The file's status, following links; a path that names nothing is an
    ArticleError that says why (a broken link, a NUL in the name)."""
    try:
        return os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise ArticleError(f"{name}: {NO_SUCH} (broken symbolic link)") from None
        raise os_error(name, exc) from None
    except ValueError:  # an embedded NUL in the name
        raise ArticleError(f"{name}: {NO_SUCH} (invalid file name)") from None


def read_capped(path: Path, name: str, limit: int) -> bytes:
    """Read at most ``limit`` + 1 bytes from a regular file.

    The file is opened non-blocking and checked again on the open descriptor,
    so a file swapped for a pipe after the first check cannot hang us, and
    ``st_size`` is not trusted (files under /proc report 0, files grow).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise os_error(name, exc) from None
    try:
        info = os.fstat(fd)
        check_kind(info.st_mode, name)
        if info.st_size > limit:
            raise too_big(name, info.st_size, limit)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise os_error(name, exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise too_big(name, len(data), limit)
    return data
