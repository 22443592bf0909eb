"""``workbench coverage``: the claims × sources matrix of a review log's
latest check, on the command line (it was the window's only; a fresh CLI
trial looked for it). Read from the log, nothing analysed again: which
sources state each claim that two or more state, which leave it out, which
have a similar sentence the grouping kept apart, and who copies whom."""

from __future__ import annotations

import argparse
import sys

from .cli_args import CARRIES, LEAVES_OUT, NEAR, CliError
from .cli_output import one_line


def cmd_coverage(args: argparse.Namespace) -> int:
    from .cli_findings import copy_reasons
    from .findings import coverage_of, independent_sources
    from .store import ReviewLog, StoreError

    try:
        log = ReviewLog(args.db, create=False)
        try:
            with log.snapshot():
                articles = log.articles()
                groups, copies, texts = log.groups(), log.copies(), log.claim_texts()
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if not articles:
        raise CliError(f"{args.db}: no check saved in it yet; run 'workbench check' first")
    ids = [a.id for a in articles]
    rows = sorted(
        coverage_of(ids, groups, copies),
        key=lambda c: (not (c.widely_carried and c.omitted), -len(c.carried), _number(c.group.id)),
    )
    if args.omitted:
        rows = [c for c in rows if c.widely_carried and c.omitted]
    out = sys.stdout
    width = len(str(len(ids)))
    print(
        one_line(
            f"Coverage of {len(ids)} sources in {args.db}: {len(rows)} claim"
            f"{'s' if len(rows) != 1 else ''} "
            + (
                "carried by most independent sources and left out by some"
                if args.omitted
                else "stated by two or more sources"
            )
            + f" ({CARRIES} states it, {NEAR} a similar sentence, {LEAVES_OUT} leaves it out)"
        ),
        file=out,
    )
    print("", file=out)
    head = " ".join(str(n).rjust(width) for n in range(1, len(ids) + 1))
    print(f"{head}  claim" if rows else "(none)", file=out)
    for c in rows:
        have, near = set(c.carried), set(c.aligned)
        cells = " ".join(
            (CARRIES if a in have else NEAR if a in near else LEAVES_OUT).rjust(width) for a in ids
        )
        first = c.group.members[0].claims[0] if c.group.members else ""
        text = " ".join(texts.get(first, "").split())
        text = text if len(text) <= 72 else text[:71] + "…"
        print(one_line(f"{cells}  {c.group.id}: {text}"), file=out)
    print("", file=out)
    for n, a in enumerate(articles, 1):
        label = f"{a.id} ({a.outlet})" if a.outlet else a.id
        print(one_line(f"{str(n).rjust(width)} = {label}"), file=out)
    independent = independent_sources(ids, copies)
    number = {a: n for n, a in enumerate(ids, 1)}
    said = f"Independence: {independent} independent source{'s' if independent != 1 else ''}"
    print("\n" + one_line(f"{said} among {len(ids)}" + (":" if copies else ".")), file=out)
    for link in copies:
        pair = f"{number.get(link.left, link.left)} and {number.get(link.right, link.right)}"
        print(one_line(f"  {pair} copy one story: {copy_reasons(link)}"), file=out)
    return 0


def _number(group: str) -> tuple[int, str]:
    """g2 before g10."""
    digits = "".join(ch for ch in group if ch.isdigit())
    return (int(digits) if digits else 0, group)
