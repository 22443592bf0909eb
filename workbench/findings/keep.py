"""Finding ids kept across re-analysis.

A finding's id is first the hash of its discrepancies' ids (``finding_id``),
so the same articles give the same ids. A re-analysis after an edit may add a
pair to a finding or move one out (an edited sentence aligns with one more
sentence, so one more pair of the same versions is compared): hashed again,
every decided finding touched took a new id, and a trial read its disputed
finding come back as a new one "to review again" after fixing a typo no finding
was about. So a finding that shares discrepancies with a finding of the last
run keeps that finding's id: the pairs are matched by how many discrepancies
they share, most first, each old id given once. A finding sharing none keeps
its hash, which names nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..model import Finding
from .build import finding_id


def keep_ids(found: Sequence[Finding], before: Mapping[str, frozenset[str]]) -> tuple[Finding, ...]:
    """``found`` with the ids of the findings of ``before`` (the last run's:
    id → its discrepancies' ids) that share the most discrepancies with them,
    one to one; the others keep their own ids, told apart from any id given
    here (never two findings of one id)."""
    held = {d: fid for fid, members in before.items() for d in members}
    shared: dict[tuple[int, str], int] = {}
    for n, f in enumerate(found):
        for d in f.discrepancies:
            if d in held:
                shared[n, held[d]] = shared.get((n, held[d]), 0) + 1
    # most shared first; ties: the old finding whose id the new one hashes to,
    # then by the pairs and the old id (the same answer whatever order the
    # findings come in)
    ranked = sorted(
        shared,
        key=lambda k: (-shared[k], k[1] != found[k[0]].id, sorted(found[k[0]].discrepancies), k[1]),
    )
    given: dict[int, str] = {}
    for n, old in ranked:
        if n not in given and old not in given.values():
            given[n] = old
    taken = set(given.values())
    out = []
    for n, f in enumerate(found):
        ident = given.get(n) or _free(f, taken)
        taken.add(ident)
        out.append(f if ident == f.id else replace(f, id=ident))
    return tuple(out)


def _free(f: Finding, taken: set[str]) -> str:
    """``f``'s own id, or when another finding was given it, its hash salted
    until free."""
    ident, salt = f.id, 0
    while ident in taken:
        salt += 1
        ident = finding_id([*f.discrepancies, f"#{salt}"])
    return ident


def moved(found: Sequence[Finding], before: Mapping[str, frozenset[str]]) -> bool:
    """Whether a re-analysis put the pairs of one of the last run's findings
    into two findings, or pairs of two into one: a pair moved between decided
    findings re-opens both (trial 31). The caller groups again keeping them
    (``findings.build``'s ``kept``)."""
    held = {d: fid for fid, members in before.items() for d in members}
    holders: dict[str, set[int]] = {}
    for n, f in enumerate(found):
        olds = {held[d] for d in f.discrepancies if d in held}
        if len(olds) > 1:
            return True
        for old in olds:
            holders.setdefault(old, set()).add(n)
    return any(len(ns) > 1 for ns in holders.values())
