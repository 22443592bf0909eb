"""A company's fiscal year-end told in one report, read in the others (session 43,
issue 11).

"The company's financial year ends in June" in one report placed that report's
"fiscal Q2" (October to December, :mod:`.fiscal_periods`), but another report of
the story naming "fiscal Q2" and no year-end left its quarter without months: it
was compared by name only, never with a third report's "the three months to
December". As :mod:`.story_zone` does for clocks: when the reports that state an
end of a fiscal year (or anchor a fiscal period to its months) all state one
month, the fiscal periods of no months of a report that states none are placed by
it, and its "fiscal 2026" or "FY26" made that fiscal year. Two ends stated (two
companies, or a slip): nothing is read. A report's own end is always its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ...model import Fact
from .fiscal_periods import fiscal_year_end, placed_by_story
from .mention import TimeMention

__all__ = ["with_story_fiscal_year"]


def with_story_fiscal_year(
    facts: Sequence[Fact],
    told: Mapping[str, Sequence[str]],
    published: Mapping[str, date | None],
) -> list[Fact]:
    """The facts, the fiscal periods of reports that state no fiscal year-end placed
    by the one the other reports state."""
    if not any("fiscal" in t.lower() or "financial" in t.lower() or "FY" in t
               for ts in told.values() for t in ts):  # fmt: skip
        return list(facts)
    ends = {a: fiscal_year_end(texts) for a, texts in told.items()}
    stated = {e for e in ends.values() if e is not None}
    if len({e[0] for e in stated}) != 1:
        return list(facts)
    story_end = max(stated)
    out = []
    for f in facts:
        m = f.mention
        if isinstance(m, TimeMention) and ends.get(f.article, story_end) is None:
            text = _claim_text(f, told)
            if text is not None:
                placed = placed_by_story(text, m, story_end, published.get(f.article))
                if placed is not m:
                    f = replace(f, mention=placed, value=placed.to_json())
        out.append(f)
    return out


def _claim_text(f: Fact, told: Mapping[str, Sequence[str]]) -> str | None:
    """The sentence of the fact (its claim id ends in its index in the report)."""
    texts = told.get(f.article, ())
    i = f.claim.rsplit(":", 1)[-1]
    return texts[int(i)] if i.isdigit() and int(i) < len(texts) else None
