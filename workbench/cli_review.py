"""The review command (``workbench review ID``) around the decision it
writes: its history, the checks and notes before a decision is written (an
article to name when none stands out, a correction set aside by a settled
status, another editor's decision replaced, a text cleared) and undo/redo.
How a finding is shown and a decision described is ``cli_findings``'s."""

from __future__ import annotations

import sys

from .cli_findings import finding_history, is_finding_id
from .store.drafts import as_written, typed_in
from .store.reviews import SETTLED
from .terminal import flat, one_line


def print_history(args) -> int:
    """``workbench review ID --history``: every recorded change, oldest first."""
    from .cli_args import CliError
    from .store import ReviewLog, StoreError

    if is_finding_id(args.id):
        try:
            log = ReviewLog(args.db, create=False)
            try:
                for line in finding_history(log, args.id):
                    print(one_line(line))
            finally:
                log.close()
        except StoreError as exc:
            raise CliError(str(exc)) from None
        return 0
    try:
        log = ReviewLog(args.db, create=False)
        try:
            rows = as_written(log.history(args.id))  # one entry per note as typed
            did = log.resolve_id(args.id)
            moved = log.moved_to(did)
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if not rows:
        print(one_line(f"{did}: no review recorded yet (status open)"))
    for r in rows:
        extra = [
            f"note: {flat(r.note)}" if r.note else "",
            f"correction: {flat(r.correction)}" if r.correction else "",
            f"article: {r.article}" if r.article else "",
            r.event or "",
            typed_in(r),
        ]
        # one_line: a reviewer name or note with a line break cannot forge an entry
        print(
            one_line(
                f"{r.at}  {did}  {r.status:16s} {r.reviewer or '—'}"
                + "".join(f" — {x}" for x in extra if x)
            )
        )
    if moved:
        print(one_line(f"{did}: its sentence was edited; the review moved to {moved}"))
    return 0


def replaced(before: dict[str, str], status: str | None, reviewer: str) -> str:
    """Said when a decision replaces another editor's (allowed; the history
    keeps both): a trial overruled a colleague's "needs correction" from
    the command line without a word."""
    who, was = before.get("reviewer", ""), before.get("status", "open")
    if status is None or was in ("open", status) or not who or who == reviewer:
        return ""
    return (
        f" — this replaces {who}'s decision ({was}); both are kept in its history "
        "(--undo puts theirs back)"
    )


def cleared(before, args) -> str:
    """Said when ``--note ""`` or ``--correction ""`` (or blanks) clears the
    text the decision had: a user trial cleared a note without a word. An
    editor clears a note this way on purpose, so it is done, said with the
    text it had, and kept in the history (``--undo`` puts it back). Blanks
    are written as nothing. Call before ``set_aside`` empties a correction."""
    said = ""
    for field in ("note", "correction"):
        given = getattr(args, field)
        if given is None or given.strip():
            continue
        setattr(args, field, "")
        was = getattr(before, field, "")
        if was:
            shown = flat(was) if len(was) <= 60 else flat(was[:59]) + "…"
            said += f" — {field} cleared (was ‘{shown}’; --undo puts it back)"
    return said


def needs_an_article(log, ident: str, status: str | None, named: list[str] | None) -> str | None:
    """One line when "needs correction" names no article and the finding has
    more than one version (or none stands out): the default, the less
    supported versions, asked a right article to correct itself (trial 45).
    The line names each version with its articles and how to pick one."""
    from .store.findings import article_to_name, no_version_stands_out, resolve_finding

    if status != "needs-correction" or named:
        return None
    finding = resolve_finding(log, ident)
    if not article_to_name(finding):
        return None
    versions = "; ".join(
        f"‘{flat(v.value)}’ in {', '.join(v.sources)}" for v in finding.versions if v.sources
    )
    tie = "no version stands out, so " if no_version_stands_out(finding) else ""
    return (
        f"{finding.id}: {tie}which article is wrong is yours to say ({versions}): "
        f"add --article with one of {', '.join(finding.sources)} (repeat it for several)"
    )


def set_aside(log, args) -> str:
    """Marking a decision verified or dismissed asks no article to correct
    anything: a pending correction and article to correct are set aside
    (still in the history; undo brings them back), and this says so. Kept,
    the report printed "verified" with a proposed correction under it
    (fresh CLI trial). "" when there is nothing to set aside or the editor
    gave a correction or article along with the status."""
    current = log.review(args.id)
    if args.status is None and args.correction and current.status in SETTLED:
        # kept, but a settled decision asks nobody to correct anything (fresh CLI trial)
        print(
            one_line(
                f"workbench: note: {args.id} is {current.status}: the correction is "
                "kept, and the report shows it once the finding is marked needs-correction"
            ),
            file=sys.stderr,
        )
    if args.status not in SETTLED or args.correction is not None or args.article:
        return ""
    if not (current.correction or current.article):
        return ""
    args.correction = ""
    what = f"the proposed correction ‘{current.correction}’" if current.correction else ""
    if current.article:
        what += (" and " if what else "") + f"the article to correct ({current.article})"
    return f" — {what} set aside (see --history; --undo brings it back)"


def undo_cli(args, changing: bool) -> int:
    """``review ID --undo`` / ``--redo``: take back the last change of a
    decision still in force, or put back the one undone last."""
    from .cli_args import CliError, UsageError, default_reviewer
    from .store import ReviewLog, StoreError
    from .store.undo import redo_last, undo_last

    option = "--redo" if args.redo else "--undo"
    if args.undo and args.redo:
        raise UsageError("--undo and --redo: give one of them")
    if changing:
        raise UsageError(
            f"{option} takes back or puts back a change; give it without other changes"
        )
    editor = default_reviewer(args.reviewer)
    step = redo_last if args.redo else undo_last
    try:
        log = ReviewLog(args.db, create=False)
        try:
            name, changed, when, who = step(log, args.id, editor)
            if is_finding_id(name):
                status = next((f.status for f in log.findings() if f.id == name), "")
            else:
                status = log.review(name).status
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    from .cli_naming import say_who

    whose = "your" if who == editor else f"{who}'s"
    did = "redid" if args.redo else "undid"
    print(
        one_line(
            f"{name}: {did} {whose} change made at {when} on {changed} discrepanc"
            f"{'y' if changed == 1 else 'ies'}; now {status or 'open'} "
            f"(this {'redo' if args.redo else 'undo'} signed by {editor or 'nobody'})"  # trial 44
        )
    )
    say_who(args, editor)  # then the note, as a decision's: an undo is signed the same way
    return 0
