"""Load the sentence model and encode the articles' sentences while the
program is still importing (issue 14).

A ``check`` or ``open`` of a few articles on the embedding path used to do
one thing after another: import the engine (about 0.4 s for ``check``, 1-1.5 s
with the window's Qt modules; Python code: it holds the GIL), then load the
model (NumPy, ONNX Runtime, the hash of ``model.onnx``, the vocabulary),
build the ONNX Runtime session from the saved optimised graph, and encode.
Building the session and running the model happen in ONNX Runtime's C++ code
with the GIL released (a Python thread ticking beside a session being built
was never held off more than 8 ms), so on a second core they go on while
the program imports. :func:`start_for` begins that on a thread before
anything else is imported (:mod:`workbench.entry`), for the commands that
analyse articles (``check``, ``open``): it loads the model, reads the named
article files, splits their sentences as the analysis does, and encodes
them into the model's cache (:func:`encode_files`). The analysis then finds
every vector made; a vector does not depend on the batch it was made in, so
they are the same bits (tests/test_embed.py, tests/test_embed_preload.py).
The thread is not a daemon: the process waits for it before it exits (ONNX
Runtime is never torn down under a thread still running it); it stops
between two batches once the main thread has ended (a command that failed
early, Ctrl+C).

The sentences are encoded ahead only

- when the model's saved graph is there and was already checked bit for bit
  (a first run makes it from ``model.onnx`` with the run's own sentences as
  the probe);
- when every path named is an article file and together they are at most
  :data:`MAX_BYTES` (the limit under which :mod:`workbench.embed_ahead`
  encodes while facts are read: the session's ~190 MB on top of reading a
  larger analysis would break the 300 MB target); otherwise nothing starts,
  unless ``WORKBENCH_PRELOAD=1`` asks for the model alone to be loaded ahead
  (session 13's preload);
- before any analysis encoded or released (a long-lived window does not get
  a session built for nothing).

Sentences already in the vector cache are read from it, as the analysis
would; the session is built only for the others. A few sentences the
aligner leaves out (credits, a sentence repeated word for word) are encoded
too: a few milliseconds each.

On by default since session 16; ``WORKBENCH_PRELOAD=0`` turns it off. Session
13 loaded only the model and the session ahead, and that was not measured
faster (two threads that both want the GIL gain nothing); encoding the
sentences too puts the model's own running, most of a small analysis, on the
other core. Paired against the serial order in the same minutes (README,
session 16): the window's first results for the seeds 1.73 s instead of
2.15 s at load 3.0, ``check`` of 50 articles 6.66 s wall instead of 10.47 at
load 4.0. ``WORKBENCH_EMBEDDINGS=0`` (the lexical path) and a missing extra
start nothing. Any failure is left to the analysis's own call, which reports
it and falls back to the lexical score.
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
MAX_SENTENCES = 20_000  # as embed.CACHE_SIZE: every vector made ahead stays in the process
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
    if os.environ.get("WORKBENCH_PRELOAD", "1") == "0":
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
    """Load the model and encode the sentences of ``paths`` when
    :func:`small_articles` on a thread, or None when ``command`` analyses
    nothing or the extra is off. More or other paths: nothing, unless
    ``WORKBENCH_PRELOAD=1`` asks for the model alone to be loaded ahead
    (session 13's preload, not measured faster)."""
    if not wanted(command) or not paths:
        return None
    build = small_articles(paths)
    if not build and os.environ.get("WORKBENCH_PRELOAD") != "1":
        return None
    # as the model's loading does, before NumPy may be imported by either thread
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    thread = threading.Thread(target=_load, args=(build, list(paths)), name="model-preload")
    thread.start()
    return thread


def _load(build: bool, paths: Sequence[str] = ()) -> None:
    from . import embed

    try:
        model = embed._get()
        if build:
            encode_files(model, paths)
    except Exception:  # noqa: BLE001 - the analysis's own call reports it
        return


def sentences_of(paths: Sequence[str]) -> list[str]:
    """Every sentence of the article files ``paths``, read and split as the
    analysis reads and splits them, each once; a file that cannot be read
    adds none (the analysis reports it)."""
    from .articles import ArticleError, load_article
    from .sentences import split_sentences

    texts: dict[str, None] = {}
    for p in paths:
        try:
            text = load_article(p, None, "ahead").text
        except (ArticleError, OSError, ValueError):
            continue
        texts.update((text[s:e], None) for s, e in split_sentences(text))
    return list(texts)


def encode_files(model: _Model, paths: Sequence[str]) -> int:
    """Encode the sentences of ``paths`` into ``model``'s cache while the
    program is still importing (the window's imports take 1-1.5 s; running
    the model releases the GIL, so it goes on on the other core). The
    analysis then finds the vectors cached: a vector does not depend on the
    batch it was made in (tests/test_embed.py), so they are the same bits.
    A few sentences the aligner leaves out (credits, repeats) are encoded
    too. Returns how many sentences were asked for."""
    from .embed_poll import polling

    if not ahead_of_analysis(model):
        return 0
    texts = sentences_of(paths)
    if not texts or len(texts) > MAX_SENTENCES:
        return 0
    try:
        with polling(_stop_when_the_program_ends):
            model.encode(texts)
    except _Ended:
        pass
    finally:
        if model.releases:  # an analysis ended meanwhile: nobody wants the session now
            model.release()
    return len(texts)


class _Ended(Exception):
    """The program is ending: what is still to encode is not wanted."""


def _stop_when_the_program_ends() -> None:
    """Between two batches: stop once the main thread has finished (a
    command that failed early, Ctrl+C), so the process does not wait for
    sentences nobody will use (the thread is not a daemon, see above)."""
    if not threading.main_thread().is_alive():
        raise _Ended()


def ahead_of_analysis(model: _Model) -> bool:
    """Whether ``model`` may build its session ahead: no analysis encoded or
    released it yet (a long-lived window gets no session built for nothing),
    and its saved graph was checked bit for bit (a first run makes it from
    ``model.onnx`` with the analysis's own sentences as the probe)."""
    if model.releases or model.encoded:
        return False
    return model.graph is not None and model.graph.state() == "verified"
