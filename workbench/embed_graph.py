"""The model's optimised graph, kept in the user's cache folder (issue 14).

Each time an ONNX Runtime session is built from ``model.onnx`` it turns the
int8 weights into float32 and fuses the graph's nodes. It can save the graph
it made; a session built from that file skips the work. Measured on the
2-core machine (load 3-4, one thread): building the session took 0.17 s of
CPU instead of 0.23 s and the process peaked at 192 MB instead of 264 MB;
encoding took the same time. The file is 90 MB.

It never changes a vector:

- It is keyed by everything the optimiser's output may depend on: the pinned
  model hash, the ONNX Runtime version, the machine and its CPU features (the
  optimiser and the kernels are chosen by instruction set). Another key is
  another file.
- It is made by a run that builds the session from ``model.onnx`` as always
  (its vectors come from that graph); the run encodes a probe (fixed
  sentences and some of its own) and writes the vectors beside the file. The
  next run builds a session from the saved graph, encodes the probe again and
  uses the file only when every byte of every vector is the same; otherwise
  the key is refused for good and ``model.onnx`` is used.
- The file is used only while its size and modification time are the ones
  recorded when it was written (a file altered or replaced since is made
  anew). Every file is written under a temporary name and renamed into place.

Nothing here raises: a folder that cannot be written, a full disk or an
unreadable record means "use ``model.onnx``". At most :data:`KEEP` graphs are
kept (another environment may use another ONNX Runtime); older ones, and
temporary files left by a run that was killed, are deleted when one is
written. ``WORKBENCH_GRAPH_CACHE=0`` turns it off; ``WORKBENCH_GRAPH_DIR``
puts it elsewhere (the tests share one for a whole run).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

from . import vector_cache

PREFIX = "minilm-graph-"
KEEP = 2
_STALE_TEMP = 3600  # seconds; a temporary file older than this was left by a killed run

#: Sentences every probe encodes: short and long, digits, accents, punctuation.
PROBE = (
    "Police said 12 people were hurt.",
    "The magnitude 6.1 earthquake struck at 14:30 local time on Tuesday, 3 March 2009.",
    "« Nous ne savions pas », a déclaré le maire de Saint-Étienne.",
    "Shares fell 4.5% to $31.20 after the company's chief executive, Jane O'Neil, resigned.",
    "Yes.",
    " ".join(["The ministry confirmed the figure and said more would follow."] * 6),
)


def folder() -> Path | None:
    """Where graphs are kept, or None when turned off."""
    if os.environ.get("WORKBENCH_GRAPH_CACHE", "1") == "0":
        return None
    own = os.environ.get("WORKBENCH_GRAPH_DIR")
    if own:
        return Path(own)
    try:
        return vector_cache.base_folder()
    except (RuntimeError, KeyError):  # no home folder to be found
        return None


class GraphCache:
    """One optimised graph and its record (``<name>.onnx``, ``<name>.json``)."""

    def __init__(self, where: Path, key: str) -> None:
        self.where = where
        self.path = where / f"{PREFIX}{key}.onnx"
        self.record_path = where / f"{PREFIX}{key}.json"

    # -- reading ---------------------------------------------------------------

    def record(self) -> dict | None:
        """The record, or None when it is missing, unreadable or does not fit the file."""
        try:
            rec = json.loads(self.record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(rec, dict):
            return None
        if rec.get("refused"):
            return rec
        try:
            st = self.path.stat()
        except OSError:
            return None
        if rec.get("size") != st.st_size or rec.get("mtime_ns") != st.st_mtime_ns:
            return None
        return rec

    def state(self) -> str:
        """``verified``, ``unverified`` (written, not yet checked), ``refused`` or ``missing``."""
        rec = self.record()
        if rec is None:
            return "missing"
        if rec.get("refused"):
            return "refused"
        return "verified" if rec.get("verified") else "unverified"

    def probe(self) -> tuple[list[str], bytes] | None:
        """The probe texts and the vector bytes the original graph gave them."""
        rec = self.record()
        try:
            return list(rec["probe"]), base64.b64decode(rec["vectors"])  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            return None

    # -- writing ---------------------------------------------------------------

    def temp_target(self) -> Path | None:
        """A fresh temporary path for ONNX Runtime to save the graph to, or None
        when no graph should be made (already there, refused, folder unusable)."""
        if self.state() != "missing":
            return None
        try:
            self.where.mkdir(parents=True, exist_ok=True)
            self._clean()
            fd, name = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=self.where)
            os.close(fd)
        except OSError:
            return None
        return Path(name)

    def keep(self, temp: Path, probe: list[str], vectors: bytes) -> None:
        """Put the graph ONNX Runtime saved at ``temp`` in place, unverified,
        with the probe's vectors from the original graph."""
        try:
            st = temp.stat()
            if st.st_size == 0:
                raise OSError("empty graph")
            self._write_record(
                {
                    "size": st.st_size,
                    "mtime_ns": st.st_mtime_ns,
                    "verified": False,
                    "probe": probe,
                    "vectors": base64.b64encode(vectors).decode("ascii"),
                }
            )
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()

    def verified(self, same: bool) -> None:
        """The probe was encoded from the saved graph: same bytes or not."""
        rec = self.record()
        if rec is None:
            return
        with contextlib.suppress(OSError):
            if same:
                self._write_record({**rec, "verified": True})
            else:
                self.refuse()

    def refuse(self) -> None:
        """Never use a graph for this key (the original graph is used)."""
        with contextlib.suppress(OSError):
            self._write_record({"refused": True})
            self.path.unlink(missing_ok=True)

    def discard(self) -> None:
        """Delete the graph and its record (unreadable by ONNX Runtime): made anew next time."""
        for p in (self.path, self.record_path):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)

    def _write_record(self, rec: dict) -> None:
        fd, name = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=self.where)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(rec, fh)
            os.replace(name, self.record_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise

    def _clean(self) -> None:
        """Delete temporary files of killed runs and all but the newest graphs."""
        now = time.time()
        graphs = []
        for p in self.where.glob(f"*{PREFIX}*"):
            with contextlib.suppress(OSError):
                if p.name.startswith("."):
                    if p.stat().st_mtime < now - _STALE_TEMP:
                        p.unlink()
                elif p.suffix == ".onnx" and p != self.path:
                    graphs.append((p.stat().st_mtime, p))
        for _, p in sorted(graphs, reverse=True)[KEEP - 1 :]:
            for q in (p, p.with_suffix(".json")):
                with contextlib.suppress(OSError):
                    q.unlink(missing_ok=True)


def open_graph_cache(key: str) -> GraphCache | None:
    """The graph for this key, or None when the graph cache is turned off."""
    where = folder()
    return None if where is None else GraphCache(where, key)
