"""The pairs of a finding a decision leaves open (trial 42).

Asking named articles to correct or answer (needs correction, disputed) does
not settle two other versions that disagree: with Catherine in 32_1 and 32_3,
Katherine in 32_2 and 32_5 and Kathryn in 32_4, "correct 32_4" leaves the
Catherine / Katherine pairs open. Written naming 32_4, they closed the real
question and the finding counted as done.
"""

from __future__ import annotations

from collections.abc import Sequence

from .open_versions import open_versions, open_words
from .records import DiscrepancyRecord, FindingRecord
from .reviews import ASKS


def left_open(
    finding: FindingRecord, articles: tuple[str, ...] | None, status: str | None
) -> set[str]:
    """The discrepancies a decision asking ``articles`` does not decide: two
    versions that disagree, neither of them named. A consistent pair ('24'
    against 'two dozen') holds two right sources and takes the decision."""
    if not articles or status not in ASKS:
        return set()
    apart = {d for left, right, v, d in finding.relations if left != right and v != "consistent"}
    named = set(articles)
    out = {
        m.id
        for m in finding.members
        if m.id in apart and not named & {m.left_article, m.right_article}
    }
    return out if len(out) < len(finding.members) else set()


def open_after(finding: FindingRecord, reviews: Sequence) -> str:
    """What a decision just written (``reviews``) leaves open of ``finding``
    (read before it): the versions still open, by value and sources
    (trial 49), else the pairs by id."""
    written = {r.discrepancy for r in reviews}
    ids = {m.id for m in finding.members} - written
    now = {r.discrepancy: r for r in reviews}
    asked = {r.article for r in reviews if r.status in ASKS and r.article}
    asked |= {
        m.correct_article
        for m in finding.members
        if m.id not in now and m.status in ASKS and m.correct_article
    }
    kept = [
        (m.left_article, m.right_article)
        for m in finding.members
        if m.id in ids and m.status == "open"
    ]
    if said := open_words(open_versions(kept, getattr(finding, "versions", ()), asked), finding.id):
        return f"; partly decided, versions still open: {said}"
    return left_open_words(finding.members, ids)


def left_open_words(members: Sequence[DiscrepancyRecord], ids: set[str]) -> str:
    """'; left open, two versions neither of which is named: b vs c (id)' or ''.
    Each pair with its id: trial 46 read "1 left open" and could not find
    how to decide that pair on its own."""
    pairs = sorted(
        (" vs ".join(sorted({m.left_article, m.right_article})), m.id)
        for m in members
        if m.id in ids and m.status == "open"
    )
    if not pairs:
        return ""
    shown = ", ".join(f"{p} ({i})" for p, i in pairs[:4])
    shown += f" and {len(pairs) - 4} more" if len(pairs) > 4 else ""
    return (
        f"; partly decided: {len(pairs)} left open, two versions neither of which is named: "
        f"{shown} (name one of them too, or decide it on its own: workbench review "
        f"{pairs[0][1]} --status …)"
    )
