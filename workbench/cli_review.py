"""The review command's history, the note when a decision replaces
another editor's and the note when an empty text clears one
(``workbench review ID``)."""

from __future__ import annotations

from .cli_findings import finding_history, is_finding_id
from .store.drafts import as_written, typed_in
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
