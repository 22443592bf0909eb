"""``workbench check`` in a process of its own that stops before its analysis
until told to go: two real checks on one real log can then be made to
overlap, one saving while the other has read the log and not yet saved.

    python -m tests.helpers.gated_check GATE check FILE... --db LOG

writes ``GATE.ready`` once the check has read the log (its story guard is
made) and waits for ``GATE.go`` to exist before it analyses and saves."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from workbench import cli, service


def main() -> int:
    gate, argv = sys.argv[1], sys.argv[2:]
    real = service.analyse

    def analyse(*args, **kwargs):
        Path(gate + ".ready").touch()
        while not Path(gate + ".go").exists():  # a barrier, not a timing assumption
            time.sleep(0.02)
        return real(*args, **kwargs)

    service.analyse = analyse
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
