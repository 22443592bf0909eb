"""Load the sentence model while the program is still importing (issue 14).

A ``check`` of a few articles on the embedding path used to do one thing
after another: import the engine (about 0.4 s, Python code: it holds the
GIL), then load the model (NumPy, ONNX Runtime, the hash of ``model.onnx``,
the vocabulary), build the ONNX Runtime session from the saved optimised
graph, and only then encode. Loading and building mostly wait on the disk or
run in ONNX Runtime's C++ code, so on a second core they can go on while
the engine is imported. :func:`start_for` begins that on a thread before
anything else is imported (:mod:`workbench.entry`), for the commands that
analyse articles (``check``, ``open``); the analysis then finds the model
loaded and, usually, the session ready. The thread is not a daemon: the
process waits for it before it exits (ONNX Runtime is never torn down under
a thread still building a session), at most the few tenths of a second the
loading takes.

It changes no result: it is the same model, loaded by the same code
(:func:`workbench.embed._get`), and the same session, built by the same code
from the same saved graph, which only the first sentences to encode would
otherwise have built. The session is built ahead only

- when the saved graph is there and was already checked bit for bit (a
  first run makes it from ``model.onnx`` with the run's own sentences as the
  probe, so it cannot start before they are known);
- when every path named is an article file and together they are at most
  :data:`MAX_BYTES` (the limit under which :mod:`workbench.embed_ahead`
  encodes while facts are read: the session's ~190 MB on top of reading a
  larger analysis would break the 300 MB target);
- before any analysis released the session (a long-lived window does not get
  a session built for nothing).

A run whose sentences are all in the vector cache did not build the session
before; with this it builds it on the other core (about 0.1 s of CPU) and
drops it.

Off unless ``WORKBENCH_PRELOAD=1`` (session 13): on the shared machine it was
never measured faster. Paired with the serial order in the same runs
(``benchmarks.speed --paths "emb preload,emb cold"``), the seeds took 1.39 s
wall instead of 1.25 s at load 1.5 (medians of 15) and 0.03-0.13 s more CPU
at load 1.5-6; at load 4-7 the wall times were noise. Two threads that both
want the GIL and a core gain nothing when the other core is taken; whether it
helps on a quiet machine is still to be measured. ``WORKBENCH_EMBEDDINGS=0``
(the lexical path) and a missing extra start nothing. Any failure is left to
the analysis's own call, which reports it and falls back to the lexical score.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .embed import _Model

MAX_BYTES = 400_000  # as embed_ahead.MAX_CHARS; file bytes, at least the text's characters
COMMANDS = ("check", "open")
_LOGS = (".sqlite", ".db")  # `open LOG`: no articles named
#: options of ``check`` and ``open`` followed by a value that is not an article
VALUED = ("--db", "--json", "--report", "--published")


def start_for(argv: Sequence[str]) -> threading.Thread | None:
    """:func:`start` for a command line as typed (``sys.argv[1:]``), read
    without argparse (not imported yet); a line it misreads starts nothing
    that matters, since the command's own parsing decides what runs."""
    if not argv or argv[0].startswith("-"):
        return None
    paths: list[str] = []
    skip = False
    for k, arg in enumerate(argv[1:]):
        if skip:
            skip = False
        elif arg == "--":
            paths += argv[k + 2 :]
            break
        elif arg.startswith("-"):
            skip = arg in VALUED
        else:
            paths.append(arg)
    return start(argv[0], paths)


def wanted(command: str | None) -> bool:
    """Whether ``command`` on this machine should load the model ahead."""
    if command not in COMMANDS:
        return False
    if os.environ.get("WORKBENCH_EMBEDDINGS", "1") == "0":
        return False
    if os.environ.get("WORKBENCH_PRELOAD", "0") != "1":  # off by default: see above
        return False
    try:  # located, not imported
        return all(importlib.util.find_spec(m) is not None for m in ("numpy", "onnxruntime"))
    except (ImportError, ValueError):
        return False


def small_articles(paths: Sequence[str]) -> bool:
    """True when ``paths`` are article files of at most :data:`MAX_BYTES` together."""
    total = 0
    for p in paths:
        if p.lower().endswith(_LOGS) or "://" in p:
            return False
        try:
            st = os.stat(p)
        except (OSError, ValueError):
            return False
        if not os.path.isfile(p):
            return False
        total += st.st_size
    return 0 < total <= MAX_BYTES


def start(command: str | None, paths: Sequence[str]) -> threading.Thread | None:
    """Load the model (and build its session when :func:`small_articles`) on a
    thread, or None when ``command`` analyses nothing or the extra is off."""
    if not wanted(command) or not paths:
        return None
    # as the model's loading does, before NumPy may be imported by either thread
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    build = small_articles(paths)
    thread = threading.Thread(target=_load, args=(build,), name="model-preload")
    thread.start()
    return thread


def _load(build: bool) -> None:
    from . import embed

    try:
        model = embed._get()
        if build:
            prebuild(model)
    except Exception:  # noqa: BLE001 - the analysis's own call reports it
        return


def prebuild(model: _Model) -> bool:
    """Build ``model``'s session from its checked saved graph unless it is built,
    an analysis already released it, or there is no checked graph. True when built."""
    with model._session_lock:
        if model._session is not None or model.releases or model.encoded:
            return False
        if model.graph is None or model.graph.state() != "verified":
            return False
        model.session  # noqa: B018 - builds it
        return True
