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
caches (vectors in an SQLite transaction of their own, kept or not)."""

from __future__ import annotations

import os
import sys
import threading


def main() -> int:
    ahead: threading.Thread | None = None
    try:
        # the sentence model loads on another core while the rest is imported (issue 14)
        from .embed_preload import start_for

        ahead = start_for(sys.argv[1:])
        from .cli import main as run
    except KeyboardInterrupt:
        print("workbench: interrupted before it started; nothing was changed", file=sys.stderr)
        return end(130, ahead)
    try:
        status = run()
    except SystemExit as exc:  # argparse: a usage error, --help
        if ahead is None or not ahead.is_alive():
            raise
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
        status = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return end(status, ahead)


def end(status: int, ahead: threading.Thread | None) -> int:
    """``status``, or the process ended now with it when the model is still
    being loaded or its sentences encoded ahead (see above)."""
    if ahead is None or not ahead.is_alive():
        return status
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say there
            pass
    os._exit(status)
