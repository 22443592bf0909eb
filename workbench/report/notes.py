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

The note on a dismissed finding is the exception (user trial 48, problem 8):
it says why the tool was wrong ("false pairing: Locke's sentence vs Obama's
quote"), which is the review team's business, not the desk's; the report
says once that such notes are kept in the review log, the CSV and the JSON.
"""

from __future__ import annotations

from typing import Any

from ..store.reviews import SETTLED


def finding_notes(finding: dict[str, Any]) -> list[str]:
    """Every note written on the finding and every proposed correction, as
    plain (unescaped) text, a correction naming the articles asked to make it;
    with decisions that differ pair by pair, each names its decision. A
    correction kept on a verified or dismissed decision asks nothing of
    anyone (the report's sections leave it out too), and a dismissed
    decision's note is the review team's (``dismissed_noted``)."""
    decisions = finding.get("decisions") or []
    many = len({d["status"] for d in decisions}) > 1
    out = []
    for d in decisions:
        said = f"{d['status']}: " if many else ""
        if d.get("note") and d["status"] != "dismissed":
            out.append(f"{said}{d['note']}")
        if d.get("correction") and d["status"] not in SETTLED:
            named = d.get("correct_articles") or []
            where = f" in {', '.join(named)}" if named else ""
            out.append(f"{said}proposed correction{where}: {d['correction']}")
    return out


KEPT_APART = (
    "Notes on dismissed findings (flags raised in error) are for the review team: "
    "they are kept in the review log, the CSV and the JSON, not printed here."
)


def dismissed_noted(findings: list[dict[str, Any]]) -> str:
    """``KEPT_APART`` when some finding's dismissed decision has a note the
    report leaves out; "" otherwise."""
    noted = any(
        d["status"] == "dismissed" and d.get("note")
        for f in findings
        for d in f.get("decisions") or []
    )
    return KEPT_APART if noted else ""
