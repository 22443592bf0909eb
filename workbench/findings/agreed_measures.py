"""An agreement whose versions are ratios of different things says which
thing each is of (trial 44, P6): "‘one sixth / a sixth’ ≈ ‘a quarter / one
quarter’" read as 1/6 ≈ 1/4, where the sources said "one quarter the power
and one sixth the space". Whether two such figures should be one finding at
all is the pairing's question; while they are, the line names the measure of
each, read by ``facts.ratios.ratio_of`` from each figure's own sentence."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.ratios import ratio_of
from ..naming import quoted

# one version: its label and where it is written, (sentence, start, end) each
Placed = tuple[str, Sequence[tuple[str, int, int]]]


def measured_labels(versions: Sequence[Placed]) -> list[str] | None:
    """Each version's label with the one measure its figures are of ("‘one
    sixth’ (of the space)"), when every version reads exactly one and two
    versions read different ones; else None (the line stays as it was)."""
    read = []
    for value, places in versions:
        got = {ratio_of(text, start, end, value) for text, start, end in places}
        got.discard("")
        if len(got) != 1:
            return None
        read.append(next(iter(got)))
    if len(set(read)) < 2:
        return None
    return [
        f"{quoted(value, '‘', '’')} (of the {m})"
        for (value, _), m in zip(versions, read, strict=True)
    ]
