"""How an altered quotation's changed words are said (trial 36).

"ECB+ 18_2ecb has 'were' where ECB+ 18_3ecb has '—'" showed a missing word
as a dash an editor had to decode. Words one side lacks are said as dropped
("ECB+ 18_3ecb drops 'were'"); words replaced keep "has … where … has".
"""

from __future__ import annotations

from collections.abc import Sequence

Op = tuple[str, int, int, int, int]  # (tag, i1, i2, j1, j2) of difflib, on word lists


def changed_words(core: Sequence[Op], ta: Sequence[str], tb: Sequence[str], a: str, b: str) -> str:
    """What ``a`` (words ``ta``) and ``b`` (``tb``) change at each of the
    ``core`` edits: "A has 'x' where B has 'y'; B drops 'z'"."""
    swapped = [(" ".join(ta[i1:i2]), " ".join(tb[j1:j2])) for _, i1, i2, j1, j2 in core]
    replaced = [(x, y) for x, y in swapped if x and y]
    a_drops = [y for x, y in swapped if not x and y]
    b_drops = [x for x, y in swapped if x and not y]
    out = []
    if replaced:
        xs, ys = (" / ".join(w) for w in zip(*replaced, strict=True))
        out.append(f"{a} has '{xs}' where {b} has '{ys}'")
    if a_drops:
        out.append(f"{a} drops '{' / '.join(a_drops)}'")
    if b_drops:
        out.append(f"{b} drops '{' / '.join(b_drops)}'")
    return "; ".join(out)
