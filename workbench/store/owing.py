"""Which articles a finding owes corrections to after a decision: those it
owed before, those the editor names, less those withdrawn. One rule for the
command line (``review F… --article``, ``--withdraw``) and the window's
"Correct in" (trial 46; user trial 46, session 40: the window still
replaced the owed set the command line had learnt to add to).

A decision on a finding asks each of its pairs one article; what a decision
in force asks is kept unless the editor withdraws it. A decision proposes one
correction for every article it asks: another text would re-write what an
article still owed was asked to print (lead, session 39)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .disk import StoreError
from .reviews import ASKS


class Owing(NamedTuple):
    """The articles asked after a decision: ``now`` (in the finding's order of
    sources), ``kept`` (owed from before, not named again), ``withdrawn``;
    ``status``: the decision's status (a withdrawal alone keeps the one in force)."""

    now: tuple[str, ...]
    kept: tuple[str, ...]
    withdrawn: tuple[str, ...]
    status: str | None


def owed(finding) -> tuple[str, ...]:
    """The articles the decisions in force ask to correct or answer, in the
    finding's order of sources."""
    asked = {m.correct_article for m in finding.members if m.status in ASKS}
    return tuple(a for a in finding.sources if a in asked)


def owing_after(
    finding,
    status: str | None,
    named: Sequence[str] | None,
    withdraw: Sequence[str] = (),
    correction: str | None = None,
) -> Owing | None:
    """What the decision (``status``, the articles ``named``, those to
    ``withdraw``) asks, or None when it asks nothing already owed (the
    decision stands as given). Raises ``StoreError`` (nothing recorded) for a
    withdrawal that cannot be made or a second correction text."""
    withdraw = list(withdraw)
    if not withdraw and not (status in ASKS and named):
        return None
    if withdraw and status not in (None, *ASKS):
        raise StoreError(
            f"nothing recorded: --withdraw takes back a correction asked; marked "
            f"{status}, the finding asks no article anything (drop --withdraw)"
        )
    before = owed(finding)
    if status is None and before:  # withdrawing alone keeps the decision
        status = next(m.status for m in finding.members if m.status in ASKS)
    stray = [a for a in withdraw if a not in before]
    if stray:
        raise StoreError(
            f"nothing recorded: {', '.join(stray)} owes no correction in {finding.id} "
            f"(owed: {', '.join(before) or 'none'})"
        )
    wanted = set(named or ()) | set(before if status in ASKS else ())
    now = tuple(a for a in finding.sources if a in wanted and a not in withdraw)
    if not now:
        raise StoreError(
            f"nothing recorded: withdrawing {', '.join(withdraw)} leaves no article to "
            f"correct in {finding.id}; mark it open, verified or dismissed instead"
        )
    kept = tuple(a for a in before if a in now and a not in (named or ()))
    _one_correction(finding, kept, correction)
    return Owing(now, kept, tuple(withdraw), status)


def _one_correction(finding, kept: Sequence[str], correction: str | None) -> None:
    """A decision proposes one correction for every article it asks: another
    text would re-write what an article still owed was asked to print (lead,
    session 39: 3_1 owed "convicted in June 1999", then 3_2 named with "June
    1998", and the report asked 3_1 to print "June 1998"). Refused with the
    way out instead."""
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
