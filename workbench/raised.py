"""An editor's finding: two sentences an editor linked and said differ.

The engine compares figures, dates, names and quotes; it cannot compare
"died at the scene" with "died on the way to the hospital" (trial 37: the
most important correction of six reports of one shooting). An editor who
links two sentences (or links a pair the engine aligned without a flag) may
say what differs. That link becomes a discrepancy of kind ``editor`` and
verdict ``raised`` whose id is the link's id, and a finding of its own whose
id is the link's digits after ``F``: both survive a re-analysis and an added
article as the link does, so the decisions on it stay attached.

Links that say the same thing differs and share a sentence are one finding,
its versions every sentence they name ("at the scene" / "on the way to the
hospital" / "in the ambulance"); the finding takes the id of the oldest.

Never part of the engine's grouping (``analysis.regroup`` keeps these out of
``findings.build``): no rule, threshold or verdict of the engine sees them.
Qt-free and store-free, like ``manual_links``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .findings.copies import independent_sources
from .manual_links import Applied
from .model import (
    Claim,
    ClaimGroup,
    CopyLink,
    Discrepancy,
    Finding,
    Relation,
    Side,
    Verdict,
    Version,
)
from .naming import norm

KIND = "editor"
PREFIX = "These differ: "


def finding_id(link_id: str) -> str:
    """The finding an editor's link makes: ``F`` and the link's digits."""
    return "F" + link_id[1:10]


def explanation(what: str) -> str:
    return PREFIX + what


def shown_verdict(verdict: str, raised_by: str) -> str:
    """A verdict as an editor reads it: "raised by Ann" for an editor's finding."""
    if verdict != Verdict.RAISED:
        return str(verdict)
    return f"raised by {raised_by}" if raised_by else "raised by an editor"


def verdict_of(finding) -> str:
    """A finding's verdict as shown (any record with ``verdict``, and
    ``raised_by`` when it is an editor's)."""
    return shown_verdict(finding.verdict, getattr(finding, "raised_by", ""))


def heading(finding) -> str:
    """A finding's verdict and kind as a list heads it, "CONFLICT quantity"; an
    editor's finding "RAISED by Ann" alone - its kind is "editor", and the verdict
    already says an editor raised it (trial 46 read "RAISED BY TRIAL46 EDITOR
    editor"); the editor's name is printed as typed."""
    if finding.verdict != Verdict.RAISED:
        return f"{verdict_of(finding).upper()} {finding.kind}"
    said = verdict_of(finding)
    return "RAISED" + said[len("raised") :]


def _raising(applied: Iterable[Applied]) -> list[Applied]:
    return [a for a in applied if a.claims and a.link.raises]


def _side(claim: Claim, what: str) -> Side:
    return Side(claim.article, claim.id, claim.start, claim.end, claim.text, what)


def discrepancies(applied: Iterable[Applied], claims: Sequence[Claim]) -> tuple[Discrepancy, ...]:
    """One discrepancy per link that says its sentences differ (its id the link's)."""
    by_id = {c.id: c for c in claims}
    out = []
    for a in _raising(applied):
        assert a.claims is not None
        left, right = (by_id.get(c) for c in a.claims)
        if left is None or right is None:
            continue
        what = a.link.differs
        sides = (_side(left, what), _side(right, what))
        out.append(Discrepancy(a.link.id, KIND, Verdict.RAISED, explanation(what), sides, "editor"))
    return tuple(out)


def findings(
    applied: Iterable[Applied],
    found: Sequence[Discrepancy],
    copies: Sequence[CopyLink] = (),
    groups: Sequence[ClaimGroup] = (),
) -> tuple[Finding, ...]:
    """The editors' findings of ``found`` (the analysis's discrepancies): links
    saying the same thing differs that share a sentence are one finding, a
    version per wording. Each is of the claim group holding one of its
    sentences, if any (coverage shows it in that claim's row)."""
    raised = {d.id: d for d in found if d.verdict == Verdict.RAISED}
    links = [a.link for a in _raising(applied) if a.link.id in raised]
    # union of links by (what differs, a shared sentence), oldest link first
    owner: dict[tuple[str, str], int] = {}
    parent = list(range(len(links)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, link in enumerate(links):
        for side in raised[link.id].sides:
            key = (norm(link.differs), side.claim)
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    joined: dict[int, list[int]] = {}
    for i in range(len(links)):
        joined.setdefault(root(i), []).append(i)
    group_of = {c: g.id for g in groups for m in g.members for c in (*m.claims, *m.restated)}
    out = []
    for held in joined.values():
        f = _finding([links[i] for i in sorted(held)], raised, copies)
        claims = [s.claim for v in f.versions for s in v.sides]
        group = next((group_of[c] for c in claims if c in group_of), "")
        out.append(replace(f, group=group) if group else f)
    return tuple(out)


def _finding(links: list, raised: Mapping[str, Discrepancy], copies: Sequence[CopyLink]) -> Finding:
    """One editor's finding: a version per wording (a wire copy's sentence
    carried word for word by two outlets is one version of two sources)."""
    first = links[0]
    by_wording: dict[str, list[Side]] = {}
    for link in links:
        for s in raised[link.id].sides:
            held = by_wording.setdefault(norm(s.text), [])
            if all(h.claim != s.claim for h in held):
                held.append(s)
    order = list(by_wording)
    versions = tuple(
        Version(
            sides[0].text, tuple(sides), independent_sources({s.article for s in sides}, copies)
        )
        for sides in by_wording.values()
    )
    relations = tuple(
        Relation(
            order.index(norm(raised[link.id].sides[0].text)),
            order.index(norm(raised[link.id].sides[1].text)),
            Verdict.RAISED,
            link.id,
        )
        for link in links
    )
    editors = list(dict.fromkeys(link.editor for link in links if link.editor))
    return Finding(
        id=finding_id(first.id),
        kind=KIND,
        verdict=Verdict.RAISED,
        explanation=explanation(first.differs),
        group="",
        versions=versions,
        relations=relations,
        discrepancies=tuple(link.id for link in links),
        raised_by=", ".join(editors),
    )
