"""The run of a quotation a quote side is part of: its words up to where an
attribution ends a sentence (trial 50).

One source prints '“By acquiring SeaMicro, we are accelerating AMD’s
transformation …,” said Rory Read, president and CEO, AMD. / “SeaMicro is a
pioneer in low-power server technology. / The unmatched combination …”', a
second the same first sentence and then other words of his, a third the first
sentence alone. The quotation finder reads each source's quotation whole (a
paragraph left open runs on into the next one opening with a mark), so the
three were three versions of one sentence they quote alike, the finding and
the correction report padded with words none of them was compared on.

A quote's version is the words it quotes up to where it was compared: the
parts of its quotation to the end of the run that holds the side, a run
ending where an attribution ends a sentence ('“A,” he said. “B”' are two
runs). The runs before the side stay: '"A," she said. "B."' and '"A. B," she
said.' are one version of B (align32), and the sentences after the compared
one are the source's further quoting, not its version of this one. An
attribution that does not end a sentence ('“We're ready,” he said, “to
start.”') keeps its parts one run, and parts apart only by marks (a quotation
carried over paragraphs) are one run: how a source cut or punctuated one
remark is never a version (align32).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..model import Fact

# the attribution between two parts ends a sentence ('," he said. "'), not
# 'said Mr. Lang, "and …' (only its last stop counts)
_SENTENCE_ENDS = re.compile(r"[.!?]\s*[\"“‘']?\s*$|\n")


def _runs(fact: Fact, parts: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``parts`` in runs, a new run after an attribution that ends a sentence."""
    runs = [[parts[0]]]
    for (_, end), (start, stop) in pairwise(parts):
        between = fact.text[end - fact.start : start - fact.start]
        if re.search(r"\w", between) and _SENTENCE_ENDS.search(between):
            runs.append([])
        runs[-1].append((start, stop))
    return runs


def quote_run(fact: Fact, start: int, end: int) -> Fact:
    """``fact`` cut after the last run of its parts that ``start``..``end`` (a
    side's span) touches; the fact itself when it is one run or the side
    touches none of them."""
    parts = [(s, e) for s, e in fact.value.get("parts") or () if fact.start <= s < e <= fact.end]
    if len(parts) < 2:
        return fact
    runs = _runs(fact, parts)
    touched = [k for k, r in enumerate(runs) if r[0][0] < max(end, start + 1) and start < r[-1][1]]
    if not touched or touched[-1] == len(runs) - 1:
        return fact
    kept = [p for r in runs[: touched[-1] + 1] for p in r]
    s0, s1 = kept[0][0], kept[-1][1]
    # its words as printed: ``quoted.quote_words_key`` reads them as any quote's
    words = " ".join(fact.text[s - fact.start : e - fact.start] for s, e in kept)
    return replace(
        fact,
        start=s0,
        end=s1,
        text=fact.text[s0 - fact.start : s1 - fact.start],
        value={**fact.value, "quote": words, "parts": [list(p) for p in kept]},
    )
