"""A sentence an article repeats word for word is compared once (fresh trial:
a 1.7 MB file holding one report pasted 700 times over, checked with ten
other reports, ran for more than ten minutes and was still grouping when
killed; now it takes seconds). Its copies add no flag the first statement
does not, and the other sentences are compared as before."""

from __future__ import annotations

from datetime import date

from workbench.analysis import analyze
from workbench.model import Article

REPORT = (
    "The storm killed 24 people in the coastal town of Marlow on Sunday, officials said. "
    "About 300 homes were damaged and the harbour will stay closed until Friday. "
    "The mayor said the town would need at least $40 million to rebuild."
)
OTHER = (
    "Officials said the storm killed 12 people in the coastal town of Marlow on Sunday. "
    "Some 300 homes were damaged, and the harbour will stay shut until Friday. "
    "Rebuilding will cost at least $60 million, the mayor said."
)


def _article(ident: str, text: str) -> Article:
    return Article(ident, f"{ident}.txt", "Storm", "", date(2021, 6, 21), "", text, ident)


def _flags(times: int):
    result = analyze([_article("pasted", " ".join([REPORT] * times)), _article("other", OTHER)])
    return sorted(
        (d.kind, d.verdict.value, "|".join(sorted(s.text for s in d.sides)))
        for d in result.discrepancies
    ), result


def test_a_report_pasted_over_and_over_is_compared_once():
    once, single = _flags(1)
    many, pasted = _flags(40)
    assert once and many == once
    # only the first statement of each sentence is aligned
    aligned = {c for a in pasted.alignments for c in (a.left, a.right) if c.startswith("pasted:")}
    assert aligned and aligned <= {"pasted:0", "pasted:1", "pasted:2"}
    assert len(pasted.alignments) == len(single.alignments)
