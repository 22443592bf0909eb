"""What of a decided finding is still open, in the units the list shows:
versions and sources, never pairs of articles.

User trial 49 read "to correct · 13 open" in the list beside "2 findings ·
2 to review" in the status bar: the 13 were pairs of articles (a finding of 6
versions in 11 sources has 29), which no editor counts; ``check`` says the
same finding is "partly decided, versions still open: C …; D …; F …"."""

from __future__ import annotations

from collections.abc import Sequence

from ..store.covered import covered_of


def _many(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def open_counts(members: Sequence, versions: Sequence, scope=None) -> tuple[int, int]:
    """(versions left open by a decision naming other articles, sources no
    decision covers); (0, 0) when neither can be told (pairs regrouped)."""
    c = covered_of(members, versions, scope)
    if c is None:
        return 0, 0
    sources = {s for _x, _v, named, _whole in c.new for s in named}
    return len(c.left_versions), len(sources)


def still_open(members: Sequence, versions: Sequence, scope=None) -> str:
    """The list's short word after a decided status: "3 versions open",
    "1 source open", both, or "partly open" when only pairs tell it."""
    left, sources = open_counts(members, versions, scope)
    parts = []
    if left:
        parts.append(f"{_many(left, 'version')} open")
    if sources:
        parts.append(f"{_many(sources, 'source')} open")
    return " · ".join(parts) or "partly open"


def still_open_said(members: Sequence, versions: Sequence, scope=None) -> str:
    """The panel's first line of it: "3 of its 6 versions still open",
    "2 of its 4 sources not covered by the decision", or "" (pairs only)."""
    left, sources = open_counts(members, versions, scope)
    parts = []
    if left:
        parts.append(f"{left} of its {len(versions)} versions still open")
    if sources:
        total = len({s for v in versions for s in v.sources})
        parts.append(f"{sources} of its {total} sources not covered by the decision")
    return "; ".join(parts)
