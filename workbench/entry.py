"""The ``workbench`` command's entry point: Ctrl+C while the program is still
starting (importing the command line and what it needs) ends quietly with
status 130, as it does later, instead of a traceback (fresh CLI trial)."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        # the sentence model loads on another core while the rest is imported (issue 14)
        from .embed_preload import start_for

        start_for(sys.argv[1:])
        from .cli import main as run
    except KeyboardInterrupt:
        print("workbench: interrupted before it started; nothing was changed", file=sys.stderr)
        return 130
    return run()
