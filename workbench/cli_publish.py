"""``report --format claimreview --publish F…``: which findings go public.

User trial 47: the export published a ClaimReview rated 5 *Accurate* for every
finding an editor had marked verified, a date check ('Sunday' vs 'the day')
and a quote among them. "Verified" says the editor checked a flag; it is no
public endorsement, and a rating published in search results is one. So
publishing is chosen at the moment of publishing, finding by finding, on the
export's command line; nothing chosen is refused in one line that names the
findings that could be chosen.

Why on the command line rather than a mark kept in the review log: the file
written is itself the record of what was published (each review carries its
finding's id), a choice made for one export never silently carries over to
the next one after the finding was decided again, and every other decision
an editor keeps in the log has a place in the window, which this one would
not. An editor re-publishing the same set gives the same ids again."""

from __future__ import annotations

import argparse

from .claimreview import EXPORTED
from .cli_args import CliError, UsageError

SHOWN = 6  # findings named in the refusal before "and N more"


def asked(args: argparse.Namespace, fmt: str) -> None:
    """Refuse ``--publish`` with another format; checked before the log is read."""
    if getattr(args, "publish", None) and fmt != "claimreview":
        raise UsageError("--publish chooses the findings of --format claimreview; give that format")


def chosen(log, args: argparse.Namespace) -> list[str]:
    """The ids of the findings ``--publish`` names (full ids or prefixes of
    four or more characters), each verified or disputed; a ``CliError`` in one
    line when none is named, or one that cannot be published is."""
    from .store import StoreError
    from .store.findings import resolve_finding

    given = [g.strip() for value in getattr(args, "publish", None) or [] for g in value.split(",")]
    given = [g for g in given if g]
    if not given:
        raise CliError(_none_chosen(log))
    out: list[str] = []
    for ident in given:
        try:
            f = resolve_finding(log, ident)
        except StoreError as exc:
            raise CliError(f"--publish {ident}: {exc}") from None
        if f.orphaned or f.status not in EXPORTED:
            raise CliError(f"--publish {ident}: {_why_not(f)}")
        if f.id not in out:
            out.append(f.id)
    return out


def _none_chosen(log) -> str:
    """The refusal when nothing was chosen, naming what could be."""
    ready = [f.id for f in log.findings() if not f.orphaned and f.status in EXPORTED]
    if not ready:
        which = f"{log.path} has no verified or disputed finding to publish"
    else:
        named = ", ".join(ready[:SHOWN]) + (
            f" and {len(ready) - SHOWN} more" if len(ready) > SHOWN else ""
        )
        which = f"verified or disputed in {log.path}: {named}"
    return (
        "--format claimreview publishes a public rating of each finding: choose which with "
        f"--publish F… (a finding marked verified is not published on its own; {which})"
    )


def _why_not(f) -> str:
    if f.orphaned:
        return "no longer found by the latest check; only a finding of it can be published"
    why = {
        "open": "not decided yet",
        "needs-correction": "marked needs-correction (a correction is not a review)",
        "dismissed": "dismissed (not a real discrepancy)",
        "mixed": "decided differently pair by pair",
    }.get(f.status, f"marked {f.status}")
    hint = f" (decide it with workbench review {f.id} --status …)" if f.status == "open" else ""
    return f"{f.id} is {why}; only a verified or disputed finding is published{hint}"
