"""``review F… --status needs-correction --article …`` on a finding that
already owes corrections: the articles named are added to those owed, said
in one line, and ``--withdraw ARTICLE`` takes one back (trial 46).

Trial 46 marked Ff5145d398 "needs correction" in 23_3 and 23_4, then again
naming 23_2 and 23_1: exit 0, and 23_4's correction was gone from the report
without a word. A decision on a finding asks each of its pairs one article;
what a decision in force asks is kept unless the editor withdraws it.
"""

from __future__ import annotations


def with_owed(log, args) -> str:
    """Set ``args.article`` to the articles owed after this decision (those
    owed before and those named, less those withdrawn: ``store.owing``, as the
    window's "Correct in" adds) and say what was kept or withdrawn; "" when
    the decision asks nothing already owed. Raises ``StoreError`` with the
    reason when a withdrawal cannot be made."""
    from .cli_corrections import split_for_finding
    from .cli_naming import named_articles
    from .store.findings import resolve_finding
    from .store.owing import owing_after
    from .store.reviews import ASKS

    args.own_corrections = split_for_finding(args)  # each article its own (trial 49)
    withdraw = named_articles(log, args.id, args.withdraw) or []
    if not withdraw and not (args.status in ASKS and args.article):
        return ""
    finding = resolve_finding(log, args.id)
    owing = owing_after(finding, args.status, args.article, withdraw, args.correction)
    if owing is None:
        return ""
    args.article, args.status = list(owing.now), owing.status
    said = ""
    if owing.kept:
        said += f" — still owed from before: {', '.join(owing.kept)}"
    if withdraw:
        said += f" — withdrawn: {', '.join(withdraw)} (in --history; --undo puts it back)"
    if said:
        said += f" — owed now: {', '.join(owing.now)} (--withdraw ARTICLE takes one back)"
    return said
