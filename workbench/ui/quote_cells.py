"""A quotation's versions as the window names them in a few words (Qt-free).

User trial 47 read the findings list's two values of a quote finding as
lone words, 'a' against 'there another (+1)': a quote discrepancy's sides
are the words that changed, and nothing around them said where. The column
headers named each version by the quotation's first words, cut before the
change ('C · ‘The shock was tremendous, bu…’'). Both now show the words
around the change, as ``check`` labels the versions (``naming.where_they_differ``),
with less context so the change survives a narrow cell: '…business - and a
dozen…' against '…business - and there another dozen…'; a quotation cut
short or run on shows its end ('…cuffs hurt.'). The whole quotation stays in
the tooltips.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..naming import where_they_differ

QUOTE = "quote"
AROUND = (2, 1)  # shared words kept before and after the change
CHARS = 60  # at most, before the list's own cut between words


def version_cells(kind: str, values: Sequence[str]) -> list[str]:
    """Each version's few words where it differs from the others; the
    values themselves for a finding of another kind."""
    if kind != QUOTE or len(values) < 2:
        return list(values)
    return where_they_differ(values, CHARS, AROUND)


def pair_cells(kind: str, first: str, second: str) -> tuple[str, ...]:
    """The list's two values of a quote finding, told against each other;
    () for another kind (the list shows its sides' own words)."""
    if kind != QUOTE:
        return ()
    return tuple(where_they_differ([first, second], CHARS, AROUND))
