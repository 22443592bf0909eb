"""``workbench review F…``: every two versions of a finding of three or more,
each with the reason the judge gave (trial 44, P5). A finding's explanation
names each version that differs and one reason for it, short enough to check
in seconds; the reason of every other pair stays here, lettered as the
versions above it are."""

from __future__ import annotations


def pair_lines(f) -> list[str]:
    """'  A–B conflict: <reason>' for each two versions a stored flag compared
    (the first flag of a pair: one line a pair), none for a finding of fewer
    than three versions (its explanation says its one pair)."""
    if len(f.versions) < 3:
        return []
    said = {m.id: m.explanation for m in f.members}
    seen: set[tuple[int, int]] = set()
    out = []
    for left, right, verdict, discrepancy in sorted(f.relations):
        if left == right or (left, right) in seen or not said.get(discrepancy):
            continue
        seen.add((left, right))
        out.append(f"    {_letter(left)}–{_letter(right)} {verdict}: {said[discrepancy]}")
    return ["  Each two versions:", *out] if out else []


def _letter(k: int) -> str:
    return chr(ord("A") + k) if k < 26 else "?"
