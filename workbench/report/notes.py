"""The notes and proposed corrections editors wrote on a finding, for the
report's "All findings" table and "Agreed" list.

Every note, and every correction proposed by a decision that asks an article
to act, stands beside its finding there, whatever the decision: a finding
needing correction or disputed also gets a section under the article to
correct with its decision whole, and a verified or dismissed one (or an
agreement) is only a row or a line. Session 32 left the notes of the decisions
with a section out of the table (said once); a new user's trial (session 35)
read its notes column empty beside a finding marked needs-correction with a
proposed correction, and took the decision for one without a word.
"""

from __future__ import annotations

from typing import Any

from ..store.reviews import SETTLED


def finding_notes(finding: dict[str, Any]) -> list[str]:
    """Every note written on the finding and every proposed correction, as
    plain (unescaped) text, a correction naming the articles asked to make it;
    with decisions that differ pair by pair, each names its decision. A
    correction kept on a verified or dismissed decision asks nothing of
    anyone (the report's sections leave it out too)."""
    decisions = finding.get("decisions") or []
    many = len({d["status"] for d in decisions}) > 1
    out = []
    for d in decisions:
        said = f"{d['status']}: " if many else ""
        if d.get("note"):
            out.append(f"{said}{d['note']}")
        if d.get("correction") and d["status"] not in SETTLED:
            named = d.get("correct_articles") or []
            where = f" in {', '.join(named)}" if named else ""
            out.append(f"{said}proposed correction{where}: {d['correction']}")
    return out
