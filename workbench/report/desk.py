"""The correction report as a desk reads it (user trial 48, problem 8).

The trial would send the HTML to a desk editor it knew, not to an outside
desk: a quotation's version carried a machine line, "value: 'I wish' → i
wish my successor all the best and say good luck…" (the quotation's words
lower-cased, as the comparison reads them; the version above it already
gives the quotation as written); a decision said "on 2 of its 3
discrepancies" (the engine's word for a pair of sources); the "All findings"
table held 60-word quotations in its cells. These say the same in the desk's
words; nothing is left out that the JSON and the CSV keep."""

from __future__ import annotations

from typing import Any

from ..naming import where_they_differ

TABLE_QUOTE = 70  # characters of a quotation in the "All findings" table, around its change


def shows_reading(item: dict[str, Any], src: dict[str, Any]) -> bool:
    """Whether a source's normalised reading is worth a line: a date's day, a
    figure's unit, yes; a quotation's own words lower-cased, no."""
    return bool(src["normalized"]) and item["kind"] != "quote"


def scope_words(count: int, total: int) -> str:
    """ " (for 2 of its 3 pairs of sources)" when a decision covers only some."""
    if count == total:
        return ""
    return f" (for {count} of its {total} pairs of sources)"


def table_values(item: dict[str, Any]) -> list[str]:
    """Each version as the table shows it: a quotation around where it
    differs from the others ('… I just want to wish my successor…'), as
    check labels it; any other value whole."""
    values = [v["value"] for v in item["versions"]]
    if item["kind"] == "quote" and len(values) > 1:
        return where_they_differ(values, TABLE_QUOTE)
    return values
