"""Which decisions no longer found the report lists as orphaned."""

from __future__ import annotations

from typing import Any


def still_orphaned(item: dict[str, Any]) -> bool:
    """An item no longer found that is neither a correction confirmed made
    nor one that looks made (each listed under its own heading)."""
    return bool(item["orphaned"] and not item.get("confirmed") and not item["corrected"])
