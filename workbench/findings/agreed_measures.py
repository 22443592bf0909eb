"""An agreement whose versions are ratios of different things says which
thing each is of (trial 44, P6): "‘one sixth / a sixth’ ≈ ‘a quarter / one
quarter’" read as 1/6 ≈ 1/4, where the sources said "one quarter the power
and one sixth the space". Whether two such figures should be one finding at
all is the pairing's question; while they are, the line names the measure of
each, read by ``facts.ratios.ratio_of`` from each figure's own sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..facts.ratios import ratio_of
from ..naming import quoted

# one version: its label and where it is written, (sentence, start, end) each
Placed = tuple[str, Sequence[tuple[str, int, int]]]


def measured_labels(versions: Sequence[Placed]) -> list[str] | None:
    """Each version's label with the one measure its figures are of ("‘one
    sixth’ (of the space)"), when every version reads exactly one (a figure
    whose words name none aside) and two versions read different ones; else
    None (the line stays as it was)."""
    read = measures_apart(versions)
    if read is None:
        return None
    return [f"{quoted(v, '‘', '’')} (of the {m})" for (v, _), m in zip(versions, read, strict=True)]


def measures_apart(versions: Sequence[Placed]) -> list[str] | None:
    """The one measure each version's figures are of, or None unless every
    version reads exactly one and two read different ones."""
    read = []
    for value, places in versions:
        got = {ratio_of(text, start, end, value) for text, start, end in places}
        got.discard("")
        if len(got) != 1:
            return None
        read.append(next(iter(got)))
    return read if len(set(read)) > 1 else None


def report_measures(versions: Sequence[Mapping[str, Any]]) -> list[str] | None:
    """``measures_apart`` of a report's versions (each source's sentence,
    ``claim``, and the words it states, ``value``)."""
    placed: list[Placed] = []
    for v in versions:
        places = []
        for s in v["sources"]:
            at = s["claim"].find(s["value"]) if s["value"] else -1
            places.append((s["claim"], at, at + len(s["value"])) if at >= 0 else ("", 0, 0))
        placed.append((v["value"], places))
    return measures_apart(placed)
