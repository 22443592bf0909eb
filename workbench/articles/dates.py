"""Publication dates as articles give them: strict ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

from .errors import ArticleError


def parse_date(value: str, where: str = "") -> date:
    """Parse ``YYYY-MM-DD`` strictly; an impossible date is an error, not a guess."""
    value = value.strip().strip("\"'")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?", value)
    if not m:
        raise ArticleError(f"{where}invalid date {value!r}: expected YYYY-MM-DD")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise ArticleError(f"{where}invalid date {value!r}: {exc}") from None
