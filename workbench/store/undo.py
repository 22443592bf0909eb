"""Undo and redo on the command line, as an editor expects from a history:
undoing twice steps back two changes, redo puts back what was undone, and a
new change ends what can be redone. Nothing is erased: each undo or redo
writes the decision each discrepancy is given as a new history row, whose
event says which change it took back or put back.

The stack is read from the history itself (so the window, another editor or
an older release may have written in between): an editor's change is pushed,
an "undone by" row pops the latest change in force onto the redo list, a
"redone by" row takes it back from there. Rows the log wrote itself (a review
moved to a reworded flag, an article to correct renamed with its text) are
where the history of that discrepancy starts over: they cannot be undone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .disk import StoreError
from .drafts import as_written
from .findings import is_finding_id, resolve_finding
from .reviews import BY_THE_LOG, REDONE, UNDONE, VERDICT_CHANGED, Change, apply_review

if TYPE_CHECKING:
    from .log import ReviewLog
    from .records import HistoryEntry


@dataclass
class Stack:
    """One discrepancy's changes in force (oldest first), the state they
    start from, and the changes undone that redo can put back (latest undone
    last, with when it was undone)."""

    base: HistoryEntry | None
    done: list[HistoryEntry]
    undone: list[tuple[HistoryEntry, str]]


def stack_of(history: list[HistoryEntry]) -> Stack:
    stack = Stack(None, [], [])
    for h in history:
        if h.event.startswith(VERDICT_CHANGED):
            continue  # the log's note on a decision, not a change of it
        if h.event.startswith(UNDONE):
            if stack.done:
                stack.undone.append((stack.done.pop(), h.at))
        elif h.event.startswith(REDONE):
            if stack.undone:
                stack.done.append(stack.undone.pop()[0])
        elif h.event.startswith(BY_THE_LOG):
            stack = Stack(h, [], [])  # the log carried the decision here: start over
        else:
            stack.done.append(h)
            stack.undone.clear()  # a new change: what was undone cannot come back
    return stack


def undo_last(log: ReviewLog, ident: str, editor: str) -> tuple[str, int, str, str]:
    """Take back the latest change of ``ident``'s decision still in force, in
    one transaction: (the id, how many discrepancies changed, when the change
    undone was made, who made it). A discrepancy with nothing before it goes
    back to open."""
    return _step(log, ident, editor, redo=False)


def redo_last(log: ReviewLog, ident: str, editor: str) -> tuple[str, int, str, str]:
    """Put back the change of ``ident``'s decision undone last (same answer
    as :func:`undo_last`)."""
    return _step(log, ident, editor, redo=True)


def _step(log: ReviewLog, ident: str, editor: str, redo: bool) -> tuple[str, int, str, str]:
    with log._write():
        if is_finding_id(ident):
            finding = resolve_finding(log, ident)
            name, ids = finding.id, [m.id for m in finding.members]
        else:
            name = log.resolve_id(ident)
            ids = [name]
        # a note typed in the window in several saves is one change (store.drafts):
        # undo takes it back whole, as the window's Ctrl+Z does (session 35)
        stacks = {d: stack_of(as_written(log.history(d))) for d in ids}
        if redo:
            when = {d: s.undone[-1][1] for d, s in stacks.items() if s.undone}
            if not when:
                raise StoreError(f"{name}: nothing undone to redo")
        else:
            when = {d: s.done[-1].at for d, s in stacks.items() if s.done}
            if not when:
                raise StoreError(f"{name}: no decision to undo")
        latest = max(when.values())
        # a decision on a finding may name, on each discrepancy, any of its sources
        every = [s for d in ids for s in log._sides(d)] if len(ids) > 1 else []
        changed, makers, made_at = 0, set(), ""
        for did, stack in stacks.items():
            if when.get(did) != latest:
                continue
            target = stack.undone[-1][0] if redo else stack.done[-1]
            state = target if redo else (stack.done[-2] if len(stack.done) > 1 else stack.base)
            makers.add(_maker(target))
            made_at = max(made_at, target.at)
            sides = [*log._sides(did), *every]
            change = _back_to(state, {s["article"] for s in sides})
            verb = REDONE if redo else UNDONE
            event = f"{verb}{editor or 'someone'}: the change at {target.at}"
            apply_review(log.db, did, sides, change, log._clock(), event=event)
            changed += 1
    return name, changed, made_at, ", ".join(sorted(m for m in makers if m)) or "someone"


def _back_to(state: HistoryEntry | None, articles: set[str]) -> Change:
    """The decision ``state`` recorded (open when None). Its article to
    correct is named as the articles are called now; one renamed since is
    left as the decision has it."""
    if state is None:
        return Change("open", "", "", "", "")
    article = state.article if not state.article or state.article in articles else None
    return Change(state.status, state.note, state.correction, state.reviewer, article)


def _maker(row: HistoryEntry) -> str:
    """Who made a change: its reviewer, or for an undo the editor who undid."""
    for verb in (UNDONE, REDONE):
        if row.event.startswith(verb):
            return row.event.removeprefix(verb).split(":", 1)[0]
    return row.reviewer
