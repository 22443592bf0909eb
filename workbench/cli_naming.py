"""Naming an article on the command line as an editor would: its id, a
prefix of it, its outlet or its file. A fresh CLI trial typed the outlet
("Star-Tribune", "Star Tribune") and the file path for ``--article`` and got
"is not one of this finding's sources" each time; nobody types
``Star-Tribune-LaSalle-FINAL-v2``."""

from __future__ import annotations

import argparse
import os
import sys

from .cli_args import REVIEWER_ENV, CliError
from .cli_output import one_line


def named_articles(log, ident: str, given: list[str] | None) -> list[str] | None:
    """``given`` (the --article values) as the ids of the finding's or
    discrepancy's sources; one clear line when a value names none or several."""
    if not given:
        return given
    from .store.findings import is_finding_id, resolve_finding

    if is_finding_id(ident):
        sources = list(resolve_finding(log, ident).sources)
    else:
        sources = [s["article"] for s in log._sides(log.resolve_id(ident))]
    records = {r.id: r for r in log.articles()}
    return [_one(value, sources, records) for value in given]


def _one(value: str, sources: list[str], records: dict) -> str:
    if value in sources or value == "":
        return value
    wanted = _key(value)
    real = os.path.realpath(value) if os.path.exists(value) else ""
    prefix = (
        lambda a: len(wanted) >= 3 and _key(a).startswith(wanted),
        lambda a: a in records and len(wanted) >= 3 and _key(records[a].outlet).startswith(wanted),
    )
    if len(stem := by_stem(value, list(records) or sources)) == 1 and stem[0] in sources:
        return stem[0]
    for how in (
        lambda a: _key(a) == wanted,
        lambda a: bool(real) and a in records and _real(records[a].path) == real,
        lambda a: a in records and _key(records[a].outlet) == wanted,
        *prefix,
        lambda a: a in records and _key(os.path.basename(records[a].path)) == wanted,
    ):
        hits = [a for a in sources if how(a)]
        if how is prefix[0] and hits:
            # a beginning is read among every article of the review, not only
            # this finding's: "22_1" picked 22_13ecbplus, its one source
            # starting so, when 22_1ecbplus was meant (fresh CLI trial)
            everywhere = [a for a in records if how(a)]
            if len(everywhere) > 1:
                raise CliError(
                    f"--article {value}: the beginning of several articles "
                    f"({', '.join(sorted(everywhere)[:6])}); give the whole id"
                )
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise CliError(
                f"--article {value}: names several of its sources ({', '.join(hits)}); "
                "give one of those ids"
            )
    raise CliError(f"--article {value}: not one of its sources ({', '.join(sources)})")


def id_stem(article_id: str) -> str:
    """An article id without the letters that end it after its last digit:
    "11_1ecb" -> "11_1", "22_13ecbplus" -> "22_13" (an id with no digit, or
    none before its end, is its own stem). Typed as such, it names the one
    article whose id it begins exactly (trial 33: "11_1" was refused as
    ambiguous between 11_1ecb, 11_10ecb and 11_11ecb)."""
    at = len(article_id)
    while at and article_id[at - 1].isalpha():
        at -= 1
    return article_id[:at] if at and article_id[at - 1].isdigit() else article_id


def by_stem(ident: str, known: list[str]) -> list[str]:
    """The articles whose id, its ending letters left out, is ``ident`` (its
    case aside): "11_1" -> ["11_1ecb"], not 11_10ecb."""
    want = ident.casefold()
    return [a for a in known if id_stem(a).casefold() == want and id_stem(a) != a]


def _key(text: str) -> str:
    """Letters and digits only, lower case: "Star Tribune" = "star-tribune"."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def _real(path: str) -> str:
    return os.path.realpath(path) if path else ""


def id_as_meant(db: str, ident: str) -> str:
    """A finding id typed with a lower-case "f" ("fa82ad9b06", as people
    type) is that finding when no discrepancy id starts so (discrepancy ids
    are lower-case hex, so "f…" may be either); anything else as given."""
    if not ident.startswith("f"):
        return ident
    from .store import ReviewLog, StoreError
    from .store.findings import resolve_finding

    try:
        log = ReviewLog(db, create=False)
    except StoreError:
        return ident
    try:
        try:
            log.resolve_id(ident)
            return ident
        except StoreError:
            pass
        try:
            return resolve_finding(log, "F" + ident[1:]).id
        except StoreError:
            return ident
    finally:
        log.close()


def say_who(args: argparse.Namespace, reviewer: str) -> None:
    """A decision recorded under the system's user name says so: a shared
    newsroom machine's "root" in the history answers for nobody (fresh CLI
    trial). Printed after the command's own line, that line flushed first:
    trial 44 read the note after the next command's output."""
    if args.reviewer is None and not os.environ.get(REVIEWER_ENV, "").strip():
        sys.stdout.flush()
        print(
            one_line(
                f"workbench: note: recorded as {reviewer or 'nobody'!r} (this system's user "
                f"name); give --reviewer NAME or set {REVIEWER_ENV} to say who decides"
            ),
            file=sys.stderr,
            flush=True,
        )
