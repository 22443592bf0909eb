"""The notes editors wrote on a finding, for the report's tables and lists.

A finding only needing correction or disputed gets a section of its own with
each decision's note; a verified or dismissed one (or an agreement) is only a
row of the "All findings" table or a line of "Agreed", so its note is shown
there, beside it (a new user's trial: a note on a verified finding appeared in
no Markdown or HTML report, only its status)."""

from __future__ import annotations

from typing import Any

# decisions the report gives a section of their own, with their notes
IN_A_SECTION = frozenset({"disputed", "needs-correction"})


def finding_notes(finding: dict[str, Any]) -> list[str]:
    """The notes written on the finding that no section of the report shows
    (a disputed or needs-correction decision's note is in its own section: said
    once), as plain (unescaped) text; with decisions that differ pair by pair,
    each note names its decision."""
    decisions = finding.get("decisions") or []
    many = len({d["status"] for d in decisions}) > 1
    return [
        f"{d['status']}: {d['note']}" if many else d["note"]
        for d in decisions
        if d["note"] and d["status"] not in IN_A_SECTION
    ]
