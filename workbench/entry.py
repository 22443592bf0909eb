"""The ``workbench`` command's entry point: Ctrl+C while the program is still
starting (importing the command line and what it needs) ends quietly with
status 130, as it does later, instead of a traceback (fresh CLI trial).

A command that ends while the sentence model is still being loaded ahead
(:mod:`workbench.embed_preload`: a ``check`` refused for a bad date or a
missing file, Ctrl+C) ends at once instead of waiting 0.3-1 s for a model
nobody will use (issue 14, session 17): what it printed is flushed and the
process ends with :func:`os._exit`. That thread is not a daemon because
ONNX Runtime must never be torn down under it (Python's finalisation and
the C++ library's destructors while it builds a session); ``os._exit`` runs
neither. What the thread would still have done is only the model's own
caches (vectors in an SQLite transaction of their own, kept or not).

``check`` ends the same way once it has finished: everything it writes is
closed by then (the review log, ``--json`` and ``--report`` written and
renamed, the vector cache committed), and the interpreter's teardown (freeing
NumPy's, ONNX Runtime's and the engine's modules and objects) was 0.07-0.10 s
of CPU lexical and 0.11-0.18 s on the embedding path of a 1.3-1.5 s seeds
check (session 17). The window already ends so (``ui/app.py``)."""

from __future__ import annotations

import gc
import os
import sys
import threading

#: commands that end without the interpreter's teardown once finished (see above)
QUICK_END = ("check",)


def main() -> int:
    ahead: threading.Thread | None = None
    try:
        from . import regex_cache

        regex_cache.install()  # patterns compiled from the code kept by earlier runs
        # the sentence model loads on another core while the rest is imported (issue 14)
        from .embed_preload import start_for

        ahead = start_for(sys.argv[1:])
        from .cli import main as run
    except KeyboardInterrupt:
        print("workbench: interrupted before it started; nothing was changed", file=sys.stderr)
        return end(130, ahead)
    quick = sys.argv[1:2] in ([c] for c in QUICK_END)
    if quick:
        no_collections()
    try:
        status = run()
    except SystemExit as exc:  # argparse: a usage error, --help
        if ahead is None or not ahead.is_alive():
            raise
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
        status = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    regex_cache.save()
    return end(status, ahead, quick)


def no_collections() -> None:
    """``check`` runs without Python's cyclic garbage collector.

    An analysis makes no reference cycles (``ui/tasks.GuiThreadCollector``
    measured it, and the window runs its analyses with automatic collection
    off already; issue 14, session 36: 200 ECB+ articles peaked at 145 MB
    with the collector off and 144 MB with it on), so every collection in a
    check only walks live objects: about 1,500 of them took 0.9-1.0 s of the
    main thread's 14 s at 200 articles, lexical (nine full ones 0.75 s, each
    walking every engine object alive); with the imports frozen and 100,000
    new objects between two collections, still 0.2 s. A check ends with
    :func:`os._exit` (:func:`end`), so nothing is left to collect at its end.
    Only garbage is ever collected: no result changes either way."""
    gc.disable()


def end(status: int, ahead: threading.Thread | None, finished: bool = False) -> int:
    """``status``, or the process ended now with it when the model is still
    being loaded or its sentences encoded ahead, or when a ``finished``
    command has nothing left to do (see above)."""
    if not finished and (ahead is None or not ahead.is_alive()):
        return status
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say there
            pass
    os._exit(status)
