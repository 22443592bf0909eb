"""The report's summary counts: each says what it counts, and together they
count what the sections list (trial 33 read "0 verified" above a correction
listed as confirmed, and "0 disputed" above a disputed decision among the
orphaned reviews: the status counts were of the findings found now only)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..store import STATUSES
from .orphans import still_orphaned


def to_review(item: dict[str, Any]) -> bool:
    """Some discrepancy of the finding is undecided, or its decision is to be
    looked at again (the window's ``FindingRow.needs_review``). An agreement
    nobody decided anything on is none (``FindingRecord.agreed``)."""
    if item["agreed"]:
        return False
    if item["orphaned"]:  # a correction asked, never confirmed: check it was made
        return bool(item["asked"] or item["corrected"])
    return bool(
        item["status"] == "open"
        # a finding decided pair by pair ("mixed") is decided once no pair is
        # open (user trial 48: it stayed "1 to review" for ever)
        or item["undecided"]
        or item["decided_under"]
        or item.get("joined")  # sources joined since the decision (``store.scope``)
        or item["strays"]
        or item["corrected"]  # the correction looks made: an editor confirms it
    )


def gone_decided(item: dict[str, Any]) -> bool:
    """No longer found, listed as an orphaned review, and decided (not open)."""
    return item["status"] != "open" and still_orphaned(item)


def summary(
    items: list[dict[str, Any]], active: list[dict[str, Any]], articles: int
) -> dict[str, Any]:
    """The report's counts, and the decided findings to look at again."""
    # counted as ``check`` counts them (cli_counts.counts_line): the items to
    # review, then the agreements apart (trial 29 read "24 findings … 1 more
    # agreed" from check and "Findings: 25" in the report for one log)
    items_ = [i for i in active if not i["agreed"]]
    by_status = Counter(i["status"] for i in items_)
    grown = [i["id"] for i in active if i["undecided"] and i["status"] not in ("open", "mixed")]
    return {
        "articles": articles,
        "findings": len(items_),  # not counting the agreements
        "agreed": len(active) - len(items_),
        "discrepancies": sum(len(i["discrepancies"]) for i in active),
        "by_verdict": dict(Counter(i["verdict"] for i in items_)),
        "by_status": {s: by_status.get(s, 0) for s in (*STATUSES, "mixed")},
        # decided findings a discrepancy joined since (a new source): counted
        # under their decision above, named here once to be decided again
        "decided_with_undecided": grown,
        # decided findings whose verdict a later check changed: look again
        "verdict_changed_since_decided": [i["id"] for i in active if i["decided_under"]],
        # decided findings naming an article to correct that states none of
        # their versions (a later check regrouped them): look again
        "decided_before_regrouping": [i["id"] for i in active if i["strays"]],
        # "needs correction" naming an article edited since that now agrees:
        # listed apart, not as that article's correction still to make
        "corrections_look_made": [i["id"] for i in items if i["corrected"]],
        # corrections asked whose discrepancy is no longer found: to check
        "corrections_to_check": [i["id"] for i in items if i["asked"]],
        # decisions no longer found, but not a correction confirmed or looking
        # made: those are listed as such (trial 31 read one correction under
        # "Corrections that look made" and again as 11 orphaned reviews)
        "orphaned_reviews": sum(len(i["discrepancies"]) for i in items if still_orphaned(i)),
        # ... and the findings that holds, as the section lists them
        "orphaned_findings": sum(1 for i in items if still_orphaned(i)),
        # the decisions on findings no longer found, by status and by the section
        # listing them: ``by_status`` counts the findings found now only (trial 33
        # read "0 verified" above a correction listed as confirmed, and "0
        # disputed" above a disputed decision among the orphaned reviews)
        "no_longer_found": _gone_by_status(items),
        # what the window's status bar counts "to review": open, partly
        # decided, or decided before a change (the by_status counts say
        # each finding's decision; a trial read "4 open" here and "9 open"
        # in the window for the same log)
        "to_review": sum(1 for i in items if to_review(i)),
    }


GONE_SECTIONS = {
    "confirmed": "Corrections confirmed",
    "corrected": "Corrections that look made",
    "orphaned": "Orphaned reviews",
}


def _gone_by_status(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings no longer found that carry a decision, counted by their
    status and the section that lists them ({"status", "section", "count"})."""
    counts: Counter[tuple[str, str]] = Counter()
    for i in items:
        if not i["orphaned"]:
            continue
        if i.get("confirmed"):
            section = GONE_SECTIONS["confirmed"]
        elif i["corrected"]:
            section = GONE_SECTIONS["corrected"]
        elif still_orphaned(i):
            section = GONE_SECTIONS["orphaned"]
        else:
            continue
        counts[(i["status"], section)] += 1
    order = {s: n for n, s in enumerate((*STATUSES, "mixed"))}
    return [
        {"status": st, "section": sec, "count": n}
        for (st, sec), n in sorted(counts.items(), key=lambda x: (order.get(x[0][0], 99), x[0][1]))
    ]
