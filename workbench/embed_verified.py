"""The check of ``model.onnx`` against its pinned hash, remembered (issue 14).

Every run on the embedding path hashed the 22 MB ``model.onnx`` before it
could say the model is available: about 0.04 s of CPU and 22 MB read each
time (the 2-core machine, load 15: 0.040-0.044 s, 0.22-0.24 s wall), even in
the runs that never read the file again (the saved optimised graph is used,
or every sentence's vector is in the cache: a warm run).

Once the file's bytes have been hashed and found to be the pinned ones, a
small record beside the saved graphs (:func:`workbench.embed_graph.folder`)
keeps what the file system says of it then: device, inode, size, and the
modification and status-change times in nanoseconds. A later run that finds
the same five hashes nothing. Writing to the file changes its status-change
time (which no program can set back: ``utime`` sets the modification time
only, and sets the change time to now) and replacing it changes its inode,
so the record describes those bytes and no others (on POSIX systems; on
Windows ``st_ctime`` is the creation time, so no record is kept there); this is the trust the
saved graph already places in its own size and modification time, and
more. Anything else (no record, another key, an unreadable record, a folder
that cannot be written) means: hash the file, as before. A digest that is
not the pinned one is never recorded, so a refused file is refused on every
run. As git does for its index ("racy git"), a file changed in the last
:data:`RACY_NS` is not recorded: the file system's clock ticks coarsely
(a few milliseconds), and a second write within the tick of the first
would leave both times as they were. Building a session from ``model.onnx``
still hashes the very bytes it hands to ONNX Runtime
(:func:`workbench.embed_int8.model_bytes`).

``WORKBENCH_GRAPH_CACHE=0`` turns this off with the saved graphs;
``WORKBENCH_GRAPH_DIR`` moves both.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from . import embed_graph

PREFIX = "model-verified-"
CHANGE_TIME = os.name == "posix"  # st_ctime is the status-change time
RACY_NS = 2_000_000_000  # a file changed this recently is hashed, never recorded


def _facts(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _record_path(where: Path, sha256: str) -> Path:
    return where / f"{PREFIX}{sha256[:32]}.json"


def digest(path: Path) -> str:
    """The SHA-256 of the file, read in chunks of 1 MiB (no 22 MB copy held)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def checked_digest(path: Path, sha256: str, where: Path | None = None) -> str:
    """The SHA-256 of ``path`` (whose pinned digest is ``sha256``): ``sha256``
    itself when a record shows these very bytes were hashed before, else the
    digest of the bytes read now (recorded when it is the pinned one).
    ``where``: the records' folder (default: the saved graphs' folder).
    Raises OSError when the file cannot be read, as hashing it would."""
    where = embed_graph.folder() if where is None else where
    if not CHANGE_TIME:  # no status-change time to rely on (Windows: creation time)
        where = None
    record = None if where is None else _record_path(where, sha256)
    facts = _facts(path)
    want = {"path": str(path), "facts": facts, "sha256": sha256}
    if record is not None:
        with contextlib.suppress(OSError, ValueError):
            if json.loads(record.read_text(encoding="utf-8")) == want:
                return sha256
    got = digest(path)
    settled = time.time_ns() - facts[4] > RACY_NS
    if record is not None and got == sha256 and settled and _facts(path) == facts:
        _write(record, want)
    return got


def _write(record: Path, rec: dict) -> None:
    """Under a temporary name, renamed into place; nothing raised."""
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=record.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(rec, fh)
        os.replace(name, record)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)
