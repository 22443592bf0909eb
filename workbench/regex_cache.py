"""Compiled regular expressions kept between runs (issue 14, session 24).

The engine's modules compile about 850 patterns when they are imported and
another 180-360 while a check runs (rules compiled on first use, patterns made
from the articles' names). Python parses and compiles a pattern in pure
Python code: 0.22 s of CPU at import and 0.07-0.12 s later, about half of a
lexical ``check`` of the seeds. What that work produces, the pattern's
instruction list (the "code" the C matcher runs), its flags and its group
names, is kept in a file in the user's cache folder (beside the sentence
vectors, :func:`workbench.vector_cache.base_folder`), and a later process
hands it straight to the C matcher, as a ``.pyc`` file spares parsing a
module. :func:`install` does that for every pattern compiled afterwards in the
process (the engine's, and its libraries'); :func:`save` writes what the run
compiled that the file did not hold. ``WORKBENCH_PATTERN_CACHE=0`` turns it off;
``WORKBENCH_PATTERN_DIR`` puts it elsewhere.

It never changes a result:

- The file is named by the interpreter's version and the matcher's format
  (``_sre.MAGIC``, its code size, the largest code point), and it holds the
  same again: a Python that could read the code differently reads another
  file.
- An entry is keyed by the exact pattern text and flags; the compiled object
  is the matcher's own from the same instructions, so it compares equal to
  ``re.compile``'s (a pattern's equality covers its code:
  tests/test_regex_cache.py checks every entry of a cache the seeds made).
  :func:`install` checks the same on a probe with named groups, look-arounds
  and back-references before it takes over, and steps aside when they differ.
- The file carries a CRC-32 of its contents; a file that fails it, cannot be
  read or holds anything else is ignored (and written anew). The C matcher
  also checks the instructions it is given.

Bounded: at most :data:`MAX_PATTERNS` entries, the ones the last run used
first. Written whole to a temporary file and renamed, so two processes at
once each leave a whole file. Nothing here raises.
"""

from __future__ import annotations

import _sre  # the matcher the re module hands compiled code to
import contextlib
import marshal
import os
import re
import sys
import tempfile
import threading
import zlib
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

MAX_PATTERNS = 4000  # about 4 MB on disk (1000 patterns: 1 MB)
_CODE = "I"  # the code's numbers as unsigned ints of the matcher's size (checked)
_FORMAT = 1
_PROBE = (r"(?P<a>\d+)(?<![a-z])\s*(?:(?P=a)|x{2,5}?)(?=\w)", re.IGNORECASE | re.VERBOSE)

Entry = tuple  # (flags, code as bytes, groups, groupindex, indexgroup): the matcher's arguments
_table: dict[tuple[str, int], Entry] = {}
_used: dict[tuple[str, int], Entry] = {}
_new = 0
_path: Path | None = None
_original = None
_lock = threading.Lock()


def _tag() -> str:
    """The interpreter and matcher the code is for."""
    parts = (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode, _FORMAT)
    return f"{sys.implementation.cache_tag}-{zlib.crc32(repr(parts).encode()):08x}"


def _made(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands the matcher for a pattern text."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()  # one object: loads fast
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _compile(p, flags=0):
    """``re._compiler.compile`` for a pattern text, from the kept code when there is some."""
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    entry = _table.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(p, *_given(entry))
        except Exception:  # noqa: BLE001 - an entry the matcher refuses is made anew
            pass
        else:
            _used[key] = entry
            return compiled
    entry = _made(p, flags)  # a bad pattern raises re.error here, as re.compile does
    if len(_table) < 2 * MAX_PATTERNS:  # a long session's patterns made from names: bounded
        global _new
        _table[key] = entry
        _used[key] = entry
        _new += 1
    return _sre.compile(p, *_given(entry))


def _given(entry: Entry) -> tuple:
    """An entry as the matcher's arguments (the code as the list of numbers it takes)."""
    flags, code, groups, groupindex, indexgroup = entry
    return flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if len(data) < 4 or zlib.crc32(data[4:]) != int.from_bytes(data[:4], "little"):
        return {}
    try:
        tag, table = marshal.loads(data[4:])
    except (ValueError, EOFError, TypeError):
        return {}
    if tag != _tag() or not isinstance(table, dict):
        return {}
    return table


def where() -> Path:
    """The cache's folder: ``$WORKBENCH_PATTERN_DIR``, else the user's cache
    folder (benchmarks keep it apart, as they keep the model's graph)."""
    own = os.environ.get("WORKBENCH_PATTERN_DIR")
    if own:
        return Path(own)
    from .vector_cache import base_folder

    return base_folder()


def install(folder: Path | None = None) -> bool:
    """Compile patterns from the kept code from now on; False when it is off
    or the probe shows this Python compiles differently."""
    global _original, _path
    if _original is not None:
        return True
    if os.environ.get("WORKBENCH_PATTERN_CACHE", "1") == "0":
        return False
    try:
        folder = folder or where()
        if array(_CODE).itemsize != _sre.CODESIZE:
            return False
        probe = _sre.compile(_PROBE[0], *_given(_made(*_PROBE)))
        if probe != _compiler.compile(*_PROBE):
            return False
    except Exception:  # noqa: BLE001 - only an optimisation: a failure means "not cached"
        return False
    _path = folder / f"patterns-{_tag()}.marshal"
    table = _read(_path)
    _table.clear()
    for key, entry in table.items():
        if isinstance(key, tuple) and isinstance(entry, tuple) and len(entry) == 5:
            _table[key] = entry
    _original = _compiler.compile
    _compiler.compile = _compile
    return True


def uninstall() -> None:
    """Back to the re module's own compiling (tests)."""
    global _original, _path, _new
    if _original is not None:
        _compiler.compile = _original
    _original, _path, _new = None, None, 0
    _table.clear()
    _used.clear()


def save() -> None:
    """Write the kept code when this run compiled something the file did not hold."""
    global _new
    if _path is None or not _new:
        return
    with _lock:
        kept: dict[tuple[str, int], Entry] = {}
        for table in (dict(_used), dict(_table)):  # what this run used first, then earlier runs'
            for key, entry in table.items():
                if len(kept) >= MAX_PATTERNS:
                    break
                kept.setdefault(key, entry)
        _new = 0
        try:
            body = marshal.dumps((_tag(), kept))
        except ValueError:  # nothing but texts, numbers, lists and dicts is ever kept
            return
        _write(_path, body)


def _write(path: Path, body: bytes) -> None:
    """``body`` with its CRC-32 as ``path``, whole or not at all."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(zlib.crc32(body).to_bytes(4, "little") + body)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
