"""sqlite-utils, imported without NumPy and pandas.

sqlite-utils imports both when they are installed, only to map their number
types to column types. The review log never stores them (scores are written
as Python floats), and NumPy alone costs about 0.1 s of every start-up of
the lexical path, which otherwise never needs it (issue 14). When NumPy is
already loaded (the embedding path), sqlite-utils simply gets it.
"""

from __future__ import annotations

import sys


def load() -> None:
    if "sqlite_utils" in sys.modules:
        return
    blocked = [m for m in ("numpy", "pandas") if m not in sys.modules]
    for m in blocked:
        sys.modules[m] = None  # type: ignore[assignment]  # "import numpy" fails
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for m in blocked:
            del sys.modules[m]


load()
