"""``review F… --status needs-correction --article …`` on a finding that
already owes corrections: the articles named are added to those owed, said
in one line, and ``--withdraw ARTICLE`` takes one back (trial 46).

Trial 46 marked Ff5145d398 "needs correction" in 23_3 and 23_4, then again
naming 23_2 and 23_1: exit 0, and 23_4's correction was gone from the report
without a word. A decision on a finding asks each of its pairs one article;
what a decision in force asks is kept unless the editor withdraws it.
"""

from __future__ import annotations

from .store.reviews import ASKS


def owed(finding) -> tuple[str, ...]:
    """The articles the decisions in force ask to correct or answer, in the
    finding's order of sources."""
    asked = {m.correct_article for m in finding.members if m.status in ASKS}
    return tuple(a for a in finding.sources if a in asked)


def with_owed(log, args) -> str:
    """Set ``args.article`` to the articles owed after this decision (those
    owed before and those named, less those withdrawn) and say what was
    kept or withdrawn; "" when the decision asks nothing already owed.
    Raises ``StoreError`` with the reason when a withdrawal cannot be made."""
    from .cli_naming import named_articles
    from .store import StoreError
    from .store.findings import resolve_finding

    withdraw = named_articles(log, args.id, args.withdraw) or []
    given = list(args.article or ())
    if not withdraw and not (args.status in ASKS and args.article):
        return ""
    if withdraw and args.status not in (None, *ASKS):
        raise StoreError(
            f"nothing recorded: --withdraw takes back a correction asked; marked "
            f"{args.status}, the finding asks no article anything (drop --withdraw)"
        )
    finding = resolve_finding(log, args.id)
    before = owed(finding)
    if args.status is None and before:  # withdrawing alone keeps the decision
        args.status = next(m.status for m in finding.members if m.status in ASKS)
    stray = [a for a in withdraw if a not in before]
    if stray:
        raise StoreError(
            f"nothing recorded: {', '.join(stray)} owes no correction in {finding.id} "
            f"(owed: {', '.join(before) or 'none'})"
        )
    named = set(args.article or ()) | set(before if args.status in ASKS else ())
    now = [a for a in finding.sources if a in named and a not in withdraw]
    if not now:
        raise StoreError(
            f"nothing recorded: withdrawing {', '.join(withdraw)} leaves no article to "
            f"correct in {finding.id}; mark it open, verified or dismissed instead"
        )
    args.article = now
    kept = [a for a in before if a in now and a not in given]
    _one_correction(finding, kept, args.correction)
    said = ""
    if kept:
        said += f" — still owed from before: {', '.join(kept)}"
    if withdraw:
        said += f" — withdrawn: {', '.join(withdraw)} (in --history; --undo puts it back)"
    if said:
        said += f" — owed now: {', '.join(now)} (--withdraw ARTICLE takes one back)"
    return said


def _one_correction(finding, kept: list[str], correction: str | None) -> None:
    """A decision proposes one correction for every article it asks: another
    text would re-write what an article still owed was asked to print (lead,
    session 39: 3_1 owed "convicted in June 1999", then 3_2 named with "June
    1998", and the report asked 3_1 to print "June 1998"). Refused with the
    way out instead."""
    from .store import StoreError

    if not correction:
        return
    told = {
        m.correct_article: m.correction
        for m in finding.members
        if m.status in ASKS and m.correction and m.correct_article in kept
    }
    clash = [a for a, text in told.items() if text != correction]
    if clash:
        a = clash[0]
        raise StoreError(
            f"nothing recorded: {a} is still owed the correction '{told[a]}', and a decision "
            f"proposes one correction for every article it asks; give the same --correction, "
            f"or take {a} back first (--withdraw {a})"
        )
