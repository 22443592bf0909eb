"""The correction report as a desk reads it (user trial 48, problem 8).

The trial would send the HTML to a desk editor it knew, not to an outside
desk: a quotation's version carried a machine line, "value: 'I wish' → i
wish my successor all the best and say good luck…" (the quotation's words
lower-cased, as the comparison reads them; the version above it already
gives the quotation as written); a decision said "on 2 of its 3
discrepancies" (the engine's word for a pair of sources); the "All findings"
table held 60-word quotations in its cells. These say the same in the desk's
words; nothing is left out that the JSON and the CSV keep.

Polish51 (the same trial, read again): a name's reading still followed it
when it only repeated it ("value: 'Armando Iannucci' → Armando Iannucci"),
and the line began with the engine's word "value:"; the notes of dismissed
findings — why the tool was wrong, for the review team — stood in the
desk's table beside real ones (``notes.desk_notes``)."""

from __future__ import annotations

import re
from typing import Any

from ..naming import where_they_differ

READ_AS = "read as"  # the line of a source's reading: "read as: “today” → today = Mon 27 Apr"

TABLE_QUOTE = 70  # characters of a quotation in the "All findings" table, around its change


def shows_reading(item: dict[str, Any], src: dict[str, Any]) -> bool:
    """Whether a source's normalised reading is worth a line: a date's day, a
    figure's unit, yes; a quotation's own words lower-cased, no, nor a
    reading that only repeats the value ('Malcom Tucker' → 'Malcom Tucker')."""
    if not src["normalized"] or item["kind"] == "quote":
        return False
    return _letters(src["normalized"]) != _letters(src.get("value", ""))


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


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
