"""Whether a command-line argument is a web address rather than a file name.

Apart from :mod:`.fetch` so that a check of local files tells the two apart
without importing the web client (``http.client``, ``ssl``, ``urllib.request``:
issue 14, start-up of the lexical path).
"""

from __future__ import annotations

import re

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(arg: str) -> bool:
    """Whether a command-line argument is an address rather than a file name."""
    return bool(_URL.match(arg))
