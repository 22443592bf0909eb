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

import re
from collections.abc import Callable, Sequence

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


_MORE = re.compile(r" \(\+\d+\)$")  # the list's count of more versions
_WORD = re.compile(r"\w")


def fit_change(text: str, fits: Callable[[str], bool]) -> str:
    """A quotation's change label cut to a narrow cell by its context first:
    the words before the change from the start, then the word after it, so
    '…business - and a dozen…' reads '…and a dozen…', '…a dozen…' (the list's
    cut between words kept both ends and dropped the change: '…business - …
    dozen…'). '' when even the change alone does not fit."""
    more = _MORE.search(text)
    tail = more.group(0) if more else ""
    words = text[: more.start()].split() if more else text.split()
    if not words:
        return ""
    opened, closed = words[0].startswith("…"), words[-1].endswith("…")
    words = [words[0].removeprefix("…"), *words[1:]]
    words = [*words[:-1], words[-1].removesuffix("…")]
    # the places to cut: after each word of context before the change (a dash
    # or other mark going with it), then before each word of context after it
    before, after = AROUND
    worded = [k for k, w in enumerate(words) if _WORD.search(w)]
    starts = [0, *[k + 1 for k in worded[:before]]]
    ends = [k for k in reversed(worded)][:after]
    cuts = [(b, len(words)) for b in starts] + [(starts[-1], e) for e in ends]
    for head, stop in cuts:
        while head < stop and not _WORD.search(words[head]):
            head += 1  # no line opens on a dash
        kept = words[head:stop]
        end = len(words) - stop
        if not kept:
            break
        lead = "…" if opened or head else ""
        trail = "…" if closed or end else ""
        said = f"{lead}{' '.join(kept)}{trail}{tail}"
        if fits(said):
            return said
    return ""


def pair_cells(kind: str, first: str, second: str) -> tuple[str, ...]:
    """The list's two values of a quote finding, told against each other;
    () for another kind (the list shows its sides' own words)."""
    if kind != QUOTE:
        return ()
    return tuple(where_they_differ([first, second], CHARS, AROUND))
