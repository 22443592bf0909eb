"""Which versions and sources of a finding its decision was made on, and
which joined it since.

A new user's trial (session 35) decided a finding, checked again with one more
article that stated a third version, and ``workbench review F…`` said only
"disputed, 2 of its 3 discrepancies not decided yet": not which version was
new, nor which article brought it, so the editor could not tell whether the
decision still said what they meant. A source is covered when a decided
discrepancy of the finding compares it; a version the decision saw when one of
its sources is covered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .open_versions import open_versions, open_words
from .records import DiscrepancyRecord, FindingRecord, VersionRecord
from .reviews import ASKS
from .scope import again_words


@dataclass(frozen=True)
class Covered:
    """``seen``: each version the decision saw, as (letter, value, its sources
    the decision covered); ``new``: each version with sources no decision
    covers, as (letter, value, those sources, whether the whole version is
    new to it); ``pairs``: the undecided pairs when every source is covered
    (a regrouping); ``since``: every undecided pair was first compared after
    the latest decision (a source added since, not pairs decided one by one);
    ``left``: the open pairs of two versions neither of which the decision
    asks to correct, when every open pair is one (trial 42: a decision
    naming one article leaves them open, and the finding is partly decided);
    ``left_ids``: their ids, to decide one on its own (trial 46)."""

    seen: tuple[tuple[str, str, tuple[str, ...]], ...]
    new: tuple[tuple[str, str, tuple[str, ...], bool], ...]
    pairs: tuple[str, ...] = ()
    since: bool = False
    left: tuple[str, ...] = ()
    left_ids: tuple[str, ...] = ()
    left_versions: tuple = ()  # the versions those pairs leave open (``open_versions``)


AGAIN = "decide the finding again to cover them"


def letter(k: int) -> str:
    """A version's letter, as ``workbench coverage`` and ``review F…`` letter them."""
    return chr(ord("A") + k) if k < 26 else "?"


def covered(finding: FindingRecord) -> Covered | None:
    """What the decisions in force on ``finding`` were made on and what came
    since; None when nothing is decided, or every discrepancy is and no
    source joined since (``store.scope``)."""
    return covered_of(finding.members, finding.versions, finding.scope)


def covered_of(
    members: Sequence[DiscrepancyRecord],
    versions: Sequence[VersionRecord],
    scope: Sequence[str] | None = None,
) -> Covered | None:
    """:func:`covered` of a finding's discrepancies and versions (the
    window's rows hold them as the log kept them). ``scope``: the sources
    the decision in force covered when made, when the log recorded them
    (schema 9); else a source counts as covered when a decided pair
    compares it (a source that joined a version without a pair of its own
    was never told apart)."""
    decided = [m for m in members if m.status != "open"]
    open_ = [m for m in members if m.status == "open"]
    if not decided or (not open_ and scope is None):
        return None
    last = max(m.updated for m in decided)
    asked = {m.correct_article for m in decided if m.status in ASKS and m.correct_article}
    # pairs of two versions neither named, there when the decision was made:
    # left open by it (trial 42), not added since
    kept = [
        m
        for m in open_
        if asked and m.first_seen <= last and not asked & {m.left_article, m.right_article}
    ]
    left = tuple(f"{m.left_article} / {m.right_article}" for m in kept)
    open_ = [m for m in open_ if m not in kept]
    on = {a for m in [*decided, *kept] for a in (m.left_article, m.right_article)}
    if scope is not None:  # as recorded when decided (``store.scope``)
        on = {*scope, *(a for m in kept for a in (m.left_article, m.right_article))}
    seen, new = [], []
    for k, v in enumerate(versions):
        had = tuple(s for s in v.sources if s in on)
        joined = tuple(s for s in v.sources if s not in on)
        if had:
            seen.append((letter(k), v.value, had))
        if joined:
            new.append((letter(k), v.value, joined, not had))
    if not open_ and not new and not kept:  # every pair decided, no source joined
        return None
    pairs = () if new else tuple(f"{m.left_article} / {m.right_article}" for m in open_)
    since = bool(open_) and all(m.first_seen > last for m in open_)
    since = since or (scope is not None and bool(new))  # outside the scope recorded: joined
    ends = ((m.left_article, m.right_article) for m in kept)
    versions_open = tuple(open_versions(ends, versions, asked))
    ids = tuple(m.id for m in kept)
    return Covered(tuple(seen), tuple(new), pairs, since, left, ids, versions_open)


def undecided_words(members: Sequence[DiscrepancyRecord], versions, undecided: int) -> str:
    """What a decided finding's open pairs are, in a status: left open by a
    decision naming other articles, added since (a source joined), or changed
    by an edit since (re-anchored pairs are not additions: trial 42)."""
    c = covered_of(members, versions)
    said = ""
    if c is not None and c.left:
        n = len(c.left)
        said = f"; partly decided: {n} {_many(n)} left open (two versions, neither named)"
        if c.left_versions:  # by version, never pair ids (trial 49)
            said = "; partly decided, versions still open: " + "; ".join(
                f"{x} ‘{value}’ ({', '.join(sources)})" for x, value, sources, _a in c.left_versions
            )
        elif c.left_ids:
            said += f": {', '.join(c.left_ids)}"
        undecided -= n
    if undecided <= 0:
        return said
    if c is not None and c.new:
        return f"{said}; {undecided} {_many(undecided)} added since, not decided"
    if c is not None and c.since:
        return f"{said}; {undecided} {_many(undecided)} changed by an edit since, not decided"
    return f"{said}; {undecided} {_many(undecided)} not decided yet"


def joined_said(finding: FindingRecord) -> str:
    """'; decided before 003_extra joined ‘Monday’ — decide again to cover
    it' after a decided finding's status, or ''."""
    words = again_words(finding)
    return f"; {words}" if words else ""


def _sources(n: int) -> str:
    return "a source" if n == 1 else "sources"


def _many(n: int) -> str:
    return "discrepancy" if n == 1 else "discrepancies"


def covered_words(c: Covered) -> list[str]:
    """Two lines: what the decision was made on, and what it does not cover."""
    made = "; ".join(f"{x} ‘{value}’ ({', '.join(s)})" for x, value, s in c.seen)
    lines = [f"Decision made on: {made}"]
    if c.left and c.left_versions:  # by version, never pair ids (trial 49)
        lines.append(f"Partly decided — versions still open: {open_words(list(c.left_versions))}")
    elif c.left:
        lines.append(
            f"Partly decided — left open, two versions neither of which is named: the pairs "
            f"{'; '.join(f'{p} ({i})' for p, i in zip(c.left, c.left_ids, strict=False))} — "
            "name one of them too, or decide it on its own (by its id)"
        )
    if c.left and not c.new and not c.pairs:
        return lines
    head = "New since the decision, not covered by it" if c.since else "Not covered by the decision"
    if c.since and not c.new:  # the same sources, pairs an edit re-anchored (trial 42)
        head = "Changed by an edit since the decision, not covered by it"
    if c.new:
        parts = [
            f"{x} ‘{value}’ — {', '.join(s)}"
            + (" (a version it never saw)" if whole else f" ({_sources(len(s))} it does not cover)")
            for x, value, s, whole in c.new
        ]
        lines.append(f"{head}: {'; '.join(parts)} — {AGAIN}")
    else:
        lines.append(f"{head}: the pairs {'; '.join(c.pairs)} — {AGAIN}")
    return lines
