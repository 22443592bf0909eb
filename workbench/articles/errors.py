"""The one error the article loader raises, and file names fit for its message."""

from __future__ import annotations

import re
from pathlib import Path


class ArticleError(ValueError):
    """A file that cannot be read as an article; ``str()`` is one line."""


_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def display_name(path: str | Path) -> str:
    """The path as given, with line breaks and controls escaped: a file called
    ``"a\\nb.txt"`` must not split an error message over two lines."""
    return _CONTROL_IN_NAME.sub(lambda m: repr(m.group())[1:-1], str(path))
