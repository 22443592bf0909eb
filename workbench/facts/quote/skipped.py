"""Words left out inside a quotation that keep its meaning: "shortened;
meaning kept" (session 36, issue 11).

"We will rebuild the school, and the library, before winter" quoted as "We
will rebuild the school … before winter" keeps the words in order and skips a
clause: consistent, unless the words skipped can turn the rest (a negation,
a "but", a condition, a bound in time, an exception, a qualifier or a hedge:
``cutwords.cues``). A skip marked by an ellipsis ("…", "...", ". . .",
"[…]") or made where the reporter splits the quotation around its
attribution must begin or end where a clause of the longer version does; a
skip printed as if nothing were cut must be whole clauses of it (a comma, a
dash or a sentence break on both sides), else it stays the change of words it
was ("drops 'in germany'").
"""

from __future__ import annotations

from .cutwords import cues
from .mention import QuoteMention
from .questions import as_written
from .shortened import clause_breaks


def kept_meaning(long_q: QuoteMention, gone: list[tuple[int, int]], unmarked: bool) -> str | None:
    """Why skipping the token ranges ``gone`` of ``long_q`` keeps its meaning,
    said for the explanation; None when it may not."""
    breaks = clause_breaks(long_q) | {0, len(long_q.tokens)}
    shown = []
    for t0, t1 in gone:
        words = list(long_q.tokens[t0:t1])
        if not words or cues(words, tail=False):
            return None
        at_start, at_end = t0 in breaks, t1 in breaks
        if unmarked and not 0 < t0 < t1 < len(long_q.tokens):
            return None  # a cut at an end is read as one (cutshort.py, compare._altered)
        if not (at_start and at_end if unmarked else at_start or at_end):
            return None
        shown.append(as_written(long_q, t0, t1, words))
    said = " … ".join(f"'{w}'" for w in shown)
    return (
        f"{said}, {'whole clauses, unmarked' if unmarked else 'a clause'}; the words skipped "
        "carry no negation, 'but', condition or qualifier and the rest keep their order: "
        "shortened; meaning kept — consistent"
    )
