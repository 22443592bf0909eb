"""A finding decided pair by pair, said as what was decided (user trial 48).

"needs correction" naming one article leaves pairs of two other versions
open, and the tool itself advises deciding those one by one. Once every pair
carries a decision the finding is decided, even when the decisions differ:
its status says them ("needs correction in 39_1ecbplus; verified for
39_3ecbplus vs 39_7ecbplus"), it leaves the count of findings to review, and
the report lists it as decided. Before, it stayed "mixed" and "1 to review"
for ever. The store's token stays ``"mixed"`` (JSON, filters); these are the
words shown for it, the same from the log's records and the report's data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .records import FindingRecord

MIXED_WORDS = "decided pair by pair"  # the token "mixed" as shown
ORDER = ("needs-correction", "disputed", "verified", "dismissed")  # what asks for action first
SHOWN_PAIRS = 3  # pairs named for one decision; the rest counted

# one pair's decision: its status, the article it names to correct, its two articles
Decided = tuple[str, str, str, str]


def decided_pair_by_pair(finding: FindingRecord) -> bool:
    """Every pair carries a decision, and the decisions differ."""
    statuses = {m.status for m in finding.members}
    return len(statuses) > 1 and "open" not in statuses


def pair_decisions(pairs: Iterable[Decided]) -> str:
    """Each decision on a finding's pairs: "needs correction in A; verified
    for B vs C"."""
    said: dict[tuple[str, str], list[str]] = {}
    order = {s: n for n, s in enumerate(ORDER)}
    for status, article, left, right in sorted(pairs, key=lambda p: (order.get(p[0], 9), *p)):
        if status != "open":
            said.setdefault((status, article), []).append(f"{left} vs {right}")
    out = []
    for (status, article), named in said.items():
        label = status.replace("-", " ")
        if article:
            out.append(f"{label} in {article}")
            continue
        more = len(named) - SHOWN_PAIRS
        out.append(
            f"{label} for {', '.join(named[:SHOWN_PAIRS])}"
            + (f" and {more} more" if more > 0 else "")
        )
    return "; ".join(out)


def mixed_words(pairs: Iterable[Decided]) -> str:
    """ "decided pair by pair: …", and how many pairs are still open."""
    pairs = list(pairs)
    left = sum(1 for p in pairs if p[0] == "open")
    return f"{MIXED_WORDS}: {pair_decisions(pairs)}" + (f"; {left} not decided yet" if left else "")


def status_words(finding: FindingRecord, status: str) -> str:
    """The status as an editor reads it: a finding decided differently pair
    by pair names its decisions; any other status is itself."""
    if status != "mixed":
        return status
    return mixed_words(
        (m.status, m.correct_article, m.left_article, m.right_article) for m in finding.members
    )


def item_status_words(item: dict[str, Any]) -> str:
    """The same, of a finding in the report's data."""
    if item["status"] != "mixed":
        return item["status"]
    return mixed_words(
        (d["status"], d["correct_article"], *(s["article"] for s in d["sides"][:2]))
        for d in item["discrepancies"]
    )


def status_label(status: str) -> str:
    """A status counted in a summary, named as shown ("mixed" never)."""
    return MIXED_WORDS if status == "mixed" else status
